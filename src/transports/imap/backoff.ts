// How long to wait before reconnecting: exponential with full jitter, so a fleet of watchers that lost
// the same server does not knock on it in step (the "thundering herd" when it comes back).

export interface BackoffPolicy {
  /** First delay, ms. */
  baseMs: number;
  /** Ceiling, ms: a server down for an hour is retried every `maxMs`, not every few hours. */
  maxMs: number;
}

/** 1 s doubling to 60 s: a Dovecot restart (< 1 s) costs ~1 s; a long outage one attempt a minute. */
export const RECONNECT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/**
 * A connection counts as healthy (and resets the backoff) only after staying up this long: a server
 * that accepts then drops at once (auth back-end down, overloaded) must not be hammered at `baseMs`.
 */
export const STABLE_CONNECTION_MS = 30_000;

/** Delay before attempt number `failures` (1 = first retry): uniform in [cap/2, cap], cap = min(max, base·2^(n-1)). */
export function backoffDelay(failures: number, policy: BackoffPolicy = RECONNECT_BACKOFF, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** Failures counted since the last healthy connection. */
export function nextFailureCount(failures: number, connectedForMs: number | null): number {
  return connectedForMs !== null && connectedForMs >= STABLE_CONNECTION_MS ? 1 : failures + 1;
}

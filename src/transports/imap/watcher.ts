// Watches the mailbox for as long as serve runs: IDLE for prompt notice, a periodic pass as fallback
// (a missed or unsupported notification costs one poll interval), NOOP with a deadline as liveness
// check (a half-open TCP connection is otherwise silent for the 5-min socket timeout), and reconnection
// with backoff, since imapflow never reconnects by itself.
import type { ImapFlow } from 'imapflow';
import type { ImapSettings } from '../../config/imap-url.js';
import { errorMessage } from '../../domain/errors.js';
import { markPollFailed } from '../../store/mailbox.js';
import { applyAfterAction, prepareAfterAction } from './after-action.js';
import { backoffDelay, nextFailureCount } from './backoff.js';
import { describeImapError } from './errors.js';
import { logoutQuietly, makeImapClient } from './client.js';
import { runPass, type PassDeps, type PassResult } from './pass.js';
import { sleep, Wakeup, withTimeout } from './wakeup.js';

/** A NOOP unanswered for this long means the connection is dead (loopback answers in < 1 ms, a far server in < 1 s). */
const LIVENESS_TIMEOUT_MS = 10_000;
/** How long stop() waits for the current message to be stored and handed off before giving up on the session. */
const STOP_WAIT_MS = 2_000;

export interface WatcherDeps extends Omit<PassDeps, 'signal' | 'settings'> {
  settings: ImapSettings;
  onPass?: (r: PassResult) => void;
}

export interface Watcher {
  /** Run the after-processing action (and a pass) now, e.g. when a commit just finished. */
  nudge(): void;
  stop(): Promise<void>;
}

interface Session {
  connectedAt: number | null;
}

async function watchOnce(client: ImapFlow, deps: WatcherDeps, wake: Wakeup, signal: AbortSignal, isClosed: () => boolean): Promise<void> {
  const { settings, log } = deps;
  await prepareAfterAction(client, settings.after, log);
  let reason = 'event';
  while (!signal.aborted && !isClosed()) {
    if (reason === 'timer') await withTimeout(client.noop(), LIVENESS_TIMEOUT_MS, 'IMAP liveness check (NOOP)');
    const result = await runPass(client, { ...deps, signal });
    if (result.listed) log.info({ mailbox: settings.key, ...result }, 'mailbox pass');
    deps.onPass?.(result);
    await afterActionOrWarn(client, deps);
    reason = await wake.wait(settings.pollMs, signal);
  }
}

/** A refused flag or move (a read-only folder, a quota) must not stop intake: it is tried again after the next pass. */
async function afterActionOrWarn(client: ImapFlow, deps: WatcherDeps): Promise<void> {
  try {
    await applyAfterAction(client, { db: deps.db, log: deps.log, key: deps.settings.key, action: deps.settings.after });
  } catch (err) {
    if (!client.usable) throw err;
    deps.log.warn({ mailbox: deps.settings.key, err: errorMessage(err) }, 'after-processing action failed; will try again after the next pass');
  }
}

async function runSession(deps: WatcherDeps, wake: Wakeup, signal: AbortSignal, session: Session): Promise<void> {
  const client = makeImapClient(deps.settings, deps.log);
  let closed = false;
  client.on('close', () => {
    closed = true;
    wake.fire();
  });
  client.on('exists', (e: { count: number; prevCount: number }) => e.count > e.prevCount && wake.fire());
  // imapflow re-emits mailboxOpen when the server announces a new UIDVALIDITY: the next pass handles it.
  client.on('mailboxOpen', () => wake.fire());
  try {
    await client.connect();
    await client.mailboxOpen(deps.settings.mailbox);
    session.connectedAt = Date.now();
    deps.log.info({ mailbox: deps.settings.key }, 'IMAP connected; watching the mailbox (IDLE)');
    await watchOnce(client, deps, wake, signal, () => closed);
    if (closed && !signal.aborted) throw new Error('the server closed the connection');
  } finally {
    await logoutQuietly(client);
  }
}

async function reconnectLoop(deps: WatcherDeps, wake: Wakeup, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const session: Session = { connectedAt: null };
    try {
      await runSession(deps, wake, signal, session);
    } catch (err) {
      if (signal.aborted) break;
      const problem = describeImapError(err, deps.settings);
      markPollFailed(deps.db, deps.settings.key, problem.message);
      failures = nextFailureCount(failures, session.connectedAt === null ? null : Date.now() - session.connectedAt);
      const delay = backoffDelay(failures);
      // A refused login or an untrusted certificate needs a person: error. A dropped connection: warn.
      const line = { mailbox: deps.settings.key, err: problem.message, failures, retryInMs: delay };
      if (problem.kind === 'transient') deps.log.warn(line, `${problem.message}; reconnecting`);
      else deps.log.error(line, `${problem.message}; retrying`);
      await sleep(delay, signal);
    }
  }
}

export function startWatcher(deps: WatcherDeps): Watcher {
  const ac = new AbortController();
  const wake = new Wakeup();
  const done = reconnectLoop(deps, wake, ac.signal).catch((err) => deps.log.error({ err: errorMessage(err) }, 'mailbox watcher stopped'));
  return {
    nudge: () => wake.fire(),
    stop: async () => {
      ac.abort();
      wake.fire();
      await Promise.race([done, sleep(STOP_WAIT_MS)]);
    },
  };
}

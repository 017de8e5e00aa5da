// Small timing primitives of the watcher: a wake-up that never loses an event fired while nobody was
// waiting, an abortable sleep, and a timeout around a promise.

export type WakeReason = 'event' | 'timer' | 'abort';

export class Wakeup {
  private pending = false;
  private waiter: ((r: WakeReason) => void) | null = null;

  /** Wakes the current waiter, or the next one if nobody waits now (an EXISTS during a pass is not lost). */
  fire(): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w('event');
    } else this.pending = true;
  }

  wait(ms: number, signal?: AbortSignal): Promise<WakeReason> {
    if (signal?.aborted) return Promise.resolve('abort');
    if (this.pending) {
      this.pending = false;
      return Promise.resolve('event');
    }
    return new Promise((resolve) => {
      const done = (r: WakeReason): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiter = null;
        resolve(r);
      };
      const onAbort = (): void => done('abort');
      const timer = setTimeout(() => done('timer'), ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = done;
    });
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Wakeup().wait(ms, signal).then(() => undefined);
}

export class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
}

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

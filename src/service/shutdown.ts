// SIGTERM/SIGINT → one graceful stop within SHUTDOWN_BUDGET_MS (what `docker stop` and systemd allow
// by default is 10 s); a second signal, or the budget running out, ends the process at once.
import type { Logger } from '../log.js';

export const SHUTDOWN_BUDGET_MS = 10_000;
/** Left for the process to exit after the graceful stop: the hard deadline fires this much before the budget. */
const EXIT_MARGIN_MS = 500;

/** Resolves with the signal's name at the first SIGTERM or SIGINT. */
export function onShutdownSignal(log: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const handler = (signal: NodeJS.Signals): void => {
      if (seen) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      seen = true;
      log.info({ signal }, 'shutting down');
      // If a close hangs (a server that never answers), exit anyway before the budget is over.
      setTimeout(() => {
        log.error({ budgetMs: SHUTDOWN_BUDGET_MS }, 'graceful shutdown took too long: exiting');
        process.exit(1);
      }, SHUTDOWN_BUDGET_MS - EXIT_MARGIN_MS).unref();
      resolve(signal);
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
  });
}

/** Runs the closers in order, each within its own bound, logging (never throwing) failures. */
export async function closeInOrder(steps: [string, () => Promise<unknown>, number][], log: Logger): Promise<void> {
  for (const [name, close, ms] of steps) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
    try {
      if ((await Promise.race([close(), late])) === 'late') log.warn({ step: name, ms }, `shutdown: ${name} did not finish in time`);
    } catch (err) {
      log.warn({ step: name, err: (err as Error).message }, `shutdown: ${name} failed`);
    } finally {
      clearTimeout(timer);
    }
  }
}

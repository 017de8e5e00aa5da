// `xmess worker [--concurrency N]`: analysis workers only, on any host with Redis (no database).
import type { CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';
import { exitSoon, parseCount, requireRedis, serviceConfig } from './service-options.js';

export interface WorkerFlags extends CommonOptions {
  concurrency?: string;
}

/** Analysis is CPU-bound: one process per core, each with a second job to overlap I/O and parser threads. */
const DEFAULT_CONCURRENCY = 2;

export async function workerCommand(opts: WorkerFlags): Promise<number> {
  const concurrency = parseCount(opts.concurrency, '--concurrency', 1, DEFAULT_CONCURRENCY);
  const { config, log } = serviceConfig(opts);
  requireRedis(config, 'worker', 'a worker takes its messages from the queues of `xmess serve`, which must use the same REDIS_URL');
  // Loaded on use, so other commands do not pay for BullMQ at start-up.
  const { startAnalyseWorkers } = await import('../service/worker.js');
  const { onShutdownSignal } = await import('../service/shutdown.js');
  const running = startAnalyseWorkers(config, log, concurrency);
  await onShutdownSignal(log);
  await running.stop();
  log.info('xmess worker stopped');
  exitSoon(0);
  return 0;
}

export const registerWorker: Register = (program, wrap) => {
  withCommonOptions(program.command('worker').description('run analysis workers only (any host with Redis; no database needed)'))
    .option('--concurrency <n>', `analyses run at once (default ${DEFAULT_CONCURRENCY})`)
    .action(wrap((opts: WorkerFlags) => workerCommand(opts)));
};

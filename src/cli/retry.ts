// `xmess retry [--inline]`: gives failed work another round (see service/retry.ts for what is replayed how).
import { summaryLine } from '../pipeline/ingest.js';
import type { CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';
import { openServiceContext, requireRedis } from './service-options.js';

export interface RetryFlags extends CommonOptions {
  inline?: boolean;
}

export async function retryCommand(opts: RetryFlags): Promise<number> {
  const ctx = openServiceContext(opts, (config) => {
    if (!opts.inline) requireRedis(config, 'retry', 'or add --inline to process the failed messages now, without Redis');
  }, { writes: true });
  try {
    const { retryInline, retryQueued } = await import('../service/retry.js');
    if (opts.inline) {
      const r = await retryInline(ctx.pipeline, ctx.log);
      console.log(`retried ${r.messages} failed message(s): ${summaryLine(r.processed!)}`);
      return r.processed!.failed ? 1 : 0;
    }
    const r = await retryQueued(ctx.config, ctx.pipeline, ctx.log);
    console.log(`queued ${r.messages} failed message(s) again; replayed ${r.replayed} failed delivery/schedule job(s); dropped ${r.dropped} superseded analyse/commit job(s)`);
    return 0;
  } finally {
    ctx.close();
  }
}

export const registerRetry: Register = (program, wrap) => {
  withCommonOptions(program.command('retry').description('give failed messages and failed jobs another round'))
    .option('--inline', 'process the failed messages now, in this process, without Redis')
    .action(wrap((opts: RetryFlags) => retryCommand(opts)));
};

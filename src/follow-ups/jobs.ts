// The only place where the queues call the follow-up code (planner.ts, send/deliver.ts). Planning happens inside each message's commit (workers/commit.ts),
// so here are the two things that run on their own: delivery, and the deadline watcher.
import type { Logger } from '../log.js';
import { runDeadlineChecks } from './planner.js';
import type { FollowUpSettings } from '../pipeline/index.js';
import type { Db } from '../store/db.js';
import { deliverPending } from './send/deliver.js';

export interface FollowUps {
  /** Sends what is due in the outbox (SMTP, or .eml files without SMTP_URL); safe to run concurrently (rows are claimed). */
  deliver(): Promise<void>;
  /** Reminders before the deadline, reminders of open tasks, the closing digest; then delivers them. */
  deadlines(): Promise<void>;
}

export function makeFollowUps(db: Db, settings: FollowUpSettings | undefined, log: Logger, signal?: AbortSignal): FollowUps {
  const deliver = async (): Promise<void> => {
    if (!settings) return;
    const r = await deliverPending({ db, outboxDir: settings.outboxDir, ...(settings.smtpUrl ? { smtpUrl: settings.smtpUrl } : {}), log, ...(signal ? { signal } : {}) });
    if (r.sent || r.written || r.failed) log.info({ sent: r.sent, written: r.written, folder: r.folder, failed: r.failed, pending: r.pending }, 'follow-ups delivered');
  };
  return {
    deliver,
    deadlines: async () => {
      if (!settings) return;
      const { planned } = runDeadlineChecks({ ...settings, db, log }, new Date());
      if (planned) log.info({ planned }, 'deadline watcher planned follow-ups');
      await deliver();
    },
  };
}

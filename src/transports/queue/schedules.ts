// The periodic tasks, as BullMQ job schedulers: a scheduler id is unique in Redis, so however many
// `xmess serve` processes upsert it, each task runs once per period, on whichever process is free.
import type { Queue } from 'bullmq';
import type { ScheduleJob, ScheduledTask } from './names.js';
import { JOB_OPTIONS } from './policy.js';

export interface Schedule {
  id: string;
  task: ScheduledTask;
  everyMs: number;
}

export const SCHEDULES: readonly Schedule[] = [
  /**
   * The deadline watcher (reminders to silent councils before the deadline, reminders of open advisor
   * tasks, the closing digest): minutes of delay are nothing in a campaign measured in days, and each
   * run only plans what its dedupe keys say is not planned yet.
   */
  { id: 'deadline-watch', task: 'deadlines', everyMs: 5 * 60_000 },
  /** Follow-ups whose send failed, or whose kick after a commit was lost, go out within a minute. */
  { id: 'outbox-sweep', task: 'outbox-sweep', everyMs: 60_000 },
];

/** `onlyMissing`: re-create schedulers Redis forgot (a restart without persistence) without touching live ones. */
export async function ensureSchedules(queue: Queue<ScheduleJob>, onlyMissing = false): Promise<number> {
  let added = 0;
  for (const s of SCHEDULES) {
    if (onlyMissing && (await queue.getJobScheduler(s.id))) continue;
    await queue.upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.task, data: { task: s.task }, opts: JOB_OPTIONS.schedule });
    added++;
  }
  return added;
}

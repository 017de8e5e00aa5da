// The 'send' and 'schedule' processors, only where the SQLite file is: each is one call into the
// follow-up code. Delivery failures are transient unless classified otherwise (SMTP servers come back).
import { UnrecoverableError, type Job } from 'bullmq';
import type { FollowUps } from '../src/follow-ups/jobs.js';
import { classifyFailure } from '../src/transports/queue/failure.js';
import type { ScheduleJob, SendJob } from '../src/transports/queue/names.js';

async function classified<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const failure = classifyFailure(err, 'transient');
    throw failure.permanent ? new UnrecoverableError(failure.reason) : err;
  }
}

export function makeSendProcessor(followUps: Pick<FollowUps, 'deliver'>) {
  return async (_job: Job<SendJob>): Promise<void> => classified(() => followUps.deliver());
}

export function makeScheduleProcessor(followUps: FollowUps) {
  return async (job: Job<ScheduleJob>): Promise<void> => classified(() => (job.data.task === 'deadlines' ? followUps.deadlines() : followUps.deliver()));
}

// Migration 5: who holds a claim on an outbox row. A claim used to be only a lease (next_attempt_at
// ten minutes ahead), so a follow-up claimed by a serve that was then killed waited out the lease
// before anyone tried it again. With the claimer's host and pid kept, a deliverer on the same host
// takes back the claims of a process that no longer exists at once. And a row that failed because the
// server was down (or refusing everyone) is not to blame for it: it becomes due again as soon as the
// server accepts a mail, instead of waiting out its own backoff.
export const OUTBOX_CLAIMS = `
  ALTER TABLE outbox ADD COLUMN claimed_by TEXT;                      -- host:pid of the deliverer holding the lease, or NULL
  ALTER TABLE outbox ADD COLUMN server_down INTEGER NOT NULL DEFAULT 0; -- 1: the last attempt failed because of the server, not this mail
`;

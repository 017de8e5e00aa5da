// Migration 5: who holds a claim on an outbox row. A claim used to be only a lease (next_attempt_at
// ten minutes ahead), so a follow-up claimed by a serve that was then killed waited out the lease
// before anyone tried it again. With the claimer's host and pid kept, a deliverer on the same host
// takes back the claims of a process that no longer exists at once.
export const OUTBOX_CLAIMS = `
  ALTER TABLE outbox ADD COLUMN claimed_by TEXT;   -- host:pid of the deliverer holding the lease, or NULL
`;

// Migration (issue 11, resends): each attachment's SHA-256, so a practice sent again with the very
// same file is recognised as the same practice (src/stages/classify/resend.ts).
export const RESENDS = `
  ALTER TABLE attachments ADD COLUMN sha256 TEXT;
  CREATE INDEX attachments_sha256 ON attachments(sha256);
`;

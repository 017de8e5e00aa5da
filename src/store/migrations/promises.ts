// Migration (issue 11): what the record must remember to keep its promises to people.
// - practices.decision: the commission's last decision, kept apart from `status` (which moves on as
//   the practice is systematised), so the export still says what was decided.
// - messages.resolution: how a person closed a needs-review message (`xmess resolve`), as JSON.
// - messages.quiet: imported with `ingest --no-follow-ups` (an archive): nothing is ever planned for
//   it, not even when it is reprocessed later.
export const PROMISES = `
  ALTER TABLE practices ADD COLUMN decision TEXT;  -- accepted | rejected | needs-info | late-accepted | NULL
  ALTER TABLE messages ADD COLUMN resolution TEXT; -- {"as":"ignored|linked|new","practice":…,"note":…,"at":…}
  ALTER TABLE messages ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX events_type ON events(type, practice_id);
`;

// Migration: the systematisation sheet of each practice (issue 12). The values and where each came
// from live beside the practice (read with it, exported with it); every earlier value is kept in
// sheet_history, so a later sheet that replaces a field never loses what the first one said.
export const SHEETS = `
  ALTER TABLE practices ADD COLUMN sheet TEXT NOT NULL DEFAULT '{}';          -- {council, contactPerson, …}: plain text per field
  ALTER TABLE practices ADD COLUMN sheet_sources TEXT NOT NULL DEFAULT '{}';  -- field → {messageId, at} of its current value
  ALTER TABLE practices ADD COLUMN systematised_at TEXT;                      -- when the required fields were first all filled
  CREATE TABLE sheet_history (
    id INTEGER PRIMARY KEY,
    practice_id TEXT NOT NULL REFERENCES practices(id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    previous TEXT,                       -- the value it replaced (NULL: the field was blank)
    message_id INTEGER REFERENCES messages(id),
    at TEXT NOT NULL                     -- the arrival of the message that stated it
  );
  CREATE INDEX sheet_history_practice ON sheet_history(practice_id, id);
`;

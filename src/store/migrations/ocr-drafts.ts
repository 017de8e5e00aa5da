// Migration (issue 14): practices read from a scan by OCR are kept as drafts on their message, not as
// practices: OCR text is not trusted like typed text, so nothing is exported until a person (or the
// council, by reply) confirms it. An attachment read by OCR says so.
export const OCR_DRAFTS = `
  CREATE TABLE ocr_drafts (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    seq INTEGER NOT NULL,                   -- order of the practice in the message
    draft TEXT NOT NULL,                    -- JSON of the extracted practice (fields, evidence, themes)
    created_at TEXT NOT NULL,
    PRIMARY KEY (message_id, seq)
  );
  ALTER TABLE attachments ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0;
`;

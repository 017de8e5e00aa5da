// The moments the catalogue needs that the practices export does not carry: when each practice was
// accepted (its publication date) and when its record last changed (the feed entry's `updated`).
// Both are the practice's own timestamps, so the same database always gives the same catalogue.
import { statement, type Db } from './db.js';

export interface PracticeTimes {
  /** Latest decision that let the practice in (`accepted` or `late-accepted`), or null. */
  acceptedAt: string | null;
  /** Last change to the practice's row (a correction, an edit, a decision, reprocessing). */
  updatedAt: string;
}

export function practiceTimes(db: Db): Map<string, PracticeTimes> {
  const rows = statement(db,
    `SELECT p.id, p.updated_at AS updatedAt,
       (SELECT max(e.at) FROM events e WHERE e.practice_id = p.id
          AND json_extract(e.detail, '$.to') IN ('accepted', 'late-accepted')) AS acceptedAt
     FROM practices p`,
  ).all() as { id: string; updatedAt: string; acceptedAt: string | null }[];
  return new Map(rows.map((r) => [r.id, { acceptedAt: r.acceptedAt, updatedAt: r.updatedAt }]));
}

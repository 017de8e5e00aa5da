// Every mail a person can receive exists in every language the campaign may use: a missing template
// or subject does not only leave someone unanswered, it fails the whole message that planned it
// (seen: a French council's correction, before the French correction receipt existed).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../src/config/paths.js';
import { MAIL_LANGS } from '../../src/domain/follow-ups.js';

/** The templates a council or an advisor reads (the digest goes to the coordinator, in ca, es or en). */
const PEOPLE_MAIL = ['acknowledgement', 'late-notice', 'advisor-task', 'reminder', 'advisor-reminder', 'decision', 'reassignment', 'correction-receipt', 'sheet-receipt'] as const;
const labels = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'labels.json'), 'utf8')) as Record<string, { subjects: Record<string, string>; kinds?: Record<string, string> }>;

describe('every follow-up in every mail language', () => {
  for (const lang of MAIL_LANGS) {
    it(`has the text and HTML templates and a subject of each kind in ${lang}`, () => {
      const missing = PEOPLE_MAIL.flatMap((kind) => [
        ...['txt', 'html'].filter((f) => !existsSync(join(TEMPLATES_DIR, `${kind}.${lang}.${f}.hbs`))).map((f) => `${kind}.${lang}.${f}.hbs`),
        ...(labels[lang]?.subjects[kind] ? [] : [`labels.json ${lang}.subjects.${kind}`]),
      ]);
      expect(missing).toEqual([]);
    });
  }
});

// Writing a held-out corpus: the .eml files, expected.json in the scorer's schema (a practice's
// summary is the first sentence of its explanation) and config/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const THEME_ORDER = ['covid-response', 'intercooperation', 'public-procurement', 'youth', 'ecological-transition', 'feminism-intersectionality'];
export const firstSentence = (s) => s.match(/^(.+?[.!?])(\s|$)/s)[1];

/** A Spanish phone as the scorer's ground truth writes it. */
export function e164(raw) {
  if (!raw) return null;
  const d = raw.replace(/\D/g, '').slice(-9);
  return /^9[13]/.test(d) ? `+34 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` : `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`;
}
/** A French phone (01 23 45 67 89, +33 (0)1 23…) as +33 1 23 45 67 89. */
export function e164fr(raw) {
  if (!raw) return null;
  const d = raw.replace(/\(0\)/, '').replace(/\D/g, '').slice(-9);
  return `+33 ${d[0]} ${d.slice(1).match(/../g).join(' ')}`;
}

const MID_RE = /^Message-ID: (.+)$/mi;

/**
 * `messages`: { file, build(): Buffer|string, expected: { kind, status, late, practices, repliesTo?, case } };
 * a practice: { title, promoters, expl, contact: { name, email }, tel, municipality, member, themes }.
 */
export async function writeCorpus(out, { name, messages, municipalities, campaign, advisors, phone = e164 }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'config'), { recursive: true });
  const expected = {};
  for (const m of messages) {
    const built = await m.build();
    const buf = Buffer.isBuffer(built) ? built : Buffer.from(built, 'utf8');
    writeFileSync(join(out, m.file), buf);
    const messageId = MID_RE.exec(buf.toString('latin1'))[1].trim();
    const e = m.expected;
    const practices = e.practices.map((x) => {
      const s = firstSentence(x.expl);
      return {
        title: x.title, promoters: x.promoters, summary: s.charAt(0).toUpperCase() + s.slice(1),
        contact: { name: x.contact.name ?? null, email: x.contact.email ?? null, phone: phone(x.phone ?? x.tel) },
        municipality: x.municipality, member: x.member, themes: THEME_ORDER.filter((t) => x.themes.includes(t)),
      };
    });
    expected[m.file] = { messageId, kind: e.kind, status: e.status, late: e.late, practices, ...(e.repliesTo ? { repliesTo: e.repliesTo } : {}), case: e.case };
  }
  const json = (v) => JSON.stringify(v, null, 2) + '\n';
  writeFileSync(join(out, 'expected.json'), json(expected));
  writeFileSync(join(out, 'config', 'municipalities.json'), json(municipalities));
  writeFileSync(join(out, 'config', 'campaign.json'), json(campaign));
  writeFileSync(join(out, 'config', 'advisors.json'), json(advisors));
  const nPractices = Object.values(expected).reduce((a, x) => a + x.practices.length, 0);
  console.log(`${name}: wrote ${messages.length} messages (${nPractices} practices) to ${out}`);
}

/** A small registry of cases: `add(file, expected, build)`, `exp(practices, extra)`. */
export function cases() {
  const messages = [];
  return {
    messages,
    add: (file, expected, build) => messages.push({ file, expected, build }),
    exp: (practices, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices, ...extra }),
  };
}

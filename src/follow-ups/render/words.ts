// What people read instead of the extractor's internal notes: where a value came from ("the body of
// the message of 21 April", "the attached file fitxa.docx"), how it was found, and why a theme was
// seen, quoting the council's own words as written (the extractor keeps folded stems). Pure.
import type { Labels } from './render.js';
import { foldKeepLength } from '../../stages/extract/text.js';

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** "body" / "attachment:fitxa.docx" as a person says it; `date` is the message's arrival, already formatted. */
export function sourceWords(source: string | null, date: string | null, labels: Labels): string | null {
  const w = labels.evidence ?? {};
  if (!source) return null;
  if (source === 'body') return date ? fill(w.body ?? source, { date }) : (w.bodyUndated ?? source);
  if (source.startsWith('attachment:')) return fill(w.attachment ?? source, { file: source.slice('attachment:'.length) });
  if (source === 'attachment') return w.anAttachment ?? source;
  return source;
}

/** The extractor's evidence ('label "Títol" in attachment:fitxa.docx', 'sender domain x.cat', 'default: …') in the reader's words. */
export function evidenceWords(how: string, date: string | null, labels: Labels): string {
  const w = labels.evidence ?? {};
  const where = (s: string): string => sourceWords(s.trim(), date, labels) ?? s;
  const label = /^label "([^"]+)" in (.+)$/.exec(how);
  if (label) return fill(w.label ?? how, { label: label[1]!, where: where(label[2]!) });
  const domain = /^sender domain (.+)$/.exec(how);
  if (domain) return fill(w.senderDomain ?? how, { domain: domain[1]! });
  if (how.startsWith('default')) return w.assumed ?? how;
  if (/^sender( address)?$/.test(how)) return w.sender ?? how;
  if (how === 'subject') return w.subject ?? how;
  if (/signature/.test(how)) return w.signature ?? how;
  if (how === 'reply') return w.reply ?? how;
  const named = /(?:council|town) named.* in (.+)$/.exec(how);
  if (named) return fill(w.named ?? how, { where: where(named[1]!) });
  const line = /^title line of (.+)$/.exec(how);
  if (line) return fill(w.titleLine ?? how, { where: where(line[1]!) });
  const inSource = / in (body|attachment(?::.+)?)$/.exec(how);
  return inSource ? fill(w.text ?? how, { where: where(inSource[1]!) }) : (w.plain ?? how);
}

/**
 * A theme's evidence as the council wrote it: the stem the lexicon matched ("perspectiva de genere",
 * "pandemi") found again in the practice's text and cut out whole words, accents and all
 * ("perspectiva de gènere", "pandèmia"); reasons drawn from the promoters said in words. Null when
 * the words cannot be found in what we keep of the practice (then nothing is quoted).
 */
export function themeEvidenceWords(phrase: string, text: string, labels: Labels): { quote: string } | { reason: string } | null {
  if (phrase.startsWith('promoters: ')) {
    const reason = labels.themeReasons?.[phrase.slice('promoters: '.length)];
    return reason ? { reason } : null;
  }
  // The evidence may be the lexicon's folded stem ("perspectiva de genere") or, since the extractor
  // keeps it as written, the council's own words ("perspectiva de gènere"): fold both sides alike.
  const folded = foldKeepLength(text).toLowerCase();
  const needle = foldKeepLength(phrase).toLowerCase();
  const at = folded.indexOf(needle);
  if (at < 0 || folded.length !== text.length) return at < 0 ? null : { quote: phrase };
  let start = at;
  let end = at + needle.length;
  while (start > 0 && /[\p{L}\p{N}·'-]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}·-]/u.test(text[end]!)) end++;
  return { quote: text.slice(start, end) };
}

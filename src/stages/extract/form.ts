// Reads the lines of a practice form into labelled entries: a value runs from its label over the
// following lines until the next label (explanations also across blank lines), so that labels on
// their own line, wrapped PDF text and tables linearised as "Label: value" all read the same way.
// Section headings ("BONA PRÀCTICA 2", "Fitxa 1", "2. Name" followed by labels) are kept as markers.
import { classifyKey, hasBullet, parseLabelLine, stripLead, type LabelField } from './labels.js';
import { isClosing, isGreeting } from './noise.js';
import { isOrgHead } from './promoters.js';
import { hasTitleLineShape } from './title.js';
import { fold, foldKeepLength, wordCount } from './text.js';

export interface Entry {
  field: LabelField;
  label: string;
  /** Value lines ('' marks a paragraph break). */
  lines: string[];
  bullets: boolean;
  /** An unknown short key ("Nota:"): a boundary, never waiting for a value of a known field. */
  generic?: boolean;
}

export type FormItem =
  | { kind: 'entry'; entry: Entry }
  | { kind: 'free'; line: string }
  | { kind: 'blank' }
  | { kind: 'section'; heading: string };

/** Fields whose value may run over several paragraphs. */
const MULTI_PARAGRAPH: ReadonlySet<LabelField> = new Set(['summary', 'summaryAlt', 'other']);
/** How far below a numbered line we look for labels before calling it a practice heading. */
const HEADING_LOOKAHEAD = 4;

export function readForm(raw: string[]): FormItem[] {
  const lines = joinSplitLabels(colonSpacedLabels(raw));
  const titled = titleLineHeadings(lines);
  const items: FormItem[] = [];
  let cur: Entry | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      if (cur && closesOnBlank(cur, lines, i)) cur = null;
      else if (cur) cur.lines.push('');
      items.push({ kind: 'blank' });
      continue;
    }
    const heading = titled.has(i) ? line.replace(NUMBERED_NAME, '$2').trim() : sectionHeading(lines, i);
    if (heading !== null) { cur = null; items.push({ kind: 'section', heading }); continue; }
    const hit = parseLabelLine(line);
    // "1. Name: what it is" in a list, or "- Cooperativa X: …" in a promoters list, is text, not a label.
    // "- Name: what it is, in a sentence" among bullets is a list of practices, not an unknown label.
    const listItem = hit?.generic && (NUMBERED.test(line) || (cur?.field === 'promoters' && hasBullet(line)) ||
      (hasBullet(line) && /^\p{Ll}/u.test(hit.value) && wordCount(hit.value) >= MIN_BULLET_DESCRIPTION_WORDS));
    // "NOM DEL PROJECTE" alone, then "Graner Comú: botiga a granel": the line below a label that
    // still waits for its value is that value, whatever colon it holds, unless it is a known label.
    const awaited = hit?.generic && cur !== null && isAwaitingValue(cur);
    // "Arroz de humedal: cultivo ecológico…" alone between blank lines is a title with its subtitle.
    const titleLine = hit?.generic && isTitleLike(lines, i, hit.value);
    if (hit && !listItem && !awaited && !titleLine) {
      cur = { field: hit.field, label: hit.label, lines: hit.value ? [hit.value] : [], bullets: false, generic: !!hit.generic };
      items.push({ kind: 'entry', entry: cur });
      continue;
    }
    if (cur && endsPromoters(cur, line)) cur = null;
    if (cur) {
      cur.lines.push(line);
      if (hasBullet(line)) cur.bullets = true;
    } else items.push({ kind: 'free', line });
  }
  return items;
}

/** Words after "- Name:" for the bullet to be a practice told in a sentence. */
const MIN_BULLET_DESCRIPTION_WORDS = 8;
/** A value line this long without a sentence end was wrapped by the PDF or the mail client. */
const WRAPPED_VALUE = 60;
/** A sentence this long right after a promoters value is text of its own unless it names an organisation. */
const PROSE_AFTER_LIST_WORDS = 10;

/**
 * "Promueven: X, Y" then "Taller donde voluntarios reparan…": a long sentence naming no
 * organisation is the practice's explanation, not more promoters ("La Xarxa X col·labora…" is).
 */
function endsPromoters(cur: Entry, line: string): boolean {
  if (cur.field !== 'promoters' || !cur.lines.some((l) => l.trim()) || wordCount(line) < PROSE_AFTER_LIST_WORDS) return false;
  const last = cur.lines.filter((l) => l.trim()).at(-1) ?? '';
  // A PDF wraps a long value: a line cut after "la Cooperativa" goes on below.
  if (last.length > WRAPPED_VALUE && !/[.;:!?]\s*$/.test(last)) return false;
  return !line.split(/\s+/).map((w) => w.replace(/^[Ll]['’]/, '')).some((w) => /^[A-ZÀ-Ý]/.test(w) && isOrgHead(w));
}

/** Words under a title line before the next one, at least, for it to head a practice. */
const MIN_WORDS_UNDER_TITLE = 25;
/** Words of a title line heading a practice, at most. */
const MAX_HEADING_LINE_WORDS = 16;

/**
 * A document of several practices, each under its name on a line of its own (a Word heading read
 * as text, a bold line): two or more such lines, alone between blank lines and each followed by a
 * practice's worth of text, are section headings. One alone is left to the prose reader.
 */
function titleLineHeadings(lines: string[]): Set<number> {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line || (lines[i - 1] ?? '').trim() || (lines[i + 1] ?? '').trim()) continue;
    if (!hasTitleLineShape(line, MAX_HEADING_LINE_WORDS) || isGreeting(line) || isClosing(line)) continue;
    const hit = parseLabelLine(line);
    if (hit && !(hit.generic && isTitleLike(lines, i, hit.value))) continue;
    found.push(i);
  }
  const heads = found.filter((at, k) => {
    const end = found[k + 1] ?? lines.length;
    return wordCount(lines.slice(at + 1, end).join(' ')) >= MIN_WORDS_UNDER_TITLE;
  });
  return new Set(heads.length >= 2 ? heads : numberedTitleLines(lines));
}

/**
 * "1. Name" on a line of its own, its explanation on the lines below, then "2. Name": a numbered
 * list of practices whose items are names, not sentences. Read as headings only when every item,
 * numbered 1, 2, 3… in order, has the shape of a name and a practice's worth of text under it (a
 * list of steps or of short points is not one).
 */
function numberedTitleLines(lines: string[]): number[] {
  const runs: { at: number; n: number }[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = NUMBERED_NAME.exec(lines[i] ?? '');
    if (!m) continue;
    const n = Number(m[1]);
    if (n === 1) runs.push([]);
    runs[runs.length - 1]?.push({ at: i, n });
  }
  const heads: number[] = [];
  for (const items of runs) {
    const ok = items.length >= 2 && items.every(({ at, n }, k) => {
      const text = (lines[at] ?? '').replace(NUMBERED_NAME, '$2').trim();
      const end = items[k + 1]?.at ?? lines.length;
      return n === k + 1 && !(lines[at - 1] ?? '').trim() && hasTitleLineShape(text, MAX_HEADING_LINE_WORDS) && !parseLabelLine(text) &&
        wordCount(lines.slice(at + 1, end).join(' ')) >= MIN_WORDS_UNDER_TITLE;
    });
    if (ok) heads.push(...items.map((it) => it.at));
  }
  return heads;
}

/** Words of a "Name: subtitle" line that is a title, at most. */
const MAX_TITLE_LINE_WORDS = 20;

/** A paragraph of one line, "Name: subtitle in lower case", no sentence end: a title, not an unknown key. */
function isTitleLike(lines: string[], i: number, value: string): boolean {
  const line = lines[i] ?? '';
  const alone = !(lines[i - 1] ?? '').trim() && !(lines[i + 1] ?? '').trim();
  return alone && /^[a-zà-ÿ]/.test(value) && wordCount(line) <= MAX_TITLE_LINE_WORDS && !/[.;!?]\s*$/.test(line.trim());
}

/** A label read alone on its line (a heading-style label) whose value has not started yet. */
function isAwaitingValue(cur: Entry): boolean {
  return !cur.generic && !cur.lines.some((l) => l.trim());
}

function closesOnBlank(cur: Entry, lines: string[], i: number): boolean {
  if (MULTI_PARAGRAPH.has(cur.field)) return false;
  if (!cur.lines.some((l) => l.trim())) return false; // label alone, value further down
  let j = i + 1;
  while (j < lines.length && !(lines[j] ?? '').trim()) j++;
  const next = lines[j] ?? '';
  // Lists written one bullet per paragraph (DOCX, ODT) continue after the blank line.
  if (cur.bullets && hasBullet(next) && !parseLabelLine(next)) return false;
  // Outlook's text part of a table writes each line of a cell as a paragraph: another organisation
  // name ("Xarxa de Cooperatives del Delta") still belongs to the promoters.
  if (cur.field === 'promoters' && namesOrganisation(next)) return false;
  return !continuesContact(cur, next);
}

/** Words of one organisation's name on a line of its own, at most. */
const MAX_ORG_LINE_WORDS = 10;

function namesOrganisation(line: string): boolean {
  const t = line.trim().replace(/^(?:la|el|les|els|los|las)\s+|^l'/i, '');
  return !!t && !parseLabelLine(line) && wordCount(t) <= MAX_ORG_LINE_WORDS && !/[.!?:]\s*$/.test(t) &&
    /^[A-ZÀ-Ý]/.test(t) && isOrgHead(t.split(/\s+/)[0] ?? '');
}

/** Lines of a contact block: name, role, e-mail, phone, maybe the organisation. */
const CONTACT_BLOCK_LINES = 5;

/**
 * A DOCX writes each line of a contact block as a paragraph ("Persona de contacte" / name / role /
 * e-mail / phone, blank lines between): a short line that is not a label still belongs to it.
 */
function continuesContact(cur: Entry, next: string): boolean {
  if (cur.field !== 'contact' || parseLabelLine(next)) return false;
  if (cur.lines.filter((l) => l.trim()).length >= CONTACT_BLOCK_LINES) return false;
  return /@|\d{3}[ .]?\d{2,3}[ .]?\d{2,3}/.test(next) || (wordCount(next) <= 6 && !/[.!?:]\s*$/.test(next.trim()));
}

const KEYWORD_HEADING = /^(bona practica|bones practiques|buena practica|practica|fitxa|ficha|proposta|propuesta|experiencia|iniciativa|projecte|proyecto|actuacio|actuacion)\s*(?:num\.?|n\.|no\.|n[ºo°]|#)?\s*(\d{1,2}|ii|iii|iv|vi|vii|viii|ix|[a-hvx](?=\s*(?:$|[:.)\-–—])))(?![\w/.,]\d)\b\s*[:.)\-–—]?\s*/;
const ORDINAL_HEADING = /^(primera|segona|tercera|quarta|cinquena|segunda|cuarta|quinta|primer|segon|segundo|tercer)\s+(bona practica|buena practica|practica|proposta|propuesta|fitxa|ficha|experiencia|iniciativa)\b\s*[:.)\-–—]?\s*/;
const NUMBERED = /^\s*(?:\*\*)?\s*(\d{1,2})\s*[.)-]\s+(?=\S)/;
/** "1. Name" / "2) Name": a numbered line, its number and the rest. */
const NUMBERED_NAME = /^\s*(\d{1,2})\s*[.)]\s+(\S.*)$/;
// "A) Name", "b) Name": lettered practices, a heading only when labels follow (like numbered ones).
const LETTERED = /^\s*(?:\*\*)?\s*\(?[A-Ha-h]\)\s+(?=\S)/;

/** The rest of a practice heading line (a possible title, maybe ''), or null when it is not one. */
function sectionHeading(lines: string[], i: number): string | null {
  const line = (lines[i] ?? '').replace(/^\s*(#+|\*\*|[-•*]\s)\s*/, '').replace(/\*\*\s*$/, '');
  if (line.length > 140) return null;
  const folded = foldKeepLength(line).trimStart();
  const offset = line.length - line.trimStart().length;
  const m = KEYWORD_HEADING.exec(folded) ?? ORDINAL_HEADING.exec(folded);
  if (m) {
    const rest = line.slice(offset + m[0].length).trim();
    return wordCount(rest) <= 20 && !parseLabelLine(rest) ? rest : '';
  }
  const n = NUMBERED.exec(line) ?? LETTERED.exec(line);
  // "## 1. Name: subtitle in lower case" has a title's colon, not a label's.
  const label = n ? parseLabelLine(line) : null;
  const titleColon = !!label?.generic && /^\p{Ll}/u.test(label.value);
  if (n && (!label || titleColon) && wordCount(line) <= 20 && labelsFollow(lines, i)) {
    return line.slice(n[0].length).trim();
  }
  return null;
}

/** A numbered line is a practice heading only if form labels of a practice follow it. */
function labelsFollow(lines: string[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < HEADING_LOOKAHEAD; j++) {
    const l = lines[j] ?? '';
    if (!l.trim()) continue;
    seen++;
    const hit = parseLabelLine(l);
    if (hit && (hit.field === 'title' || hit.field === 'promoters' || hit.field === 'summary')) return true;
  }
  return false;
}

/** PDF text sometimes breaks a label over two lines ("Breu\nexplicació: …"). */
/** Words a label written without separator may have ("Persona de referència", "Organitzacions impulsores"). */
const MAX_SPACED_LABEL_WORDS = 4;
/** Lines of one text that must read as "Label value" before any does: a form, not a sentence that starts like a label. */
const MIN_SPACED_LABELS = 3;
/** Fields whose spaced labels count toward that evidence: what a practice form asks. */
const FORM_FIELDS: ReadonlySet<LabelField> = new Set(['title', 'promoters', 'summary', 'contact', 'name', 'email', 'phone']);

/**
 * "Descripció Durant les setmanes…", "Persona de referència Eulàlia Soldevila": a PDF form whose
 * cells lost their gap keeps a single space between label and value. Such a line is read as
 * "Label: value" only when the value starts like one (a capital, a digit, an address) and the text
 * has at least MIN_SPACED_LABELS such lines of different form fields, so prose is never cut.
 */
function colonSpacedLabels(lines: string[]): string[] {
  const hits = lines.map(spacedLabel);
  const fields = new Set(hits.filter((h) => h && FORM_FIELDS.has(h.field)).map((h) => h!.field));
  if (fields.size < MIN_SPACED_LABELS) return lines;
  return lines.map((line, i) => {
    const h = hits[i];
    return h ? `${h.label}: ${h.value}` : line;
  });
}

function spacedLabel(line: string): { field: LabelField; label: string; value: string } | null {
  // A label already parted from its value (colon, cell gap) needs nothing; a whole line taken for a
  // label alone ("Organitzacions impulsores Ajuntament de Navàs") may still hold its value.
  if (!line.trim() || parseLabelLine(line)?.value) return null;
  const words = line.trim().split(/\s+/);
  for (let n = 1; n <= MAX_SPACED_LABEL_WORDS && n < words.length; n++) {
    const label = words.slice(0, n).join(' ');
    const field = classifyKey(label);
    if (!field || field === 'other') continue;
    const value = words.slice(n).join(' ');
    const first = words[n] ?? '';
    // "Persona de referència", "AJUNTAMENT DE NAVÀS": the rest of the label itself, or a heading in
    // capitals; a capitalised article starts a value ("Descripció Els veïns…").
    const linking = /^(de|del|dels|la|el|els|les|i|y|per|amb|con|a)$/i.test(fold(first)) || /^d'/i.test(first);
    if (linking && (/^[a-zà-ÿ]/.test(first) || line === line.toUpperCase())) continue;
    const startsValue = /^[A-ZÀ-Ý0-9+«"(]/.test(first) || (field === 'email' && first.includes('@'));
    if (startsValue) return { field, label, value };
  }
  return null;
}

function joinSplitLabels(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (wordCount(stripLead(line)) <= 3 && !/[:.]\s*$/.test(line) && next.trim() && !parseLabelLine(line)) {
      const joined = `${line.trim()} ${next.trim()}`;
      const hit = parseLabelLine(joined);
      if (hit && hit.field !== 'other' && !parseLabelLine(next)) { out.push(joined); i++; continue; }
    }
    out.push(line);
  }
  return out;
}

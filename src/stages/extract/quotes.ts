// Splits a body into layers: the sender's new text, then each forwarded or quoted message below it
// ("-----Mensaje original-----", "Missatge reenviat", Outlook "De:/Enviat el:/Per a:/Tema:" blocks,
// Gmail "El … va escriure:", "> " lines). A forward's original author, not the forwarder, is whom
// the practice belongs to; a reply's quoted text is old content and must not count twice.
import type { Address } from '../../domain/types.js';
import { fold, splitLines } from './text.js';
import { unfoldTables } from './tables.js';

export type LayerKind = 'top' | 'forward' | 'quote';

export interface Layer {
  kind: LayerKind;
  /** Author named by the separator's header block ("De: Name <addr>"), when there is one. */
  author: Address | null;
  lines: string[];
}

/** How many lines after a "From:" line we look for the rest of a header block. */
const HEADER_BLOCK_SPAN = 7;

const FORWARD_PREFIX = /^\s*(?:(?:re|aw|sv|r|resp)\s*:\s*)*(?:fwd?|fw|rv|tr|enc|reenv\w*|doorgestuurd|wg)\s*:/i;
const REPLY_PREFIX = /^\s*(?:re|aw|sv|r|resp|rif|ref|rs)\s*:/i;

export const isForwardSubject = (subject: string): boolean => FORWARD_PREFIX.test(subject);
export const isReplySubject = (subject: string): boolean => REPLY_PREFIX.test(subject) && !isForwardSubject(subject);

const FROM_LINE = /^\s*\*?\s*(de|from|von|remitente|remitent|enviat per|enviado por|expediteur)\s*\*?\s*:\s*\*?\s*(.+)$/i;
const HEADER_LINE = /^\s*\*?\s*(enviat el|enviats?|enviada|enviado el|enviados?|sent|date|fecha|data|per a|para|to|a|cc|cco|bcc|tema|asunto|assumpte|subject|objet|objecte|destinatari|destinatario|destinataris|envoye|importancia|importance)\s*\*?\s*:/i;
const DASHED = /^\s*[-_=*]{2,}\s*(.{4,60}?)\s*[-_=*]{2,}\s*$/;
const PLAIN_FORWARD = /^(begin forwarded message|inici del missatge reenviat|comienzo del mensaje reenviado|mensaje reenviado|missatge reenviat|forwarded message|message transfere)\s*:?\s*$/;
const WROTE = /\b(va escriure|ha escrit|escribio|wrote|a ecrit|schrieb)\s*:?\s*$/;

interface Separator { kind: 'forward' | 'original'; consumed: number; author: Address | null }

export function splitLayers(text: string, subject: string): Layer[] {
  const lines = unfoldTables(splitLines(text));
  const layers: Layer[] = [{ kind: 'top', author: null, lines: [] }];
  const forwardSubject = isForwardSubject(subject);
  for (let i = 0; i < lines.length; ) {
    const current = layers[layers.length - 1]!;
    const sep = detectSeparator(lines, i) ?? quoteStart(lines, i, current);
    if (sep) {
      const inForward = current.kind === 'forward';
      const kind: LayerKind = sep.kind === 'forward' || forwardSubject || inForward ? 'forward' : 'quote';
      layers.push({ kind, author: sep.author, lines: [] });
      i += sep.consumed;
      continue;
    }
    const line = lines[i] ?? '';
    current.lines.push(current.kind === 'top' ? line : line.replace(/^(\s*>)+ ?/, ''));
    i++;
  }
  return layers.filter((l, idx) => idx === 0 || l.lines.some((x) => x.trim()));
}

/** A "> " line in the new text starts a quoted layer (Gmail/Thunderbird replies without a header). */
function quoteStart(lines: string[], i: number, current: Layer): Separator | null {
  if (current.kind !== 'top' || !/^\s*>/.test(lines[i] ?? '')) return null;
  // Apple Mail quotes a forward whole: "> Inici del missatge reenviat:" then "> De: …" headers.
  const unquoted = lines.map((l) => l.replace(/^(\s*>)+ ?/, ''));
  let j = i;
  while (j < lines.length && !(unquoted[j] ?? '').trim()) j++;
  const inner = detectSeparator(unquoted, j);
  if (inner?.kind === 'forward') return { kind: 'forward', consumed: j - i + inner.consumed, author: inner.author };
  return { kind: 'original', consumed: 0, author: null };
}

function detectSeparator(lines: string[], i: number): Separator | null {
  const line = lines[i] ?? '';
  const f = fold(line);
  const dashed = DASHED.exec(f);
  if (dashed && /(missatge|mensaje|message|mail|correu|correo)/.test(dashed[1] ?? '')) {
    const kind = /(reenv|forward|transf)/.test(dashed[1] ?? '') ? 'forward' : 'original';
    return withHeaderBlock(lines, i + 1, kind, 1);
  }
  if (PLAIN_FORWARD.test(f.trim())) return withHeaderBlock(lines, i + 1, 'forward', 1);
  if (/^\s*_{8,}\s*$/.test(line)) {
    const block = headerBlockAt(lines, nextNonBlank(lines, i + 1));
    return block ? { kind: 'original', consumed: block.end - i, author: block.author } : null;
  }
  const block = headerBlockAt(lines, i);
  if (block) return { kind: 'original', consumed: block.end - i, author: block.author };
  return wroteLine(lines, i);
}

function withHeaderBlock(lines: string[], from: number, kind: Separator['kind'], base: number): Separator {
  const block = headerBlockAt(lines, nextNonBlank(lines, from));
  if (!block) return { kind, consumed: base, author: null };
  return { kind, consumed: block.end - from + base, author: block.author };
}

/**
 * A header block: "De:" with at least two of "Enviat el:", "Per a:", "Tema:"… in any order
 * (Outlook and Zimbra start with "De:", Thunderbird with "Assumpte:"/"Data:").
 */
function headerBlockAt(lines: string[], i: number): { end: number; author: Address | null } | null {
  let hits = 0;
  let from: RegExpExecArray | null = null;
  let end = i;
  for (let j = i; j < Math.min(lines.length, i + HEADER_BLOCK_SPAN); j++) {
    const l = lines[j] ?? '';
    const isFrom = FROM_LINE.exec(l);
    if (isFrom && !from) { from = isFrom; end = j + 1; continue; }
    if (HEADER_LINE.test(l)) { hits++; end = j + 1; continue; }
    if (j === i) return null;
    if (l.trim() && !/^\s+\S/.test(l)) break; // a folded header continues with leading spaces
  }
  if (!from || hits < 2) return null;
  return { end: nextNonBlank(lines, end), author: parseAddress(from[2] ?? '') };
}

/** "El dc., 22 d'abr. 2020 a les 9:30, Nom <a@b> va escriure:", possibly wrapped over 3 lines. */
function wroteLine(lines: string[], i: number): Separator | null {
  for (let span = 1; span <= 3; span++) {
    const joined = lines.slice(i, i + span).join(' ');
    if (span > 1 && !lines[i + span - 1]?.trim()) return null;
    if (/^\s*(el|on|le|am|en)\b/i.test(joined) && WROTE.test(fold(joined)) && joined.length < 300) {
      return { kind: 'original', consumed: span, author: parseAddress(joined) };
    }
  }
  return null;
}

function nextNonBlank(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length && !(lines[j] ?? '').trim()) j++;
  return j;
}

/** "Name <a@b>", "\"Name\" <a@b>", "Name [mailto:a@b]", "a@b". */
export function parseAddress(s: string): Address | null {
  const email = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/.exec(s);
  if (!email) return null;
  const before = s.slice(0, email.index)
    .replace(/^.*?\b(va escriure|escribi[oó]|wrote)\b.*$/i, '')
    .replace(/^\s*(el|on)\b.*?,\s*(?=[A-ZÀ-Ý][^,]*$)/i, '')
    .replace(/[<[(]\s*(mailto:)?\s*$/i, '')
    .replace(/["*]/g, '')
    .trim();
  const name = before && !/\d{1,2}:\d{2}/.test(before) && !/@/.test(before) ? before : null;
  return { address: email[0].toLowerCase(), name };
}

// Privacy by default: a published text carries no person's e-mail, phone or (known) name unless the
// run says --with-contacts. Councils often end a summary with "contact Berta at …": we cut those
// out of free text as well as leaving the contact fields unpublished.
import { findPhoneNumbersInText } from 'libphonenumber-js';

/** Replaces what was withheld, so a reader sees that something was there. */
export const WITHHELD = '[…]';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** A name shorter than this ("Ana") would also cut ordinary words out of the text. */
const MIN_NAME_LENGTH = 5;
/** XML 1.0 forbids these characters; a hostile field holding them must not break the feed. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export const clean = (s: string): string => s.replace(CONTROL, '');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phone numbers as Spanish numbering reads them (national or international form). */
function withoutPhones(text: string): string {
  const found = findPhoneNumbersInText(text, 'ES');
  let out = text;
  // From the end, so earlier offsets stay right.
  for (const f of [...found].sort((a, b) => b.startsAt - a.startsAt)) out = out.slice(0, f.startsAt) + WITHHELD + out.slice(f.endsAt);
  return out;
}

export function redact(text: string, names: (string | null | undefined)[]): string {
  let out = withoutPhones(text.replace(EMAIL, WITHHELD));
  for (const name of names) {
    const n = name?.trim();
    if (!n || n.length < MIN_NAME_LENGTH) continue;
    out = out.replace(new RegExp(escapeRegExp(n), 'giu'), WITHHELD);
  }
  return out;
}

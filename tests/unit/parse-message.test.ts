// Which text of a mail the extractor reads: the plain part, unless the HTML part keeps a table's
// structure that the plain part lost (Outlook writes a table one cell per line in text/plain).
import { describe, expect, it } from '@jest/globals';
import { parseMessage } from '../../src/stages/parse/parse-message.js';
import { buildMail } from '../helpers/mail.js';

function alternative(plain: string, html: string): Buffer {
  const body = [
    '--alt', 'Content-Type: text/plain; charset=utf-8', '', plain, '',
    '--alt', 'Content-Type: text/html; charset=utf-8', '', html, '', '--alt--',
  ].join('\r\n');
  return buildMail({ contentType: 'multipart/alternative; boundary="alt"', body });
}

const row = (cells: string[], bold = false) => `<tr>${cells.map((c) => `<td>${bold ? `<b>${c}</b>` : c}</td>`).join('')}</tr>`;

describe('parse: the text read from a mail', () => {
  it('reads a table of practices from the HTML part when the plain part lost its headers', async () => {
    const head = ['Pràctica', 'En què consisteix', 'Qui la impulsa'];
    const rows = [['Horts del riu', 'Parcel·les cedides a famílies del barri.', 'Ajuntament de Salt'], ['Rebost comú', 'Un magatzem compartit de les entitats.', 'Ajuntament de Salt i Càritas']];
    const plain = ['Us enviem la taula:', '', ...head, '', ...rows.flatMap((r) => [...r, ''])].join('\r\n');
    const html = `<p>Us enviem la taula:</p><table>${row(head, true)}${rows.map((r) => row(r)).join('')}</table>`;
    const parsed = await parseMessage({ bytes: alternative(plain, html), origin: 't', internalDate: null });
    expect(parsed.text).toContain('Pràctica: Horts del riu');
    expect(parsed.text).toContain('Qui la impulsa: Ajuntament de Salt i Càritas');
  });

  it("drops the link targets Outlook's plain part repeats after an address or a web site", async () => {
    const bytes = buildMail({ body: 'Anna Puig\r\nanna@salt.cat<mailto:anna@salt.cat> · www.salt.cat<http://www.salt.cat/>\r\nSee <https://example.org/x>' });
    const parsed = await parseMessage({ bytes, origin: 't', internalDate: null });
    expect(parsed.text).toBe('Anna Puig\nanna@salt.cat · www.salt.cat\nSee <https://example.org/x>');
  });

  it('keeps the plain part when the HTML only adds a signature table', async () => {
    const plain = 'Títol: Horts del riu\r\nPromotors: Ajuntament de Salt\r\n\r\nAnna Puig\r\nTècnica';
    const html = `<p>Títol: Horts del riu<br>Promotors: Ajuntament de Salt</p><table>${row(['Anna Puig', 'Tècnica'])}${row(['Ajuntament de Salt', '972 00 00 00'])}</table>`;
    const parsed = await parseMessage({ bytes: alternative(plain, html), origin: 't', internalDate: null });
    expect(parsed.text).toBe(plain.replace(/\r\n/g, '\n'));
  });
});

// Parts of a mail that are not documents (an S/MIME signature, a vCard, a calendar invitation, an
// empty file, an Outlook TNEF wrapper) are not unreadable attachments: the message is processed from
// its body, not sent to review, and the council is not asked to send them again.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { storeRaw, type PipelineContext } from '../../src/pipeline/index.js';
import { processInline } from '../../src/pipeline/inline.js';
import { partRole } from '../../src/stages/parse/attachments/parts.js';
import { openDb, statement } from '../../src/store/db.js';
import { getMessage } from '../../src/store/messages.js';
import { documentReader, LEXICON, settings, templates } from '../helpers/notify.js';
import { SYNTHESIS } from '../helpers/service.js';
import { tempDir } from '../helpers/temp.js';

interface Part { name: string; type: string; bytes: Buffer }

/** A TNEF stream as Outlook starts one (MS-OXTNEF 2.1.3.1: signature 0x223E9F78, then a key). */
const TNEF = Buffer.concat([Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0x01, 0x00]), Buffer.alloc(40)]);
const VCARD = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Berta Solà Riu\r\nTEL;TYPE=work:+34 931 11 22 33\r\nEND:VCARD\r\n';
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Presentació del projecte\r\nDTSTART:20200420T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
/** DER of a PKCS#7 SignedData starts with a SEQUENCE; the bytes do not matter to us, only that it is a signature. */
const P7S = Buffer.from('3082054906092a864886f70d010702a082053a', 'hex');

const PARTS: Part[] = [
  { name: 'smime.p7s', type: 'application/pkcs7-signature', bytes: P7S },
  { name: 'Berta Solà.vcf', type: 'text/vcard', bytes: Buffer.from(VCARD) },
  { name: 'invite.ics', type: 'text/calendar; method=REQUEST', bytes: Buffer.from(ICS) },
  { name: 'ATT00001.txt', type: 'text/plain', bytes: Buffer.alloc(0) },
  { name: 'winmail.dat', type: 'application/ms-tnef', bytes: TNEF },
];

function mail(body: string, parts: Part[]): Buffer {
  const lines = ['From: Berta <bsola1@viladeprova.cat>', 'To: bonespractiques@xmess.example.org', 'Subject: Bona pràctica: rebost compartit',
    'Date: Tue, 14 Apr 2020 10:00:00 +0200', 'Message-ID: <parts@viladeprova.cat>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
    '--b', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body];
  for (const p of parts) {
    lines.push('--b', `Content-Type: ${p.type}; name="${p.name}"`, `Content-Disposition: attachment; filename="${p.name}"`, 'Content-Transfer-Encoding: base64', '', p.bytes.toString('base64'));
  }
  lines.push('--b--', '');
  return Buffer.from(lines.join('\r\n'));
}

let dir: ReturnType<typeof tempDir>;
let ctx: PipelineContext;
beforeEach(() => {
  dir = tempDir('xmess-parts-');
  const s = settings();
  ctx = {
    db: openDb(join(dir.path, 'x.db')), rawDir: join(dir.path, 'raw'), municipalities: s.municipalities, lexicon: LEXICON, deadline: s.deadline, reader: documentReader(),
    followUps: { settings: s, renderer: templates(), outboxDir: join(dir.path, 'outbox') },
  };
});
afterAll(() => documentReader().close());
afterEach(async () => {
  ctx.db.close();
  dir.cleanup();
});

describe('parts that are not documents', () => {
  it('are set aside: the message is processed from its body and nobody is asked to resend them', async () => {
    const id = storeRaw(ctx, { bytes: mail(SYNTHESIS('Rebost compartit de barri', 1), PARTS), origin: 'test' }).id;
    await processInline(ctx, id);
    expect(getMessage(ctx.db, id)).toMatchObject({ status: 'processed', reason: null });
    expect(statement(ctx.db, 'SELECT COUNT(*) AS n FROM attachments WHERE ok = 0').get()).toEqual({ n: 0 });
    const ack = statement(ctx.db, "SELECT body_text FROM outbox WHERE template = 'acknowledgement'").get() as { body_text: string };
    expect(ack.body_text).toContain('Rebost compartit de barri');
    expect(ack.body_text).not.toMatch(/No hem pogut llegir/);
  });

  it('are told apart by type, name or signature, while documents and photos are kept', () => {
    const role = (name: string, type: string, bytes = Buffer.from('x')) => partRole({ filename: name, contentType: type, content: bytes }).role;
    expect(role('smime.p7s', 'application/octet-stream')).toBe('not-a-document');
    expect(role('contacte.vcf', 'application/octet-stream')).toBe('not-a-document');
    expect(role('reunio.ics', 'application/octet-stream')).toBe('not-a-document');
    expect(role('buit.pdf', 'application/pdf', Buffer.alloc(0))).toBe('not-a-document');
    expect(role('winmail.dat', 'application/octet-stream', TNEF)).toBe('tnef');
    expect(role('fitxa.pdf', 'application/pdf')).toBe('document');
    expect(role('IMG_0042.jpg', 'image/jpeg')).toBe('image');
    expect(role('logo.gif', 'image/gif')).toBe('not-a-document');
  });
});

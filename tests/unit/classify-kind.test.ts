import { describe, expect, it } from '@jest/globals';
import { classifyKind, threadSubject } from '../../src/stages/classify/kind.js';
import { parseEnvelope } from '../../src/stages/parse/envelope.js';
import { buildMail, type MailSpec } from '../helpers/mail.js';

function kindOf(spec: MailSpec) {
  const env = parseEnvelope(buildMail(spec));
  return classifyKind({ headers: env.headers, contentType: env.headers['content-type']?.[0] ?? '', fromAddress: env.from.address, subject: env.subject });
}

describe('telling machines from councils (RFC 3834)', () => {
  it('treats a council synthesis as a submission', () => {
    expect(kindOf({ subject: 'Bona pràctica: horts comunitaris' })).toEqual({ kind: 'submission', reason: null });
  });

  it('recognises an out-of-office reply by its Auto-Submitted header even when it also says Precedence: bulk', () => {
    const r = kindOf({ subject: 'Re: Recordatori', headers: { 'Auto-Submitted': 'auto-replied (vacation)', Precedence: 'bulk' } });
    expect(r.kind).toBe('auto-reply');
    expect(r.reason).toMatch(/Auto-Submitted/);
  });

  it.each([
    ['Resposta automàtica: Bona pràctica'],
    ['Respuesta automática: Buenas prácticas'],
    ['Automatic reply: call for good practices'],
    ["Fora de l'oficina fins al 4 de maig"],
  ])('recognises the out-of-office subject "%s"', (subject) => {
    expect(kindOf({ subject }).kind).toBe('auto-reply');
  });

  it('does not mistake a practice about holidays for an auto-reply', () => {
    expect(kindOf({ subject: 'Vacances solidàries per a joves del barri' }).kind).toBe('submission');
  });

  it('recognises a delivery report from MAILER-DAEMON as a bounce', () => {
    const r = kindOf({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>', subject: 'Undelivered Mail Returned to Sender',
      contentType: 'multipart/report; report-type=delivery-status; boundary="x"', headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(r.kind).toBe('bounce');
  });

  it('ignores newsletters and mailing lists', () => {
    expect(kindOf({ headers: { 'List-Unsubscribe': '<mailto:baixa@example.net>' } }).kind).toBe('other');
    expect(kindOf({ headers: { 'List-Id': 'Llista <llista.example.net>' } }).kind).toBe('other');
    expect(kindOf({ headers: { Precedence: 'list' } }).kind).toBe('other');
  });

  it('ignores mail from no-reply addresses', () => {
    expect(kindOf({ from: 'Seu electrònica <no-reply@seu.example.cat>' }).kind).toBe('other');
  });
});

describe('thread subjects', () => {
  it('strips reply and forward prefixes in several languages', () => {
    expect(threadSubject('RE: RV: Fwd:  Bona pràctica  X')).toBe('bona pràctica x');
    expect(threadSubject('Resp: Bona pràctica X')).toBe('bona pràctica x');
  });
});

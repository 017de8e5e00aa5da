import { describe, expect, it } from '@jest/globals';
import { parseEnvelope, receivedDate } from '../../src/stages/parse/envelope.js';
import { buildMail } from '../helpers/mail.js';

describe('reading the envelope of a message', () => {
  it('takes the arrival time from the topmost Received header, not from Date', () => {
    const env = parseEnvelope(buildMail({ received: 'Mon, 4 May 2020 08:01:02 +0200', date: 'Thu, 30 Apr 2020 23:50:00 +0200' }));
    expect(env.receivedDate?.toISOString()).toBe('2020-05-04T06:01:02.000Z');
    expect(env.date?.toISOString()).toBe('2020-04-30T21:50:00.000Z');
  });

  it('ignores a Received header without a date', () => {
    expect(receivedDate(['from a by b'])).toBeNull();
  });

  it('decodes RFC 2047 encoded names and subjects', () => {
    const env = parseEnvelope(buildMail({
      from: '=?ISO-8859-1?Q?N=FAria_Gal=EDndez?= <NGalindez@Example.CAT>',
      subject: '=?UTF-8?B?Qm9uYSBwcsOgY3RpY2E=?=',
    }));
    expect(env.from).toEqual({ address: 'ngalindez@example.cat', name: 'Núria Galíndez' });
    expect(env.subject).toBe('Bona pràctica');
  });

  it('reads threading headers', () => {
    const env = parseEnvelope(buildMail({ headers: { 'In-Reply-To': '<a@x>', References: '<z@x> <a@x>' } }));
    expect(env.inReplyTo).toBe('<a@x>');
    expect(env.references).toEqual(['<z@x>', '<a@x>']);
  });

  it('has no Message-ID when the message has none', () => {
    expect(parseEnvelope(buildMail({ messageId: '' })).messageId).toBeNull();
  });
});

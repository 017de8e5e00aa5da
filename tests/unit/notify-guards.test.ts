import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../src/log.js';
import { planFollowUps } from '../../src/follow-ups/planner.js';
import type { PipelineContext } from '../../src/pipeline/index.js';
import { ingestPaths } from '../../src/pipeline/ingest.js';
import { MAX_AUTO_REPLIES, shouldReply, type ReplyCandidate } from '../../src/follow-ups/plan/rate-limit.js';
import type { Db } from '../../src/store/db.js';
import { exportOutbox } from '../../src/follow-ups/store/outbox.js';
import { buildMail } from '../helpers/mail.js';
import { documentReader, followUpContext, LEXICON, openTestDb, seedSubmission, settings, templates } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

const person: ReplyCandidate = {
  kind: 'submission', status: 'processed', fromAddress: 'bsola@viladeprova.cat',
  ourAddresses: ['bonespractiques@xmess.example.org', 'coordinacio@xmess.example.org'], recentReplies: 0,
};

describe('the loop guard decides whom we may answer', () => {
  it("answers a person's submission", () => {
    expect(shouldReply(person)).toEqual({ reply: true, to: 'bsola@viladeprova.cat' });
    expect(shouldReply({ ...person, status: 'needs-review', fromAddress: 'BSola@VilaDeProva.cat' })).toEqual({ reply: true, to: 'bsola@viladeprova.cat' });
  });

  it('sends nothing to an out-of-office reply, a bounce, a mailing list or newsletter, or a reply to us', () => {
    for (const kind of ['auto-reply', 'bounce', 'other', 'reply'] as const) expect(shouldReply({ ...person, kind })).toMatchObject({ reply: false, rateLimited: false });
    expect(shouldReply({ ...person, status: 'ignored' }).reply).toBe(false);
    expect(shouldReply({ ...person, status: 'failed' }).reply).toBe(false);
  });

  it('never answers a no-reply or system address, even when the mail looks like a submission', () => {
    for (const a of ['noreply@viladeprova.cat', 'no-reply@viladeprova.cat', 'do-not-reply@x.cat', 'mailer-daemon@mx.x.cat', 'postmaster@x.cat', 'bounces+123@list.x.cat']) {
      expect(shouldReply({ ...person, fromAddress: a })).toMatchObject({ reply: false });
    }
  });

  it('never answers our own addresses, so our mail coming back cannot start a loop', () => {
    expect(shouldReply({ ...person, fromAddress: 'BonesPractiques@xmess.example.org' })).toMatchObject({ reply: false });
  });

  it('refuses an address it could not send to', () => {
    for (const a of [null, 'not an address', 'a@b', 'x@y.cat\r\nBcc: z@evil.example', '"quoted"@x.cat']) expect(shouldReply({ ...person, fromAddress: a }).reply).toBe(false);
  });

  it(`allows ${MAX_AUTO_REPLIES} automatic replies per sender in three hours, not one more`, () => {
    expect(shouldReply({ ...person, recentReplies: MAX_AUTO_REPLIES - 1 }).reply).toBe(true);
    expect(shouldReply({ ...person, recentReplies: MAX_AUTO_REPLIES })).toMatchObject({ reply: false, rateLimited: true });
  });
});

let dir: ReturnType<typeof tempDir>;
let db: Db;
beforeEach(() => {
  dir = tempDir('xmess-notify-');
  db = openTestDb(dir.path);
});
afterEach(() => {
  db.close();
  dir.cleanup();
});

const SYNTHESIS = [
  'Bon dia,', '', 'Us enviem la nostra bona pràctica:', '',
  'Títol: Rebost compartit de barri',
  'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri.",
  'Nom: Berta Solà Riu', 'Correu electrònic: bsola@viladeprova.cat', 'Telèfon: 93 111 22 33', '', 'Salutacions,',
].join('\n');

function pipeline(): PipelineContext {
  const s = settings();
  return {
    db, rawDir: join(dir.path, 'raw'), municipalities: s.municipalities, lexicon: LEXICON, deadline: s.deadline, reader: documentReader(),
    followUps: { settings: s, renderer: templates(), outboxDir: join(dir.path, 'outbox') },
  };
}

describe('no follow-up ever goes to a machine (whole pipeline, .eml outbox)', () => {
  it('acknowledges the submission only: not the out-of-office, bounce, list, newsletter or no-reply sender', async () => {
    const mail = join(dir.path, 'mail');
    mkdirSync(mail);
    const received = 'Tue, 21 Apr 2020 09:10:15 +0200';
    const files: Record<string, Buffer> = {
      'submission.eml': buildMail({ from: 'Berta Solà Riu <bsola@viladeprova.cat>', subject: 'Bona pràctica', received, body: SYNTHESIS }),
      'ooo.eml': buildMail({ from: 'Joan <joan@viladeprova.cat>', subject: 'Resposta automàtica: Bona pràctica', received, headers: { 'Auto-Submitted': 'auto-replied' }, body: SYNTHESIS }),
      'bounce.eml': buildMail({ from: 'Mail Delivery System <MAILER-DAEMON@mx.viladeprova.cat>', subject: 'Undelivered Mail Returned to Sender', received, contentType: 'multipart/report; report-type=delivery-status; boundary="b"', body: '--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--' }),
      'list.eml': buildMail({ from: 'Xarxa <llista@xarxa.example.net>', subject: 'Bona pràctica', received, headers: { 'List-Id': '<ess.xarxa.example.net>' }, body: SYNTHESIS }),
      'newsletter.eml': buildMail({ from: 'Ateneu <butlleti@ateneu.example.net>', subject: "Butlletí d'abril", received, headers: { Precedence: 'bulk', 'List-Unsubscribe': '<mailto:baixa@ateneu.example.net>' }, body: SYNTHESIS }),
      'noreply.eml': buildMail({ from: 'Registre <noreply@viladeprova.cat>', subject: 'Bona pràctica', received, body: SYNTHESIS }),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(mail, name), bytes);

    const summary = await ingestPaths(pipeline(), [mail], createLogger('silent'));
    const outbox = exportOutbox(db);
    const replies = outbox.filter((o) => o.kind === 'acknowledgement' || o.kind === 'late-notice');
    expect(replies.map((o) => o.to)).toEqual([['bsola@viladeprova.cat']]);
    // Everything else went to the advisory team: the advisor's task for the one practice.
    const ours = new Set(['bsola@viladeprova.cat', ...settings().advisors.map((a) => a.email)]);
    expect(outbox.flatMap((o) => o.to).filter((a) => !ours.has(a))).toEqual([]);
    expect(outbox.filter((o) => o.kind === 'advisor-task')).toHaveLength(1);
    expect(summary.followUps).toMatchObject({ written: outbox.length, pending: 0, failed: 0 });
    const eml = readFileSync(join(dir.path, 'outbox', `${replies[0]!.id}.eml`), 'utf8');
    expect(eml).toMatch(/^Auto-Submitted: auto-replied\r$/m);
    expect(eml).toMatch(/^In-Reply-To: <[^>]+>\r$/m);
  });
});

describe('the rate limit, counted in the store', () => {
  it('plans at most ten automatic replies to one sender in three hours and records the rest as given up', () => {
    const ctx = followUpContext(db);
    for (let n = 0; n < 12; n++) {
      const { rowId } = seedSubmission(db, { receivedAt: `2020-04-21T09:${String(10 + n).padStart(2, '0')}:00+02:00`, subject: `Bona pràctica ${n}` });
      planFollowUps(ctx, rowId);
    }
    const replies = exportOutbox(db).filter((o) => o.kind === 'acknowledgement');
    expect(replies).toHaveLength(12);
    expect(replies.filter((o) => o.status === 'pending')).toHaveLength(10);
    const given = replies.filter((o) => o.status === 'failed');
    expect(given).toHaveLength(2);
    expect(given[0]!.error).toMatch(/rate limit/);

    const later = seedSubmission(db, { receivedAt: '2020-04-21T13:00:00+02:00', subject: 'Bona pràctica, tres hores després' });
    planFollowUps(ctx, later.rowId);
    expect(exportOutbox(db).filter((o) => o.kind === 'acknowledgement' && o.status === 'pending')).toHaveLength(11);
  });
});

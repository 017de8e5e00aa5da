import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.js';
import { assignPractice, autoAssign, planFollowUps, runDeadlineChecks } from '../../src/follow-ups/planner.js';
import type { PipelineContext } from '../../src/pipeline/index.js';
import { ingestPaths } from '../../src/pipeline/ingest.js';
import type { Db } from '../../src/store/db.js';
import { exportMessages, exportPractices } from '../../src/store/export.js';
import { practicesOfThread } from '../../src/store/messages.js';
import { exportOutbox, outboxCounts } from '../../src/follow-ups/store/outbox.js';
import { LATE_ACCEPTED, practiceHistory, setStatus } from '../../src/follow-ups/store/tasks.js';
import { deliverPending } from '../../src/follow-ups/send/deliver.js';
import { writeEml } from '../../src/follow-ups/send/file-outbox.js';
import { buildMail } from '../helpers/mail.js';
import { documentReader, followUpContext, LEXICON, openTestDb, practice, seedSubmission, settings, templates } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

let dir: ReturnType<typeof tempDir>;
let db: Db;
let outboxDir: string;
beforeEach(() => {
  dir = tempDir('xmess-outbox-');
  db = openTestDb(dir.path);
  outboxDir = join(dir.path, 'outbox');
});
afterEach(() => {
  db.close();
  dir.cleanup();
});

const log = createLogger('silent');
const SYNTHESIS = [
  'Bon dia,', '', 'Títol: Rebost compartit de barri',
  'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri.",
  'Nom: Berta Solà Riu', 'Correu electrònic: bsola@viladeprova.cat', '', 'Salutacions,',
].join('\n');

function pipeline(): PipelineContext {
  const s = settings();
  return {
    db, rawDir: join(dir.path, 'raw'), municipalities: s.municipalities, lexicon: LEXICON, deadline: s.deadline, reader: documentReader(),
    followUps: { settings: s, renderer: templates(), outboxDir },
  };
}

function mailFolder(files: Record<string, Buffer>): string {
  const mail = join(dir.path, `mail-${Object.keys(files).join('-')}`);
  mkdirSync(mail, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(mail, name), bytes);
  return mail;
}

const files = (): Record<string, number> => Object.fromEntries(readdirSync(outboxDir).map((f) => [f, statSync(join(outboxDir, f)).mtimeMs]));

describe('planned once and sent once, however often the pipeline runs', () => {
  it('a rerun of ingest, and reprocessing the same message, change neither the outbox nor its files', async () => {
    const mail = mailFolder({ 'a.eml': buildMail({ from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: SYNTHESIS }) });
    const first = await ingestPaths(pipeline(), [mail], log);
    expect(first.followUps).toMatchObject({ planned: 2, sent: 0, written: 2, pending: 0, failed: 0 });
    const rows = exportOutbox(db);
    const written = files();
    expect(Object.keys(written).sort()).toEqual(rows.map((r) => `${r.id}.eml`).sort());

    const again = await ingestPaths(pipeline(), [mail], log);
    expect(again.followUps).toMatchObject({ planned: 0, sent: 0, written: 0, pending: 0, failed: 0 });
    db.prepare(`UPDATE messages SET status = 'pending'`).run(); // what `xmess reprocess --all` does
    const reprocessed = await ingestPaths(pipeline(), [], log);
    expect(reprocessed.processed).toBe(1);
    expect(reprocessed.followUps).toMatchObject({ planned: 0, sent: 0, written: 0, pending: 0, failed: 0 });
    expect(exportOutbox(db)).toEqual(rows);
    expect(files()).toEqual(written);
  });

  it('after a crash between writing the file and marking it sent, the next run marks it without writing again', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const [ack] = exportOutbox(db);
    writeEml(outboxDir, ack!.id, Buffer.from('the bytes of the first attempt'));
    const before = statSync(join(outboxDir, `${ack!.id}.eml`));
    expect(await deliverPending({ db, outboxDir })).toMatchObject({ written: 2, failed: 0, pending: 0 });
    expect(statSync(join(outboxDir, `${ack!.id}.eml`)).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(outboxDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a delivery run told to stop (shutdown) claims nothing more, and a later run sends everything once', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const stopping = new AbortController();
    stopping.abort();
    expect(await deliverPending({ db, outboxDir, signal: stopping.signal })).toMatchObject({ written: 0, failed: 0, pending: 2 });
    expect(exportOutbox(db).map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(await deliverPending({ db, outboxDir })).toMatchObject({ written: 2, failed: 0, pending: 0 });
  });

  it('a delivery stopped halfway through a batch leaves the rows it did not try due at once, not after the claim expires', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const at = new Date('2020-04-20T10:00:00Z');
    const stopping = new AbortController();
    let ticks = 0;
    // The clock is read once to claim the batch, then once per row: stop right after the first row starts.
    const clock = (): Date => {
      if (++ticks === 2) stopping.abort();
      return at;
    };
    expect(await deliverPending({ db, outboxDir, signal: stopping.signal, now: clock })).toMatchObject({ written: 1, failed: 0, pending: 1 });
    expect(exportOutbox(db).find((r) => r.status === 'pending')?.nextAttemptAt).toBe(at.toISOString());
    expect(await deliverPending({ db, outboxDir, now: () => at })).toMatchObject({ written: 1, failed: 0, pending: 0 });
    expect(readdirSync(outboxDir).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });

  it('takes back at once the rows claimed by a deliverer that was killed, but not those of a living one or a backoff', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const at = new Date('2020-04-20T10:00:00Z');
    const later = new Date(at.getTime() + 20 * 60_000).toISOString();
    const [a, b] = exportOutbox(db).map((r) => r.id);
    // One row held by a process of this host that is gone, one by a process that lives.
    db.prepare(`UPDATE outbox SET next_attempt_at = ?, claimed_by = ? WHERE id = ?`).run(later, `${hostname()}:4000001`, a);
    db.prepare(`UPDATE outbox SET next_attempt_at = ?, claimed_by = ? WHERE id = ?`).run(later, `${hostname()}:4000002`, b);
    const isAlive = (pid: number): boolean => pid === 4000002;
    expect(await deliverPending({ db, outboxDir, now: () => at, isAlive })).toMatchObject({ written: 1, failed: 0, pending: 1 });
    expect(exportOutbox(db).find((r) => r.id === a)?.status).toBe('sent');
    expect(exportOutbox(db).find((r) => r.id === b)?.status).toBe('pending');
    // A row waiting out a failed attempt's backoff has no claim: nothing takes it early.
    db.prepare(`UPDATE outbox SET next_attempt_at = ?, claimed_by = NULL, attempts = 1 WHERE id = ?`).run(later, b);
    expect(await deliverPending({ db, outboxDir, now: () => at, isAlive: () => false })).toMatchObject({ written: 0, failed: 0, pending: 1 });
  });

  it('names each file by its outbox id and Message-ID on our domain', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    await deliverPending({ db, outboxDir });
    for (const row of exportOutbox(db)) {
      expect(existsSync(join(outboxDir, `${row.id}.eml`))).toBe(true);
      expect(row.messageId).toBe(`<${row.id}@xmess.example.org>`);
      expect(row).toMatchObject({ status: 'sent', attempts: 1, error: null, sentAt: expect.any(String) });
    }
  });
});

describe('threading both ways', () => {
  it("attaches a council's answer to our acknowledgement to the practice it is about", async () => {
    await ingestPaths(pipeline(), [mailFolder({ 'a.eml': buildMail({ from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: SYNTHESIS }) })], log);
    const [p] = exportPractices(db);
    const ack = exportOutbox(db).find((o) => o.kind === 'acknowledgement')!;
    expect(practicesOfThread(db, [ack.messageId])).toEqual([p!.id]);

    // Only In-Reply-To (no References, a new subject): the outbox is the only link back.
    const reply = buildMail({
      from: 'Berta <bsola@viladeprova.cat>', subject: 'El telèfon que faltava', messageId: '<answer@viladeprova.cat>',
      received: 'Wed, 22 Apr 2020 09:00:00 +0200', headers: { 'In-Reply-To': ack.messageId }, body: 'Bon dia,\n\nTelèfon: 93 111 22 33\n\nBerta',
    });
    await ingestPaths(pipeline(), [mailFolder({ 'b.eml': reply })], log);
    expect(exportPractices(db)).toHaveLength(1);
    expect(exportMessages(db).find((m) => m.messageId === '<answer@viladeprova.cat>')).toMatchObject({ kind: 'reply', practices: [p!.id] });
    expect(exportOutbox(db).filter((o) => o.kind === 'acknowledgement')).toHaveLength(1);
  });

  it("does not attach an advisor's answer to the task mail to the council's record", () => {
    const { rowId, practiceIds } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const task = exportOutbox(db).find((o) => o.kind === 'advisor-task')!;
    expect(task.practices).toEqual(practiceIds);
    expect(practicesOfThread(db, [task.messageId])).toEqual([]);
  });
});

describe('late practices, the commission, and reassignment', () => {
  it('a late practice gets a late notice and no advisor; accepting it assigns one and sends the task', () => {
    const ctx = followUpContext(db);
    const { rowId, practiceIds: [id] } = seedSubmission(db, { receivedAt: '2020-05-04T10:00:00+02:00' });
    planFollowUps(ctx, rowId);
    expect(exportOutbox(db).map((o) => o.kind)).toEqual(['late-notice']);
    expect(exportPractices(db)[0]).toMatchObject({ status: 'late', advisor: null });

    setStatus(db, id!, LATE_ACCEPTED, { note: 'la comissió ho admet', by: 'test', type: 'accept-late' });
    expect(autoAssign(ctx, id!, 'test')?.email).toBe('anna.puig@example.org');
    expect(exportPractices(db)[0]).toMatchObject({ status: LATE_ACCEPTED, advisor: 'anna.puig@example.org' });
    expect(exportOutbox(db).map((o) => o.kind)).toEqual(['late-notice', 'advisor-task']);
    expect(practiceHistory(db, id!).map((e) => e.type)).toEqual(['accept-late', 'assigned']);
  });

  it('a reprocessed late practice keeps its acceptance and its advisor', async () => {
    const mail = mailFolder({ 'late.eml': buildMail({ from: 'Berta <bsola@viladeprova.cat>', received: 'Mon, 4 May 2020 10:00:00 +0200', body: SYNTHESIS }) });
    const ctx = pipeline();
    await ingestPaths(ctx, [mail], log);
    const [p] = exportPractices(db);
    setStatus(db, p!.id, LATE_ACCEPTED, { note: null, by: 'test', type: 'accept-late' });
    autoAssign({ ...ctx.followUps!, db }, p!.id, 'test');
    db.prepare(`UPDATE messages SET status = 'pending'`).run();
    await ingestPaths(ctx, [], log);
    expect(exportPractices(db)[0]).toMatchObject({ status: LATE_ACCEPTED, advisor: 'anna.puig@example.org' });
    expect(exportOutbox(db).map((o) => o.kind)).toEqual(['late-notice', 'advisor-task']);
  });

  it('a person reassigning a practice tells both advisors once and keeps the history', () => {
    const ctx = followUpContext(db);
    const { rowId, practiceIds: [id] } = seedSubmission(db, { practices: [practice({ themes: ['youth'] })] });
    planFollowUps(ctx, rowId);
    expect(exportPractices(db)[0]!.advisor).toBe('pau.riera@example.org');
    const anna = settings().advisors[0]!;
    expect(assignPractice(ctx, id!, anna, 'set by a person', 'test')).toBe(2);
    expect(assignPractice(ctx, id!, anna, 'set by a person', 'test')).toBe(0);
    expect(exportOutbox(db).filter((o) => o.kind === 'advisor-task').map((o) => o.to[0])).toEqual(['pau.riera@example.org']);
    expect(exportOutbox(db).filter((o) => o.kind === 'reassignment').map((o) => o.to[0]).sort()).toEqual(['anna.puig@example.org', 'pau.riera@example.org']);
    expect(practiceHistory(db, id!).filter((e) => e.type === 'assigned').map((e) => e.detail.advisor)).toEqual(['pau.riera@example.org', 'anna.puig@example.org']);
  });
});

describe('the deadline watcher', () => {
  it('reminds silent member councils that have an address, once per deadline', () => {
    seedSubmission(db); // Vila de Prova has written
    const ctx = followUpContext(db);
    const now = new Date('2020-04-25T09:00:00+02:00');
    expect(runDeadlineChecks(ctx, now)).toEqual({ planned: 1 });
    expect(runDeadlineChecks(ctx, now)).toEqual({ planned: 0 });
    expect(runDeadlineChecks(ctx, new Date('2020-04-26T09:00:00+02:00'))).toEqual({ planned: 0 });
    expect(exportOutbox(db).map((o) => [o.kind, o.to[0]])).toEqual([['reminder', 'promocio@poblecallat.cat']]);
  });

  it('sends the closing digest to the coordinator once after the deadline, and reminds advisors of stale tasks once', () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    const after = followUpContext(db, {}, new Date('2020-05-10T09:00:00+02:00'));
    db.prepare(`UPDATE events SET at = '2020-04-21T08:00:00.000Z' WHERE type = 'assigned'`).run(); // the task's real age
    expect(runDeadlineChecks(after, new Date('2020-05-10T09:00:00+02:00'))).toEqual({ planned: 2 });
    expect(runDeadlineChecks(after, new Date('2020-05-11T09:00:00+02:00'))).toEqual({ planned: 0 });
    const kinds = exportOutbox(db).map((o) => [o.kind, o.to[0]]);
    expect(kinds).toContainEqual(['digest', 'coordinacio@xmess.example.org']);
    expect(kinds.filter(([k]) => k === 'reminder')).toEqual([['reminder', 'anna.puig@example.org']]);
    expect(outboxCounts(db)).toEqual({ pending: 4, sent: 0, failed: 0 });
  });
});

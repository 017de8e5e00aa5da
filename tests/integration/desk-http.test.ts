// The web desk over real HTTP on a real SQLite file: every route behind a session, CSRF on every
// form, the roles matrix, downloads, hostile mail shown as text, and the same records as the CLI.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson, xmess } from '../helpers/cli.js';
import { Client, composeMail, ingest, makeWorld, PASSWORD, runDesk, synthesis, type DeskWorld, type RunningDesk } from '../helpers/desk.js';
import { sharedCorpus } from '../helpers/shared.js';
import { tempDir } from '../helpers/temp.js';
import { HOSTILE } from '../fixtures/desk/hostile.js';

interface Practice { id: string; title: string; late: boolean; status: string; advisor: string | null; messageId: string }
interface Message { messageId: string; status: string }

let tmp: ReturnType<typeof tempDir>;
let w: DeskWorld;
let desk: RunningDesk;
const practices = (): Practice[] => exportJson<Practice>(w.db, 'practices');
const byTitle = (t: string): Practice => practices().find((p) => p.title === t)!;
const messageRow = (messageId: string): number => desk.db.prepare('SELECT id FROM messages WHERE message_id = ?').pluck().get(messageId) as number;

beforeAll(async () => {
  tmp = tempDir('xmess-desk-http-');
  w = makeWorld(tmp.path);
  const put = async (name: string, bytes: Promise<Buffer> | Buffer) => writeFileSync(join(w.mail, name), await bytes);
  await put('1.eml', composeMail({ subject: 'Bona pràctica: rebost', messageId: '<on-time@viladeprova.cat>', date: '2020-04-21T09:10:00+02:00', text: synthesis('Rebost compartit de barri'),
    attachments: [{ filename: 'pressupost.csv', content: 'partida;euros\nlloguer;1200\n', contentType: 'text/csv' }] }));
  await put('2.eml', composeMail({ subject: 'Bona pràctica fora de termini', messageId: '<late@viladeprova.cat>', date: '2020-05-04T10:00:00+02:00', text: synthesis('Mercat de proximitat en línia') }));
  await put('3.eml', composeMail({ subject: 'Documentació', messageId: '<scan@viladeprova.cat>', date: '2020-04-22T10:00:00+02:00', text: 'Bon dia, us adjuntem la fitxa.',
    attachments: [{ filename: 'fitxa.pdf', content: Buffer.from('%PDF-1.4\nnot really a pdf\n'), contentType: 'application/pdf' }] }));
  await put('4.eml', composeMail({ subject: HOSTILE.subject, messageId: '<hostile@viladeprova.cat>', date: '2020-04-23T10:00:00+02:00', text: synthesis(HOSTILE.title), html: HOSTILE.html,
    attachments: [{ filename: HOSTILE.attachmentName, content: HOSTILE.attachment, contentType: 'text/html' }] }));
  ingest(w, w.mail);
  desk = await runDesk(w);
});
afterAll(async () => {
  await desk?.close();
  tmp.cleanup();
});

const loggedIn = async (email: string): Promise<Client> => {
  const c = new Client(desk.url);
  const r = await c.login(email);
  expect(r.status).toBe(303);
  return c;
};

describe('without a session', () => {
  it('answers no page and no action: pages send the browser to the login, the rest get 401', async () => {
    const p = byTitle('Rebost compartit de barri');
    const row = messageRow(p.messageId);
    const anon = new Client(desk.url);
    for (const path of ['/', '/inbox', `/messages/${row}`, `/messages/${row}/attachments/0`, '/practices', `/practices/${p.id}`, `/practices/${p.id}/sheet`, '/events', '/nowhere']) {
      const r = await anon.get(path);
      expect([path, r.status, r.headers.get('location')]).toEqual([path, 303, '/login']);
    }
    expect((await anon.get('/inbox', { accept: 'application/json' })).status).toBe(401);
    for (const [path, form] of [[`/practices/${p.id}/review`, { status: 'rejected' }], [`/practices/${p.id}/assign`, { advisor: 'pau.riera@example.org' }],
      [`/practices/${p.id}/accept-late`, {}], [`/messages/${row}/resolve`, { as: 'ignored' }], [`/practices/${p.id}/edit`, { field: 'title', value: 'x' }], ['/logout', {}]] as const) {
      expect([path, (await anon.post(path, form, false)).status]).toEqual([path, 401]);
    }
    expect(byTitle('Rebost compartit de barri').status).toBe('received');
  });

  it('serves the login page with the security headers: CSP without inline scripts, no framing, no sniffing', async () => {
    const r = await new Client(desk.url).get('/login');
    expect(r.status).toBe(200);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.text).not.toMatch(/<script(?![^>]*src="\/assets\/desk\.js")/);
  });
});

describe('login', () => {
  it('gives a signed HttpOnly SameSite=Strict cookie for the right password only, and refuses a login form without its token', async () => {
    const c = new Client(desk.url);
    expect((await c.login('coordinacio@example.org', 'not the password')).status).toBe(401);
    expect((await c.post('/login', { email: 'coordinacio@example.org', password: PASSWORD }, false)).status).toBe(403);
    await c.get('/login');
    const ok = await c.post('/login', { email: 'COORDINACIO@example.org', password: PASSWORD });
    expect(ok.status).toBe(303);
    const cookie = ok.headers.getSetCookie().find((s) => s.startsWith('xmess_desk='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await c.get('/inbox')).status).toBe(200);
  });

  it('refuses a forged or tampered session cookie', async () => {
    const c = await loggedIn('comissio@example.org');
    const [payload, mac] = /xmess_desk=([^;]+)/.exec(c.cookieHeader())![1]!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, u: 'coordinacio@example.org' })).toString('base64url');
    const r = await fetch(`${desk.url}/inbox`, { redirect: 'manual', headers: { accept: 'text/html', cookie: `xmess_desk=${forged}.${mac}` } });
    expect(r.status).toBe(303);
  });

  it('ends the session at logout: the old cookie no longer opens a page', async () => {
    const c = await loggedIn('comissio@example.org');
    const old = c.cookieHeader();
    await c.get('/inbox');
    expect((await c.post('/logout', {})).status).toBe(303);
    const r = await fetch(`${desk.url}/inbox`, { redirect: 'manual', headers: { accept: 'text/html', cookie: old } });
    expect(r.status).toBe(303);
  });

});

describe('CSRF', () => {
  it('refuses a form without its token, or with a token of another session, and changes nothing', async () => {
    const p = byTitle('Rebost compartit de barri');
    const c = await loggedIn('coordinacio@example.org');
    await c.get(`/practices/${p.id}`);
    expect((await c.post(`/practices/${p.id}/review`, { status: 'rejected' }, false)).status).toBe(403);
    const other = await loggedIn('comissio@example.org');
    await other.get(`/practices/${p.id}`);
    expect((await c.post(`/practices/${p.id}/review`, { status: 'rejected', _csrf: other.csrf() }, false)).status).toBe(403);
    expect(byTitle('Rebost compartit de barri').status).toBe('received');
  });
});

describe('roles', () => {
  it('lets the commission review, with its name in the history, but not assign', async () => {
    const p = byTitle('Rebost compartit de barri');
    const c = await loggedIn('comissio@example.org');
    const page = await c.get(`/practices/${p.id}`);
    expect(page.text).not.toContain(`/practices/${p.id}/assign`);
    const refused = await c.post(`/practices/${p.id}/assign`, { advisor: 'pau.riera@example.org' });
    expect(refused.status).toBe(403);
    expect(byTitle('Rebost compartit de barri').advisor).toBe(p.advisor);
    const r = await c.post(`/practices/${p.id}/review`, { status: 'needs-info', note: 'Falta el pressupost' });
    expect(r.status).toBe(303);
    expect(byTitle('Rebost compartit de barri').status).toBe('needs-info');
    const history = xmess(w.args('review', p.id)).stdout;
    expect(history).toMatch(/review .*"note":"Falta el pressupost".*"by":"comissio@example.org \(desk\)"/);
    expect((await c.get(`/practices/${p.id}`)).text).toContain('comissio@example.org (desk)');
  });

  it('lets the coordinator assign and accept late, the same records as assign and accept-late', async () => {
    const c = await loggedIn('coordinacio@example.org');
    const p = byTitle('Rebost compartit de barri');
    const to = p.advisor === 'anna.puig@example.org' ? 'pau.riera@example.org' : 'anna.puig@example.org';
    await c.get(`/practices/${p.id}`);
    expect((await c.post(`/practices/${p.id}/assign`, { advisor: to })).status).toBe(303);
    expect(byTitle('Rebost compartit de barri').advisor).toBe(to);
    const late = byTitle('Mercat de proximitat en línia');
    expect(late).toMatchObject({ status: 'late', advisor: null });
    await c.get(`/practices/${late.id}`);
    expect((await c.post(`/practices/${late.id}/accept-late`, { note: 'admesa' })).status).toBe(303);
    expect(byTitle('Mercat de proximitat en línia')).toMatchObject({ status: 'late-accepted', advisor: expect.any(String) });
    const tasks = exportJson<{ kind: string; practices: string[] }>(w.db, 'outbox').filter((o) => o.kind === 'advisor-task' && o.practices.includes(late.id));
    expect(tasks).toHaveLength(1);
    const onTime = await c.post(`/practices/${p.id}/accept-late`, {});
    expect(onTime.status).toBe(409);
    expect(onTime.text).toContain('arrived on time');
  });

  it('shows an advisor only their own practices: another advisor\'s page, sheet and messages are not found', async () => {
    const mine = byTitle('Rebost compartit de barri');
    const advisor = mine.advisor!;
    const other = advisor === 'anna.puig@example.org' ? 'pau.riera@example.org' : 'anna.puig@example.org';
    const theirs = practices().find((p) => p.advisor === other)!;
    expect(theirs).toBeDefined();
    const c = await loggedIn(other);
    expect((await c.get(`/practices/${mine.id}`)).status).toBe(404);
    expect((await c.get(`/practices/${mine.id}/sheet`)).status).toBe(404);
    expect((await c.get(`/messages/${messageRow(mine.messageId)}`)).status).toBe(403);
    expect((await c.get('/inbox')).status).toBe(403);
    const list = await c.get('/practices');
    expect(list.text).toContain(theirs.id);
    expect(list.text).not.toContain(mine.id);
    expect((await c.get(`/practices/${theirs.id}`)).status).toBe(200);
    const own = await loggedIn(advisor);
    const page = await own.get(`/practices/${mine.id}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(`/practices/${mine.id}/review`);
    expect((await own.post(`/practices/${mine.id}/review`, { status: 'accepted' })).status).toBe(403);
    expect((await c.post(`/practices/${mine.id}/edit`, { field: 'contact.role', value: 'Intrús' })).status).toBe(404);
    expect((await own.post(`/practices/${mine.id}/edit`, { field: 'contact.role', value: 'Tècnica de consum' })).status).toBe(303);
    expect(byTitle('Rebost compartit de barri')).toMatchObject({ contact: expect.objectContaining({ role: 'Tècnica de consum' }) });
    const sheet = await own.get(`/practices/${mine.id}/sheet`);
    expect(sheet.headers.get('content-type')).toContain('wordprocessingml');
    expect(sheet.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="?fitxa-${mine.id}\\.docx"?$`));
  });
});

describe('inbox and message page', () => {
  it('lists needs-review first, with status, kind and reason', async () => {
    const c = await loggedIn('comissio@example.org');
    const r = await c.get('/inbox');
    const rows = [...r.text.matchAll(/<tr class="status-([a-z-]+)">/g)].map((m) => m[1]);
    expect(rows[0]).toBe('needs-review');
    expect(rows.lastIndexOf('needs-review')).toBeLessThan(rows.indexOf('processed'));
    const scan = exportJson<Message & { reason: string }>(w.db, 'messages').find((m) => m.messageId === '<scan@viladeprova.cat>')!;
    expect(scan.status).toBe('needs-review');
    expect(r.text).toContain(scan.reason.replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    const filtered = await c.get('/inbox?status=needs-review');
    expect(filtered.text).not.toContain('status-processed');
  });

  it('shows headers, text, what was read, and downloads attachments with their type as attachments', async () => {
    const c = await loggedIn('coordinacio@example.org');
    const row = messageRow('<on-time@viladeprova.cat>');
    const page = await c.get(`/messages/${row}`);
    expect(page.text).toContain('&lt;on-time@viladeprova.cat&gt;');
    expect(page.text).toContain('Títol: Rebost compartit de barri');
    expect(page.text).toContain('partida;euros');
    const file = await c.get(`/messages/${row}/attachments/0`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="?pressupost\.csv"?$/);
    expect(file.text).toBe('partida;euros\nlloguer;1200\n');
    expect((await c.get(`/messages/${row}/attachments/7`)).status).toBe(404);
    expect((await c.get('/messages/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});

describe('resolve and edit, as xmess resolve and xmess edit', () => {
  it('lets the coordinator open a needs-review message as a practice and correct its title, with history', async () => {
    const row = messageRow('<scan@viladeprova.cat>');
    const commission = await loggedIn('comissio@example.org');
    const seen = await commission.get(`/messages/${row}`);
    expect(seen.text).not.toContain(`/messages/${row}/resolve`);
    expect((await commission.post(`/messages/${row}/resolve`, { as: 'ignored' })).status).toBe(403);
    const c = await loggedIn('coordinacio@example.org');
    await c.get(`/messages/${row}`);
    const r = await c.post(`/messages/${row}/resolve`, { as: 'new', note: 'fitxa escanejada' });
    expect(r.status).toBe(303);
    const id = /\/practices\/([^?]+)\?done=resolve/.exec(r.headers.get('location')!)![1]!;
    expect(exportJson<Message & { resolved?: boolean }>(w.db, 'messages').find((m) => m.messageId === '<scan@viladeprova.cat>')!.status).not.toBe('needs-review');
    await c.get(`/practices/${id}`);
    expect((await c.post(`/practices/${id}/edit`, { field: 'title', value: 'Rebost escanejat' })).status).toBe(303);
    expect(practices().find((p) => p.id === id)!.title).toBe('Rebost escanejat');
    expect((await c.get(`/practices/${id}`)).text).toMatch(/edited<\/td><td>coordinacio@example.org \(desk\)/);
    const bad = await c.post(`/practices/${id}/edit`, { field: 'contact.phone', value: 'not a phone' });
    expect(bad.status).toBe(409);
    expect(bad.text).toContain('is not a phone number');
    expect((await c.post(`/messages/${row}/resolve`, { as: 'ignored' })).status).toBe(409);
  });
});

describe('hostile mail', () => {
  const noMarkup = (html: string): void => {
    // Our one script tag, nothing else that runs.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|svg|iframe(?! class="mail-html")|form action="http)/i);
    expect(html).not.toMatch(/\son(error|load)=/i);
  };

  it('renders every field of a hostile mail as text on the inbox, practice and message pages', async () => {
    const c = await loggedIn('coordinacio@example.org');
    const inbox = await c.get('/inbox');
    noMarkup(inbox.text);
    expect(inbox.text).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;');
    const p = practices().find((x) => x.messageId === '<hostile@viladeprova.cat>')!;
    expect(p.title).toContain('<img');
    const page = await c.get(`/practices/${p.id}`);
    noMarkup(page.text);
    expect(page.text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(&#x27;title&#x27;)&gt;');
    noMarkup((await c.get(`/practices?q=${encodeURIComponent('<img')}`)).text);
    const preview = await c.get(`/practices/${p.id}/publish-preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-security-policy')).toContain('sandbox');
    expect(preview.text).toContain('&lt;img src');
    expect(preview.text).not.toMatch(/<img src=x|<script/i);
  });

  it('shows the HTML part only sanitised, in a sandboxed frame, without scripts, links or remote loads', async () => {
    const c = await loggedIn('coordinacio@example.org');
    const row = messageRow('<hostile@viladeprova.cat>');
    const page = await c.get(`/messages/${row}`);
    noMarkup(page.text);
    const frame = /<iframe class="mail-html"[^>]*>/.exec(page.text)![0];
    expect(frame).toContain('sandbox=""');
    const srcdoc = /srcdoc="([^"]*)"/.exec(frame)![1]!;
    expect(srcdoc).toContain('Text del correu');
    expect(srcdoc).not.toMatch(/script|evil\.example|javascript|onerror|onload|style|&lt;img|&lt;a /i);
    const att = await c.get(`/messages/${row}/attachments/0`);
    expect(att.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(att.headers.get('content-security-policy')).toContain('sandbox');
  });

  const wild = sharedCorpus('wild');
  (wild ? it : it.skip)('renders every message of ../shared/corpus/wild as text (no markup of theirs on the page)', async () => {
    ingest(w, join(wild!, 'eml'));
    const c = await loggedIn('coordinacio@example.org');
    noMarkup((await c.get('/inbox')).text);
    const rows = desk.db.prepare(`SELECT id FROM messages WHERE origin LIKE '%wild%'`).pluck().all() as number[];
    expect(rows.length).toBeGreaterThanOrEqual(readdirSync(join(wild!, 'eml')).length - 5);
    for (const id of rows) {
      const r = await c.get(`/messages/${id}`);
      expect([id, r.status]).toEqual([id, 200]);
      noMarkup(r.text);
    }
    for (const p of practices()) noMarkup((await c.get(`/practices/${p.id}`)).text);
  });
});

describe('live updates', () => {
  it('streams a change event when new mail arrives', async () => {
    const c = await loggedIn('comissio@example.org');
    const ctl = new AbortController();
    const res = await fetch(`${desk.url}/events`, { headers: { cookie: c.cookieHeader() }, signal: ctl.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const next = async (): Promise<string> => new TextDecoder().decode((await reader.read()).value);
    expect(await next()).toMatch(/event: change\ndata: \{"mark":"[^"]+","first":true\}/);
    writeFileSync(join(tmp.path, 'new.eml'), await composeMail({ subject: 'Una altra', messageId: '<new@viladeprova.cat>', date: '2020-04-25T10:00:00+02:00', text: synthesis('Cooperativa de cures') }));
    ingest(w, join(tmp.path, 'new.eml'));
    expect(await next()).toMatch(/"first":false/);
    ctl.abort();
  });
});

describe('desk-users.json and the session key', () => {
  it('keeps only bcrypt hashes, in files only their owner can read', () => {
    const users = join(w.conf, 'desk-users.json');
    expect(statSync(users).mode & 0o777).toBe(0o600);
    expect(statSync(join(w.conf, 'desk-secret')).mode & 0o777).toBe(0o600);
    const text = readFileSync(users, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).toMatch(/"passwordHash": "\$2[aby]\$11\$/);
  });
});

// Last: once the limit is reached, no login from this address works for a while.
describe('login rate limit', () => {
  it('stops guessing: after at most 10 failures even the right password waits', async () => {
    const c = new Client(desk.url);
    let status = 0;
    for (let i = 0; i < 10 && status !== 429; i++) status = (await c.login('pau.riera@example.org', `guess ${i} guess`)).status;
    const r = await c.login('pau.riera@example.org');
    expect(r.status).toBe(429);
    expect(r.text).toContain('Massa intents');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportJson, xmess } from '../helpers/cli.js';
import { buildMail } from '../helpers/mail.js';
import { CASES, ingestAndDecide, type Ingested } from '../helpers/publish-mailbox.js';
import { tempDir } from '../helpers/temp.js';

const BASE = 'https://xmess.example.org/bones-practiques';
const PUBLISHED = ['accepted', 'late-accepted', 'hostile', 'spanish'];
const UNPUBLISHED = ['rejected', 'needs-info', 'received', 'late'];
const MARK: Record<string, string> = { accepted: 'MARK-ACCEPTED', rejected: 'MARK-REJECTED', 'needs-info': 'MARK-NEEDSINFO', received: 'MARK-RECEIVED', late: 'MARK-TARDY', 'late-accepted': 'MARK-LATEACCEPTED', hostile: 'MARK-HOSTILE', spanish: 'MARK-SPANISH' };

let dir: ReturnType<typeof tempDir>;
let state: Ingested;
let site: string;

const publish = (out: string, ...more: string[]): ReturnType<typeof xmess> => xmess(['publish', '--out', out, '--db', state.db, '--config', state.conf, ...more]);

/** Every file under a folder, relative path → bytes. */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files.set(relative(root, full), readFileSync(full));
    }
  };
  walk(root);
  return files;
}
const allText = (root: string): string => [...snapshot(root).values()].map((b) => b.toString('utf8')).join('\n');

beforeAll(() => {
  dir = tempDir('xmess-publish-cli-');
  state = ingestAndDecide(dir.path);
  site = join(dir.path, 'site');
  const r = publish(site, '--base-url', BASE, '--since', '2020-01-01');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^published 4 practices \(4 in the newsletter\): \d+ files, \d+ written, 0 unchanged, 0 removed/);
});
afterAll(() => dir.cleanup());

describe('xmess publish: what is published', () => {
  it('publishes the accepted and late-accepted practices and nothing of the others anywhere in DIR', () => {
    for (const key of PUBLISHED) expect(existsSync(join(site, 'practices', `${state.ids[key]}.html`))).toBe(true);
    const text = allText(site);
    for (const key of PUBLISHED) expect(text).toContain(MARK[key]);
    for (const key of UNPUBLISHED) {
      expect(text).not.toContain(MARK[key]);
      expect(text).not.toContain(state.ids[key]);
      expect(text).not.toContain(CASES.find((c) => c.key === key)!.title);
    }
    expect(readdirSync(join(site, 'practices')).sort()).toEqual(PUBLISHED.map((k) => `${state.ids[k]}.html`).sort());
  });

  it('writes every file the contract names, and filter pages outside practices/', () => {
    for (const f of ['index.html', 'practices.json', 'practices.csv', 'feed.xml', 'newsletter.html', 'posts.json', 'posts.txt']) expect(existsSync(join(site, f))).toBe(true);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('href="themes/covid-response.html"');
    expect(index).toContain('href="municipalities/vila-de-prova.html"');
    expect(index).toMatch(/href="priority\/\d\.html"/);
    const covid = readFileSync(join(site, 'themes', 'covid-response.html'), 'utf8');
    expect(covid).toContain('Rebost compartit de barri');
    expect(covid).not.toContain("Banc d&#x27;eines");
    expect(index).toMatch(/<svg role="img"[^>]*>/);
    expect(index).not.toMatch(/<script>|<script [^s]|\son\w+="/);
  });

  it('lists the newest first in index, open data and feed alike', () => {
    const json = JSON.parse(readFileSync(join(site, 'practices.json'), 'utf8')) as { id: string; publishedAt: string }[];
    const dates = json.map((p) => p.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    const order = [...index.matchAll(/data-practice="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(json.map((p) => p.id));
  });
});

describe('xmess publish: open data, feed, newsletter, posts', () => {
  it('practices.json and practices.csv hold exactly the published practices', () => {
    const json = JSON.parse(readFileSync(join(site, 'practices.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.map((p) => p.id).sort()).toEqual(PUBLISHED.map((k) => state.ids[k]).sort());
    expect(json[0]).toEqual(expect.objectContaining({ title: expect.any(String), municipality: 'Vila de Prova', url: expect.stringMatching(new RegExp(`^${BASE}/practices/bp-`)) }));
    const csvText = readFileSync(join(site, 'practices.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(PUBLISHED.map((k) => state.ids[k]).sort());
    expect(rows.find((r) => r.id === state.ids.spanish)!.title).toBe('Lavandería cooperativa para residencias');
  });

  it('feed.xml is Atom a real XML parser reads: one entry per practice, tag: ids, updated = latest entry', () => {
    const xml = readFileSync(join(site, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'category' }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = feed.entry as Record<string, any>[];
    expect(entries).toHaveLength(PUBLISHED.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:xmess\.example\.org,\d{4}:practice:bp-[0-9a-f]{12}$/);
      expect(e.link['@_href']).toMatch(new RegExp(`^${BASE}/practices/bp-[0-9a-f]{12}\\.html$`));
      expect(Date.parse(e.updated)).not.toBeNaN();
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(feed.updated).toBe(entries.map((e) => e.updated as string).sort().at(-1));
    const hostile = entries.find((e) => e.id.endsWith(state.ids.hostile))!;
    expect(hostile.title['#text']).toContain('<script>alert("t")</script>');
  });

  it('the newsletter is mail-safe HTML: tables, inline styles, no script, no image, no style sheet', () => {
    const html = readFileSync(join(site, 'newsletter.html'), 'utf8');
    expect(html).toContain('<table role="presentation"');
    expect(html).not.toMatch(/<script|<img|<link|<style|class="/i);
    for (const key of PUBLISHED) expect(html).toContain(`${BASE}/practices/${state.ids[key]}.html`);
    const later = join(dir.path, 'site-later');
    expect(publish(later, '--base-url', BASE, '--since', '2999-01-01').stdout).toContain('(0 in the newsletter)');
    expect(readFileSync(join(later, 'newsletter.html'), 'utf8')).toContain("No s&#x27;ha publicat cap pràctica nova");
  });

  it('writes one post per practice, in its language, within 280 characters counting the full link, with the hashtags', () => {
    const posts = JSON.parse(readFileSync(join(site, 'posts.json'), 'utf8')) as { practice: string; lang: string; text: string }[];
    expect(posts.map((p) => p.practice).sort()).toEqual(PUBLISHED.map((k) => state.ids[k]).sort());
    for (const p of posts) {
      expect(Array.from(p.text).length).toBeLessThanOrEqual(280);
      expect(p.text).toContain(`${BASE}/practices/${p.practice}.html`);
      expect(p.text).toContain('#XMESS');
    }
    expect(posts.find((p) => p.practice === state.ids.spanish)).toMatchObject({ lang: 'es', text: expect.stringContaining('#Intercooperación') });
    expect(posts.find((p) => p.practice === state.ids.accepted)).toMatchObject({ lang: 'ca', text: expect.stringContaining('#COVID19') });
    expect(readFileSync(join(site, 'posts.txt'), 'utf8').trimEnd().split('\n')).toEqual(posts.map((p) => p.text));
  });

  it('keeps posts within 280 characters with a long address, shortening what does not fit', () => {
    const long = `${BASE}/${'arxiu-de-bones-practiques-de-la-xarxa/'.repeat(2)}2020`;
    const out = join(dir.path, 'site-long');
    expect(publish(out, '--base-url', long).code).toBe(0);
    const posts = JSON.parse(readFileSync(join(out, 'posts.json'), 'utf8')) as { practice: string; text: string }[];
    for (const p of posts) {
      expect(Array.from(p.text).length).toBeLessThanOrEqual(280);
      expect(p.text).toContain(`${long}/practices/${p.practice}.html`);
    }
  });
});

describe('xmess publish: privacy', () => {
  const person = CASES.find((c) => c.key === 'accepted')!.contact!;

  it('publishes no contact name, e-mail or phone, even where the summary mentions them', () => {
    const text = allText(site);
    for (const s of [person.name, person.email, person.phone, 'ppujol@viladeprova.cat', 'Pere Pujol Serra', '93 444 55 66', 'tecnica@viladeprova.cat']) expect(text).not.toContain(s);
    const page = readFileSync(join(site, 'practices', `${state.ids.accepted}.html`), 'utf8');
    expect(page).toContain('Per a més informació, […] ([…], […])');
    expect(page).toContain('Vila de Prova');
  });

  it('--with-contacts publishes them on the practice page and in the open data', () => {
    const out = join(dir.path, 'site-contacts');
    expect(publish(out, '--with-contacts').code).toBe(0);
    const page = readFileSync(join(out, 'practices', `${state.ids.accepted}.html`), 'utf8');
    for (const s of [person.name, person.email, person.phone]) expect(page).toContain(s);
    const json = JSON.parse(readFileSync(join(out, 'practices.json'), 'utf8')) as { id: string; contact?: { email: string } }[];
    expect(json.find((p) => p.id === state.ids.accepted)!.contact!.email).toBe(person.email);
    expect(readFileSync(join(out, 'practices.csv'), 'utf8').split('\r\n')[0]).toContain('contact.email');
  });
});

describe('xmess publish: hostile fields', () => {
  it('escapes markup from a council\'s mail everywhere it appears', () => {
    const page = readFileSync(join(site, 'practices', `${state.ids.hostile}.html`), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Horts &amp; &quot;cooperatives&quot; &#x27;oberts&#x27; al veïnat');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    for (const f of ['index.html', `practices/${state.ids.hostile}.html`, 'newsletter.html', 'feed.xml', 'themes/covid-response.html']) {
      const text = readFileSync(join(site, f), 'utf8');
      expect(text).not.toContain('<script>alert');
      expect(text).not.toContain('<img src=x');
      expect(text).not.toContain('\u0001');
    }
    expect(XMLValidator.validate(readFileSync(join(site, 'feed.xml'), 'utf8'))).toBe(true);
  });

  it('reads the Spanish practice of an HTML mail as text, in its own language inside the Catalan page', () => {
    const page = readFileSync(join(site, 'practices', `${state.ids.spanish}.html`), 'utf8');
    expect(page).toMatch(/<html lang="ca">/);
    expect(page).toMatch(/<h1 lang="es">Lavandería cooperativa para residencias<\/h1>/);
    expect(page).not.toMatch(/<p>Título/);
  });
});

describe('xmess publish: repeatable', () => {
  it('gives the same bytes from the same database, and a second run rewrites nothing', () => {
    const again = join(dir.path, 'site-again');
    expect(publish(again, '--base-url', BASE, '--since', '2020-01-01').code).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(site));
    const mtimes = [...snapshot(site).keys()].map((f) => statSync(join(site, f)).mtimeMs);
    const r = publish(site, '--base-url', BASE, '--since', '2020-01-01');
    expect(r.stdout).toMatch(/ 0 written, \d+ unchanged, 0 removed/);
    expect([...snapshot(site).keys()].map((f) => statSync(join(site, f)).mtimeMs)).toEqual(mtimes);
  });

  it('removes the page of a practice no longer published, and nothing it did not write', () => {
    const out = join(dir.path, 'site-unpublish');
    expect(publish(out, '--base-url', BASE).code).toBe(0);
    writeFileSync(join(out, 'CNAME'), 'practiques.example.org\n');
    mkdirSync(join(out, 'practices', 'extra'), { recursive: true });
    writeFileSync(join(out, 'practices', 'own-note.html'), 'kept');
    const gone = state.ids['late-accepted']!;
    expect(xmess(['review', gone, '--status', 'rejected', '--db', state.db, '--config', state.conf]).code).toBe(0);
    const r = publish(out, '--base-url', BASE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^published 3 practices.* [1-9]\d* removed/);
    expect(existsSync(join(out, 'practices', `${gone}.html`))).toBe(false);
    expect(allText(out)).not.toContain('MARK-LATEACCEPTED');
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('practiques.example.org\n');
    expect(readFileSync(join(out, 'practices', 'own-note.html'), 'utf8')).toBe('kept');
    expect(existsSync(join(out, 'practices', state.ids.accepted + '.html'))).toBe(true);
  });

  it('refuses to overwrite a file it did not write, naming it', () => {
    const out = join(dir.path, 'site-foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>the web’s own home page</p>');
    const r = publish(out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(out, 'index.html'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the web’s own home page</p>');
  });

  it('says what is wrong with a bad flag', () => {
    expect(publish(join(dir.path, 'x'), '--since', 'yesterday').stderr).toContain('--since');
    expect(publish(join(dir.path, 'x'), '--base-url', 'ftp://example.org').code).toBe(2);
    expect(publish(join(dir.path, 'x'), '--lang', 'fr').code).toBe(2);
  });
});

describe('xmess publish: the systematisation sheet', () => {
  it('still publishes an accepted practice once its sheet came back, with the sheet\'s fields and without its contact person', () => {
    const id = state.ids.spanish!;
    const common = ['--db', state.db, '--config', state.conf];
    const task = exportJson<{ kind: string; practices: string[]; messageId: string; subject: string }>(state.db, 'outbox').find((o) => o.kind === 'advisor-task' && o.practices.includes(id))!;
    const advisor = exportJson<{ id: string; advisor: string }>(state.db, 'practices').find((p) => p.id === id)!.advisor;
    const answers = join(dir.path, 'answers');
    mkdirSync(answers);
    const sheet = ['Ajuntament o Consell Comarcal: Ajuntament de Vila de Prova', 'Persona de referència: Marta Soler Puig', 'Mail de contacte: msoler@viladeprova.cat',
      'Àrea o Departament: Promoció Econòmica', 'Objectius: Donar feina estable a deu dones. MARK-SHEET', 'Persones destinatàries: Residències de gent gran del municipi.',
      'Recursos: Un local municipal cedit.', 'Elements clau: La cooperativa d\'inserció.', 'Indicadors de resultat utilitzats: Llocs de treball creats.'].join('\n');
    writeFileSync(join(answers, 'sheet.eml'), buildMail({ from: advisor, subject: `Re: ${task.subject}`, messageId: '<sheet-answer@example.net>', received: 'Tue, 2 Jun 2020 09:00:00 +0200',
      headers: { 'In-Reply-To': task.messageId, References: task.messageId }, body: `Bon dia,\n\n${sheet}\n\nSalutacions` }));
    expect(xmess(['ingest', answers, ...common]).code).toBe(0);
    const after = exportJson<{ id: string; status: string; decision: string | null }>(state.db, 'practices').find((p) => p.id === id)!;
    expect(['sheet-incomplete', 'systematised']).toContain(after.status);
    expect(after.decision).toBe('accepted');
    const out = join(dir.path, 'site-sheet');
    expect(publish(out).code).toBe(0);
    const page = readFileSync(join(out, 'practices', `${id}.html`), 'utf8');
    expect(page).toContain('<h2>Fitxa de sistematització</h2>');
    expect(page).toContain('<dt>Àrea o Departament</dt><dd class="text">Promoció Econòmica</dd>');
    expect(page).toContain('MARK-SHEET');
    expect(allText(out)).not.toContain('Marta Soler');
    expect(allText(out)).not.toContain('msoler@');
    const json = JSON.parse(readFileSync(join(out, 'practices.json'), 'utf8')) as { id: string; sheet: Record<string, string | null> | null }[];
    expect(json.find((p) => p.id === id)!.sheet).toMatchObject({ department: 'Promoció Econòmica', contactPerson: null, contactEmail: null });
  });
});

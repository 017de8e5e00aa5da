// The desk under test: a config folder with advisors and desk users, mail ingested by the real
// `xmess ingest`, the real `xmess desk` on a free port, and a small cookie-keeping client.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { addUser, usersPath, type Role } from '../../src/desk/users.js';
import { openDb, type Db } from '../../src/store/db.js';
import { xmess } from './cli.js';

export const PASSWORD = 'a long enough passphrase';

export const PEOPLE: { email: string; role: Role; name: string }[] = [
  { email: 'coordinacio@example.org', role: 'coordinator', name: 'Carla Coordinació' },
  { email: 'comissio@example.org', role: 'commission', name: 'Quim Comissió' },
  { email: 'anna.puig@example.org', role: 'advisor', name: 'Anna Puig' },
  { email: 'pau.riera@example.org', role: 'advisor', name: 'Pau Riera' },
];

export const synthesis = (title: string, extra = ''): string => [
  'Bon dia,', '', `Títol: ${title}`, 'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri durant el confinament per la Covid-19.",
  'Nom: Berta Solà Riu', 'Correu electrònic: bsola@viladeprova.cat', 'Telèfon: 93 111 22 33', extra, '', 'Salutacions,',
].join('\n');

export async function composeMail(opts: {
  from?: string; subject: string; messageId: string; date: string; text: string; html?: string;
  attachments?: { filename: string; content: Buffer | string; contentType?: string }[];
}): Promise<Buffer> {
  const composer = new MailComposer({
    from: opts.from ?? 'Berta Solà <bsola@viladeprova.cat>', to: 'bonespractiques@xmess.example.org', subject: opts.subject,
    messageId: opts.messageId, date: new Date(opts.date), text: opts.text, ...(opts.html ? { html: opts.html } : {}),
    attachments: opts.attachments ?? [],
  });
  return composer.compile().build();
}

export interface DeskWorld {
  dir: string;
  db: string;
  conf: string;
  mail: string;
  args: (...more: string[]) => string[];
}

export function makeWorld(dir: string): DeskWorld {
  const conf = join(dir, 'conf');
  const mail = join(dir, 'mail');
  mkdirSync(conf, { recursive: true });
  mkdirSync(mail, { recursive: true });
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([
    { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true, contact: 'ess@viladeprova.cat' },
    { name: 'Poble Callat', domains: ['poblecallat.cat'], member: true },
  ]));
  writeFileSync(join(conf, 'advisors.json'), JSON.stringify([
    { name: 'Anna Puig', email: 'anna.puig@example.org', themes: ['intercooperation'] },
    { name: 'Pau Riera', email: 'pau.riera@example.org', themes: ['covid-response'] },
  ]));
  for (const p of PEOPLE) addUser(usersPath(conf), { ...p, password: PASSWORD });
  const db = join(dir, 'state', 'x.db');
  return { dir, db, conf, mail, args: (...more) => [...more, '--db', db, '--config', conf] };
}

export function ingest(w: DeskWorld, path: string): string {
  const r = xmess(w.args('ingest', path));
  if (r.code !== 0 && r.code !== 1) throw new Error(`ingest failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

export interface RunningDesk {
  url: string;
  /** The same database file, opened by the test to look things up. */
  db: Db;
  stderr: () => string;
  /** What `xmess desk` printed at start. */
  banner: string;
  close(): Promise<void>;
}

/**
 * `xmess desk --port 0` as a user runs it (the built binary in its own process: sanitize-html's
 * dependencies cannot be loaded inside jest's module sandbox), with the URL it prints.
 */
export async function runDesk(w: DeskWorld, env: Record<string, string> = {}): Promise<RunningDesk> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'xmess.js'), ...w.args('desk', '--port', '0')], {
    env: { ...process.env, NODE_OPTIONS: '', SMTP_URL: '', IMAP_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /xmess desk: (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`xmess desk exited (${code}): ${err}`)));
  });
  const db = openDb(w.db);
  return {
    url, db, stderr: () => err, banner: out,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      db.close();
    },
  };
}

/** A browser-like client: keeps cookies, does not follow redirects, reads the CSRF token of the last page. */
export class Client {
  private cookies = new Map<string, string>();
  lastHtml = '';
  constructor(private readonly base: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response & { text: string }> {
    const res = await fetch(this.base + path, { redirect: 'manual', headers: { accept: 'text/html', cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    const text = await res.text();
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) this.lastHtml = text;
    return Object.assign(res, { text });
  }

  async post(path: string, form: Record<string, string>, withCsrf = true): Promise<Response & { text: string }> {
    const body = new URLSearchParams(withCsrf ? { _csrf: this.csrf(), ...form } : form);
    const res = await fetch(this.base + path, { method: 'POST', redirect: 'manual', body, headers: { accept: 'text/html', cookie: this.cookieHeader() } });
    this.remember(res);
    const text = await res.text();
    return Object.assign(res, { text });
  }

  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1] ?? '';
  }

  async login(email: string, password = PASSWORD): Promise<Response & { text: string }> {
    await this.get('/login');
    return this.post('/login', { email, password });
  }
}

// A small campaign on disk for CLI tests of what happens after intake: a config folder (two
// advisors, one member council), a mail folder, and readers for the outbox's .eml files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { exportJson, xmess, type CliResult } from './cli.js';
import { buildMail, type MailSpec } from './mail.js';
import { tempDir } from './temp.js';

export const synthesis = (title: string, lines: string[] = []): string => [
  'Bon dia,', '', `Títol: ${title}`, 'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri durant el confinament per la Covid-19.",
  'Nom: Berta Solà Riu', 'Correu electrònic: bsola@viladeprova.cat', ...lines, '', 'Salutacions,',
].join('\n');

export interface Practice {
  id: string; messageId: string; title: string; promoters: string[]; summary: string | null; late: boolean; status: string; decision: string | null; advisor: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null }; missing: string[]; themes: string[];
}
export interface OutboxRow { id: string; messageId: string; kind: string; to: string[]; status: string; inReplyTo: string | null; practices: string[]; subject: string }
export interface MessageRow { messageId: string; status: string; reason: string | null; practices: string[]; resolved: boolean; kind: string }

export interface Campaign {
  dir: string;
  db: string;
  conf: string;
  outbox: string;
  mail: string;
  run(...args: string[]): CliResult;
  /** Writes mails to a new folder and ingests it. */
  ingest(mails: MailSpec[], ...more: string[]): CliResult;
  practices(): Practice[];
  outboxRows(): OutboxRow[];
  messages(): MessageRow[];
  /** The .eml we wrote for an outbox row, parsed. */
  mailOf(row: OutboxRow): Promise<ParsedMail>;
  cleanup(): void;
}

export const ADVISORS = [
  { name: 'Anna Puig', email: 'anna.puig@example.org', themes: ['intercooperation', 'public-procurement'] },
  { name: 'Pau Riera', email: 'pau.riera@example.org', themes: ['covid-response', 'youth'] },
];

export function makeCampaign(prefix: string, advisors: object[] = ADVISORS): Campaign {
  const t = tempDir(prefix);
  const db = join(t.path, 'state', 'x.db');
  const conf = join(t.path, 'conf');
  const outbox = join(t.path, 'state', 'outbox');
  mkdirSync(conf);
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([
    { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true },
    { name: 'Villa de Ensayo', domains: ['villaensayo.es'], member: true },
  ]));
  writeFileSync(join(conf, 'advisors.json'), JSON.stringify(advisors));
  let batch = 0;
  const run = (...args: string[]): CliResult => xmess([...args, '--db', db, '--config', conf]);
  return {
    dir: t.path, db, conf, outbox, mail: join(t.path, 'mail'), run,
    ingest(mails, ...more) {
      const folder = join(t.path, 'mail', String(++batch));
      mkdirSync(folder, { recursive: true });
      mails.forEach((m, n) => writeFileSync(join(folder, `${n + 1}.eml`), buildMail(m)));
      return run('ingest', folder, ...more);
    },
    practices: () => exportJson<Practice>(db, 'practices'),
    outboxRows: () => exportJson<OutboxRow>(db, 'outbox'),
    messages: () => exportJson<MessageRow>(db, 'messages'),
    mailOf: async (row) => simpleParser(readFileSync(join(outbox, readdirSync(outbox).find((f) => f.startsWith(row.id))!))),
    cleanup: t.cleanup,
  };
}

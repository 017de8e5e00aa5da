// Follow-up tests: a campaign's settings, a renderer over the real templates, and submissions written
// straight into the store (upsertPractices), so they do not depend on the extract stage.
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../src/config/paths.js';
import type { ExtractedPractice, ThemeId, ThemeLexicon } from '../../src/domain/types.js';
import type { FollowUpContext } from '../../src/follow-ups/planner.js';
import { loadRenderer } from '../../src/config/templates.js';
import type { Renderer } from '../../src/follow-ups/render/render.js';
import type { NotifySettings } from '../../src/domain/follow-ups.js';
import { openDb, type Db } from '../../src/store/db.js';
import { finishMessage, insertMessage } from '../../src/store/messages.js';
import { upsertPractices } from '../../src/store/practices.js';
import { openDocumentReader, type DocumentReader } from '../../src/stages/parse/attachments/index.js';

export const LEXICON: ThemeLexicon = {
  themes: {
    'covid-response': { label: { ca: 'Resposta a la covid-19', es: 'Respuesta a la covid-19', en: 'Covid-19 response' }, patterns: [] },
    intercooperation: { label: { ca: 'Intercooperació', es: 'Intercooperación', en: 'Intercooperation' }, patterns: [] },
    'public-procurement': { label: { ca: 'Contractació pública responsable', es: 'Contratación pública responsable', en: 'Responsible public procurement' }, patterns: [] },
    youth: { label: { ca: 'Joventut', es: 'Juventud', en: 'Youth' }, patterns: [] },
    'ecological-transition': { label: { ca: 'Transició ecològica', es: 'Transición ecológica', en: 'Ecological transition' }, patterns: [] },
    'feminism-intersectionality': { label: { ca: 'Feminismes i interseccionalitat', es: 'Feminismos e interseccionalidad', en: 'Feminism and intersectionality' }, patterns: [] },
  },
  priorityThemes: ['youth'],
};

export const DEADLINE = new Date('2020-04-30T23:59:59+02:00');

export function settings(over: Partial<NotifySettings> = {}, campaign: Partial<NotifySettings['campaign']> = {}): NotifySettings {
  return {
    campaign: {
      from: 'bonespractiques@xmess.example.org', coordinator: 'coordinacio@xmess.example.org', language: 'ca', timezone: 'Europe/Madrid',
      reminderDaysBefore: 7, advisorReminderDays: 7, ...campaign,
    },
    deadline: DEADLINE,
    advisors: [
      { name: 'Anna Puig', email: 'anna.puig@example.org', themes: ['public-procurement', 'intercooperation'] },
      { name: 'Pau Riera', email: 'pau.riera@example.org', themes: ['covid-response', 'youth'] },
    ],
    municipalities: [
      { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true, contact: 'ess@viladeprova.cat' },
      { name: 'Poble Callat', domains: ['poblecallat.cat'], member: true, contact: 'promocio@poblecallat.cat' },
      { name: 'Sense Adreça', domains: ['senseadreca.cat'], member: true },
      { name: 'Ciutat Convidada', domains: ['convidada.cat'], member: false },
    ],
    lexicon: LEXICON,
    ...over,
  };
}

let renderer: Renderer | null = null;
let reader: DocumentReader | null = null;
/** One document-reader pool for the test file, as a program opens one at start; its idle threads never hold the process. */
export const documentReader = (): DocumentReader => (reader ??= openDocumentReader());
export const templates = (): Renderer => (renderer ??= loadRenderer(TEMPLATES_DIR));

export function practice(over: Partial<ExtractedPractice> = {}): ExtractedPractice {
  return {
    title: 'Rebost compartit de barri',
    promoters: ['Ajuntament de Vila de Prova', 'Cooperativa El Graner Comú'],
    summary: "L'Ajuntament i una cooperativa de consum gestionen un rebost compartit durant el confinament.",
    contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: null, role: 'Tècnica de promoció econòmica' },
    municipality: 'Vila de Prova', member: true,
    themes: ['covid-response', 'intercooperation'] as ThemeId[],
    themeEvidence: { 'covid-response': ['confinament'], intercooperation: ['cooperativa de consum'] },
    priority: 2, source: 'body',
    evidence: { title: 'label "Títol" in body' },
    missing: ['contact.phone'],
    ...over,
  };
}

export interface Submission {
  messageId?: string;
  from?: string;
  fromName?: string | null;
  subject?: string;
  receivedAt?: string;
  language?: 'ca' | 'es';
  practices?: ExtractedPractice[];
  kind?: 'submission' | 'reply' | 'auto-reply' | 'bounce' | 'other';
  unreadable?: { filename: string; reason: string }[];
}

let seq = 0;

/** A processed message with its practices, as commitAnalysis would leave it; returns the row and practice ids. */
export function seedSubmission(db: Db, s: Submission = {}): { rowId: number; messageId: string; practiceIds: string[] } {
  const messageId = s.messageId ?? `<m${++seq}.${Date.now()}@viladeprova.cat>`;
  const receivedAt = new Date(s.receivedAt ?? '2020-04-21T09:10:00+02:00');
  const { id: rowId } = insertMessage(db, {
    rawHash: `hash-${messageId}`, messageId, origin: 'test', size: 100, fromAddr: s.from ?? 'bsola@viladeprova.cat',
    fromName: s.fromName === undefined ? 'Berta Solà Riu' : s.fromName, subject: s.subject ?? 'Bona pràctica: rebost compartit',
    date: receivedAt, receivedAt, inReplyTo: null, references: [],
  });
  const kind = s.kind ?? 'submission';
  const late = receivedAt.getTime() > DEADLINE.getTime();
  const ids = kind === 'submission' ? upsertPractices(db, rowId, messageId, (s.practices ?? [practice()]).map((p) => ({ ...p, late, language: s.language ?? 'ca' }))) : [];
  const insert = db.prepare('INSERT INTO attachments (message_id, seq, filename, content_type, size, kind, ok, reason) VALUES (?, ?, ?, ?, 10, ?, 0, ?)');
  (s.unreadable ?? []).forEach((u, n) => insert.run(rowId, n, u.filename, 'application/pdf', 'pdf', u.reason));
  const status = kind === 'submission' ? (s.unreadable?.length || !ids.length ? 'needs-review' : 'processed') : 'ignored';
  finishMessage(db, rowId, { kind, kindReason: null, status, reason: null, language: s.language ?? 'ca' });
  return { rowId, messageId, practiceIds: ids };
}

export function followUpContext(db: Db, over: Partial<NotifySettings> = {}, now = new Date('2020-04-21T10:00:00+02:00')): FollowUpContext {
  return { db, settings: settings(over), renderer: templates(), now: () => now };
}

export function openTestDb(dir: string): Db {
  return openDb(join(dir, 'x.db'));
}

// A mailbox with practices in every state the commission can leave them in, for the publish tests:
// each practice's text carries a marker so a test can tell where its data went.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson, xmess } from './cli.js';
import { buildMail } from './mail.js';

export interface Case {
  key: string;
  title: string;
  /** What the commission does with it: a review status, accept-late, or nothing. */
  decide: 'accepted' | 'rejected' | 'needs-info' | 'accept-late' | null;
  late?: boolean;
  lang?: 'ca' | 'es';
  html?: boolean;
  summary?: string;
  contact?: { name: string; email: string; phone: string };
}

const COUNCIL = { name: 'Vila de Prova', domain: 'viladeprova.cat' };

/** Hostile strings a council (or someone posing as one) could send: markup, an attribute breaker, a CDATA end, a control character. */
export const HOSTILE_TITLE = '<script>alert("t")</script> Horts & "cooperatives" \'oberts\' al veïnat';
export const HOSTILE_SUMMARY = 'Un hort comunitari <img src=x onerror=alert(1)> gestionat per una cooperativa ]]> --> durant la Covid-19 \u0001amb el veïnat. MARK-HOSTILE';

export const CASES: Case[] = [
  { key: 'accepted', title: 'Rebost compartit de barri', decide: 'accepted', contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: '93 111 22 33' },
    summary: "L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies durant el confinament per la Covid-19. Per a més informació, Berta Solà Riu (bsola@viladeprova.cat, 93 111 22 33). MARK-ACCEPTED" },
  { key: 'rejected', title: 'Mercat que la comissió rebutja', decide: 'rejected', summary: 'Un mercat de proximitat amb una cooperativa de pagesos del territori. MARK-REJECTED' },
  { key: 'needs-info', title: 'Taller a mig explicar', decide: 'needs-info', summary: 'Un taller de reparació amb una associació de veïns del barri. MARK-NEEDSINFO' },
  { key: 'received', title: 'Horts encara sense revisar', decide: null, summary: 'Uns horts urbans cedits a una cooperativa de joves del municipi. MARK-RECEIVED' },
  { key: 'late', title: 'Fira que arriba tard', decide: null, late: true, summary: "Una fira d'economia social amb les entitats del municipi. MARK-TARDY" },
  { key: 'late-accepted', title: "Banc d'eines admès fora de termini", decide: 'accept-late', late: true,
    summary: "L'Ajuntament compra eines que una cooperativa agrària lloga a preu de cost a la pagesia jove. MARK-LATEACCEPTED" },
  { key: 'hostile', title: HOSTILE_TITLE, decide: 'accepted', summary: HOSTILE_SUMMARY },
  { key: 'spanish', title: 'Lavandería cooperativa para residencias', decide: 'accepted', lang: 'es', html: true,
    summary: 'Durante la pandemia de Covid-19 una cooperativa de inserción lava la ropa de las residencias; el Ayuntamiento cede el local. MARK-SPANISH' },
];

function body(c: Case): string {
  const contact = c.contact ?? { name: 'Pere Pujol Serra', email: 'ppujol@viladeprova.cat', phone: '93 444 55 66' };
  if (c.lang === 'es') {
    return [`Título: ${c.title}`, `Entidades promotoras: Ayuntamiento de ${COUNCIL.name}, Cooperativa La Colada`, `Breve explicación: ${c.summary}`,
      `Persona de contacto: ${contact.name}`, `Correo electrónico: ${contact.email}`, `Teléfono: ${contact.phone}`].join('\n');
  }
  return ['Bon dia,', '', `Títol: ${c.title}`, `Organitzacions promotores: Ajuntament de ${COUNCIL.name}, Cooperativa El Graner Comú`,
    `Breu explicació: ${c.summary}`, `Nom: ${contact.name}`, `Correu electrònic: ${contact.email}`, `Telèfon: ${contact.phone}`, '', 'Salutacions,'].join('\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeMailbox(dir: string): { mail: string; conf: string } {
  const mail = join(dir, 'mail');
  const conf = join(dir, 'conf');
  mkdirSync(mail, { recursive: true });
  mkdirSync(conf, { recursive: true });
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([{ name: COUNCIL.name, domains: [COUNCIL.domain], member: true }]));
  CASES.forEach((c, i) => {
    const text = body(c);
    const day = String(10 + i).padStart(2, '0');
    writeFileSync(join(mail, `${i}-${c.key}.eml`), buildMail({
      from: `Tècnica <tecnica@${COUNCIL.domain}>`, subject: c.lang === 'es' ? 'Buena práctica' : 'Bona pràctica', messageId: `<${c.key}@${COUNCIL.domain}>`,
      received: c.late ? `Mon, ${day} May 2020 10:00:00 +0200` : `Tue, ${day} Apr 2020 09:00:00 +0200`,
      ...(c.html ? { contentType: 'text/html; charset=utf-8', body: `<html><body>${text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>` } : { body: text }),
    }));
  });
  return { mail, conf };
}

export interface Ingested {
  db: string;
  conf: string;
  ids: Record<string, string>;
}

/** Ingests the mailbox and takes the commission's decisions with the real commands. */
export function ingestAndDecide(dir: string): Ingested {
  const { mail, conf } = writeMailbox(dir);
  const db = join(dir, 'state', 'x.db');
  const common = ['--db', db, '--config', conf];
  const r = xmess(['ingest', mail, ...common]);
  if (r.code !== 0) throw new Error(`ingest failed (${r.code}): ${r.stderr}`);
  const practices = exportJson<{ id: string; messageId: string }>(db, 'practices');
  const ids: Record<string, string> = {};
  for (const c of CASES) {
    const p = practices.find((x) => x.messageId === `<${c.key}@${COUNCIL.domain}>`);
    if (!p) throw new Error(`no practice extracted from the "${c.key}" mail`);
    ids[c.key] = p.id;
    const cmd = c.decide === 'accept-late' ? ['accept-late', p.id] : c.decide ? ['review', p.id, '--status', c.decide] : null;
    if (!cmd) continue;
    const d = xmess([...cmd, ...common]);
    if (d.code !== 0) throw new Error(`${cmd.join(' ')} failed (${d.code}): ${d.stderr}`);
  }
  return { db, conf, ids };
}

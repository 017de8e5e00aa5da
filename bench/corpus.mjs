// A generated mailbox of council submissions for the benchmark: one third with the synthesis in the
// body, one third with a PDF sheet, one third with a DOCX sheet. Documents are built with the fixture
// builders of scripts/make-fixtures.mjs (pdfkit, docx); a pool of variants is reused across messages,
// which costs the parsers the same as distinct files while keeping generation fast.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { buildDocxForm, buildPdf, SHEETS } from '../scripts/make-fixtures.mjs';

/** Distinct PDFs and DOCX files in the pool. */
const VARIANTS = 40;
const COUNCILS = [
  ['Vila de Prova', 'viladeprova.cat'], ['Sant Adrià de Besòs', 'sant-adria.cat'], ['Ripollet', 'ripollet.cat'], ['Montornès del Vallès', 'montornes.cat'],
];

function sheet(base, i) {
  return { ...base, title: `${base.title} ${i}`, contact: { ...base.contact, email: base.contact.email.replace('@', `${i}@`) } };
}

function bodyText(s) {
  return [
    'Bon dia,', '', 'Us fem arribar la nostra bona pràctica:', '',
    `Títol: ${s.title}`, `Organitzacions promotores: ${s.promoters.join(', ')}`, `Breu explicació: ${s.summary.join(' ')}`,
    'Contacte de la persona de referència:', `Nom: ${s.contact.name}`, `Correu electrònic: ${s.contact.email}`, `Telèfon: ${s.contact.phone}`,
    '', 'Salutacions cordials,', s.contact.name,
  ].join('\n');
}

async function pool() {
  const pdfs = [];
  const docxs = [];
  for (let i = 0; i < VARIANTS; i++) {
    pdfs.push(await buildPdf(sheet(i % 2 ? SHEETS.pdfCa : SHEETS.pdfEs, i)));
    docxs.push(await buildDocxForm(sheet(SHEETS.docxForm, i)));
  }
  return { pdfs, docxs };
}

export const messageIdOf = (i) => `<bench-${i}@${COUNCILS[i % COUNCILS.length][1]}>`;

/** One raw message; `i` decides its kind and makes Message-ID and subject unique. */
export async function buildSubmission(i, docs, date = new Date(Date.UTC(2020, 3, 1, 8) + i * 60_000)) {
  const [council, domain] = COUNCILS[i % COUNCILS.length];
  const kind = i % 3;
  const s = sheet(SHEETS.pdfCa, i);
  const attachments = kind === 1
    ? [{ filename: `fitxa-${i}.pdf`, content: docs.pdfs[i % VARIANTS], contentType: 'application/pdf' }]
    : kind === 2
      ? [{ filename: `fitxa-${i}.docx`, content: docs.docxs[i % VARIANTS], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }]
      : [];
  const mail = new MailComposer({
    from: `Tècnica ${council} <tecnica${i}@${domain}>`, to: 'bonespractiques@xmess.example.org',
    subject: `Bona pràctica ${i}: ${s.title}`, messageId: messageIdOf(i), date,
    text: kind === 0 ? bodyText(s) : `Bon dia,\n\nAdjuntem la fitxa de la bona pràctica de l'Ajuntament de ${council}.\n\nSalutacions,`,
    attachments,
  });
  return mail.compile().build();
}

/** Writes `count` messages as .eml files into `dir` and returns their paths. */
export async function writeCorpus(dir, count) {
  mkdirSync(dir, { recursive: true });
  const docs = await pool();
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `${String(i).padStart(5, '0')}.eml`);
    writeFileSync(file, await buildSubmission(i, docs));
    files.push(file);
  }
  return { files, docs };
}

/** Writes `count` messages into one mbox file (mboxrd: body lines starting "From " are escaped). */
export async function writeMbox(file, count) {
  const { openSync, writeSync, closeSync } = await import('node:fs');
  const docs = await pool();
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < count; i++) {
      const raw = (await buildSubmission(i, docs)).toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
      writeSync(fd, `From tecnica${i}@example.org Wed Apr  1 08:00:00 2020\n${raw}\n\n`, null, 'latin1');
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

// `node bench/corpus.mjs DIR|FILE.mbox COUNT`: a mailbox for measuring by hand (e.g. peak memory of `xmess ingest`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [target, n] = process.argv.slice(2);
  if (!target) {
    console.error('usage: node bench/corpus.mjs DIR|FILE.mbox COUNT');
    process.exit(2);
  }
  const count = Number(n ?? 2000);
  if (target.endsWith('.mbox')) await writeMbox(target, count);
  else await writeCorpus(target, count);
  console.error(`corpus: ${count} messages in ${target}`);
}

// The network's systematisation sheet, pre-filled for the advisor as a DOCX: the published fields in
// their published order (shared/data/README.md), with what we know and blanks for what we do not.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** The published per-initiative sheet of the network, in order. Labels stay in Catalan: they are the form's own. */
export const SHEET_FIELDS = [
  'Ajuntament o Consell Comarcal',
  'Persona de referència',
  'Mail de contacte',
  'Àrea o Departament',
  'Classificació simplificada',
  'Descripció',
  'Objectius',
  'Persones destinatàries',
  'Recursos',
  'Elements clau',
  'Limitacions',
  'Indicadors de resultat utilitzats',
  'Aspectes a tenir en compte',
] as const;

export interface SheetSpec {
  /** File name of the attachment, e.g. fitxa-bp-0123456789ab.docx. */
  filename: string;
  heading: string;
  /** Lines under the heading: practice id, promoters, where it came from. */
  notes: string[];
  fields: { label: string; value: string }[];
}

export interface SheetSource {
  id: string;
  title: string | null;
  municipality: string | null;
  promoters: string[];
  summary: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null };
  /** Theme labels in Catalan, the language of the form. */
  themeLabels: string[];
  source: string | null;
}

/** Pure: the sheet's content from a practice; what we do not know stays blank, never guessed. */
export function sheetSpec(p: SheetSource): SheetSpec {
  const person = [p.contact.name, p.contact.role, p.contact.phone].filter(Boolean).join(', ');
  const known: Partial<Record<(typeof SHEET_FIELDS)[number], string>> = {
    'Ajuntament o Consell Comarcal': p.municipality ?? '',
    'Persona de referència': person,
    'Mail de contacte': p.contact.email ?? '',
    'Classificació simplificada': p.themeLabels.join('; '),
    'Descripció': p.summary ?? '',
  };
  const notes = [`Identificador: ${p.id}`];
  if (p.promoters.length) notes.push(`Entitats promotores: ${p.promoters.join('; ')}`);
  if (p.source) notes.push(`Font: ${p.source}`);
  return {
    filename: `fitxa-${p.id}.docx`,
    heading: p.title ?? 'Bona pràctica (sense títol)',
    notes,
    fields: SHEET_FIELDS.map((label) => ({ label, value: known[label] ?? '' })),
  };
}

function fieldRow(label: string, value: string): TableRow {
  const cell = (children: Paragraph[], size: number): TableCell => new TableCell({ children, width: { size, type: WidthType.PERCENTAGE } });
  // One paragraph per line of the value: a DOCX run does not break on "\n".
  const lines = value ? value.split('\n') : [''];
  return new TableRow({
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], 32),
      cell(lines.map((l) => new Paragraph(l)), 68),
    ],
  });
}

/** The DOCX bytes (built when the mail is composed, so the outbox stores only the spec). */
export async function buildSheetDocx(spec: SheetSpec): Promise<Buffer> {
  const doc = new Document({
    creator: 'xmess',
    title: `Fitxa de sistematització: ${spec.heading}`,
    sections: [{
      children: [
        new Paragraph({ text: 'Fitxa de sistematització de bona pràctica', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: spec.heading, heading: HeadingLevel.HEADING_1 }),
        ...spec.notes.map((n) => new Paragraph(n)),
        new Paragraph(''),
        new Table({ rows: spec.fields.map((f) => fieldRow(f.label, f.value)), width: { size: 100, type: WidthType.PERCENTAGE } }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

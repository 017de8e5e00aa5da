// The network's systematisation sheet ("fitxa"), the second step of its process: the fields in the
// network's published order, and the two rules every part shares — how a later sheet merges into what
// we have, and when a practice counts as systematised. Pure.

/** The sheet's fields in the network's order (shared/data/README.md); each plain text or null. */
export const SHEET_KEYS = [
  'council', 'contactPerson', 'contactEmail', 'department', 'classification', 'description', 'objectives',
  'beneficiaries', 'resources', 'keyElements', 'limitations', 'indicators', 'considerations',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** The form's own labels, in Catalan as the network publishes them (the DOCX we send uses them). */
export const SHEET_LABELS_CA: Readonly<Record<SheetKey, string>> = {
  council: 'Ajuntament o Consell Comarcal',
  contactPerson: 'Persona de referència',
  contactEmail: 'Mail de contacte',
  department: 'Àrea o Departament',
  classification: 'Classificació simplificada',
  description: 'Descripció',
  objectives: 'Objectius',
  beneficiaries: 'Persones destinatàries',
  resources: 'Recursos',
  keyElements: 'Elements clau',
  limitations: 'Limitacions',
  indicators: 'Indicadors de resultat utilitzats',
  considerations: 'Aspectes a tenir en compte',
};

/** Required for `systematised` unless campaign.json's `sheetRequired` says otherwise. */
export const DEFAULT_SHEET_REQUIRED: readonly SheetKey[] = ['objectives', 'beneficiaries', 'resources', 'keyElements', 'indicators'];

export type SheetValues = Record<SheetKey, string | null>;
/** Where a field's current value came from: the message (its Message-ID) and when it arrived. */
export interface SheetOrigin { messageId: string; at: string }
export type SheetSources = Partial<Record<SheetKey, SheetOrigin>>;

export const SHEET_STATUSES = ['sheet-incomplete', 'systematised'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export function emptySheet(): SheetValues {
  return Object.fromEntries(SHEET_KEYS.map((k) => [k, null])) as SheetValues;
}

/** A stored sheet (JSON column) read back whole: unknown keys dropped, missing ones null. */
export function normaliseSheet(value: unknown): SheetValues {
  const out = emptySheet();
  if (!value || typeof value !== 'object') return out;
  for (const k of SHEET_KEYS) {
    const v = (value as Record<string, unknown>)[k];
    out[k] = typeof v === 'string' && v.trim() ? v : null;
  }
  return out;
}

export interface SheetChange { key: SheetKey; previous: string | null; value: string }

/**
 * A later sheet replaces what it states and keeps what it leaves blank: only non-empty values count,
 * and a value equal to the stored one is no change (a resent sheet records nothing new).
 */
export function mergeSheet(current: SheetValues, stated: Partial<Record<SheetKey, string>>): { sheet: SheetValues; changes: SheetChange[] } {
  const sheet = { ...current };
  const changes: SheetChange[] = [];
  for (const key of SHEET_KEYS) {
    const value = stated[key]?.trim();
    if (!value || value === current[key]) continue;
    changes.push({ key, previous: current[key], value });
    sheet[key] = value;
  }
  return { sheet, changes };
}

/** The required fields still empty, in the sheet's order. */
export function sheetMissing(sheet: SheetValues, required: readonly SheetKey[] = DEFAULT_SHEET_REQUIRED): SheetKey[] {
  return SHEET_KEYS.filter((k) => required.includes(k) && !sheet[k]);
}

export function sheetStatus(sheet: SheetValues, required: readonly SheetKey[] = DEFAULT_SHEET_REQUIRED): SheetStatus {
  return sheetMissing(sheet, required).length ? 'sheet-incomplete' : 'systematised';
}

/** What a message states of a systematisation sheet (read by stages/extract/sheet.ts). */
export interface SheetReading {
  /** What the sheet states, per field (blank answers left out); the first source that states a field wins. */
  fields: Partial<Record<SheetKey, string>>;
  /** The source each field was read from ("body", "attachment:fitxa.docx"). */
  origins: Partial<Record<SheetKey, string>>;
  /** Practice ids named in the subject or the texts, in order of appearance. */
  practiceIds: string[];
  /** The sheet's title appears in the subject or a text. */
  titled: boolean;
  /** Sheet-only fields answered (objectives, resources…). */
  sheetOnly: number;
}

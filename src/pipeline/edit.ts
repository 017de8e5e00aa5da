// Corrections of a practice by hand (`xmess edit`, the desk): values checked and normalised as the
// extractor would store them (phones E.164, e-mails lower-cased, themes as ids), then written with
// history. Nothing already sent is planned again: a person's correction mails nobody.
import { THEME_IDS, type Municipality, type ThemeId, type ThemeLexicon } from '../domain/types.js';
import { UsageError } from '../domain/errors.js';
import { isValidAddress } from '../follow-ups/plan/headers.js';
import { normalisePhone } from '../stages/extract/phone.js';
import { priorityOf } from '../stages/extract/themes.js';
import { applyFieldChanges, EDITABLE_FIELDS, isEditableField, type AppliedChange, type Derived, type FieldChange, type FieldValue } from '../store/changes.js';
import type { Db } from '../store/db.js';
import { getPractice } from '../store/practices.js';

export interface EditContext {
  db: Db;
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** A theme given as its id or its label in any language ("Joventut", "juventud", "youth"). */
function themeOf(given: string, lexicon: ThemeLexicon): ThemeId {
  const key = fold(given);
  const found = THEME_IDS.find((id) => id === key || Object.values(lexicon.themes[id]?.label ?? {}).some((l) => fold(l) === key));
  if (!found) throw new UsageError(`themes: "${given}" is not a theme; use one of ${THEME_IDS.join(', ')}`);
  return found;
}

/** One `field=value` as typed on the command line, checked and normalised. An empty value clears the field. */
export function parseSetting(setting: string, lexicon: ThemeLexicon): FieldChange {
  const eq = setting.indexOf('=');
  const field = eq > 0 ? setting.slice(0, eq).trim() : '';
  if (!isEditableField(field)) throw new UsageError(`--set "${setting}": give field=value, field one of ${EDITABLE_FIELDS.join(', ')}`);
  const raw = setting.slice(eq + 1).trim();
  return { field, value: normaliseValue(field, raw, lexicon) };
}

function normaliseValue(field: FieldChange['field'], raw: string, lexicon: ThemeLexicon): FieldValue {
  if (field === 'promoters') return raw.split(';').map((x) => x.trim()).filter(Boolean);
  if (field === 'themes') return [...new Set(raw.split(/[;,]/).map((x) => x.trim()).filter(Boolean).map((t) => themeOf(t, lexicon)))].sort((a, b) => THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b));
  if (!raw) return null;
  if (field === 'contact.email') {
    if (!isValidAddress(raw)) throw new UsageError(`contact.email: "${raw}" is not an e-mail address`);
    return raw.toLowerCase();
  }
  if (field === 'contact.phone') {
    const phone = normalisePhone(raw);
    if (!phone) throw new UsageError(`contact.phone: "${raw}" is not a phone number (e.g. 93 555 61 14 or +34 935 55 61 14)`);
    return phone;
  }
  return raw;
}

/** What follows from the changes: `member` from the municipality (as configured), `priority` from the themes. */
export function derivedOf(changes: FieldChange[], ctx: EditContext): Derived {
  const out: Derived = {};
  const town = changes.find((c) => c.field === 'municipality');
  if (town) {
    const name = typeof town.value === 'string' ? fold(town.value) : null;
    const known = name ? ctx.municipalities.find((m) => fold(m.name) === name) : undefined;
    if (known) town.value = known.name;
    out.member = town.value === null ? null : known ? known.member : false;
  }
  const themes = changes.find((c) => c.field === 'themes');
  if (themes) out.priority = priorityOf(themes.value as ThemeId[], ctx.lexicon);
  return out;
}

/** Applies a person's corrections with history; returns what changed (empty when every value was already so). */
export function editPractice(ctx: EditContext, practiceId: string, changes: FieldChange[], by: string): AppliedChange[] {
  if (!getPractice(ctx.db, practiceId)) throw new UsageError(`no practice "${practiceId}"; the ids are in \`xmess export --what practices\``);
  return ctx.db.transaction(() => applyFieldChanges(ctx.db, practiceId, changes, { type: 'edited', by, messageRow: null }, derivedOf(changes, ctx)))();
}

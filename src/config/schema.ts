// Shapes of the config files (CONTRACT.md), validated with zod so an error names the key and what is expected.
import { z } from 'zod';
import { DEFAULT_SHEET_REQUIRED, SHEET_KEYS } from '../domain/sheet.js';
import { THEME_IDS } from '../domain/types.js';

const themeId = z.enum(THEME_IDS);

export const municipalitiesSchema = z.array(
  z.looseObject({
    name: z.string().min(1),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain such as "gramenet.cat"')).default([]),
    member: z.boolean(),
    source: z.string().optional(),
    /** Follow-ups (issue #4): where reminders to this council go; councils without one are listed in the digest instead. */
    contact: z.email().optional(),
  }),
);

export const advisorsSchema = z.array(
  z.object({
    name: z.string().min(1),
    email: z.email(),
    themes: z.array(themeId).default([]),
  }),
);

export const campaignSchema = z.object({
  deadline: z.iso.datetime({ offset: true }),
  timezone: z.string().min(1).default('Europe/Madrid'),
  from: z.email(),
  coordinator: z.email(),
  language: z.enum(['ca', 'es', 'fr', 'en']).default('ca'),
  /** Days before the cutoff to remind member councils that have sent nothing. */
  reminderDaysBefore: z.number().int().min(0).default(7),
  /** Days after which an open advisor task is reminded. */
  advisorReminderDays: z.number().int().min(1).default(7),
  /** Issue 12: the systematisation sheet's fields that must be filled for a practice to be `systematised`. */
  sheetRequired: z.array(z.enum(SHEET_KEYS)).default([...DEFAULT_SHEET_REQUIRED]),
});

export const themesSchema = z.object({
  themes: z.record(
    themeId,
    z.object({
      label: z.object({ ca: z.string(), es: z.string(), en: z.string(), fr: z.string().optional() }),
      patterns: z.array(z.string().min(1)),
    }),
  ),
  priorityThemes: z.array(themeId),
});

export type CampaignConfig = z.infer<typeof campaignSchema>;

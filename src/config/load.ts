// Loads and validates the configuration in one place: defaults < config/*.json < environment < flags.
// Every error names the file, the key and what was expected.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { DateTime } from 'luxon';
import { ConfigError, UsageError } from '../domain/errors.js';
import type { Advisor, Municipality, ThemeLexicon } from '../domain/types.js';
import type { EnvSettings } from './env.js';
import { BUILTIN_CONFIG_DIR } from './paths.js';
import { advisorsSchema, campaignSchema, municipalitiesSchema, themesSchema, type CampaignConfig } from './schema.js';


export interface Flags {
  db?: string;
  config?: string;
  outbox?: string;
  deadline?: string;
}

export interface Config {
  dbPath: string;
  configDir: string;
  /** Content-addressed raw archive, beside the database. */
  rawDir: string;
  outboxDir: string;
  municipalities: Municipality[];
  advisors: Advisor[];
  campaign: CampaignConfig;
  deadline: Date;
  lexicon: ThemeLexicon;
  imapUrl?: string;
  redisUrl?: string;
  smtpUrl?: string;
  logLevel: string;
}

const DEFAULT_CAMPAIGN = {
  deadline: '2020-04-30T23:59:59+02:00',
  timezone: 'Europe/Madrid',
  from: 'bonespractiques@xmess.example.org',
  coordinator: 'coordinacio@xmess.example.org',
  language: 'ca',
};

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`, file);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`not valid JSON (${(err as Error).message}); fix the syntax`, file);
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  throw new ConfigError(`key "${key}": ${issue.message}`, file);
}

/** A config file from the user's folder, else the built-in one, else the default value. */
function layered<T extends z.ZodType>(dir: string, name: string, schema: T, fallback?: unknown): z.infer<T> {
  const own = join(dir, name);
  if (existsSync(own)) return validate(schema, readJsonFile(own), own);
  const builtin = join(BUILTIN_CONFIG_DIR, name);
  if (fallback === undefined && existsSync(builtin)) return validate(schema, readJsonFile(builtin), builtin);
  if (fallback !== undefined) return validate(schema, fallback, `${own} (defaults)`);
  throw new ConfigError(`file not found; it is required (see CONTRACT.md)`, own);
}

/** ISO-8601 in the campaign's time zone when the value has no offset ("2020-04-30" = end of that day there). */
function parseDeadline(value: string, from: string, zone: string): Date {
  let dt = DateTime.fromISO(value, { zone, setZone: true });
  if (dt.isValid && /^\d{4}-\d{2}-\d{2}$/.test(value)) dt = dt.endOf('day');
  if (!dt.isValid) {
    const message = `"${value}" is not an ISO-8601 date such as 2020-04-30T23:59:59+02:00`;
    throw from === '--deadline' ? new UsageError(`--deadline: ${message}`) : new ConfigError(message, from);
  }
  return dt.toJSDate();
}

/**
 * An explicit --config/XMESS_CONFIG is used as given. By default, config/ in the working folder; when
 * the command runs from a folder without one, the installed project's config/ (the network's list).
 */
function resolveConfigDir(given: string | undefined, cwd: string): string {
  if (given) return resolve(cwd, given);
  const local = resolve(cwd, 'config');
  return existsSync(join(local, 'municipalities.json')) ? local : BUILTIN_CONFIG_DIR;
}

export function loadConfig(flags: Flags = {}, env: EnvSettings = {}, cwd = process.cwd()): Config {
  const configDir = resolveConfigDir(flags.config ?? env.config, cwd);
  const dbPath = resolve(cwd, flags.db ?? env.db ?? join('data', 'xmess.db'));
  const municipalitiesFile = join(configDir, 'municipalities.json');
  if (!existsSync(municipalitiesFile)) {
    throw new ConfigError(`file not found; --config (or XMESS_CONFIG) must name a folder holding municipalities.json (see README, "Configuration")`, municipalitiesFile);
  }
  const municipalities = validate(municipalitiesSchema, readJsonFile(municipalitiesFile), municipalitiesFile);
  const advisors = layered(configDir, 'advisors.json', advisorsSchema, existsSync(join(BUILTIN_CONFIG_DIR, 'advisors.json')) ? undefined : []);
  const campaign = layered(configDir, 'campaign.json', campaignSchema, existsSync(join(BUILTIN_CONFIG_DIR, 'campaign.json')) ? undefined : DEFAULT_CAMPAIGN);
  const lexicon = layered(configDir, 'themes.json', themesSchema) as ThemeLexicon;
  const deadlineFrom = flags.deadline ? '--deadline' : env.deadline ? 'XMESS_DEADLINE' : join(configDir, 'campaign.json: deadline');
  const deadline = parseDeadline(flags.deadline ?? env.deadline ?? campaign.deadline, deadlineFrom, campaign.timezone);
  return {
    dbPath,
    configDir,
    rawDir: join(dirname(dbPath), 'raw'),
    outboxDir: resolve(cwd, flags.outbox ?? env.outbox ?? join(dirname(dbPath), 'outbox')),
    municipalities: municipalities as Municipality[],
    advisors: advisors as Advisor[],
    campaign,
    deadline,
    lexicon,
    imapUrl: env.imapUrl,
    redisUrl: env.redisUrl,
    smtpUrl: env.smtpUrl,
    logLevel: env.logLevel ?? 'warn',
  };
}

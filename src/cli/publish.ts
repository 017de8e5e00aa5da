// `xmess publish --out DIR`: the static catalogue, open data, feed, newsletter and posts of the
// practices the commission accepted. Reads what `xmess export` reads, renders with the pure publish
// stage, and writes only what changed.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option } from 'commander';
import { DateTime } from 'luxon';
import { readEnv } from '../config/env.js';
import { loadConfig, type Config } from '../config/load.js';
import { TEMPLATES_DIR } from '../config/paths.js';
import { ConfigError, UsageError } from '../domain/errors.js';
import { buildCatalogue } from '../stages/publish/catalogue.js';
import { selectPublished } from '../stages/publish/select.js';
import { loadPublishTemplates } from '../stages/publish/templates.js';
import { PUBLISH_LANGS, type PublishLang, type PublishOptions } from '../stages/publish/types.js';
import { exportPractices } from '../store/export.js';
import { practiceTimes } from '../store/publish.js';
import { writeCatalogue } from '../transports/files/publish-writer.js';
import { openContext, type CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';

export interface PublishCliOptions extends CommonOptions {
  out: string;
  since?: string;
  lang?: PublishLang;
  baseUrl?: string;
  withContacts?: boolean;
}

/** Leaves room in a 280-character post for a title, the council and the hashtags. */
const MAX_BASE_URL = 160;

function parseSince(value: string, zone: string): string {
  let dt = DateTime.fromISO(value, { zone, setZone: true });
  if (dt.isValid && /^\d{4}-\d{2}-\d{2}$/.test(value)) dt = dt.startOf('day');
  if (!dt.isValid) throw new UsageError(`--since: "${value}" is not an ISO-8601 date such as 2020-05-01 or 2020-05-01T09:00+02:00`);
  return dt.toUTC().toISO()!;
}

function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url: "${value}" is not a URL such as https://xmess.cat/bones-practiques`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--base-url: "${value}" must start with https:// or http://`);
  const base = url.href.replace(/\/+$/, '');
  if (base.length > MAX_BASE_URL) throw new UsageError(`--base-url: longer than ${MAX_BASE_URL} characters, posts would have no room for the title`);
  return base;
}

export function publishOptions(opts: PublishCliOptions, config: Config): PublishOptions {
  const campaignLang = PUBLISH_LANGS.find((l) => l === config.campaign.language) ?? 'ca';
  const zone = config.campaign.timezone;
  const domain = config.campaign.from.split('@')[1] ?? 'xmess.invalid';
  const parsed = DateTime.fromISO(config.campaign.deadline, { zone, setZone: true });
  const campaignDeadline = parsed.isValid ? parsed : DateTime.fromJSDate(config.deadline).setZone(zone);
  return {
    lang: opts.lang ?? campaignLang, baseUrl: opts.baseUrl ? parseBaseUrl(opts.baseUrl) : null, withContacts: !!opts.withContacts,
    since: opts.since ? parseSince(opts.since, zone) : null, timezone: zone,
    themeLabels: Object.fromEntries(Object.entries(config.lexicon.themes).map(([id, th]) => [id, th.label])), priorityThemes: config.lexicon.priorityThemes,
    // From campaign.json, not --deadline: a one-off override must not change the feed's ids.
    tagAuthority: domain.toLowerCase(), tagDate: campaignDeadline.toFormat('yyyy'),
    emptyUpdated: campaignDeadline.toUTC().toISO({ suppressMilliseconds: true })!,
  };
}

export async function publishCommand(opts: PublishCliOptions): Promise<number> {
  const config = loadConfig(opts, readEnv());
  if (!existsSync(config.dbPath)) throw new ConfigError('database not found; run `xmess ingest` first or give --db', config.dbPath);
  const options = publishOptions(opts, config);
  const templates = loadPublishTemplates(join(TEMPLATES_DIR, 'publish'));
  const ctx = openContext(opts);
  try {
    const practices = selectPublished(exportPractices(ctx.db), practiceTimes(ctx.db), options);
    const out = resolve(opts.out);
    const result = buildCatalogue(practices, options, templates);
    const w = writeCatalogue(out, result.files);
    if (!options.baseUrl) console.error('xmess publish: no --base-url: posts, the feed and the newsletter link to relative paths (give the public address of DIR for full links)');
    console.log(`published ${practices.length} practices (${result.newsletter} in the newsletter): ${result.files.size} files, ${w.written.length} written, ${w.unchanged} unchanged, ${w.removed.length} removed → ${out}`);
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerPublish: Register = (program, wrap) => {
  withCommonOptions(program.command('publish').description('write the catalogue of accepted practices: static pages, open data, Atom feed, newsletter, posts'))
    .requiredOption('--out <dir>', 'folder to write into (created; only files of an earlier publish are ever replaced or removed)')
    .option('--since <date>', 'the newsletter holds the practices published since then (ISO-8601; a date alone = the start of that day)')
    .addOption(new Option('--lang <lang>', "the pages' language (default: the campaign's)").choices([...PUBLISH_LANGS]))
    .option('--base-url <url>', 'public address of the catalogue, for full links in posts, feed and newsletter')
    .option('--with-contacts', "publish the contact person's name, e-mail and phone (off by default)")
    .action(wrap((opts: PublishCliOptions) => publishCommand(opts)));
};

// What every command needs, built once from the flags: config, logger, database, pipeline context.
import { readEnv } from '../config/env.js';
import { loadConfig, type Config, type Flags } from '../config/load.js';
import { TEMPLATES_DIR } from '../config/paths.js';
import { createLogger, type Logger } from '../log.js';
import type { FollowUpSettings, PipelineContext } from '../pipeline/index.js';
import type { SheetRules } from '../pipeline/sheet-commit.js';
import { loadRenderer } from '../config/templates.js';
import type { Council } from '../domain/follow-ups.js';
import { openDocumentReader } from '../stages/parse/attachments/index.js';
import { openDb, type Db } from '../store/db.js';

export interface CommonOptions extends Flags {}

export interface CliContext {
  config: Config;
  log: Logger;
  db: Db;
  pipeline: PipelineContext;
  /** Releases everything the command opened: the database and the document-reader threads. */
  close(): Promise<void>;
}

/** Follow-ups (issue #4): what the notify stage and the sender need from the configuration. */
export function followUpSettings(config: Config, log: Logger): FollowUpSettings {
  return {
    settings: {
      campaign: config.campaign, deadline: config.deadline, advisors: config.advisors,
      municipalities: config.municipalities as Council[], lexicon: config.lexicon,
    },
    renderer: loadRenderer(TEMPLATES_DIR), log, outboxDir: config.outboxDir, smtpUrl: config.smtpUrl,
  };
}

/** Issue 12: who may return a systematisation sheet, and what makes one complete. */
export function sheetRules(config: Config): SheetRules {
  return {
    coordinator: config.campaign.coordinator, advisors: config.advisors.map((a) => a.email),
    municipalities: config.municipalities, required: config.campaign.sheetRequired,
  };
}

export interface OpenContextOptions {
  /** Only `ingest`, `poll` and `serve` may create the database; every other command refuses a missing one. */
  create?: boolean;
  /** The command writes: it says which database it used, on stderr (a wrong folder shows at once). */
  writes?: boolean;
  /** Another logger than the default (ingest's, which summarises repeated warnings). */
  log?: Logger;
  /** Overrides of the configuration (a dry run's temporary database and folders). */
  override?: Partial<Pick<Config, 'dbPath' | 'rawDir' | 'outboxDir' | 'smtpUrl'>>;
  /** No follow-up is planned (ingest --no-follow-ups; and new messages are stored quiet). */
  noFollowUps?: boolean;
}

export function openContext(opts: CommonOptions, how: OpenContextOptions = {}): CliContext {
  const config = { ...loadConfig(opts, readEnv()), ...how.override };
  const log = how.log ?? createLogger(config.logLevel);
  const db = openDb(config.dbPath, { create: how.create === true });
  if (how.writes) process.stderr.write(`xmess: database ${config.dbPath}\n`);
  // Opened here, once per program, and handed to the stages; its threads start on the first document.
  const reader = openDocumentReader();
  const pipeline: PipelineContext = {
    db, rawDir: config.rawDir, municipalities: config.municipalities, lexicon: config.lexicon, deadline: config.deadline, reader,
    ...(how.noFollowUps ? { quiet: true } : { followUps: followUpSettings(config, log) }), sheets: sheetRules(config),
  };
  const close = async (): Promise<void> => {
    // The reader's threads would otherwise keep the process alive until their idle timeout.
    await reader.close();
    db.close();
  };
  return { config, log, db, pipeline, close };
}

// What every command needs, built once from the flags: config, logger, database, pipeline context.
import { readEnv } from '../config/env.js';
import { loadConfig, type Config, type Flags } from '../config/load.js';
import { createLogger, type Logger } from '../log.js';
import type { PipelineContext } from '../pipeline/index.js';
import { openDb, type Db } from '../store/db.js';

export interface CommonOptions extends Flags {}

export interface CliContext {
  config: Config;
  log: Logger;
  db: Db;
  pipeline: PipelineContext;
  close(): void;
}

export function openContext(opts: CommonOptions): CliContext {
  const config = loadConfig(opts, readEnv());
  const log = createLogger(config.logLevel);
  const db = openDb(config.dbPath);
  const pipeline: PipelineContext = { db, rawDir: config.rawDir, municipalities: config.municipalities, lexicon: config.lexicon, deadline: config.deadline };
  return { config, log, db, pipeline, close: () => db.close() };
}

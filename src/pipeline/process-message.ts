// processMessage: the one path every way of processing takes — `xmess ingest`, `reprocess`, `retry
// --inline`, `poll --once` (inline adapter, inline.ts) and serve's analyse workers and committer (queued
// adapter, queued.ts). What differs between them is only where the input comes from and where the
// result goes; those are the two ports below. The rules (round check, lateness, follow-up planning,
// failure recording) live behind the ports, each once (store-sink.ts, store-message.ts).
import { errorMessage } from '../domain/errors.js';
import type { MessageRound } from '../domain/round.js';
import type { RawMessage } from '../domain/types.js';
import type { Analysis } from './analyse.js';

/** What a source hands over for a round: bytes to analyse, an analysis made elsewhere, or why there is nothing. */
export type SourceItem =
  | { raw: RawMessage }
  | { analysis: Analysis }
  /** The round ended failed before reaching here (e.g. its analysis failed on another host). */
  | { failed: string }
  /** Nothing to do: the round is over or was done already. */
  | { skipped: string };

/** Where the bytes come from: the raw archive (inline) or the queue's payload (Redis side keys). */
export interface MessageSource {
  read(round: MessageRound): Promise<SourceItem>;
}

/**
 * Where the result goes: the store (commit in one transaction, or the failure recorded) or, for a
 * worker without the database, the commit queue. `R` is what the sink reports back.
 */
export interface ResultSink<R> {
  commit(round: MessageRound, analysis: Analysis): Promise<R> | R;
  fail(round: MessageRound, reason: string, error: unknown): Promise<R> | R;
}

export interface ProcessPorts<R> {
  source: MessageSource;
  sink: ResultSink<R>;
  /** The stateless stages (parse, classify, read attachments, extract); a source that hands over analyses needs none. */
  analyse?: (raw: RawMessage) => Promise<Analysis>;
  /**
   * The reason an error ends the message with, or a throw to leave the round to a retry (a queue
   * retries transient errors). Without it every error ends the message failed with its own message.
   */
  onError?: (error: unknown) => string;
}

export type Processed<R> =
  | { outcome: 'done'; result: R }
  /** `error` is what ended the round (null when the source reported the failure), for a queue to mark its job. */
  | { outcome: 'failed'; result: R; reason: string; error: unknown }
  | { outcome: 'skipped'; reason: string };

function analyseWith<R>(ports: ProcessPorts<R>, raw: RawMessage): Promise<Analysis> {
  if (!ports.analyse) throw new Error(`${raw.origin}: the source gave raw bytes but this adapter has no analyser`);
  return ports.analyse(raw);
}

/** Reads, analyses and hands the result to the sink; an error ends the round failed unless `onError` throws. */
export async function processMessage<R>(round: MessageRound, ports: ProcessPorts<R>): Promise<Processed<R>> {
  try {
    const item = await ports.source.read(round);
    if ('skipped' in item) return { outcome: 'skipped', reason: item.skipped };
    if ('failed' in item) return { outcome: 'failed', reason: item.failed, error: null, result: await ports.sink.fail(round, item.failed, null) };
    const analysis = 'analysis' in item ? item.analysis : await analyseWith(ports, item.raw);
    return { outcome: 'done', result: await ports.sink.commit(round, analysis) };
  } catch (error) {
    const reason = ports.onError ? ports.onError(error) : errorMessage(error);
    return { outcome: 'failed', reason, error, result: await ports.sink.fail(round, reason, error) };
  }
}

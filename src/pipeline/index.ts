// The pipeline's context and entry points: store a message (store-message.ts), then process it along
// the one path (process-message.ts) through the inline adapter (inline.ts) or the queued one (queued.ts).
import type { AnalysisContext } from './analyse.js';
import type { StoreSinkContext } from './store-sink.js';

export type { FollowUpSettings } from './store-sink.js';
export { storeRaw, type Oversize, type StoreOutcome } from './store-message.js';

export interface PipelineContext extends AnalysisContext, StoreSinkContext {
  rawDir: string;
  /** `ingest --no-follow-ups`: new messages are stored quiet, and nothing is ever planned for them. */
  quiet?: boolean;
}

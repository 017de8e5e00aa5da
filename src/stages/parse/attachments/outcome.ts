// What the readers return and what crosses the worker boundary. A reason never includes the file
// name: index.ts prefixes it once, so every reason names its file the same way.

export type ReadOutcome = { ok: true; text: string; pages?: number } | { ok: false; reason: string };

/** Kinds read inside the worker; plain text is decoded in place (linear, no parser to attack). */
export type WorkerKind = 'pdf' | 'docx' | 'odt' | 'html' | 'message';

export interface DocumentJob {
  kind: WorkerKind;
  /** Owned by the job: its buffer is transferred to the worker. */
  bytes: Uint8Array;
}

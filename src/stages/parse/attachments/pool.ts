// Document readers run in worker threads with a V8 heap limit, a watchdog on the process memory
// and a wall-clock timeout, each of which terminates the worker, so a hostile attachment can
// neither hang nor crash the process (pdf.js spins for minutes on some fuzzed PDFs, filling
// ArrayBuffers that no heap limit counts). A worker is reused until it fails, times out or idles.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentJob, ReadOutcome } from './outcome.js';

export interface ReaderOptions {
  /** The compiled worker entry point (see defaultWorkerUrl). */
  workerUrl: URL;
  /** Per document, from the moment a worker takes it (queue time excluded). */
  timeoutMs: number;
  /** V8 old-generation limit of each worker, in MB. */
  heapMb: number;
  /** V8 young-generation size of each worker, in MB (too small and readers spend their time in scavenges). */
  youngMb: number;
  /** Growth of the process RSS allowed while documents are read, in MB (heap limits miss ArrayBuffers). */
  memoryMb: number;
  /** How often the RSS is sampled while a document is read. */
  memoryCheckMs: number;
  maxWorkers: number;
  /** An idle worker is terminated after this long. */
  idleMs: number;
}

export interface DocumentReader {
  /** Never rejects. The job's bytes are transferred to the worker (unusable afterwards). */
  read(job: DocumentJob): Promise<ReadOutcome>;
  /** Terminate the workers; jobs still queued or running end with a reason. */
  close(): Promise<void>;
}

interface Pending {
  job: DocumentJob;
  resolve: (outcome: ReadOutcome) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  /** When the current job started, and the process RSS just before (worker start-up included). */
  startedAt: number;
  rssAtStart: number;
}

/**
 * The compiled worker. Run from dist/ (the CLI runs `node dist/...`), worker.js sits beside this
 * module. Under jest this module is src/…/pool.ts, transformed in memory by swc, and a Worker
 * cannot run a .ts file (Node 20 has no TypeScript loader and jest's transform does not reach
 * worker threads), so we start the worker `npm run build` wrote to dist/ (tests build first).
 */
export function defaultWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return moduleUrl.endsWith('.ts')
    ? new URL('../../../../dist/src/stages/parse/attachments/worker.js', moduleUrl)
    : new URL('./worker.js', moduleUrl);
}

export function makeDocumentReader(options: ReaderOptions): DocumentReader {
  const slots = new Set<Slot>();
  const idle = new Map<Slot, NodeJS.Timeout>();
  const queue: Pending[] = [];
  const workerPath = fileURLToPath(options.workerUrl);
  let watchdog: NodeJS.Timeout | null = null;
  // Checked until found: a missing build is told at every read, a present one costs nothing after.
  let workerBuilt = false;

  const pump = (): void => {
    while (queue.length > 0) {
      const free = [...slots].find((s) => !s.current);
      if (!free && slots.size >= options.maxWorkers) return;
      // Sampled only when a job can start, and before a worker is spawned, so the growth counted
      // for its first job includes its start-up.
      const rss = process.memoryUsage.rss();
      start(free ?? spawn(), queue.shift()!, rss);
    }
  };

  /** Past the memory allowance, stop the reader that has run longest: a real sheet takes milliseconds. */
  const checkMemory = (): void => {
    const busy = [...slots].filter((s) => s.current);
    if (busy.length === 0) {
      clearInterval(watchdog ?? undefined);
      watchdog = null;
      return;
    }
    const baseline = Math.min(...busy.map((s) => s.rssAtStart));
    if (process.memoryUsage.rss() - baseline <= options.memoryMb * 1024 * 1024) return;
    const oldest = busy.reduce((a, b) => (b.startedAt < a.startedAt ? b : a));
    retire(oldest, `ran out of memory (over ${options.memoryMb} MB while reading)`);
  };

  const spawn = (): Slot => {
    const worker = new Worker(workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: options.youngMb },
      // Library warnings go to stderr: stdout may be carrying `xmess export` JSON.
      stdout: true,
    });
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    // An idle worker must not keep the CLI alive; a running job keeps it alive through its timer.
    worker.unref();
    const slot: Slot = { worker, current: null, timer: null, startedAt: 0, rssAtStart: 0 };
    worker.on('message', (outcome: ReadOutcome) => finish(slot, outcome));
    worker.on('error', (err) => retire(slot, crashReason(err, options.heapMb)));
    worker.on('exit', (code) => retire(slot, `document reader stopped unexpectedly (exit code ${code})`));
    slots.add(slot);
    return slot;
  };

  const start = (slot: Slot, pending: Pending, rss: number): void => {
    clearTimeout(idle.get(slot));
    idle.delete(slot);
    slot.current = pending;
    slot.startedAt = Date.now();
    slot.rssAtStart = rss;
    watchdog ??= setInterval(checkMemory, options.memoryCheckMs).unref();
    slot.timer = setTimeout(() => retire(slot, `timed out after ${Number((options.timeoutMs / 1000).toFixed(1))} s`), options.timeoutMs);
    slot.worker.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]);
  };

  const finish = (slot: Slot, outcome: ReadOutcome): void => {
    const pending = slot.current;
    if (!pending) return;
    clearTimeout(slot.timer ?? undefined);
    slot.current = null;
    pending.resolve(outcome);
    idle.set(slot, setTimeout(() => retire(slot, null), options.idleMs).unref());
    pump();
  };

  /** Terminate a worker once (timeout, crash, idle, close); its job, if any, ends with `reason`. */
  const retire = (slot: Slot, reason: string | null): void => {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.timer ?? undefined);
    clearTimeout(idle.get(slot));
    idle.delete(slot);
    const pending = slot.current;
    slot.current = null;
    void slot.worker.terminate().catch(() => undefined);
    pending?.resolve({ ok: false, reason: reason ?? 'document reader stopped' });
    pump();
  };

  return {
    read(job) {
      workerBuilt ||= existsSync(workerPath);
      if (!workerBuilt) {
        return Promise.resolve({ ok: false, reason: `document reader missing: ${workerPath} (run npm run build)` });
      }
      return new Promise<ReadOutcome>((resolve) => {
        queue.push({ job, resolve });
        try {
          pump();
        } catch (err) {
          queue.splice(0).forEach((p) => p.resolve({ ok: false, reason: crashReason(err, options.heapMb) }));
        }
      });
    },
    async close() {
      queue.splice(0).forEach((p) => p.resolve({ ok: false, reason: 'document reader closed' }));
      const workers = [...slots].map((s) => s.worker);
      [...slots].forEach((s) => retire(s, 'document reader closed'));
      await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
    },
  };
}

function crashReason(err: unknown, heapMb: number): string {
  if ((err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `ran out of memory (worker heap limit ${heapMb} MB)`;
  }
  const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 160) : String(err);
  return `document reader crashed (${detail})`;
}

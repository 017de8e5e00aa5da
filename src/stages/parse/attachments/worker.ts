// Entry point of a parsing worker thread (started by pool.ts, never imported elsewhere): reads one
// document per message and answers with its outcome. Its heap and time are bounded by the pool.
import { parentPort } from 'node:worker_threads';
import type { DocumentJob } from './outcome.js';
import { readDocument } from './readers.js';

const port = parentPort;
if (!port) throw new Error('worker.js is the entry point of a worker thread: start it with new Worker()');

port.on('message', (job: DocumentJob) => {
  void readDocument(job).then((outcome) => port.postMessage(outcome));
});

// Worker-thread entry for `sitrep extract --input … --concurrency N`.
import { parentPort, workerData } from 'node:worker_threads';
import { adoptShared } from '../util/shared.js';
import { processLine } from './process-line.js';

interface Job { seq: number; text: string | null; head: string | null }

const { maxBytes, shared } = workerData as { maxBytes: number; shared: Record<string, SharedArrayBuffer> };
adoptShared(shared);
parentPort?.on('message', (job: Job) => {
  const result = processLine(job.text, job.head, maxBytes);
  parentPort?.postMessage({ seq: job.seq, ...result });
});

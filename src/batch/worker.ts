// Worker-thread entry for `sitrep extract --input … --concurrency N`.
import { parentPort, workerData } from 'node:worker_threads';
import { processLine } from './process-line.js';

interface Job { seq: number; text: string | null; head: string | null }

const { maxBytes } = workerData as { maxBytes: number };
parentPort?.on('message', (job: Job) => {
  const result = processLine(job.text, job.head, maxBytes);
  parentPort?.postMessage({ seq: job.seq, ...result });
});

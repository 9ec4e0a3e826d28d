import { Worker } from 'node:worker_threads';
import { shareAll } from '../util/shared.js';
import { type LineResult, processLine } from './process-line.js';

export interface Job { seq: number; text: string | null; head: string | null }
export type Done = (seq: number, result: LineResult) => void;

/** Runs jobs on N worker threads, or in this thread when N is 1. */
export interface Runner {
  submit(job: Job): void;
  close(): Promise<void>;
}

/** `fail` hears of a worker that died (out of memory, a bug): the batch cannot go on. */
export function createRunner(concurrency: number, maxBytes: number, done: Done, fail: (err: Error) => void): Runner {
  if (concurrency <= 1) {
    return {
      submit: (job) => done(job.seq, processLine(job.text, job.head, maxBytes)),
      close: async () => {},
    };
  }
  const url = new URL('./worker.js', import.meta.url);
  const shared = shareAll();
  const workers = Array.from({ length: concurrency }, () => {
    // a small young generation keeps each worker's heap, and so peak RSS, down (measured:
    // 288 -> 220 MB for two workers) without slowing the short-lived per-document garbage
    const w = new Worker(url, { workerData: { maxBytes, shared }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.on('message', (m: { seq: number } & LineResult) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      done(m.seq, m);
    });
    w.on('error', fail);
    return w;
  });
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  return {
    submit(job) {
      // the least-loaded worker takes the job, so a slow document does not hold up the rest
      let best = workers[0];
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      load.set(best, (load.get(best) ?? 0) + 1);
      best.postMessage(job);
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

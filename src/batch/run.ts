import { createReadStream, createWriteStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { readLines } from './lines.js';
import { createRunner } from './pool.js';
import { Progress } from './progress.js';

export interface BatchOptions {
  input: string; // a path, or "-" for stdin
  output: string; // a path, or "-" for stdout
  concurrency: number;
  maxBytes: number;
  /** show a progress bar (default: when stderr is a terminal) */
  progress?: boolean;
}

export interface BatchSummary { documents: number; failed: number; seconds: number; bytes: number }

/**
 * Streams a JSONL batch through the pipeline: constant memory (a bounded number of lines
 * in flight), output in input order, one error line for each line that cannot be analysed.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const source: Readable = options.input === '-' ? process.stdin : createReadStream(options.input, { highWaterMark: 1 << 20 });
  const sink: Writable = options.output === '-' ? process.stdout : createWriteStream(options.output);
  const totalBytes = options.input === '-' ? null : statSync(options.input).size;
  const progress = (options.progress ?? process.stderr.isTTY) ? new Progress(process.stderr, totalBytes) : null;

  const pending = new Map<number, { json: string; ok: boolean }>();
  let nextToWrite = 0;
  let submitted = 0;
  let documents = 0;
  let failed = 0;
  let bytesRead = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const maxInFlight = Math.max(4, options.concurrency * 8);

  const runner = createRunner(options.concurrency, options.maxBytes, (seq, result) => {
    pending.set(seq, result);
    // write every result that is next in input order
    for (let r = pending.get(nextToWrite); r; r = pending.get(nextToWrite)) {
      pending.delete(nextToWrite++);
      if (r.ok) documents++;
      else failed++;
      sink.write(r.json + '\n');
    }
    progress?.update(documents + failed, failed, bytesRead);
    wake?.();
  }, (err) => {
    fatal = err;
    wake?.();
  });

  const waitFor = async (cond: () => boolean) => {
    while (!cond() && !fatal) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  };

  try {
    for await (const line of readLines(source, options.maxBytes + 1024)) {
      bytesRead += line.bytes;
      if (line.text !== null && !line.text.trim()) continue; // blank lines are not documents
      await waitFor(() => submitted - nextToWrite < maxInFlight);
      if (fatal) break;
      // numbered by submission, so skipped blank lines leave no hole in the output order
      runner.submit({ seq: submitted++, text: line.text, head: line.head });
      if (sink.writableNeedDrain) await once(sink, 'drain');
    }
    await waitFor(() => nextToWrite === submitted);
  } finally {
    await runner.close();
  }
  if (fatal) throw fatal;
  progress?.finish(documents + failed, failed, bytesRead);
  if (sink !== process.stdout) {
    sink.end();
    await once(sink, 'finish');
  }
  return { documents, failed, seconds: (performance.now() - t0) / 1000, bytes: bytesRead };
}

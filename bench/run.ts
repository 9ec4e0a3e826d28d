// npm run bench: speed, memory and start-up of the pipeline against the floor (read,
// tokenise, split) and a peer (compromise), over the BBC corpus and the seed.
// Writes bench/results.json and prints a table. See bench/README.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { prepareInput } from '../src/input.js';
import { runPipeline, STAGES } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { type BenchDoc, loadCorpus } from './corpus.js';

const CLI = join(packageRoot, 'dist', 'src', 'cli.js');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

interface PassResult { seconds: number; articlesPerSec: number; mbPerSec: number; p50ms: number; p99ms: number }

function timed(docs: BenchDoc[], bytes: number, one: (d: BenchDoc) => void): PassResult {
  const lat: number[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const t = performance.now();
    one(d);
    lat.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { seconds, articlesPerSec: docs.length / seconds, mbPerSec: bytes / 1e6 / seconds, p50ms: quantile(lat, 0.5), p99ms: quantile(lat, 0.99) };
}

/** Process start to the first document on stdout, for the CLI on one article. */
function coldStart(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, 'extract', file, '--published', '2022-01-06'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = false;
    child.stdout.on('data', () => {
      if (!seen) {
        seen = true;
        resolve(performance.now() - t0);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? undefined : reject(new Error(`cold start run exited ${code}`))));
  });
}

/** The CLI's batch over the corpus; its --stats line gives rate and peak RSS. */
function batch(input: string, concurrency: number): Promise<{ docsPerSec: number; mbPerSec: number; peakRssMb: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'extract', '--input', input, '--output', join(tmpdir(), `sitrep-bench-${concurrency}.jsonl`), '--concurrency', String(concurrency), '--stats', '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => {
      const m = /([\d.]+) s, ([\d.]+) docs\/s, ([\d.]+) MB\/s, peak RSS (\d+) MB/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`batch exited ${code}: ${err}`));
      resolve({ seconds: Number(m[1]), docsPerSec: Number(m[2]), mbPerSec: Number(m[3]), peakRssMb: Number(m[4]) });
    });
  });
}

async function main() {
  const docs = loadCorpus();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const seedFile = join(tmp, 'seed.txt');
  writeFileSync(seedFile, docs[docs.length - 1].text);
  const jsonl = join(tmp, 'corpus.jsonl');
  // the batch runs the corpus three times over, so that each worker's start-up (model loads,
  // JIT) weighs as little as it does in a day-long run; cold start is measured on its own
  const BATCH_ROUNDS = 3;
  const jsonLines = docs.map((d) => JSON.stringify(d));
  writeFileSync(jsonl, Array.from({ length: BATCH_ROUNDS }, () => jsonLines.join('\n')).join('\n') + '\n');
  const log = (s: string) => process.stderr.write(s + '\n');
  log(`bench: ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);

  // cold start first, before this process has warmed anything
  const colds: number[] = [];
  for (let i = 0; i < 3; i++) colds.push(await coldStart(seedFile));
  colds.sort((a, b) => a - b);
  log(`cold start: ${colds.map((c) => c.toFixed(0)).join(', ')} ms`);

  const inits = docs.map((d) => prepareInput(d));
  const warm = inits.slice(0, 20);
  for (const init of warm) runPipeline(init); // loads every resource once

  const stageMs = new Map<string, number>(STAGES.map(([name]) => [name, 0]));
  const onStage = (name: string, ms: number) => stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
  const byId = new Map(inits.map((init) => [init.id, init]));
  let tokens = 0;
  const pipeline = timed(docs, bytes, (d) => {
    tokens += runPipeline(byId.get(d.id)!, { onStage }).tokens.length;
  });
  log(`pipeline: ${pipeline.articlesPerSec.toFixed(1)} articles/s`);
  const floor = timed(docs, bytes, (d) => runPipeline(byId.get(d.id)!, { until: 'text' }));
  log(`floor: ${floor.articlesPerSec.toFixed(1)} articles/s`);
  nlp(docs[0].text).people(); // compromise warms its lexicon
  const peer = timed(docs, bytes, (d) => {
    const view = nlp(d.text);
    view.people().out('array');
    view.places().out('array');
    view.organizations().out('array');
  });
  log(`peer (compromise): ${peer.articlesPerSec.toFixed(1)} articles/s`);

  const one = await batch(jsonl, 1);
  log(`batch, 1 thread: ${one.docsPerSec} docs/s`);
  const two = await batch(jsonl, 2);
  log(`batch, 2 threads: ${two.docsPerSec} docs/s`);

  const stages = Object.fromEntries([...stageMs].map(([name, ms]) => [name, { msTotal: ms, articlesPerSec: docs.length / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000), tokensPerSec: tokens / (ms / 1000) }]));
  const results = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
    corpus: { articles: docs.length, megabytes: bytes / 1e6, tokens },
    coldStartMs: colds[1],
    pipeline, stages, floor, peer,
    batch: { rounds: BATCH_ROUNDS, oneThread: one, twoThreads: two, scaling: two.docsPerSec / one.docsPerSec },
    peakRssMb: { inProcess: process.resourceUsage().maxRSS / 1024, batchTwoThreads: two.peakRssMb },
    ratios: { sitrepOverFloor: floor.articlesPerSec / pipeline.articlesPerSec, sitrepOverPeer: peer.articlesPerSec / pipeline.articlesPerSec },
  };
  writeFileSync(join(packageRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const row = (name: string, r: PassResult) => `| ${name.padEnd(22)} | ${r.articlesPerSec.toFixed(1).padStart(9)} | ${r.mbPerSec.toFixed(2).padStart(6)} | ${r.p50ms.toFixed(2).padStart(7)} | ${r.p99ms.toFixed(2).padStart(7)} |`;
  const lines = [
    `| pass (1 core, in-process) | articles/s | MB/s | p50 ms | p99 ms |`,
    `|---|---:|---:|---:|---:|`,
    row('sitrep pipeline', pipeline),
    row('floor (read+tokenise)', floor),
    row('peer (compromise)', peer),
    '',
    `| stage | ms total | articles/s | MB/s | tokens/s |`,
    `|---|---:|---:|---:|---:|`,
    ...Object.entries(stages).map(([n, s]) => `| ${n} | ${s.msTotal.toFixed(0)} | ${s.articlesPerSec.toFixed(0)} | ${s.mbPerSec.toFixed(2)} | ${s.tokensPerSec.toFixed(0)} |`),
    '',
    `| measure | value |`,
    `|---|---:|`,
    `| CLI batch ×${BATCH_ROUNDS}, 1 thread (articles/s) | ${one.docsPerSec.toFixed(1)} |`,
    `| CLI batch ×${BATCH_ROUNDS}, 2 threads (articles/s) | ${two.docsPerSec.toFixed(1)} |`,
    `| scaling 2 threads / 1 | ${results.batch.scaling.toFixed(2)}x |`,
    `| cold start, median of 3 (ms) | ${colds[1].toFixed(0)} |`,
    `| peak RSS, batch 2 threads (MB) | ${two.peakRssMb} |`,
    `| peak RSS, this process (MB) | ${results.peakRssMb.inProcess.toFixed(0)} |`,
    `| sitrep ÷ floor (time) | ${results.ratios.sitrepOverFloor.toFixed(1)}x |`,
    `| sitrep ÷ peer (time) | ${results.ratios.sitrepOverPeer.toFixed(2)}x |`,
  ];
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exitCode = 1;
});

// npm run bench: speed, memory and start-up of the pipeline against the floor (read,
// tokenise, split) and a peer (compromise), over the BBC corpus and the seed.
// Writes bench/results.json and prints a table. See bench/README.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

interface BatchRun { docsPerSec: number; mbPerSec: number; peakRssMb: number; seconds: number; afterWarmUp: number; cpu: ThreadCpu | null }

/**
 * CPU seconds of a batch, all threads: in all, once warm, and outside the threads
 * that run the pipeline.
 */
interface ThreadCpu { total: number; msPerArticleAfterWarmUp: number; rest: number }

const USER_HZ = 100; // the unit of /proc's CPU times on Linux

/** Samples every thread's CPU time (utime + stime) from /proc into `seen` until `stop`. */
function watchThreads(pid: number): { seen: Map<number, number>; stop: () => void } {
  const seen = new Map<number, number>();
  const tick = () => {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / USER_HZ);
      } catch {
        // the thread ended between the listing and the read
      }
    }
  };
  const timer = setInterval(tick, 100);
  return { seen, stop: () => clearInterval(timer) };
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/**
 * The CLI's batch over the corpus; its --stats line gives rate and peak RSS. The CPU of its
 * `concurrency` busiest threads (the workers, or the main thread when it runs alone) is told
 * apart from the rest: V8's compiler and GC threads, libuv's, and beside workers the main
 * thread that reads and writes. Linux only (/proc); elsewhere `cpu` is null. The output is
 * counted as it comes, so that the rate after the first `warmUpDocs` documents (when every
 * thread's JIT has seen each kind of article) is told apart from the whole run's.
 */
function batch(input: string, concurrency: number, warmUpDocs: number): Promise<BatchRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, 'extract', '--input', input, '--output', '-', '--concurrency', String(concurrency), '--stats', '--no-progress'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const threads = child.pid && existsSync(`/proc/${child.pid}/task`) ? watchThreads(child.pid) : null;
    let lines = 0;
    let warmAt = 0;
    let lastAt = 0;
    let cpuAtWarm = 0;
    child.stdout.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
      lastAt = performance.now() - t0;
      if (!warmAt && lines >= warmUpDocs) {
        warmAt = lastAt;
        cpuAtWarm = threads ? sum(threads.seen.values()) : 0;
      }
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => {
      threads?.stop();
      const seen = threads?.seen;
      const m = /([\d.]+) s, ([\d.]+) docs\/s, ([\d.]+) MB\/s, peak RSS (\d+) MB/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`batch exited ${code}: ${err}`));
      let cpu: ThreadCpu | null = null;
      if (seen?.size) {
        const byCpu = [...seen].filter(([tid]) => concurrency === 1 || tid !== child.pid).map(([, s]) => s).sort((a, b) => b - a);
        const total = sum(seen.values());
        cpu = { total, msPerArticleAfterWarmUp: (1000 * (total - cpuAtWarm)) / (lines - warmUpDocs), rest: total - sum(byCpu.slice(0, concurrency)) };
      }
      const afterWarmUp = (lines - warmUpDocs) / ((lastAt - warmAt) / 1000);
      resolve({ seconds: Number(m[1]), docsPerSec: Number(m[2]), mbPerSec: Number(m[3]), peakRssMb: Number(m[4]), afterWarmUp, cpu });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const docs = loadCorpus();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const seedFile = join(tmp, 'seed.txt');
  writeFileSync(seedFile, docs[docs.length - 1].text);
  const jsonl = join(tmp, 'corpus.jsonl');
  // the batch runs the corpus three times over; each thread's start-up (model loads, JIT
  // warm-up) still weighs until it has seen the corpus once, so the rate after that is given
  // too; cold start is measured on its own
  const BATCH_ROUNDS = 3;
  const BATCH_PAIRS = 3; // runs of each, taken in turns: timings on a shared machine are noisy
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

  // 1 and 2 threads in turns, so that a change in the machine's load weighs on both alike;
  // the scaling is the median of each pair's ratio
  const runs: { one: BatchRun; two: BatchRun }[] = [];
  for (let i = 0; i < BATCH_PAIRS; i++) {
    // warm once each thread has seen the corpus once: 2 workers see half of each round each
    const one = await batch(jsonl, 1, docs.length);
    const two = await batch(jsonl, 2, 2 * docs.length);
    runs.push({ one, two });
    log(`batch pair ${i + 1}: 1 thread ${one.docsPerSec} docs/s, 2 threads ${two.docsPerSec} docs/s (${(two.docsPerSec / one.docsPerSec).toFixed(2)}x; warm ${(two.afterWarmUp / one.afterWarmUp).toFixed(2)}x)`);
  }
  const summary = (pick: (r: { one: BatchRun; two: BatchRun }) => BatchRun) => {
    const rs = runs.map(pick);
    const cpuRuns = rs.map((r) => r.cpu).filter((c): c is ThreadCpu => c !== null);
    return {
      docsPerSec: median(rs.map((r) => r.docsPerSec)),
      runs: rs.map((r) => r.docsPerSec),
      // once each thread has seen the corpus: its JIT warm-up left out
      afterWarmUp: median(rs.map((r) => r.afterWarmUp)),
      peakRssMb: Math.max(...rs.map((r) => r.peakRssMb)),
      // CPU per article, all threads, and the part outside the threads that run the pipeline
      cpuMsPerArticle: cpuRuns.length ? median(cpuRuns.map((c) => (1000 * c.total) / (BATCH_ROUNDS * docs.length))) : null,
      cpuMsPerArticleAfterWarmUp: cpuRuns.length ? median(cpuRuns.map((c) => c.msPerArticleAfterWarmUp)) : null,
      otherThreadsCpuShare: cpuRuns.length ? median(cpuRuns.map((c) => c.rest / c.total)) : null,
    };
  };
  const one = summary((r) => r.one);
  const two = summary((r) => r.two);
  const ratios = runs.map((r) => r.two.docsPerSec / r.one.docsPerSec);
  const warmRatios = runs.map((r) => r.two.afterWarmUp / r.one.afterWarmUp);

  const stages = Object.fromEntries([...stageMs].map(([name, ms]) => [name, { msTotal: ms, articlesPerSec: docs.length / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000), tokensPerSec: tokens / (ms / 1000) }]));
  const results = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
    corpus: { articles: docs.length, megabytes: bytes / 1e6, tokens },
    coldStartMs: colds[1],
    pipeline, stages, floor, peer,
    batch: { rounds: BATCH_ROUNDS, pairs: BATCH_PAIRS, oneThread: one, twoThreads: two, scaling: median(ratios), scalingRuns: ratios, scalingAfterWarmUp: median(warmRatios), scalingAfterWarmUpRuns: warmRatios },
    peakRssMb: { inProcess: process.resourceUsage().maxRSS / 1024, batchTwoThreads: two.peakRssMb },
    ratios: { sitrepOverFloor: floor.articlesPerSec / pipeline.articlesPerSec, sitrepOverPeer: peer.articlesPerSec / pipeline.articlesPerSec },
  };
  writeFileSync(join(packageRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const spread = (xs: number[], digits = 1) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
  const fixed = (x: number | null, digits: number) => (x === null ? 'n/a' : x.toFixed(digits));
  const percent = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(0)}%`);
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
    `| CLI batch ×${BATCH_ROUNDS}, 1 thread (articles/s, median of ${BATCH_PAIRS}; warm) | ${one.docsPerSec.toFixed(1)} (${spread(one.runs)}); ${one.afterWarmUp.toFixed(1)} |`,
    `| CLI batch ×${BATCH_ROUNDS}, 2 threads (articles/s, median of ${BATCH_PAIRS}; warm) | ${two.docsPerSec.toFixed(1)} (${spread(two.runs)}); ${two.afterWarmUp.toFixed(1)} |`,
    `| scaling 2 threads / 1 (median of pairs) | ${results.batch.scaling.toFixed(2)}x (${spread(ratios, 2)}) |`,
    `| scaling warm (once each thread has seen the corpus) | ${results.batch.scalingAfterWarmUp.toFixed(2)}x (${spread(warmRatios, 2)}) |`,
    `| CPU ms per article, all threads, 1 / 2 threads | ${fixed(one.cpuMsPerArticle, 2)} / ${fixed(two.cpuMsPerArticle, 2)} |`,
    `| the same, warm | ${fixed(one.cpuMsPerArticleAfterWarmUp, 2)} / ${fixed(two.cpuMsPerArticleAfterWarmUp, 2)} |`,
    `| CPU share outside the pipeline threads, 1 / 2 threads | ${percent(one.otherThreadsCpuShare)} / ${percent(two.otherThreadsCpuShare)} |`,
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

// npm run build:clusters: word clusters and capitalisation rates for the entity tagger,
// from the unlabelled newswire in ../shared/data/unlabelled/*.gz. Writes data/ner/words.tsv.
//
// Each frequent word is described by its left and right neighbours (PPMI-weighted counts
// over the most frequent context words), projected to a dense vector with a fixed random
// sign matrix and clustered by spherical k-means; the fine centroids are clustered again
// for a coarse level. Deterministic (seeded). Takes about a minute on one core.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isCapitalized, normalizeWord } from '../src/extract/entities/words.js';
import { tokenize } from '../src/text/tokens.js';
import { dataPath, packageRoot } from '../src/util/paths.js';
import { rng, stopwatchLog } from './lib/run.js';

const VOCAB = 40000; // words that get a cluster
const CONTEXT = 1000; // context words
const DIM = 160; // projected dimensions
const FINE = 600;
const COARSE = 60;
const ITERATIONS = 12;
const MIN_COUNT = 3;

const log = stopwatchLog();

// --- read and tokenise: one array of lower-cased words per paragraph ---------------------
const dir = join(packageRoot, '..', 'shared', 'data', 'unlabelled');
const lines: string[][] = [];
const count = new Map<string, number>();
const capMid = new Map<string, number>(); // capitalised occurrences not at a sentence start
const allMid = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gz')).sort()) {
  const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const toks = tokenize(line, [0]);
    const words: string[] = [];
    let initial = true;
    for (let i = 0; i < toks.length; i++) {
      const w = normalizeWord(toks.surface(i));
      const lower = w.toLowerCase();
      words.push(lower);
      bump(count, lower);
      if (/\p{L}/u.test(w)) {
        if (!initial) {
          bump(allMid, lower);
          if (isCapitalized(w)) bump(capMid, lower);
        }
        initial = false;
      }
      if (/^[.!?:;"']$/.test(w)) initial = true;
    }
    lines.push(words);
  }
}
log(`read ${lines.length} paragraphs, ${count.size} distinct words`);

const byFreq = [...count].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocabIndex = new Map<string, number>();
byFreq.slice(0, VOCAB).forEach(([w], i) => vocabIndex.set(w, i));
const contextIndex = new Map<string, number>();
byFreq.slice(0, CONTEXT).forEach(([w], i) => contextIndex.set(w, i));
const V = vocabIndex.size;

// --- context counts (sparse: key = word * 2C + side * C + context) -------------------------
const pairs = new Map<number, number>();
const BOUNDARY = CONTEXT - 1; // the least frequent context slot stands for the paragraph edge
for (const words of lines) {
  for (let i = 0; i < words.length; i++) {
    const w = vocabIndex.get(words[i]);
    if (w === undefined) continue;
    const left = i > 0 ? contextIndex.get(words[i - 1]) : BOUNDARY;
    const right = i + 1 < words.length ? contextIndex.get(words[i + 1]) : BOUNDARY;
    if (left !== undefined) { const k = w * 2 * CONTEXT + left; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
    if (right !== undefined) { const k = w * 2 * CONTEXT + CONTEXT + right; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
  }
}
log(`${pairs.size} word-context pairs`);

// --- PPMI, then a random sign projection -------------------------------------------------
const rowSum = new Float64Array(V);
const colSum = new Float64Array(2 * CONTEXT);
let total = 0;
for (const [k, c] of pairs) {
  rowSum[Math.floor(k / (2 * CONTEXT))] += c;
  colSum[k % (2 * CONTEXT)] += c;
  total += c;
}
const random = rng(7);
const signs = new Float32Array(2 * CONTEXT * DIM);
for (let i = 0; i < signs.length; i++) signs[i] = random() < 0.5 ? -1 : 1;
const vec = new Float32Array(V * DIM);
for (const [k, c] of pairs) {
  const w = Math.floor(k / (2 * CONTEXT));
  const ctx = k % (2 * CONTEXT);
  const pmi = Math.log((c * total) / (rowSum[w] * Math.pow(colSum[ctx], 0.75) * Math.pow(total, 0.25)));
  if (pmi <= 0) continue;
  for (let d = 0; d < DIM; d++) vec[w * DIM + d] += pmi * signs[ctx * DIM + d];
}
normalizeRows(vec, V);
log('vectors ready');

function normalizeRows(m: Float32Array, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let d = 0; d < DIM; d++) n += m[r * DIM + d] ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < DIM; d++) m[r * DIM + d] /= n;
  }
}

/** Spherical k-means; the first centroids are evenly spaced rows (rows are sorted by frequency). */
function kmeans(points: Float32Array, n: number, k: number, iterations: number): Int32Array {
  const cent = new Float32Array(k * DIM);
  for (let c = 0; c < k; c++) cent.set(points.subarray(Math.floor((c * n) / k) * DIM, Math.floor((c * n) / k) * DIM + DIM), c * DIM);
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let p = 0; p < n; p++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += points[p * DIM + d] * cent[c * DIM + d];
        if (s > best) { best = s; arg = c; }
      }
      assign[p] = arg;
    }
    cent.fill(0);
    for (let p = 0; p < n; p++) for (let d = 0; d < DIM; d++) cent[assign[p] * DIM + d] += points[p * DIM + d];
    normalizeRows(cent, k);
    log(`k-means ${k}: iteration ${it + 1}/${iterations}`);
  }
  return assign;
}

const fine = kmeans(vec, V, FINE, ITERATIONS);
// fine centroids, then cluster them into coarse groups
const fineCent = new Float32Array(FINE * DIM);
for (let p = 0; p < V; p++) for (let d = 0; d < DIM; d++) fineCent[fine[p] * DIM + d] += vec[p * DIM + d];
normalizeRows(fineCent, FINE);
const coarseOfFine = kmeans(fineCent, FINE, COARSE, ITERATIONS);

// --- write ------------------------------------------------------------------------------
const out: string[] = [
  '# Word clusters and capitalisation rates for the entity tagger: lower-cased word, coarse cluster, fine cluster (-1: none),',
  '# mid-sentence capitalisation rate 0-9 (-1: too rare). Built by npm run build:clusters from ../shared/data/unlabelled',
  '# (Reuters-21578, AG News test descriptions, ISOT Reuters 2016-17 sample; research use; see data/ner/SOURCE.md).',
];
for (const [w, c] of byFreq) {
  const v = vocabIndex.get(w);
  const mid = allMid.get(w) ?? 0;
  const cap = mid >= 2 ? Math.round((9 * (capMid.get(w) ?? 0)) / mid) : -1;
  if (v === undefined && cap < 0) continue;
  if (w.includes('\t') || c < MIN_COUNT) continue;
  out.push(`${w}\t${v === undefined ? -1 : coarseOfFine[fine[v]]}\t${v === undefined ? -1 : fine[v]}\t${cap}`);
}
writeFileSync(dataPath('ner', 'words.tsv'), out.join('\n') + '\n');
log(`wrote ${out.length - 3} words to data/ner/words.tsv`);

import type { Features } from './features.js';
import { allowed, NTAGS } from './tags.js';

/** Emission weights (one row of NTAGS per hashed feature) and transition weights. */
export interface Weights {
  emit: Float32Array | Int8Array;
  /** multiplier for `emit` (1 for float weights, the quantisation step for 8-bit ones) */
  scale: number;
  /** (NTAGS + 1) x NTAGS: row NTAGS is the sentence start */
  trans: Float32Array;
}

const NEG = -1e30;

/** Scores of every tag for tokens [from, to) into out[(i - from) * NTAGS + t]. */
export function emissions(w: Weights, f: Features, from: number, to: number, out: Float32Array): void {
  const { emit, scale } = w;
  const { offs, idx } = f;
  for (let i = from; i < to; i++) {
    const o = (i - from) * NTAGS;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = offs[i], end = offs[i + 1]; k < end; k++) {
      const r = idx[k] * NTAGS;
      s0 += emit[r]; s1 += emit[r + 1]; s2 += emit[r + 2]; s3 += emit[r + 3]; s4 += emit[r + 4];
      s5 += emit[r + 5]; s6 += emit[r + 6]; s7 += emit[r + 7]; s8 += emit[r + 8];
    }
    out[o] = s0 * scale; out[o + 1] = s1 * scale; out[o + 2] = s2 * scale; out[o + 3] = s3 * scale; out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale; out[o + 6] = s6 * scale; out[o + 7] = s7 * scale; out[o + 8] = s8 * scale;
  }
}

// allowed(prev, tag) as a table; the last row is the sentence start
const ALLOWED = new Uint8Array((NTAGS + 1) * NTAGS);
for (let p = 0; p <= NTAGS; p++) for (let t = 0; t < NTAGS; t++) ALLOWED[p * NTAGS + t] = allowed(p === NTAGS ? 0 : p, t) ? 1 : 0;
// for each tag, the tags allowed before it, in order (I-X only after B-X or I-X): [from, to) into PREVS
const PREV_FROM = new Int32Array(NTAGS + 1);
const PREVS: number[] = [];
for (let t = 0; t < NTAGS; t++) {
  PREV_FROM[t] = PREVS.length;
  for (let p = 0; p < NTAGS; p++) if (ALLOWED[p * NTAGS + t]) PREVS.push(p);
}
PREV_FROM[NTAGS] = PREVS.length;
const PREV = Int32Array.from(PREVS);
let delta = new Float64Array(256 * NTAGS);
let back = new Uint8Array(256 * NTAGS);

/** Best IOB2-valid tag sequence for n tokens given their emission scores (Viterbi). */
export function viterbi(scores: Float32Array, n: number, trans: Float32Array, out: Uint8Array, at: number): void {
  if (n === 0) return;
  if (delta.length < n * NTAGS) { delta = new Float64Array(n * NTAGS * 2); back = new Uint8Array(n * NTAGS * 2); }
  for (let t = 0; t < NTAGS; t++) delta[t] = ALLOWED[NTAGS * NTAGS + t] ? scores[t] + trans[NTAGS * NTAGS + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      let best = NEG;
      let arg = 0;
      for (let k = PREV_FROM[t], end = PREV_FROM[t + 1]; k < end; k++) {
        const p = PREV[k];
        const v = delta[prevRow + p] + trans[p * NTAGS + t];
        if (v > best) { best = v; arg = p; }
      }
      delta[i * NTAGS + t] = best + scores[i * NTAGS + t];
      back[i * NTAGS + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < NTAGS; t++) if (delta[(n - 1) * NTAGS + t] > best) { best = delta[(n - 1) * NTAGS + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = arg;
    arg = back[i * NTAGS + arg];
  }
}

let scores = new Float32Array(256 * NTAGS);

/** Tags every sentence of a document. */
export function decode(w: Weights, f: Features, sentStarts: number[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (let s = 0; s < sentStarts.length; s++) {
    const b = sentStarts[s];
    const e = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
    if (scores.length < (e - b) * NTAGS) scores = new Float32Array((e - b) * NTAGS * 2);
    emissions(w, f, b, e, scores);
    viterbi(scores, e - b, w.trans, tags, b);
  }
  return tags;
}

/** A structured (Collins) perceptron with averaged weights, trained sentence by sentence. */
export class PerceptronTrainer {
  readonly w: Weights;
  private readonly emitSum: Float32Array;
  private readonly transSum: Float32Array;
  private c = 1;

  constructor(bits: number) {
    this.w = { emit: new Float32Array((1 << bits) * NTAGS), scale: 1, trans: new Float32Array((NTAGS + 1) * NTAGS) };
    this.emitSum = new Float32Array(this.w.emit.length);
    this.transSum = new Float32Array(this.w.trans.length);
  }

  /** One perceptron step on the sentence [b, e) of a document. */
  learn(f: Features, gold: Uint8Array, b: number, e: number, scores: Float32Array, pred: Uint8Array): void {
    emissions(this.w, f, b, e, scores);
    viterbi(scores, e - b, this.w.trans, pred, 0);
    const emit = this.w.emit as Float32Array;
    for (let i = b; i < e; i++) {
      const g = gold[i];
      const p = pred[i - b];
      const gPrev = i === b ? NTAGS : gold[i - 1];
      const pPrev = i === b ? NTAGS : pred[i - b - 1];
      if (g !== p) {
        for (let k = f.offs[i]; k < f.offs[i + 1]; k++) {
          const r = f.idx[k] * NTAGS;
          emit[r + g] += 1; this.emitSum[r + g] += this.c;
          emit[r + p] -= 1; this.emitSum[r + p] -= this.c;
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.w.trans[gPrev * NTAGS + g] += 1; this.transSum[gPrev * NTAGS + g] += this.c;
        this.w.trans[pPrev * NTAGS + p] -= 1; this.transSum[pPrev * NTAGS + p] -= this.c;
      }
    }
    this.c++;
  }

  /** The averaged weights. */
  averaged(): Weights {
    const emit = new Float32Array(this.w.emit.length);
    for (let k = 0; k < emit.length; k++) emit[k] = this.w.emit[k] - this.emitSum[k] / this.c;
    const trans = new Float32Array(this.w.trans.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.w.trans[k] - this.transSum[k] / this.c;
    return { emit, scale: 1, trans };
  }
}

/** 8-bit weights: emissions rounded to a step of max|w| / 127 (transitions stay exact). */
export function quantize(w: Weights): Weights {
  let max = 0;
  for (let k = 0; k < w.emit.length; k++) max = Math.max(max, Math.abs(w.emit[k]));
  const scale = max / 127 || 1;
  const emit = new Int8Array(w.emit.length);
  for (let k = 0; k < emit.length; k++) emit[k] = Math.round(w.emit[k] / scale);
  return { emit, scale, trans: w.trans };
}

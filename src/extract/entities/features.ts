import { mix } from './hash.js';
import type { NameList } from './resources.js';
import { beginTag, insideTag, NTAGS, spansOf, tagType, TYPES } from './tags.js';
import { BOS, EOS, F, NAME_PREFIX, T, Vocab, W, type Resources } from './vocab.js';

export type { Resources } from './vocab.js';

/** A document as the tagger sees it: its words and where each sentence starts. */
export interface TagDoc { words: string[]; sentStarts: number[] }

/** Per-token facts computed once per document, shared by both passes. */
export interface Prepared {
  n: number;
  words: string[];
  vocab: Vocab;
  /** each token's word id in `vocab`, taken at `epoch` */
  ids: Int32Array;
  epoch: number;
  /** first and one-past-last token of each token's sentence */
  sBeg: Int32Array;
  sEnd: Int32Array;
  /** the token opens its sentence (or follows a first token without letters) */
  initial: Uint8Array;
  /** tag (IOB2 over name-list types) from the longest name-list match, 0 when none */
  gaz: Uint8Array;
  headline: Uint8Array;
  /** gazetteer code of the one- or two-word place name at each token (0 none), and its position (1 first, 2 second) */
  place: Uint8Array;
  placePos: Uint8Array;
  /** the lower-cased form also occurs in lower case elsewhere in the document */
  lowerElsewhere: Uint8Array;
  /** for a capitalised token: the first position of the same word in the document, and the next after each (-1 none) */
  firstSame: Int32Array;
  nextSame: Int32Array;
}

export interface Features { offs: Int32Array; idx: Int32Array }

const DOC_NEIGHBOURS = 6;

// one vocabulary per set of resources (training folds differ in their name lists)
const vocabs = new WeakMap<Resources, Vocab>();

function vocabOf(res: Resources): Vocab {
  let v = vocabs.get(res);
  if (!v) vocabs.set(res, (v = new Vocab(res)));
  return v;
}

/** Word ids of the document, taken again if the vocabulary started afresh since. */
function currentIds(p: Prepared): Int32Array {
  if (p.epoch !== p.vocab.epoch) {
    for (let i = 0; i < p.n; i++) p.ids[i] = p.vocab.id(p.words[i]);
    p.epoch = p.vocab.epoch;
  }
  return p.ids;
}

export function prepare(doc: TagDoc, res: Resources): Prepared {
  const vocab = vocabOf(res);
  vocab.trim();
  const n = doc.words.length;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = vocab.id(doc.words[i]);
  const p: Prepared = {
    n, words: doc.words, vocab, ids, epoch: vocab.epoch,
    sBeg: new Int32Array(n), sEnd: new Int32Array(n), initial: new Uint8Array(n),
    gaz: new Uint8Array(n), headline: new Uint8Array(n), place: new Uint8Array(n), placePos: new Uint8Array(n), lowerElsewhere: new Uint8Array(n),
    firstSame: new Int32Array(n).fill(-1), nextSame: new Int32Array(n).fill(-1),
  };
  const d = vocab.data;
  const starts = doc.sentStarts;
  for (let s = 0; s < starts.length; s++) {
    const b = starts[s];
    const e = s + 1 < starts.length ? starts[s + 1] : n;
    let letters = 0;
    let caps = 0;
    for (let i = b; i < e; i++) {
      p.sBeg[i] = b;
      p.sEnd[i] = e;
      const flags = d[ids[i] * W.Stride + W.Flags];
      if (flags & F.Letter) { letters++; if (flags & F.AllCaps) caps++; }
    }
    if (e > b) p.initial[b] = 1;
    if (b + 1 < e && !(d[ids[b] * W.Stride + W.Flags] & F.Letter)) p.initial[b + 1] = 1;
    if (letters > 1 && caps === letters) p.headline.fill(1, b, e);
    markNames(p, res.names, b, e);
  }
  markRepeats(p);
  markPlaces(p);
  return p;
}

// Same-word groups of capitalised tokens, and capitalised words also written in lower case.
function markRepeats(p: Prepared): void {
  const d = p.vocab.data;
  const last = new Map<number, number>();
  const lowerSeen = new Set<number>();
  for (let i = 0; i < p.n; i++) {
    const r = p.ids[i] * W.Stride;
    if (!(d[r + W.Flags] & F.Cap)) { lowerSeen.add(d[r + W.LowerId]); continue; }
    const word = d[r + W.NormId];
    const prev = last.get(word);
    if (prev === undefined) p.firstSame[i] = i;
    else { p.firstSame[i] = p.firstSame[prev]; p.nextSame[prev] = i; }
    last.set(word, i);
  }
  for (let i = 0; i < p.n; i++) {
    const r = p.ids[i] * W.Stride;
    if (d[r + W.Flags] & F.Cap && lowerSeen.has(d[r + W.LowerId])) p.lowerElsewhere[i] = 1;
  }
}

// Gazetteer codes for capitalised words and pairs of them ("Sri Lanka").
function markPlaces(p: Prepared): void {
  const d = p.vocab.data;
  const capitalised = (i: number) => (d[p.ids[i] * W.Stride + W.Flags] & F.Cap) !== 0;
  for (let i = 0; i < p.n; i++) {
    const r = p.ids[i] * W.Stride;
    if ((d[r + W.Flags] & (F.Cap | F.UpperFirst)) !== (F.Cap | F.UpperFirst)) continue;
    if (i + 1 < p.sEnd[i] && capitalised(i + 1)) {
      const pair = p.vocab.pairPlace(p.ids[i], p.ids[i + 1], p.words[i], p.words[i + 1]);
      if (pair) { p.place[i] = p.place[i + 1] = pair; p.placePos[i] = 1; p.placePos[i + 1] = 2; i++; continue; }
    }
    p.place[i] = d[r + W.Place] - 1;
    p.placePos[i] = 1;
  }
}

// Longest match of name-list entries starting at each capitalised token.
function markNames(p: Prepared, list: NameList, b: number, e: number): void {
  const d = p.vocab.data;
  const norms = p.vocab.norms;
  for (let i = b; i < e; i++) {
    const r = p.ids[i] * W.Stride;
    if (!(d[r + W.Flags] & F.Cap)) continue;
    const one = d[r + W.Name];
    let best = one & ~NAME_PREFIX ? 1 : 0;
    let bestType = (one & ~NAME_PREFIX) - 1;
    if (one & NAME_PREFIX) {
      let key = norms[p.ids[i]];
      for (let len = 2; len <= list.maxLength && i + len <= e; len++) {
        key += ' ' + norms[p.ids[i + len - 1]];
        const type = list.names.get(key);
        if (type !== undefined) { best = len; bestType = type; }
        if (!list.prefixes.has(key)) break;
      }
    }
    if (!best) continue;
    p.gaz[i] = beginTag(bestType);
    for (let k = 1; k < best; k++) p.gaz[i + k] = insideTag(bestType);
    i += best - 1;
  }
}

/** Collects hashed feature ids, growing as needed; the tagger keeps two and reuses them. */
export class FeatureBuffer {
  idx = new Int32Array(1 << 14);
  offs = new Int32Array(256);
  len = 0;
  mask = 0;

  start(bits: number, n: number): void {
    this.mask = (1 << bits) - 1;
    this.len = 0;
    if (this.offs.length < n + 1) this.offs = new Int32Array(2 * (n + 1));
  }

  add(h: number): void {
    if (this.len === this.idx.length) this.grow();
    this.idx[this.len++] = h & this.mask;
  }

  grow(): void {
    const bigger = new Int32Array(this.idx.length * 2);
    bigger.set(this.idx);
    this.idx = bigger;
  }

  features(n: number): Features {
    this.offs[n] = this.len;
    return { offs: this.offs.subarray(0, n + 1), idx: this.idx.subarray(0, this.len) };
  }
}

// features over small value sets, hashed once
const table = (size: number, f: (v: number) => number) => Int32Array.from({ length: size }, (_, v) => f(v));
const NONE = 99;
const orNone = (v: number) => (v === 9 ? NONE : v);
const GAZ = table(NTAGS, (v) => mix(T.Gaz, v));
const GAZ_PREV = table(10, (v) => mix(T.GazPrev, orNone(v)));
const GAZ_NEXT = table(10, (v) => mix(T.GazNext, orNone(v)));
const GIVEN = table(6, (v) => mix(mix(T.Given, (v / 3) | 0), v % 3));
const GIVEN_PREV = table(6, (v) => mix(mix(T.GivenPrev, v >> 1), v & 1));
const PLACE = table(8 * 3, (v) => mix(mix(T.Place, (v / 3) | 0), v % 3));
const PLACE_PREV = table(10, (v) => mix(T.PlacePrev, orNone(v)));
const PLACE_NEXT = table(10, (v) => mix(T.PlaceNext, orNone(v)));
const LOWER_ELSEWHERE = table(4, (v) => mix(mix(T.LowerElsewhere, v >> 1), v & 1));
const PREV1_BOS = mix(T.Prev1, BOS);
const NEXT1_EOS = mix(T.Next1, EOS);
const PREV2_BOS = mix(T.Prev2, BOS);
const NEXT2_EOS = mix(T.Next2, EOS);
const PREV_NORM_BOS = mix(T.PrevNorm, BOS);
const SHAPE_PREV_BOS = mix(T.ShapePrevCur, BOS);
const BIGRAM_PREV_BOS = mix(T.BigramPrev, BOS);
const FINE_PREV_NONE = mix(T.FinePrev, -2);
const FINE_NEXT_NONE = mix(T.FineNext, -2);
const DOC_PREV_BOS = mix(T.DocPrev, BOS);
const DOC_NEXT_EOS = mix(T.DocNext, EOS);
const P1_CUR = table(NTAGS, (v) => mix(T.P1Cur, v));
const P1_CUR_LOWER = table(NTAGS, (v) => mix(T.P1CurLower, v));
const P1_PREV = table(NTAGS + 1, (v) => mix(T.P1Prev, v));
const P1_NEXT = table(NTAGS + 1, (v) => mix(T.P1Next, v));
const DOC_TYPE = table(TYPES.length + 1, (v) => mix(T.DocType, v));
const DOC_MAJORITY = table(TYPES.length + 2, (v) => mix(T.DocMajority, v - 1));
const DOC_LAST = table(TYPES.length, (v) => mix(T.DocLast, v));
const DOC_FIRST = table(TYPES.length, (v) => mix(T.DocFirst, v));

/** The first pass's feature ids of every token. */
export function featurize(p: Prepared, bits: number, into = new FeatureBuffer()): Features {
  const ids = currentIds(p);
  const d = p.vocab.data;
  into.start(bits, p.n);
  for (let i = 0; i < p.n; i++) {
    into.offs[i] = into.len;
    tokenFeatures(p, ids, d, i, into);
  }
  return into.features(p.n);
}

function tokenFeatures(p: Prepared, ids: Int32Array, d: Int32Array, i: number, s: FeatureBuffer): void {
  const b = p.sBeg[i];
  const e = p.sEnd[i];
  const w = ids[i] * W.Stride;
  const pw = i > b ? ids[i - 1] * W.Stride : -1;
  const nw = i + 1 < e ? ids[i + 1] * W.Stride : -1;
  const initial = p.initial[i];
  const flags = d[w + W.Flags];
  const cap = flags & F.Cap ? 1 : 0;

  s.add(T.Bias);
  for (let k = w + W.Own, end = k + d[w + W.OwnCount]; k < end; k++) s.add(d[k]);
  s.add(pw >= 0 ? d[pw + W.AsPrev1] : PREV1_BOS);
  s.add(nw >= 0 ? d[nw + W.AsNext1] : NEXT1_EOS);
  s.add(i - 2 >= b ? d[ids[i - 2] * W.Stride + W.AsPrev2] : PREV2_BOS);
  s.add(i + 2 < e ? d[ids[i + 2] * W.Stride + W.AsNext2] : NEXT2_EOS);
  s.add(pw >= 0 ? d[pw + W.AsPrevNorm] : PREV_NORM_BOS);
  s.add(mix(pw >= 0 ? d[pw + W.ShapePrev] : SHAPE_PREV_BOS, d[w + W.HShape]));
  s.add(mix(d[w + W.ShapeNext], nw >= 0 ? d[nw + W.HShape] : EOS));
  s.add(mix(pw >= 0 ? d[pw + W.BigramPrev] : BIGRAM_PREV_BOS, d[w + W.HLower]));
  s.add(mix(d[w + W.BigramNext], nw >= 0 ? d[nw + W.HLower] : EOS));
  s.add(d[w + (initial ? W.Initial1 : W.Initial0)]);
  if (p.headline[i]) s.add(d[w + W.Headline]);
  s.add(pw >= 0 ? d[pw + W.AsFinePrev] : FINE_PREV_NONE);
  s.add(nw >= 0 ? d[nw + W.AsFineNext] : FINE_NEXT_NONE);
  s.add(d[w + (initial ? W.CapRate1 : W.CapRate0)]);
  s.add(GAZ[p.gaz[i]]);
  s.add(GAZ_PREV[pw >= 0 ? p.gaz[i - 1] : 9]);
  s.add(GAZ_NEXT[nw >= 0 ? p.gaz[i + 1] : 9]);
  s.add(GIVEN[(flags & F.Given ? 3 : 0) + (nw >= 0 ? (d[nw + W.Flags] & F.Cap ? 1 : 0) : 2)]);
  s.add(GIVEN_PREV[(pw >= 0 ? (d[pw + W.Flags] & F.Given ? 1 : 0) : 2) * 2 + cap]);
  if (p.place[i]) s.add(PLACE[p.place[i] * 3 + p.placePos[i]]);
  s.add(PLACE_PREV[pw >= 0 ? p.place[i - 1] : 9]);
  s.add(PLACE_NEXT[nw >= 0 ? p.place[i + 1] : 9]);
  if (cap) {
    s.add(LOWER_ELSEWHERE[p.lowerElsewhere[i] * 2 + initial]);
    let used = 0;
    for (let j = p.firstSame[i]; j >= 0; j = p.nextSame[j]) {
      if (j === i) continue;
      s.add(j > p.sBeg[j] ? d[ids[j - 1] * W.Stride + W.AsDocPrev] : DOC_PREV_BOS);
      s.add(j + 1 < p.sEnd[j] ? d[ids[j + 1] * W.Stride + W.AsDocNext] : DOC_NEXT_EOS);
      if (++used === DOC_NEIGHBOURS) break;
    }
  }
}

/**
 * The second pass's feature ids: the first pass's (`base`) plus, from its tags, the tags
 * around the token and the types the first pass gave the same word across the document.
 */
export function featurizeSecond(p: Prepared, bits: number, base: Features, pass1: Uint8Array, into = new FeatureBuffer()): Features {
  const ids = currentIds(p);
  const d = p.vocab.data;
  const docTypes = documentTypes(p, ids, d, pass1);
  into.start(bits, p.n);
  for (let i = 0; i < p.n; i++) {
    into.offs[i] = into.len;
    for (let k = base.offs[i], end = base.offs[i + 1]; k < end; k++) into.add(base.idx[k]);
    secondPassFeatures(p, ids, d, i, pass1, docTypes, into);
  }
  return into.features(p.n);
}

/** For each capitalised word (by id): how often the first pass gave it each type, and its role in longer names. */
interface DocTypes { counts: Map<number, Int32Array>; lastOf: Map<number, number>; firstOf: Map<number, number> }

function documentTypes(p: Prepared, ids: Int32Array, d: Int32Array, pass1: Uint8Array): DocTypes {
  const counts = new Map<number, Int32Array>();
  const lastOf = new Map<number, number>();
  const firstOf = new Map<number, number>();
  const word = (i: number) => d[ids[i] * W.Stride + W.NormId];
  for (let i = 0; i < p.n; i++) {
    if (!(d[ids[i] * W.Stride + W.Flags] & F.Cap)) continue;
    let c = counts.get(word(i));
    if (!c) counts.set(word(i), (c = new Int32Array(TYPES.length + 1)));
    c[tagType(pass1[i]) + 1]++;
  }
  for (const span of spansOf(pass1)) {
    if (span.last === span.first) continue;
    lastOf.set(word(span.last), span.type);
    firstOf.set(word(span.first), span.type);
  }
  return { counts, lastOf, firstOf };
}

function secondPassFeatures(p: Prepared, ids: Int32Array, d: Int32Array, i: number, pass1: Uint8Array, docTypes: DocTypes, s: FeatureBuffer): void {
  const b = p.sBeg[i];
  const e = p.sEnd[i];
  const r = ids[i] * W.Stride;
  s.add(P1_CUR[pass1[i]]);
  s.add(mix(P1_CUR_LOWER[pass1[i]], d[r + W.HLower]));
  s.add(P1_PREV[i > b ? pass1[i - 1] : NTAGS]);
  s.add(P1_NEXT[i + 1 < e ? pass1[i + 1] : NTAGS]);
  if (!(d[r + W.Flags] & F.Cap)) return;
  const word = d[r + W.NormId];
  const c = docTypes.counts.get(word);
  if (c) {
    const own = tagType(pass1[i]) + 1;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < c.length; t++) {
      const k = c[t] - (t === own ? 1 : 0);
      if (k > 0) s.add(DOC_TYPE[t]);
      if (k > bestCount) { best = t; bestCount = k; }
    }
    s.add(DOC_MAJORITY[best + 1]);
  }
  const last = docTypes.lastOf.get(word);
  if (last !== undefined) s.add(DOC_LAST[last]);
  const first = docTypes.firstOf.get(word);
  if (first !== undefined) s.add(DOC_FIRST[first]);
}

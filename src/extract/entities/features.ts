import { hashString, mix } from './hash.js';
import type { NameList, WordTable } from './resources.js';
import { beginTag, insideTag, NTAGS, spansOf, tagType, TYPES } from './tags.js';
import { isAllCaps, isCapitalized, normalizeWord, shapeOf } from './words.js';

/** A document as the tagger sees it: its words and where each sentence starts. */
export interface TagDoc { words: string[]; sentStarts: number[] }

export interface Resources {
  words: WordTable;
  names: NameList;
  given: Set<string>;
  /** what the gazetteer says of a name: a small code (0 when nothing), see placeCode */
  place: (name: string) => number;
}

/** Per-token facts computed once per document, shared by both passes. */
export interface Prepared {
  n: number;
  norm: string[];
  lower: string[];
  hNorm: Uint32Array;
  hLower: Uint32Array;
  hShape: Uint32Array;
  /** first and one-past-last token of each token's sentence */
  sBeg: Int32Array;
  sEnd: Int32Array;
  cap: Uint8Array;
  fine: Int32Array;
  coarse: Int32Array;
  capRate: Int8Array;
  /** tag (IOB2 over name-list types) from the longest name-list match, 0 when none */
  gaz: Uint8Array;
  headline: Uint8Array;
  /** a capitalised known given name */
  given: Uint8Array;
  /** gazetteer code of the one- or two-word place name at each token (0 none), and its position (1 first, 2 second) */
  place: Uint8Array;
  placePos: Uint8Array;
  /** the lower-cased form also occurs in lower case elsewhere in the document */
  lowerElsewhere: Uint8Array;
  /** other positions of the same capitalised word in the document */
  sameWord: Map<string, number[]>;
}

export interface Features { offs: Int32Array; idx: Int32Array }

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const DOC_NEIGHBOURS = 6;

// template ids (any distinct numbers; they only seed the hash)
const enum T {
  Bias = 1, Norm, Lower, Shape, Prefix, Suffix, Prev1, Next1, Prev2, Next2, ShapePrevCur, ShapeCurNext,
  BigramPrev, BigramNext, InitialShape, Fine, Coarse, FinePrev, FineNext, CapRate, Gaz, GazPrev, GazNext,
  HeadlineShape, LowerElsewhere, DocPrev, DocNext, HyphenHead, PrevNorm, Given, GivenPrev, Place, PlacePrev, PlaceNext,
  P1Cur = 100, P1Prev, P1Next, DocType, DocMajority, DocLast, DocFirst, P1CurLower,
}

export function prepare(doc: TagDoc, res: Resources): Prepared {
  const n = doc.words.length;
  const norm = doc.words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  const p: Prepared = {
    n, norm, lower,
    hNorm: Uint32Array.from(norm, (w) => hashString(w)),
    hLower: Uint32Array.from(lower, (w) => hashString(w)),
    hShape: Uint32Array.from(norm, (w) => hashString(shapeOf(w))),
    sBeg: new Int32Array(n), sEnd: new Int32Array(n),
    cap: Uint8Array.from(norm, (w) => (isCapitalized(w) ? 1 : 0)),
    fine: new Int32Array(n).fill(-1), coarse: new Int32Array(n).fill(-1), capRate: new Int8Array(n).fill(-1),
    gaz: new Uint8Array(n), headline: new Uint8Array(n), given: new Uint8Array(n), place: new Uint8Array(n), placePos: new Uint8Array(n), lowerElsewhere: new Uint8Array(n),
    sameWord: new Map(),
  };
  const starts = doc.sentStarts;
  for (let s = 0; s < starts.length; s++) {
    const b = starts[s];
    const e = s + 1 < starts.length ? starts[s + 1] : n;
    let letters = 0;
    let caps = 0;
    for (let i = b; i < e; i++) {
      p.sBeg[i] = b;
      p.sEnd[i] = e;
      if (/\p{L}/u.test(norm[i])) { letters++; if (isAllCaps(norm[i])) caps++; }
    }
    if (letters > 1 && caps === letters) p.headline.fill(1, b, e);
    markNames(p, res.names, b, e);
  }
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const info = res.words.get(lower[i]);
    if (info) { p.fine[i] = info.fine; p.coarse[i] = info.coarse; p.capRate[i] = info.capRate; }
    if (p.cap[i] && res.given.has(lower[i])) p.given[i] = 1;
    if (p.cap[i]) {
      let list = p.sameWord.get(norm[i]);
      if (!list) p.sameWord.set(norm[i], (list = []));
      list.push(i);
    } else lowerSeen.add(lower[i]);
  }
  for (let i = 0; i < n; i++) if (p.cap[i] && lowerSeen.has(lower[i])) p.lowerElsewhere[i] = 1;
  markPlaces(p, doc, res);
  return p;
}

// Gazetteer look-ups for capitalised words and pairs of them ("Sri Lanka"), once per distinct name.
function markPlaces(p: Prepared, doc: TagDoc, res: Resources): void {
  const seen = new Map<string, number>();
  const code = (name: string) => {
    let c = seen.get(name);
    if (c === undefined) seen.set(name, (c = res.place(name)));
    return c;
  };
  for (let i = 0; i < p.n; i++) {
    if (!p.cap[i] || !/^\p{Lu}/u.test(doc.words[i])) continue;
    if (i + 1 < p.sEnd[i] && p.cap[i + 1]) {
      const pair = code(doc.words[i] + ' ' + doc.words[i + 1]);
      if (pair) { p.place[i] = p.place[i + 1] = pair; p.placePos[i] = 1; p.placePos[i + 1] = 2; i++; continue; }
    }
    p.place[i] = code(doc.words[i]);
    p.placePos[i] = 1;
  }
}

// Longest match of name-list entries starting at each capitalised token.
function markNames(p: Prepared, list: NameList, b: number, e: number): void {
  for (let i = b; i < e; i++) {
    if (!p.cap[i]) continue;
    let key = '';
    let best = 0;
    let bestType = -1;
    for (let len = 1; len <= list.maxLength && i + len <= e; len++) {
      key = len === 1 ? p.norm[i] : key + ' ' + p.norm[i + len - 1];
      const type = list.names.get(key);
      if (type !== undefined) { best = len; bestType = type; }
      if (!list.prefixes.has(key)) break;
    }
    if (!best) continue;
    p.gaz[i] = beginTag(bestType);
    for (let k = 1; k < best; k++) p.gaz[i + k] = insideTag(bestType);
    i += best - 1;
  }
}

/** Collects hashed feature ids, growing as needed. */
class Sink {
  idx = new Int32Array(1 << 14);
  len = 0;
  constructor(readonly mask: number) {}
  add(h: number): void {
    if (this.len === this.idx.length) {
      const bigger = new Int32Array(this.idx.length * 2);
      bigger.set(this.idx);
      this.idx = bigger;
    }
    this.idx[this.len++] = h & this.mask;
  }
}

/**
 * The feature ids of every token. Without `pass1` these are the first pass's features;
 * with the first pass's tags they add the second pass's document-level evidence.
 */
export function featurize(p: Prepared, bits: number, pass1: Uint8Array | null = null): Features {
  const sink = new Sink((1 << bits) - 1);
  const offs = new Int32Array(p.n + 1);
  const docTypes = pass1 ? documentTypes(p, pass1) : null;
  for (let i = 0; i < p.n; i++) {
    offs[i] = sink.len;
    tokenFeatures(p, i, sink);
    if (pass1 && docTypes) secondPassFeatures(p, i, pass1, docTypes, sink);
  }
  offs[p.n] = sink.len;
  return { offs, idx: sink.idx.subarray(0, sink.len) };
}

function tokenFeatures(p: Prepared, i: number, s: Sink): void {
  const b = p.sBeg[i];
  const e = p.sEnd[i];
  const lo = p.lower[i];
  const lowerAt = (j: number) => (j < b ? BOS : j >= e ? EOS : p.hLower[j]);
  const shapeAt = (j: number) => (j < b ? BOS : j >= e ? EOS : p.hShape[j]);
  const initial = i === b || (i === b + 1 && !/\p{L}/u.test(p.norm[b])) ? 1 : 0;

  s.add(T.Bias);
  s.add(mix(T.Norm, p.hNorm[i]));
  s.add(mix(T.Lower, p.hLower[i]));
  s.add(mix(T.Shape, p.hShape[i]));
  for (let k = 1; k <= 4 && k <= lo.length; k++) {
    s.add(mix(T.Prefix + 64 * k, hashString(lo, 0, k)));
    s.add(mix(T.Suffix + 64 * k, hashString(lo, lo.length - k)));
  }
  s.add(mix(T.Prev1, lowerAt(i - 1)));
  s.add(mix(T.Next1, lowerAt(i + 1)));
  s.add(mix(T.Prev2, lowerAt(i - 2)));
  s.add(mix(T.Next2, lowerAt(i + 2)));
  s.add(mix(T.PrevNorm, i > b ? p.hNorm[i - 1] : BOS));
  s.add(mix(mix(T.ShapePrevCur, shapeAt(i - 1)), p.hShape[i]));
  s.add(mix(mix(T.ShapeCurNext, p.hShape[i]), shapeAt(i + 1)));
  s.add(mix(mix(T.BigramPrev, lowerAt(i - 1)), p.hLower[i]));
  s.add(mix(mix(T.BigramNext, p.hLower[i]), lowerAt(i + 1)));
  s.add(mix(mix(T.InitialShape, initial), p.hShape[i]));
  if (p.headline[i]) s.add(mix(T.HeadlineShape, p.hShape[i]));
  s.add(mix(T.Fine, p.fine[i]));
  s.add(mix(T.Coarse, p.coarse[i]));
  s.add(mix(T.FinePrev, i > b ? p.fine[i - 1] : -2));
  s.add(mix(T.FineNext, i + 1 < e ? p.fine[i + 1] : -2));
  s.add(mix(mix(T.CapRate, p.capRate[i]), initial));
  s.add(mix(T.Gaz, p.gaz[i]));
  s.add(mix(T.GazPrev, i > b ? p.gaz[i - 1] : 99));
  s.add(mix(T.GazNext, i + 1 < e ? p.gaz[i + 1] : 99));
  s.add(mix(mix(T.Given, p.given[i]), i + 1 < e ? p.cap[i + 1] : 2));
  s.add(mix(mix(T.GivenPrev, i > b ? p.given[i - 1] : 2), p.cap[i]));
  if (p.place[i]) s.add(mix(mix(T.Place, p.place[i]), p.placePos[i]));
  s.add(mix(T.PlacePrev, i > b ? p.place[i - 1] : 99));
  s.add(mix(T.PlaceNext, i + 1 < e ? p.place[i + 1] : 99));
  if (p.cap[i]) {
    s.add(mix(mix(T.LowerElsewhere, p.lowerElsewhere[i]), initial));
    const others = p.sameWord.get(p.norm[i])!;
    let used = 0;
    for (const j of others) {
      if (j === i) continue;
      s.add(mix(T.DocPrev, j > p.sBeg[j] ? p.hLower[j - 1] : BOS));
      s.add(mix(T.DocNext, j + 1 < p.sEnd[j] ? p.hLower[j + 1] : EOS));
      if (++used === DOC_NEIGHBOURS) break;
    }
  }
  const dash = lo.indexOf('-');
  if (dash > 0) s.add(mix(T.HyphenHead, hashString(lo, 0, dash)));
}

/** For each capitalised word: how often the first pass gave it each type, and its role in longer names. */
interface DocTypes { counts: Map<string, Int32Array>; lastOf: Map<string, number>; firstOf: Map<string, number> }

function documentTypes(p: Prepared, pass1: Uint8Array): DocTypes {
  const counts = new Map<string, Int32Array>();
  const lastOf = new Map<string, number>();
  const firstOf = new Map<string, number>();
  for (let i = 0; i < p.n; i++) {
    if (!p.cap[i]) continue;
    let c = counts.get(p.norm[i]);
    if (!c) counts.set(p.norm[i], (c = new Int32Array(TYPES.length + 1)));
    c[tagType(pass1[i]) + 1]++;
  }
  for (const span of spansOf(pass1)) {
    if (span.last === span.first) continue;
    lastOf.set(p.norm[span.last], span.type);
    firstOf.set(p.norm[span.first], span.type);
  }
  return { counts, lastOf, firstOf };
}

function secondPassFeatures(p: Prepared, i: number, pass1: Uint8Array, d: DocTypes, s: Sink): void {
  const b = p.sBeg[i];
  const e = p.sEnd[i];
  s.add(mix(T.P1Cur, pass1[i]));
  s.add(mix(mix(T.P1CurLower, pass1[i]), p.hLower[i]));
  s.add(mix(T.P1Prev, i > b ? pass1[i - 1] : NTAGS));
  s.add(mix(T.P1Next, i + 1 < e ? pass1[i + 1] : NTAGS));
  if (!p.cap[i]) return;
  const c = d.counts.get(p.norm[i]);
  if (c) {
    const own = tagType(pass1[i]) + 1;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < c.length; t++) {
      const k = c[t] - (t === own ? 1 : 0);
      if (k > 0) s.add(mix(T.DocType, t));
      if (k > bestCount) { best = t; bestCount = k; }
    }
    s.add(mix(T.DocMajority, best));
  }
  const last = d.lastOf.get(p.norm[i]);
  if (last !== undefined) s.add(mix(T.DocLast, last));
  const first = d.firstOf.get(p.norm[i]);
  if (first !== undefined) s.add(mix(T.DocFirst, first));
}

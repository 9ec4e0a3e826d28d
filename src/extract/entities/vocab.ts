// What the tagger needs of a word form, computed once per distinct form and kept in one typed
// array: a token then costs a map look-up, not the string building and hashing of its features
// (the tagger's hot path runs over every token of every article).
import { hashString, mix } from './hash.js';
import type { NameList, WordTable } from './resources.js';
import { isAllCaps, isCapitalized, normalizeWord, shapeOf } from './words.js';

export interface Resources {
  words: WordTable;
  names: NameList;
  given: Set<string>;
  /** what the gazetteer says of a name: a small code (0 when nothing), see placeCode */
  place: (name: string) => number;
}

// template ids (any distinct numbers; they only seed the hash)
export const enum T {
  Bias = 1, Norm, Lower, Shape, Prefix, Suffix, Prev1, Next1, Prev2, Next2, ShapePrevCur, ShapeCurNext,
  BigramPrev, BigramNext, InitialShape, Fine, Coarse, FinePrev, FineNext, CapRate, Gaz, GazPrev, GazNext,
  HeadlineShape, LowerElsewhere, DocPrev, DocNext, HyphenHead, PrevNorm, Given, GivenPrev, Place, PlacePrev, PlaceNext,
  P1Cur = 100, P1Prev, P1Next, DocType, DocMajority, DocLast, DocFirst, P1CurLower,
}

export const BOS = hashString('<s>');
export const EOS = hashString('</s>');

/**
 * Fields of a word's row in Vocab.data. Hashes are the features' values; "partial" ones are a
 * template already mixed with this word's part, to be mixed with the other word's.
 */
export const enum W {
  /** id of the word's normalised form (same-word groups) and of its lower-case form */
  NormId, LowerId,
  /** F flags */
  Flags,
  /** type + 1 of the name list's one-word name (0 none), | NAME_PREFIX when longer names start with it */
  Name,
  /** the gazetteer's code + 1 for a capitalised word (0 not asked) */
  Place,
  HShape, HLower,
  // this word's feature as a neighbour of the token
  AsPrev1, AsNext1, AsPrev2, AsNext2, AsPrevNorm, AsFinePrev, AsFineNext, AsDocPrev, AsDocNext,
  // partials: ShapePrevCur and BigramPrev with this word before, ShapeCurNext and BigramNext with it as the token
  ShapePrev, BigramPrev, ShapeNext, BigramNext,
  // the token's own features that also depend on whether it opens the sentence
  Initial0, Initial1, CapRate0, CapRate1, Headline,
  /** count of the features that depend on the word alone, listed from Own */
  OwnCount, Own,
  Stride = Own + 14,
}

export const enum F { Cap = 1, Letter = 2, AllCaps = 4, UpperFirst = 8, Given = 16 }
export const NAME_PREFIX = 8;

/**
 * Word forms kept before the table starts afresh: 30,000 rows fit 32,768 (5 MB) plus the map
 * (about 3 MB); news needs more (the 2,225 BBC articles have 37,000 forms), and starting
 * afresh costs about 0.1 s, once every thousand articles or so.
 */
const LIMIT = 30000;

/** The words met so far and their rows; one per Resources, as the name list may differ (training folds). */
export class Vocab {
  data = new Int32Array(W.Stride * 4096);
  /** normalised form of each id */
  readonly norms: string[] = [];
  /** bumped when the table starts afresh: ids taken before then are stale */
  epoch = 0;
  private readonly ids = new Map<string, number>();
  private readonly pairPlaces = new Map<number, number>();

  constructor(private readonly res: Resources) {}

  /** Starts afresh when the table is full (only between documents: ids stay valid within one). */
  trim(): void {
    if (this.ids.size < LIMIT) return;
    this.ids.clear();
    this.pairPlaces.clear();
    this.norms.length = 0;
    this.epoch++;
  }

  id(word: string): number {
    const known = this.ids.get(word);
    return known === undefined ? this.add(word) : known;
  }

  /** The gazetteer's code for two adjacent capitalised words ("Sri Lanka"). */
  pairPlace(a: number, b: number, wordA: string, wordB: string): number {
    const key = a * 0x200000 + b;
    let code = this.pairPlaces.get(key);
    if (code === undefined) this.pairPlaces.set(key, (code = this.res.place(wordA + ' ' + wordB)));
    return code;
  }

  private add(word: string): number {
    const id = this.norms.length;
    this.ids.set(word, id);
    const norm = normalizeWord(word);
    this.norms.push(norm);
    const lower = norm.toLowerCase();
    const normId = norm === word ? id : this.id(norm);
    const lowerId = lower === word ? id : this.id(lower);
    if ((id + 1) * W.Stride > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    const r = id * W.Stride;
    const cap = isCapitalized(norm);
    const upperFirst = /^\p{Lu}/u.test(word);
    const flags = (cap ? F.Cap : 0) | (/\p{L}/u.test(norm) ? F.Letter : 0) | (isAllCaps(norm) ? F.AllCaps : 0)
      | (upperFirst ? F.UpperFirst : 0) | (cap && this.res.given.has(lower) ? F.Given : 0);
    const nameType = this.res.names.names.get(norm);
    const info = this.res.words.get(lower);
    const fine = info ? info.fine : -1;
    const coarse = info ? info.coarse : -1;
    const capRate = info ? info.capRate : -1;
    const hNorm = hashString(norm);
    const hLower = hashString(lower);
    const hShape = hashString(shapeOf(norm));
    d[r + W.NormId] = normId;
    d[r + W.LowerId] = lowerId;
    d[r + W.Flags] = flags;
    d[r + W.Name] = (nameType === undefined ? 0 : nameType + 1) | (this.res.names.prefixes.has(norm) ? NAME_PREFIX : 0);
    d[r + W.Place] = cap && upperFirst ? this.res.place(word) + 1 : 0;
    d[r + W.HShape] = hShape;
    d[r + W.HLower] = hLower;
    d[r + W.AsPrev1] = mix(T.Prev1, hLower);
    d[r + W.AsNext1] = mix(T.Next1, hLower);
    d[r + W.AsPrev2] = mix(T.Prev2, hLower);
    d[r + W.AsNext2] = mix(T.Next2, hLower);
    d[r + W.AsPrevNorm] = mix(T.PrevNorm, hNorm);
    d[r + W.AsFinePrev] = mix(T.FinePrev, fine);
    d[r + W.AsFineNext] = mix(T.FineNext, fine);
    d[r + W.AsDocPrev] = mix(T.DocPrev, hLower);
    d[r + W.AsDocNext] = mix(T.DocNext, hLower);
    d[r + W.ShapePrev] = mix(T.ShapePrevCur, hShape);
    d[r + W.BigramPrev] = mix(T.BigramPrev, hLower);
    d[r + W.ShapeNext] = mix(T.ShapeCurNext, hShape);
    d[r + W.BigramNext] = mix(T.BigramNext, hLower);
    d[r + W.Initial0] = mix(mix(T.InitialShape, 0), hShape);
    d[r + W.Initial1] = mix(mix(T.InitialShape, 1), hShape);
    d[r + W.CapRate0] = mix(mix(T.CapRate, capRate), 0);
    d[r + W.CapRate1] = mix(mix(T.CapRate, capRate), 1);
    d[r + W.Headline] = mix(T.HeadlineShape, hShape);
    let k = r + W.Own;
    d[k++] = mix(T.Norm, hNorm);
    d[k++] = mix(T.Lower, hLower);
    d[k++] = mix(T.Shape, hShape);
    for (let len = 1; len <= 4 && len <= lower.length; len++) {
      d[k++] = mix(T.Prefix + 64 * len, hashString(lower, 0, len));
      d[k++] = mix(T.Suffix + 64 * len, hashString(lower, lower.length - len));
    }
    d[k++] = mix(T.Fine, fine);
    d[k++] = mix(T.Coarse, coarse);
    const dash = lower.indexOf('-');
    if (dash > 0) d[k++] = mix(T.HyphenHead, hashString(lower, 0, dash));
    d[r + W.OwnCount] = k - r - W.Own;
    return id;
  }
}

/**
 * Tokens as parallel typed arrays (start, end, sentence index): cheap to walk on the hot
 * path, no object per token. Tokenisation follows CoNLL-2003 conventions, which the NER
 * model was trained on: "Iraq's" -> Iraq + 's, "U.S." and "Moscow-led" stay whole,
 * "2,300" and "1.5" are one number.
 */
export class Tokens {
  constructor(
    readonly text: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** index into doc.sentences of the sentence holding each token */
    readonly sentence: Int32Array,
  ) {}

  get length(): number {
    return this.start.length;
  }

  surface(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Index of the first token whose end is after `offset` (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [first, last) token indices of a sentence or any span. */
  range(span: { start: number; end: number }): [number, number] {
    return [this.indexAt(span.start), this.indexAt(span.end)];
  }
}

// Order matters: abbreviations with inner dots, numbers, possessive clitics, words, then any
// other single non-space character. An apostrophe joins a word ("O'Brien", "don't") unless
// it starts a possessive 's, which is a token of its own.
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N.
    String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}])`, // 2,300  1.5  10:30  1990s  21st (not 10yr)
    String.raw`['’][sS](?![\p{L}\p{N}])`, // possessive 's
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{N}]))|[\-&.])[\p{L}\p{M}\p{N}]+)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Splits text into tokens; `sentenceStarts` (ascending) assigns each token its sentence. */
export function tokenize(text: string, sentenceStarts: ArrayLike<number>): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const sents: number[] = [];
  let s = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= m.index) s++;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    sents.push(s);
  }
  return new Tokens(text, Int32Array.from(starts), Int32Array.from(ends), Int32Array.from(sents));
}

// Multi-word phrase lookup over a window of lower-cased tokens. Quote marks between words
// are transparent ("were “eliminated”"), so a matcher reports how many tokens it consumed.

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

export const isQuote = (token: string): boolean => QUOTES.has(token);

export interface PhraseMatch<T> { /** first token index */ from: number; /** index after the last token */ to: number; value: T }

interface Entry<T> { words: string[]; value: T }

/** A set of phrases keyed by their first (or last) word, longest tried first. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const entry = { words, value };
    push(this.byFirst, words[0], entry);
    push(this.byLast, words[words.length - 1], entry);
  }

  /** Every word of every phrase: for building the trigger pre-filter. */
  words(): string[] {
    return [...new Set([...this.byFirst.values()].flat().flatMap((e) => e.words))];
  }

  /** The longest phrase starting at token `i` (quotes inside are skipped), or null. */
  matchAt(words: readonly string[], i: number): PhraseMatch<T> | null {
    const entries = this.byFirst.get(words[i]);
    if (!entries) return null;
    for (const e of entries) {
      let k = i;
      let ok = true;
      for (let w = 0; w < e.words.length; w++) {
        if (w > 0) while (k < words.length && isQuote(words[k])) k++;
        if (words[k] !== e.words[w]) { ok = false; break; }
        k++;
      }
      if (ok) return { from: i, to: k, value: e.value };
    }
    return null;
  }

  /** The longest phrase ending just before token `end` (quotes before `end` are skipped), or null. */
  matchBefore(words: readonly string[], end: number, min = 0): PhraseMatch<T> | null {
    let last = end - 1;
    while (last >= min && isQuote(words[last])) last--;
    if (last < min) return null;
    const entries = this.byLast.get(words[last]);
    if (!entries) return null;
    for (const e of entries) {
      let k = last;
      let ok = true;
      for (let w = e.words.length - 1; w >= 0; w--) {
        if (w < e.words.length - 1) while (k >= min && isQuote(words[k])) k--;
        if (k < min || words[k] !== e.words[w]) { ok = false; break; }
        k--;
      }
      if (ok) return { from: k + 1, to: end, value: e.value };
    }
    return null;
  }

  /** Call once all phrases are added. */
  seal(): this {
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
    return this;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The words a classifier sees: lower-cased words, numbers folded to one symbol, and word
// bigrams. Shared by training (scripts/train-events.ts) and prediction so both agree.

const WORD = /[\p{L}][\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

/** Word and bigram features of a text, each once (binarised counts classify notes better). */
export function textFeatures(text: string, into: Set<string> = new Set()): Set<string> {
  let prev = '<s>';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const word = /^\d/.test(raw) ? '<num>' : raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    into.add(word);
    into.add(`${prev} ${word}`);
    prev = word;
  }
  return into;
}

import type { Doc } from '../../doc/document.js';
import { lazy } from '../../util/lazy.js';
import type { TagDoc } from './features.js';
import { loadModel, tagDocument } from './model.js';
import { loadGivenNames, loadNameList, loadWordTable, placeCode, type NameList, type WordTable } from './resources.js';
import { spansOf, TYPES, type ConllType } from './tags.js';
import { tokenWords } from './words.js';

/** A name the tagger found: tokens [first, last] of doc.tokens and its CoNLL type. */
export interface NameSpan { first: number; last: number; type: ConllType }

/** Word clusters and capitalisation rates from unlabelled news (data/ner/words.tsv). */
export const wordTable = lazy((): WordTable => loadWordTable());
/** Names seen in the training labels (data/ner/names.tsv). */
export const trainingNames = lazy((): NameList => loadNameList());
/** Lower-cased given names (data/ner/given-names.txt). */
export const givenNames = lazy((): Set<string> => loadGivenNames());
const model = lazy(() => loadModel(undefined, { words: wordTable(), names: trainingNames(), given: givenNames(), place: placeCode }));

/** The article's tokens as the tagger's document: one sentence per doc.sentences entry. */
export function tagDocOf(doc: Doc): TagDoc {
  const tokens = doc.tokens;
  const words = tokenWords(doc).slice();
  const sentStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || tokens.sentence[i] !== tokens.sentence[i - 1]) sentStarts.push(i);
  }
  // each clause up to a colon on its own: "Individual Rights Trumped by National Interests: The ..."
  for (let s = 0; s < sentStarts.length; s++) {
    const end = sentStarts[s + 1] ?? words.length;
    let from = sentStarts[s];
    for (let i = from; i <= end; i++) {
      if (i < end && words[i] !== ':') continue;
      lowerTitleCase(words, from, i);
      from = i + 1;
    }
  }
  return { words, sentStarts };
}

/** a word capitalised at most this often mid-sentence (0-9) is an ordinary word */
const ORDINARY = 2;
/** share of the longer words (3+ letters) after the first that Title Case capitalises */
const TITLE_CASE_SHARE = 0.7;
const LETTER_FIRST = /^\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * A headline in Title Case ("Wealthy Voters Abandon Republican Party") capitalises ordinary
 * words, which CoNLL never does: the tagger sees those words in lower case, names as written.
 */
function lowerTitleCase(words: string[], from: number, to: number): void {
  let long = 0;
  let capitalised = 0;
  for (let i = from + 1; i < to; i++) {
    if (words[i].length < 3) continue;
    long++;
    const c = words[i].charCodeAt(0);
    if (c >= 65 && c <= 90) capitalised++;
  }
  if (capitalised < 2 || capitalised < TITLE_CASE_SHARE * long) return;
  // and ordinary words are capitalised, two at least, and twice as many as are not
  const table = wordTable();
  let ordinaryCapitalised = 0;
  let ordinaryLower = 0;
  for (let i = from + 1; i < to; i++) {
    const info = table.get(words[i].toLowerCase());
    if (!info || info.capRate < 0 || info.capRate > ORDINARY || !LETTER_FIRST.test(words[i])) continue;
    if (CAPITALISED.test(words[i])) ordinaryCapitalised++;
    else ordinaryLower++;
  }
  if (ordinaryCapitalised < 2 || ordinaryCapitalised < 2 * ordinaryLower) return;
  for (let i = from; i < to; i++) {
    if (!CAPITALISED.test(words[i])) continue;
    const info = table.get(words[i].toLowerCase());
    if (info && info.capRate >= 0 && info.capRate <= ORDINARY) words[i] = words[i].toLowerCase();
  }
}

/** Runs the two-pass tagger over the whole article. */
export function tagNames(doc: Doc): NameSpan[] {
  const tags = tagDocument(model(), tagDocOf(doc));
  return spansOf(tags).map((s) => ({ first: s.first, last: s.last, type: TYPES[s.type] }));
}

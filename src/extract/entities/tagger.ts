import type { Doc } from '../../doc/document.js';
import { lazy } from '../../util/lazy.js';
import type { TagDoc } from './features.js';
import { loadModel, tagDocument } from './model.js';
import { loadGivenNames, loadNameList, loadWordTable, placeCode, type NameList, type WordTable } from './resources.js';
import { spansOf, TYPES, type ConllType } from './tags.js';

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
  const words: string[] = new Array(tokens.length);
  const sentStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    words[i] = tokens.surface(i);
    if (i === 0 || tokens.sentence[i] !== tokens.sentence[i - 1]) sentStarts.push(i);
  }
  return { words, sentStarts };
}

/** Runs the two-pass tagger over the whole article. */
export function tagNames(doc: Doc): NameSpan[] {
  const tags = tagDocument(model(), tagDocOf(doc));
  return spansOf(tags).map((s) => ({ first: s.first, last: s.last, type: TYPES[s.type] }));
}

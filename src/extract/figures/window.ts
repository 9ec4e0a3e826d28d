// A sentence seen as lower-cased words with their offsets: what the recognisers walk.
import type { Doc } from '../../doc/document.js';
import { lazy } from '../../util/lazy.js';
import { readList } from '../../util/lexicon.js';
import { figureLexicon } from './lexicon.js';

export interface Window {
  doc: Doc;
  /** lower-cased token surfaces */
  words: string[];
  starts: number[];
  ends: number[];
}

export function sentenceWindow(doc: Doc, sentence: number): Window {
  const { tokens } = doc;
  const [a, b] = tokens.range(doc.sentences[sentence]);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = a; i < b; i++) {
    starts.push(tokens.start[i]);
    ends.push(tokens.end[i]);
    words.push(doc.text.slice(tokens.start[i], tokens.end[i]).toLowerCase());
  }
  return { doc, words, starts, ends };
}

/** The text of tokens [from, to), or null when empty. */
export const textOf = (w: Window, from: number, to: number): string | null => (to > from ? w.doc.text.slice(w.starts[from], w.ends[to - 1]) : null);

const WORD = /^\p{L}[\p{L}\p{M}\p{N}'’\-.&]*$/u;
export const isWord = (w: string): boolean => WORD.test(w);

/** Is token i a capitalised word (a name, or a word of one)? */
export const isProper = (w: Window, i: number): boolean => i >= 0 && i < w.words.length && isWord(w.words[i]) && /^\p{Lu}/u.test(w.doc.text.slice(w.starts[i], w.starts[i] + 1));

/** Function words that end a counted group ("5 people in …", "12 who …"). */
export const groupStops = lazy(() => new Set([...readList('figures', 'group-stopwords.txt'), ...figureLexicon().auxiliaries]));

export const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'them', 'whom', 'those', 'these', 'us', 'him', 'her']);

import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

export type CueClass = 'report' | 'declare' | 'request' | 'tell' | 'name' | 'source';

/**
 * What a description's head noun refers to: the latest entity of a type, a group as written,
 * or, for a document, its author.
 */
export type DescriptionKind = 'PERSON' | 'ORG' | 'GROUP' | 'DOCUMENT';

export interface CueLexicon {
  /** lowercased cue (words joined by one space) -> its class */
  classOf: Map<string, CueClass>;
  /** the first words of multiword cues ("according", "called") */
  firstWords: Set<string>;
  /** foldHash of every word a cue can start with: a cheap test before any string is made */
  startHashes: Set<number>;
}

/** FNV-1a hash of text[start, end) with ASCII letters folded to lower case; allocates nothing. */
export function foldHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** The speech cues of data/quotes/cues.tsv. */
export const cueLexicon = lazy((): CueLexicon => {
  const classOf = new Map<string, CueClass>();
  const firstWords = new Set<string>();
  const startHashes = new Set<number>();
  for (const [cls, forms] of readTable('quotes', 'cues.tsv')) {
    for (const form of forms.split(/\s+/)) {
      const words = form.toLowerCase().split('_');
      classOf.set(words.join(' '), cls as CueClass);
      if (words.length > 1) firstWords.add(words[0]);
      startHashes.add(foldHash(words[0], 0, words[0].length));
    }
  }
  return { classOf, firstWords, startHashes };
});

/** The cue that starts at word `i` of `words` (lowercased): [class, how many words] or null. */
export function cueAt(words: (i: number) => string | null, i: number): [CueClass, number] | null {
  const { classOf, firstWords } = cueLexicon();
  const w = words(i);
  if (w === null) return null;
  if (firstWords.has(w)) {
    const next = words(i + 1);
    const two = next === null ? undefined : classOf.get(`${w} ${next}`);
    if (two) return [two, 2];
  }
  const one = classOf.get(w);
  return one ? [one, 1] : null;
}

export interface FunctionWords {
  between: Set<string>;
  inner: Set<string>;
  det: Set<string>;
  relative: Set<string>;
  pronoun: Set<string>;
  stop: Set<string>;
  lynoun: Set<string>;
}

/** Closed-class words for the noun-phrase walker (data/quotes/function-words.tsv). */
export const functionWords = lazy((): FunctionWords => {
  const classes = new Map<string, Set<string>>();
  for (const [cls, words] of readTable('quotes', 'function-words.tsv')) classes.set(cls, new Set(words.split(/\s+/)));
  const get = (cls: string) => classes.get(cls) ?? new Set<string>();
  return { between: get('between'), inner: get('inner'), det: get('det'), relative: get('relative'), pronoun: get('pronoun'), stop: get('stop'), lynoun: get('lynoun') };
});

/** The family of an organisation noun ("carmaker" -> "company"); nouns without one are their own. */
export const descriptionFamily = lazy((): Map<string, string> => new Map(readTable('quotes', 'descriptions.tsv').filter((row) => row[2]).map(([noun, , family]) => [noun.toLowerCase(), family])));

/** Head nouns of definite descriptions and the entity type they refer back to. */
export const descriptionHeads = lazy((): Map<string, DescriptionKind> => new Map(readTable('quotes', 'descriptions.tsv').map(([noun, kind]) => [noun.toLowerCase(), kind as DescriptionKind])));

export type Gender = 'female' | 'male';

/** Titles and nouns that tell a person's gender (data/quotes/gender.tsv). */
export const genderWords = lazy((): Map<string, Gender> => {
  const words = new Map<string, Gender>();
  for (const [gender, list] of readTable('quotes', 'gender.tsv')) for (const w of list.split(/\s+/)) words.set(w, gender as Gender);
  return words;
});

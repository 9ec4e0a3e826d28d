import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

export type CueClass = 'report' | 'declare' | 'tell' | 'name' | 'source';

/** What a description's head noun refers to: the latest entity of a type, or a group as written. */
export type DescriptionKind = 'PERSON' | 'ORG' | 'GROUP';

export interface CueLexicon {
  /** lowercased cue (words joined by one space) -> its class */
  classOf: Map<string, CueClass>;
  /** the first words of multiword cues ("according", "called") */
  firstWords: Set<string>;
}

/** The speech cues of data/quotes/cues.tsv. */
export const cueLexicon = lazy((): CueLexicon => {
  const classOf = new Map<string, CueClass>();
  const firstWords = new Set<string>();
  for (const [cls, forms] of readTable('quotes', 'cues.tsv')) {
    for (const form of forms.split(/\s+/)) {
      const words = form.toLowerCase().split('_');
      classOf.set(words.join(' '), cls as CueClass);
      if (words.length > 1) firstWords.add(words[0]);
    }
  }
  return { classOf, firstWords };
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
}

/** Closed-class words for the noun-phrase walker (data/quotes/function-words.tsv). */
export const functionWords = lazy((): FunctionWords => {
  const classes = new Map<string, Set<string>>();
  for (const [cls, words] of readTable('quotes', 'function-words.tsv')) classes.set(cls, new Set(words.split(/\s+/)));
  const get = (cls: string) => classes.get(cls) ?? new Set<string>();
  return { between: get('between'), inner: get('inner'), det: get('det'), relative: get('relative'), pronoun: get('pronoun'), stop: get('stop') };
});

/** Head nouns of definite descriptions and the entity type they refer back to. */
export const descriptionHeads = lazy((): Map<string, DescriptionKind> => new Map(readTable('quotes', 'descriptions.tsv').map(([noun, kind]) => [noun.toLowerCase(), kind as DescriptionKind])));

import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

export type CueClass = 'report' | 'declare' | 'tell' | 'name' | 'source';

/** What a description's head noun refers to: the latest entity of a type, or a group as written. */
export type DescriptionKind = 'PERSON' | 'ORG' | 'GROUP';

export interface CueLexicon {
  /** finds cue words in text; multiword cues ("according to", "called for") match whole */
  pattern: RegExp;
  /** lowercased cue (words joined by one space) -> its class */
  classOf: Map<string, CueClass>;
}

/** The speech cues of data/quotes/cues.tsv, compiled into one regular expression. */
export const cueLexicon = lazy((): CueLexicon => {
  const classOf = new Map<string, CueClass>();
  for (const [cls, forms] of readTable('quotes', 'cues.tsv')) {
    for (const form of forms.split(/\s+/)) classOf.set(form.replace(/_/g, ' ').toLowerCase(), cls as CueClass);
  }
  // longest first so that "called for" wins over "called"
  const alternatives = [...classOf.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, '\\s+'));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), classOf };
});

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

// The figures layer's word lists (data/figures/*, see SOURCE.md there), loaded once on first use.
import type { FigureCategory } from '../../doc/types.js';
import { lazy } from '../../util/lazy.js';
import { readList, readTable } from '../../util/lexicon.js';
import { NUMBER_WORDS } from '../../util/numbers.js';
import { PhraseIndex } from './phrases.js';

export type Slot = 'after' | 'passive' | 'before' | 'people-before' | 'noun' | 'bare';
export type ModifierRule = 'about' | 'nearly' | 'more' | 'atleast' | 'upto' | 'exact';

/** passive: only behind a form of "be" (or, before the count, only with a group) and only of people; bare: a noun only right after the number */
export interface Predicate { category: FigureCategory; passive: boolean; bare: boolean }
export interface Vague { value: number; standalone: boolean }
/** "left three dead" (complement '*': any casualty word) or "claimed 40 lives" (complement 'lives'). */
export interface Frame { complement: string; category: FigureCategory | '*' }

export interface FigureLexicon {
  after: PhraseIndex<Predicate>;
  before: PhraseIndex<Predicate>;
  nouns: PhraseIndex<Predicate>;
  frames: PhraseIndex<Frame[]>;
  tolls: PhraseIndex<FigureCategory>;
  tollLinks: Set<string>;
  modifiers: PhraseIndex<ModifierRule>;
  vague: PhraseIndex<Vague>;
  auxiliaries: Set<string>;
  notPeople: Set<string>;
  people: Set<string>;
  /** one person: the singulars of the plural person nouns ("policeman", "herder", "child") */
  onePerson: Set<string>;
  /** case-insensitive: a casualty or crowd word somewhere (the cheap pre-filter) */
  trigger: RegExp;
}

const DIR = 'figures';

export const figureLexicon = lazy((): FigureLexicon => {
  const after = new PhraseIndex<Predicate>();
  const before = new PhraseIndex<Predicate>();
  const nouns = new PhraseIndex<Predicate>();
  for (const [phrase, category, slots] of readTable(DIR, 'predicates.tsv')) {
    for (const slot of slots.split(',') as Slot[]) {
      const p: Predicate = { category: category as FigureCategory, passive: slot === 'passive' || slot === 'people-before', bare: slot === 'bare' };
      if (slot === 'after' || slot === 'passive') after.add(phrase, p);
      else if (slot === 'before' || slot === 'people-before') before.add(phrase, p);
      else if (slot === 'noun' || slot === 'bare') nouns.add(phrase, p);
      else throw new Error(`data/figures/predicates.tsv: unknown slot ${slot} for "${phrase}"`);
    }
  }
  const frames = new PhraseIndex<Frame[]>();
  const framesByVerb = new Map<string, Frame[]>();
  for (const [verb, complement, category] of readTable(DIR, 'frames.tsv')) {
    const list = framesByVerb.get(verb) ?? [];
    list.push({ complement, category: category as Frame['category'] });
    framesByVerb.set(verb, list);
  }
  for (const [verb, list] of framesByVerb) frames.add(verb, list);
  const tolls = new PhraseIndex<FigureCategory>();
  for (const [phrase, category] of readTable(DIR, 'tolls.tsv')) tolls.add(phrase, category as FigureCategory);
  const modifiers = new PhraseIndex<ModifierRule>();
  for (const [phrase, rule] of readTable(DIR, 'modifiers.tsv')) modifiers.add(phrase, rule as ModifierRule);
  const vague = new PhraseIndex<Vague>();
  for (const [phrase, value, standalone] of readTable(DIR, 'vague.tsv')) vague.add(phrase, { value: Number(value), standalone: standalone === 'yes' });

  // The pre-filter: any content word of a casualty phrase, or a frame's complement ("lives").
  const triggerWords = new Set([...after.words(), ...before.words(), ...nouns.words(), ...tolls.words()]);
  for (const list of framesByVerb.values()) for (const f of list) if (f.complement !== '*') triggerWords.add(f.complement);
  for (const w of readList(DIR, 'trigger-stopwords.txt')) triggerWords.delete(w);
  const escaped = [...triggerWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const trigger = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  const people = new Set(readList(DIR, 'people.txt'));
  return {
    after: after.seal(),
    before: before.seal(),
    nouns: nouns.seal(),
    frames: frames.seal(),
    tolls: tolls.seal(),
    tollLinks: new Set(readList(DIR, 'toll-links.txt')),
    modifiers: modifiers.seal(),
    vague: vague.seal(),
    auxiliaries: new Set(readList(DIR, 'auxiliaries.txt')),
    notPeople: new Set(readList(DIR, 'not-people.txt')),
    people,
    onePerson: new Set([...people].filter(isPlural).map(singular).filter((w) => !COLLECTIVES.has(w))),
    trigger,
  };
});

const isPlural = (w: string): boolean => /(?:s|men|children|people)$/.test(w) && !w.endsWith('ss');
// "a family", "an other": one group, not one person
const COLLECTIVES = new Set(['family', 'other', 'troop']);

/** The singular of a plural person noun from people.txt: "policemen" -> "policeman", "wives" -> "wife". */
export function singular(plural: string): string {
  if (plural === 'people') return 'person';
  if (plural.endsWith('children')) return `${plural.slice(0, -3)}`;
  if (plural.endsWith('men')) return `${plural.slice(0, -3)}man`;
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (plural.endsWith('ieves')) return `${plural.slice(0, -3)}f`;
  if (plural.endsWith('ives')) return `${plural.slice(0, -3)}fe`;
  return plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

/** Number words as a set, for the quantity recogniser. */
export const numberWords = lazy(() => new Set(NUMBER_WORDS));

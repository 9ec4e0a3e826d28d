import { lazy } from '../../util/lazy.js';
import { readList, readTable } from '../../util/lexicon.js';
import type { EntityType } from '../../doc/types.js';

// The entity stage's word lists (data/ner/, see SOURCE.md there), each loaded on first use.

/**
 * any: the cue types the name even when the tagger read a person or an organisation; after: it also types a name it follows;
 * admin: an administrative division or settlement, which places a person or an organisation it ends or follows.
 */
export interface PlaceCue { type: EntityType; where: 'first' | 'last'; any: boolean; after: boolean; admin: boolean }

export const placeCues = lazy(() => {
  const cues = new Map<string, PlaceCue[]>();
  for (const [word, type, where, flags = ''] of readTable('ner', 'place-cues.tsv')) {
    const list = cues.get(word) ?? [];
    const set = flags.split(',');
    list.push({ type: type as EntityType, where: where as PlaceCue['where'], any: set.includes('any'), after: set.includes('after'), admin: set.includes('admin') });
    cues.set(word, list);
  }
  return cues;
});

/** Division and settlement nouns ("county", "admin" cues) and the place nouns that may follow a name (`after`, not facilities), with their types. */
export const divisionNouns = lazy(() => {
  const admin = new Set<string>();
  const after = new Map<string, EntityType>();
  for (const [word, cues] of placeCues()) {
    for (const c of cues) {
      if (c.where !== 'last') continue;
      if (c.admin) admin.add(word);
      if ((c.admin || c.after) && c.type !== 'FAC' && !after.has(word)) after.set(word, c.type);
    }
  }
  return { admin, after };
});

/** Organisation nouns before a name ("the newspaper X") and after it ("X radio"). */
export const orgCues = lazy(() => {
  const before = new Set<string>();
  const after = new Set<string>();
  for (const [word, where] of readTable('ner', 'org-cues.txt')) {
    if (where !== 'after') before.add(word);
    if (where !== 'before') after.add(word);
  }
  return { before, after };
});
/** Nouns for a place's people ("residents of X", "X residents"). */
export const inhabitants = lazy(() => new Set(readList('ner', 'inhabitants.txt')));
export const continents = lazy(() => new Set(readList('ner', 'continents.txt').map((w) => w.toLowerCase())));
export const groupWords = lazy(() => new Set(readList('ner', 'norp.txt')));
export const compoundSuffixes = lazy(() => new Set(readList('ner', 'compound-suffixes.txt')));
export const stateForms = lazy(() => new Set(readList('ner', 'state-forms.txt')));

export interface Alias { name: string; type: EntityType }
/** Short form -> full name and type ("US" -> "United States", GPE). */
export const aliases = lazy(() => new Map(readTable('ner', 'aliases.tsv').map(([short, name, type]): [string, Alias] => [short, { name, type: type as EntityType }])));
/** Words that are never a name on their own ("DVD", "MPs"). */
export const notNames = lazy(() => new Set(readList('ner', 'not-names.txt')));

export const roles = lazy(() => {
  const kinds = { head: new Set<string>(), modifier: new Set<string>(), honorific: new Set<string>(), organisation: new Set<string>() };
  for (const [word, kind] of readTable('ner', 'roles.tsv')) kinds[kind as keyof typeof kinds].add(word);
  return { heads: kinds.head, modifiers: kinds.modifier, honorifics: kinds.honorific, organisationHeads: kinds.organisation };
});

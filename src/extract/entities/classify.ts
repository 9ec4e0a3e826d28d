import type { EntityType } from '../../doc/types.js';
import { demonymCountry, knownPlace } from '../geo/lookup.js';
import { aliases, continents, groupWords, notNames, placeCues } from './lexicons.js';
import type { ConllType } from './tags.js';

// lower case only: "ex-Yugoslav", "pro-Western"; "Anti-Corruption Foundation" is a name
export const GROUP_PREFIX = /^(?:ex|pro|anti|non|post|pre)-/;

/** A nationality, religious or political group word ("Kenyan", "pro-Western", "Shiites"). */
export function isGroupWord(word: string): boolean {
  const bare = word.replace(GROUP_PREFIX, '');
  if (bare.includes(' ')) return false;
  return groupWords().has(bare.toLowerCase()) || demonymCountry(bare) !== null;
}

/** A country named alone is the country (or its government or team), not an organisation. */
const isCountry = (name: string) => knownPlace(name)?.kind === 'country';

/** GPE, LOC or FAC for a place name: continents, then cue words, then the gazetteer. */
export function placeType(name: string): EntityType {
  if (continents().has(name.toLowerCase())) return 'LOC';
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.length > 1) {
    for (const cue of placeCues().get(words[words.length - 1]) ?? []) if (cue.where === 'last') return cue.type;
    for (const cue of placeCues().get(words[0]) ?? []) if (cue.where === 'first') return cue.type;
  }
  return knownPlace(name)?.type ?? 'GPE';
}

/** The contract type for a name the tagger found, or null for a name outside the contract (events, products...). */
export function contractType(name: string, type: ConllType): EntityType | null {
  if (notNames().has(name)) return null;
  const alias = aliases().get(name);
  if (alias) return alias.type;
  switch (type) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return isGroupWord(name) ? 'NORP' : isCountry(name) ? 'GPE' : 'ORG';
    case 'LOC':
      return isGroupWord(name) && knownPlace(name)?.kind !== 'country' ? 'NORP' : placeType(name);
    case 'MISC':
      return isGroupWord(name) ? 'NORP' : null;
  }
}

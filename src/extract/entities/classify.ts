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

/** The type a cue word gives a name of two words or more: its last word ("Uhuru Park"), else its first ("Place de la Nation"). */
function cueType(name: string, where: 'first' | 'last', onlyAny = false): EntityType | null {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.length < 2) return null;
  const cues = placeCues().get(where === 'last' ? words[words.length - 1] : words[0]) ?? [];
  return cues.find((c) => c.where === where && (c.any || !onlyAny))?.type ?? null;
}

/** A plain facility word that types even a person's or organisation's name ("Salah al-Din Road", "Gare du Nord", "Civil Hospital Quetta"). */
const facilityCue = (name: string) => cueType(name, 'last', true) ?? cueType(name, 'first', true) ?? facilityBeforePlace(name);

/** "Civil Hospital Quetta", "Central Prison Kabul": a facility word followed by the town it stands in. */
function facilityBeforePlace(name: string): EntityType | null {
  const words = name.split(' ');
  for (let k = 1; k < words.length - 1; k++) {
    const cue = placeCues().get(words[k].toLowerCase())?.find((c) => c.any && c.type === 'FAC');
    if (cue && knownPlace(words.slice(k + 1).join(' '))) return 'FAC';
  }
  return null;
}

/** GPE, LOC or FAC for a place name: continents, then its last word, the gazetteer, its first word. */
export function placeType(name: string): EntityType {
  if (continents().has(name.toLowerCase())) return 'LOC';
  return cueType(name, 'last') ?? facilityBeforePlace(name) ?? knownPlace(name)?.type ?? cueType(name, 'first') ?? 'GPE';
}

/** The contract type for a name the tagger found, or null for a name outside the contract (events, products...). */
export function contractType(name: string, type: ConllType): EntityType | null {
  if (notNames().has(name)) return null;
  const alias = aliases().get(name);
  if (alias) return alias.type;
  switch (type) {
    case 'PER':
      return facilityCue(name) ?? 'PERSON';
    case 'ORG':
      return isGroupWord(name) ? 'NORP' : isCountry(name) ? 'GPE' : facilityCue(name) ?? 'ORG';
    case 'LOC':
      return isGroupWord(name) && knownPlace(name)?.kind !== 'country' ? 'NORP' : placeType(name);
    case 'MISC':
      return isGroupWord(name) ? 'NORP' : null;
  }
}

// The gazetteer as other stages may ask it (entities uses it to split CoNLL LOC into GPE,
// LOC and FAC, and to tie demonyms to countries).
import { matchName, type Candidate } from './candidates.js';
import { Kind } from './format.js';
import { gazetteer } from './gazetteer.js';
import { bestByPrior } from './prior.js';

export interface KnownPlace {
  /** GPE for countries, admin regions and populated places; LOC for regions, seas, rivers, mountains */
  type: 'GPE' | 'LOC';
  countryCode: string | null;
  /** what the best reading of the name is */
  kind: 'country' | 'region' | 'city' | 'area';
  /** GeoNames population of a city (0 for other kinds) */
  population: number;
}

/**
 * A populated place this small is not "known" on its name alone: thousands of villages are
 * called after common words. Context (resolvePlaces) still reaches them.
 */
export const KNOWN_CITY_MIN_POPULATION = 5000;
const KNOWN_ALTERNATE_MIN_POPULATION = 1_000_000;

const KINDS = ['city', 'region', 'country', 'area', 'region'] as const;

/** What the gazetteer knows of a name ("Kenya", "Central Asia", "Nairobi"), or null. */
export function knownPlace(name: string): KnownPlace | null {
  const g = gazetteer();
  const { candidates } = matchName(name);
  // alternate names of towns and divisions are too often words ("Love" County, a town once
  // called "Google"); a great city's ("New York", "Bombay") are not
  const known = candidates.filter((c) => {
    const kind = g.kind(c.row);
    if (kind === Kind.Country || kind === Kind.Area) return true;
    if (kind !== Kind.City) return !c.alternate;
    return g.population[c.row] >= (c.alternate ? KNOWN_ALTERNATE_MIN_POPULATION : KNOWN_CITY_MIN_POPULATION);
  });
  const best = bestByPrior(g, known);
  if (!best) return null;
  const kind = g.kind(best.row);
  return {
    type: g.isLoc(best.row) ? 'LOC' : 'GPE',
    countryCode: g.country(best.row) || null,
    kind: KINDS[kind],
    population: kind === Kind.City ? g.population[best.row] : 0,
  };
}

const PLURAL = /(?:s|es)$/;
/** "anti-Russian", "pro-Kremlin", "ex-Soviet": the demonym after the prefix */
const PREFIX = /^(?:anti|pro|ex|non|pan|neo|pre|post)-/;

/** The word as the demonym tables spell it: lowercase, without a prefix or a possessive. */
function demonymWord(word: string): string {
  return word.trim().toLowerCase().replace(/['’]s$/, '').replace(PREFIX, '');
}

/** A table lookup that also tries the singular ("Kenyans", "Britishes" never mind). */
function withPlural<T>(w: string, find: (w: string) => T | null): T | null {
  return find(w) ?? (PLURAL.test(w) ? find(w.replace(/s$/, '')) ?? find(w.replace(/es$/, '')) : null);
}

/**
 * The place a demonym names: its country ("Kenyan"), or the region or division of a regional
 * adjective ("European", "Scottish", "Texan"). Empty when the word is none.
 */
export function demonymPlaces(word: string): Candidate[] {
  const g = gazetteer();
  const w = demonymWord(word);
  const country = withPlural(w, (x) => g.demonym(x));
  const countryRow = country ? g.countryRow(country) : undefined;
  if (countryRow !== undefined) return [{ row: countryRow, alternate: false }];
  const region = withPlural(w, (x) => g.regionDemonym(x));
  if (!region) return [];
  const best = bestByPrior(g, matchName(region).candidates.filter((c) => g.kind(c.row) !== Kind.City));
  return best ? [best] : [];
}

/** The ISO country code a demonym or nationality adjective belongs to ("Kenyan" -> KE, "Scottish" -> GB), or null. */
export function demonymCountry(word: string): string | null {
  const g = gazetteer();
  const [place] = demonymPlaces(word);
  return place ? g.country(place.row) || null : null;
}

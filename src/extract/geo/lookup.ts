// The gazetteer as other stages may ask it (entities uses it to split CoNLL LOC into GPE,
// LOC and FAC, and to tie demonyms to countries).
import { matchName } from './candidates.js';
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

/** The ISO country code a demonym or nationality adjective belongs to ("Kenyan" -> KE), or null. */
export function demonymCountry(word: string): string | null {
  const g = gazetteer();
  const w = word.trim().toLowerCase().replace(/['’]s$/, '').replace(PREFIX, '');
  return g.demonym(w) ?? (PLURAL.test(w) ? g.demonym(w.replace(/s$/, '')) ?? g.demonym(w.replace(/es$/, '')) : null);
}

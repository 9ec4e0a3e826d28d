// How likely a row is before any context: countries and named regions first, then
// population (log scale). These are the base scores the context rules in score.ts add to.
import { Kind } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import type { Candidate } from './candidates.js';

/** Countries outrank same-named villages and divisions: "Mexico" is also the name of towns in several US states. */
const COUNTRY_PRIOR = 9;
/** Continents, seas, named regions ("Sahel", "Central Asia"). */
const AREA_PRIOR = 8.5;
/** A division scores by the population of its places, a little below a city of that size. */
const ADMIN1_PENALTY = 0.5;
/** A second-order division (county, district) still lower: its bare name is usually its town. */
const ADMIN2_PENALTY = 1.5;
const CAPITAL_BONUS = 1;
const ADMIN_SEAT_BONUS = 0.3;
/** A name a row carries only as an alternate (often a translation or an old name) counts less. */
const ALTERNATE_PENALTY = 1.5;

export function priorScore(g: Gazetteer, c: Candidate): number {
  const row = c.row;
  const alternate = c.alternate ? ALTERNATE_PENALTY : 0;
  switch (g.kind(row)) {
    case Kind.Country: return COUNTRY_PRIOR - alternate;
    case Kind.Area: return AREA_PRIOR - alternate;
    case Kind.Admin1: return Math.log10(g.population[row] + 1) - ADMIN1_PENALTY - alternate;
    case Kind.Admin2: return Math.log10(g.population[row] + 1) - ADMIN2_PENALTY - alternate;
    default:
      return Math.log10(g.population[row] + 1)
        + (g.isCapital(row) ? CAPITAL_BONUS : 0) + (g.isAdminSeat(row) ? ADMIN_SEAT_BONUS : 0) - alternate;
  }
}

/**
 * A city named like the division it lies in is what the bare name means ("New York",
 * "Kano", "Aleppo"); the division needs a cue ("New York State", "the province of ...").
 */
const NAMESAKE_CITY_BONUS = 2;

/** Prior scores of a name's candidates, with the namesake rule applied. */
export function priorScores(g: Gazetteer, candidates: Candidate[]): Float64Array {
  const scores = Float64Array.from(candidates, (c) => priorScore(g, c));
  const divisions = new Set<number>();
  for (const c of candidates) if (g.kind(c.row) === Kind.Admin1) divisions.add(g.admin1(c.row));
  if (divisions.size) {
    candidates.forEach((c, i) => {
      if (g.kind(c.row) === Kind.City && divisions.has(g.admin1(c.row))) scores[i] += NAMESAKE_CITY_BONUS;
    });
  }
  return scores;
}

/** The candidate with the best prior, or null. */
export function bestByPrior(g: Gazetteer, candidates: Candidate[]): Candidate | null {
  const scores = priorScores(g, candidates);
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (best < 0 || scores[i] > scores[best]) best = i;
  return best < 0 ? null : candidates[best];
}

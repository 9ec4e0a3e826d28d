// Coherence: the places of a text lie together. When the places the text surely means (countries,
// divisions, large towns) lie in one country, a small town abroad that merely shares a name ("Pangani (Starehe, Nairobi)"
// is not the Tanzanian town; "Raya area of Balambala sub-county, Garissa county" is not in
// India) is most likely a hamlet of that country that cities500 lacks: it takes a candidate in
// that country when it has one, else it is treated as unknown (it inherits the main place).
import type { QueryState } from './context.js';
import { haversineKm } from '../../util/distance.js';
import { isDivision } from './context.js';
import { Kind } from './format.js';
import type { Gazetteer } from './gazetteer.js';

/** A town this large is named for itself even abroad ("Lagos" in a story about Texas). */
const OUTLIER_MAX_POPULATION = 100_000;
/** Share of the anchor mentions that must lie in the one country. */
const DOMINANT_SHARE = 0.8;
/** A candidate this near another place of the text is a neighbour across a border, not an outlier. */
const NEIGHBOUR_KM = 300;

/**
 * A division or a large town: a place the text surely means, to judge the others by. Not a
 * country: a town near its border is named with it ("Garissa ... Somalia").
 */
function isAnchor(g: Gazetteer, row: number): boolean {
  const kind = g.kind(row);
  return isDivision(kind) || (kind === Kind.City && (g.isCapital(row) || g.population[row] >= OUTLIER_MAX_POPULATION));
}

/** The country holding (almost) all anchor mentions, or '' when none does. */
function dominantCountry(g: Gazetteer, states: QueryState[], chosen: number[]): string {
  const weights = new Map<string, number>();
  let total = 0;
  states.forEach((s, i) => {
    if (chosen[i] < 0 || s.embedded || s.query.demonym || !isAnchor(g, s.candidates[chosen[i]].row)) return;
    const code = g.country(s.candidates[chosen[i]].row);
    if (!code) return;
    weights.set(code, (weights.get(code) ?? 0) + s.weight);
    total += s.weight;
  });
  for (const [code, w] of weights) if (w >= DOMINANT_SHARE * total) return code;
  return '';
}

function isOutlier(g: Gazetteer, s: QueryState, row: number, country: string, others: number[], named: Set<string>): boolean {
  if (g.kind(row) !== Kind.City || isAnchor(g, row) || g.country(row) === country || named.has(g.country(row))) return false;
  return others.every((o) => haversineKm(g.lat[row], g.lon[row], g.lat[o], g.lon[o]) > NEIGHBOUR_KM);
}

/**
 * Re-reads each chosen small town against the text's dominant country: returns the new choice
 * (a candidate in that country, or -1 for "unknown") per query; the others are unchanged.
 */
export function coherentChoices(g: Gazetteer, states: QueryState[], chosen: number[]): number[] {
  const country = dominantCountry(g, states, chosen);
  if (!country) return chosen;
  // countries the text names itself, by a division, a large town or a qualifier ("Kisumu,
  // Kenya"); small towns do not count, they may be the outliers, nor demonyms ("one American
  // was among the dead" of an attack in Nairobi)
  const named = new Set<string>();
  states.forEach((s, i) => {
    const row = chosen[i] >= 0 && !s.query.demonym ? s.candidates[chosen[i]].row : -1;
    if (row >= 0 && g.country(row) && (g.kind(row) !== Kind.City || isAnchor(g, row))) named.add(g.country(row));
    for (const code of s.cues.countries) named.add(code);
  });
  return chosen.map((c, i) => {
    const s = states[i];
    if (c < 0 || s.embedded || s.query.demonym) return c;
    const others = states.flatMap((o, j) => (j !== i && chosen[j] >= 0 && !o.embedded && g.kind(o.candidates[chosen[j]].row) !== Kind.Country ? [o.candidates[chosen[j]].row] : []));
    if (!isOutlier(g, s, s.candidates[c].row, country, others, named)) return c;
    let best = -1;
    s.candidates.forEach((cand, k) => {
      if (g.country(cand.row) === country && (best < 0 || s.prior[k] > s.prior[best])) best = k;
    });
    return best;
  });
}

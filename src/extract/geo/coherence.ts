// Coherence: the places of a text lie together. When the places the text surely means (countries,
// divisions, large towns) lie in one country, a small town abroad that merely shares a name ("Pangani (Starehe, Nairobi)"
// is not the Tanzanian town; "Raya area of Balambala sub-county, Garissa county" is not in
// India) is most likely a hamlet of that country that cities500 lacks: it takes a candidate in
// that country when it has one, else it is treated as unknown (it inherits the main place).
// Inside that country, a village far from all the other places, in a division the text never
// names, is read the same way against those places.
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

/** A town named like the division it lies in ("Lamu", "Mandera", "Kandahar"): the name says the division too. */
function namesItsDivision(g: Gazetteer, s: QueryState, row: number): boolean {
  return g.kind(row) === Kind.City && s.candidates.some((c) => g.kind(c.row) === Kind.Admin1 && g.admin1(c.row) === g.admin1(row));
}

/** The country holding (almost) all anchor mentions, or '' when none does. */
function dominantCountry(g: Gazetteer, states: QueryState[], chosen: number[]): string {
  const weights = new Map<string, number>();
  let total = 0;
  states.forEach((s, i) => {
    const row = chosen[i] >= 0 ? s.candidates[chosen[i]].row : -1;
    if (row < 0 || s.embedded || s.query.demonym || !(isAnchor(g, row) || namesItsDivision(g, s, row))) return;
    const code = g.country(s.candidates[chosen[i]].row);
    if (!code) return;
    weights.set(code, (weights.get(code) ?? 0) + s.weight);
    total += s.weight;
  });
  for (const [code, w] of weights) if (w >= DOMINANT_SHARE * total) return code;
  return '';
}

/** Some other place lies within NEIGHBOUR_KM of the row. */
function near(g: Gazetteer, row: number, others: number[]): boolean {
  return others.some((o) => haversineKm(g.lat[row], g.lon[row], g.lat[o], g.lon[o]) <= NEIGHBOUR_KM);
}

function isOutlier(g: Gazetteer, s: QueryState, row: number, country: string, others: number[], named: Set<string>): boolean {
  if (g.kind(row) !== Kind.City || isAnchor(g, row) || g.country(row) === country || named.has(g.country(row))) return false;
  return !near(g, row, others);
}

/** Enough other places to say that a town lies far from all of them. */
const MIN_NEIGHBOURS = 2;
/** A local outlier is a village: a town of this size is named for itself ("Miami Beach" in a Californian story). */
const LOCAL_OUTLIER_MAX_POPULATION = 20_000;
const PLACE_KINDS: readonly Kind[] = [Kind.City, Kind.Admin1, Kind.Admin2];

/**
 * Inside the text's country, a village far from every other place the text names there, in a
 * division the text does not name ("Stonewall" among the towns of northern Virginia is not the
 * Louisiana village), is one the gazetteer lacks: its candidate near the others, else unknown
 * (it borrows the main place).
 */
function localChoices(g: Gazetteer, states: QueryState[], chosen: number[], country: string): number[] {
  const named = new Set<number>();
  states.forEach((s, i) => {
    for (const a of s.cues.admin1) named.add(a);
    if (chosen[i] >= 0 && isDivision(g.kind(s.candidates[chosen[i]].row))) named.add(g.admin1(s.candidates[chosen[i]].row));
  });
  return chosen.map((c, i) => {
    const s = states[i];
    if (c < 0 || s.embedded || s.query.demonym) return c;
    const row = s.candidates[c].row;
    if (g.kind(row) !== Kind.City || g.country(row) !== country || g.population[row] >= LOCAL_OUTLIER_MAX_POPULATION
      || g.isCapital(row) || named.has(g.admin1(row))) return c;
    const others = states.flatMap((o, j) => {
      const other = j !== i && chosen[j] >= 0 && !o.embedded && !o.query.demonym ? o.candidates[chosen[j]].row : -1;
      return other >= 0 && g.country(other) === country && PLACE_KINDS.includes(g.kind(other)) ? [other] : [];
    });
    if (others.length < MIN_NEIGHBOURS || near(g, row, others)) return c;
    let best = -1;
    s.candidates.forEach((cand, k) => { if (g.country(cand.row) === country && near(g, cand.row, others) && (best < 0 || s.prior[k] > s.prior[best])) best = k; });
    return best;
  });
}

/**
 * Re-reads each chosen small town against the text's dominant country: returns the new choice
 * (a candidate in that country, or -1 for "unknown") per query; the others are unchanged.
 */
export function coherentChoices(g: Gazetteer, states: QueryState[], chosen: number[]): number[] {
  const country = dominantCountry(g, states, chosen);
  if (!country) return chosen;
  chosen = localChoices(g, states, chosen, country);
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

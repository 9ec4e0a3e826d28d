// Toponym resolution in context. Each place name gets its candidates from the gazetteer, a
// prior (prior.ts), and bonuses from its own mentions' cues (cues.ts) and from the other
// places of the document: the focus country, divisions named elsewhere, nearby places.
// Two passes: the first reads each name alone, the second lets the first's answers vote.
import type { Geo, Span } from '../../doc/types.js';
import { embeddedPlace, matchName, type Candidate, type NameMatch } from './candidates.js';
import { mentionCues, type MentionCues } from './cues.js';
import { Kind } from './format.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { demonymCountry } from './lookup.js';
import { priorScores } from './prior.js';

/** A place name of the document and where it is written (one entity, or one gold name). */
export interface PlaceQuery {
  name: string;
  spans: Span[];
  /** a nationality adjective (NORP): only its country is meant */
  demonym?: boolean;
  /** a building, airport, road (FAC): a small town of the same name is not meant */
  facility?: boolean;
}

/** "Kisumu, Kenya": the qualifier names the candidate's country. */
const QUALIFIER_COUNTRY_BONUS = 4;
/** "Paris, Texas": the qualifier names the candidate's division. */
const QUALIFIER_ADMIN1_BONUS = 3;
/** "Borno state", "the province of Mangystau": a division is meant. */
const ADMIN_CUE_BONUS = 4;
/** The focus country (share of the other place mentions in it) pulls ambiguous names: Georgia, Tripoli. */
const FOCUS_BONUS = 2.5;
/** A division named elsewhere in the text holds the candidate ("Texas" ... "Paris"). */
const MENTIONED_DIVISION_BONUS = 2;
/**
 * A town of the text lies in the candidate's division: the division holds it ("Seattle" ...
 * "Washington"), or the candidate town is its neighbour (local news names towns of one state).
 */
const SHARES_DIVISION_BONUS = 2;
/** Another place of the text lies near the candidate (local news names neighbouring towns). */
const NEAR_BONUS = 1.5;
const NEAR_KM = 100;
const FAR_NEAR_BONUS = 0.75;
const FAR_NEAR_KM = 400;

/** What one pass learnt from every place, for the next to read. */
interface DocContext {
  /** mentions of places in each country */
  countryWeight: Map<string, number>;
  totalWeight: number;
  /** divisions that are themselves named: division index -> query index naming it */
  divisions: Map<number, Set<number>>;
  /** rows chosen for other queries, with their query index (cities and divisions only) */
  points: { query: number; row: number }[];
  /** divisions that hold a town the text names: division index -> query indices */
  townDivisions: Map<number, Set<number>>;
}

interface QueryState {
  query: PlaceQuery;
  candidates: Candidate[];
  prior: Float64Array;
  cues: MentionCues;
  weight: number;
  chosen: number; // index into candidates, -1 when none
  /** the gazetteer knows no row for it: it may only borrow a neighbour's place */
  inherited?: boolean;
  /** its candidates are those of a place named inside it: their point, not their GeoNames id */
  embedded: boolean;
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The place a demonym means: its country ("Kenyan"), or its region ("European"). */
function demonymCandidates(g: Gazetteer, name: string): Candidate[] {
  const country = demonymCountry(name);
  const countryRow = country ? g.countryRow(country) : undefined;
  if (countryRow !== undefined) return [{ row: countryRow, alternate: false }];
  const region = g.regionDemonym(name.trim().toLowerCase());
  return region ? matchName(region).candidates.filter((c) => g.kind(c.row) === Kind.Area) : [];
}

/**
 * The candidates of a query: a demonym means its country or region, any other name its
 * gazetteer rows, else (embedded) the well-known place inside it ("University of California").
 */
function candidatesOf(g: Gazetteer, q: PlaceQuery): NameMatch & { embedded: boolean } {
  if (q.demonym) return { candidates: demonymCandidates(g, q.name), adminCue: false, embedded: false };
  const match = matchName(q.name);
  const demonym = demonymCandidates(g, q.name);
  // "Arab" is a town in Alabama, "Indian" one in Alaska: a demonym outranks small towns
  if (demonym.length && !match.candidates.some((c) => outranksDemonym(g, c))) return { candidates: demonym, adminCue: false, embedded: false };
  if (q.facility) {
    // "White House" is a town of 10,000 in Tennessee and a translation of Casablanca: a facility
    // keeps only well-known places called so by their main name
    const known = match.candidates.filter((c) => !c.alternate && outranksDemonym(g, c));
    if (known.length || match.candidates.length) return { candidates: known, adminCue: match.adminCue, embedded: false };
  }
  if (match.candidates.length) return { ...match, embedded: false };
  return { candidates: embeddedPlace(q.name), adminCue: false, embedded: true };
}

/** A town this large is meant by its name even when the name is also a demonym or a facility's. */
const DEMONYM_TOWN_MIN_POPULATION = 100_000;

function outranksDemonym(g: Gazetteer, c: Candidate): boolean {
  return g.kind(c.row) !== Kind.City || g.population[c.row] >= DEMONYM_TOWN_MIN_POPULATION;
}

function isDivision(kind: Kind): boolean {
  return kind === Kind.Admin1 || kind === Kind.Admin2;
}

function cueBonus(g: Gazetteer, row: number, cues: MentionCues): number {
  let bonus = 0;
  if (cues.countries.has(g.country(row)) && g.kind(row) !== Kind.Country) bonus += QUALIFIER_COUNTRY_BONUS;
  if (g.admin1(row) >= 0 && cues.admin1.has(g.admin1(row)) && g.kind(row) !== Kind.Admin1) bonus += QUALIFIER_ADMIN1_BONUS;
  if (cues.adminCue && isDivision(g.kind(row))) bonus += ADMIN_CUE_BONUS;
  return bonus;
}

/** Share of the other place mentions that lie in the candidate's country. */
function focusBonus(g: Gazetteer, row: number, self: QueryState, ctx: DocContext): number {
  const code = g.country(row);
  if (!code) return 0;
  const own = self.chosen >= 0 ? self.weight : 0;
  const ownCode = self.chosen >= 0 ? g.country(self.candidates[self.chosen].row) : '';
  const weight = (ctx.countryWeight.get(code) ?? 0) - (ownCode === code ? own : 0);
  const total = ctx.totalWeight - own;
  return total > 0 ? (FOCUS_BONUS * weight) / total : 0;
}

/** A town in a division the text names, or a division holding a town the text names. */
function divisionBonus(g: Gazetteer, row: number, queryIndex: number, ctx: DocContext): number {
  const kind = g.kind(row);
  if (kind === Kind.Country || kind === Kind.Area || g.admin1(row) < 0) return 0;
  let bonus = othersIn(ctx.townDivisions.get(g.admin1(row)), queryIndex) ? SHARES_DIVISION_BONUS : 0;
  if (kind === Kind.City && othersIn(ctx.divisions.get(g.admin1(row)), queryIndex)) bonus += MENTIONED_DIVISION_BONUS;
  return bonus;
}

function nearBonus(g: Gazetteer, row: number, queryIndex: number, ctx: DocContext): number {
  if (g.kind(row) === Kind.Country || g.kind(row) === Kind.Area) return 0;
  let best = Infinity;
  for (const p of ctx.points) {
    if (p.query === queryIndex) continue;
    const d = haversineKm(g.lat[row], g.lon[row], g.lat[p.row], g.lon[p.row]);
    if (d < best) best = d;
  }
  return best <= NEAR_KM ? NEAR_BONUS : best <= FAR_NEAR_KM ? FAR_NEAR_BONUS : 0;
}

function addTo(map: Map<number, Set<number>>, key: number, query: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(query);
}

/** True when some query other than this one is in the set. */
function othersIn(set: Set<number> | undefined, queryIndex: number): boolean {
  if (set) for (const q of set) if (q !== queryIndex) return true;
  return false;
}

function contextOf(g: Gazetteer, states: QueryState[]): DocContext {
  const ctx: DocContext = { countryWeight: new Map(), totalWeight: 0, divisions: new Map(), points: [], townDivisions: new Map() };
  states.forEach((s, i) => {
    if (s.chosen < 0 || s.embedded) return; // "Bank of Japan" is no mention of Japan
    const row = s.candidates[s.chosen].row;
    const code = g.country(row);
    if (code) {
      ctx.countryWeight.set(code, (ctx.countryWeight.get(code) ?? 0) + s.weight);
      ctx.totalWeight += s.weight;
    }
    const kind = g.kind(row);
    if (kind === Kind.Admin1) addTo(ctx.divisions, g.admin1(row), i);
    if (kind === Kind.City && g.admin1(row) >= 0) addTo(ctx.townDivisions, g.admin1(row), i);
    if (kind === Kind.City || isDivision(kind)) ctx.points.push({ query: i, row });
  });
  return ctx;
}

function choose(g: Gazetteer, s: QueryState, queryIndex: number, ctx: DocContext | null): number {
  // a country's name means the country unless the text qualifies it ("Mexico, Missouri"):
  // context alone never turns it into a same-named town
  const namesCountry = s.candidates.some((c) => g.kind(c.row) === Kind.Country);
  let best = -1, bestScore = -Infinity;
  s.candidates.forEach((c, i) => {
    let score = s.prior[i] + cueBonus(g, c.row, s.cues);
    if (ctx && !(namesCountry && g.kind(c.row) === Kind.City)) {
      score += focusBonus(g, c.row, s, ctx) + divisionBonus(g, c.row, queryIndex, ctx) + nearBonus(g, c.row, queryIndex, ctx);
    }
    if (score > bestScore) { best = i; bestScore = score; }
  });
  return best;
}

function geoOf(g: Gazetteer, row: number): Geo {
  return {
    lat: Math.round(g.lat[row] * 1e5) / 1e5,
    lon: Math.round(g.lon[row] * 1e5) / 1e5,
    countryCode: g.country(row) || null,
    precision: g.precision(row),
    geonameId: g.geonameId[row] || null,
  };
}

/**
 * A name the gazetteer does not know (a street, a building, a hamlet) most likely lies in the
 * town or district the text is about: the one it names most often (the nearest mention breaks
 * ties). It takes that place's point with precision null (an approximate location) and no
 * GeoNames id. Null when the text names no town or district.
 */
function inheritedGeo(g: Gazetteer, s: QueryState, states: QueryState[], chosen: number[]): Geo | null {
  const at = s.query.spans[0]?.start ?? 0;
  let best: { row: number; mentions: number; distance: number } | null = null;
  states.forEach((o, i) => {
    if (chosen[i] < 0 || o.inherited || o.embedded) return;
    const row = o.candidates[chosen[i]].row;
    const kind = g.kind(row);
    if (kind !== Kind.City && !isDivision(kind)) return;
    const mentions = o.query.spans.length;
    const distance = Math.min(...o.query.spans.map((span) => Math.abs(span.start - at)));
    if (!best || mentions > best.mentions || (mentions === best.mentions && distance < best.distance)) best = { row, mentions, distance };
  });
  if (!best) return null;
  const { row } = best;
  return { ...geoOf(g, row), precision: null, geonameId: null };
}

/** Resolves the place names of one text together; null for a name neither the gazetteer nor the text places. */
export function resolvePlaceQueries(text: string, queries: PlaceQuery[]): (Geo | null)[] {
  const g = gazetteer();
  const states: QueryState[] = queries.map((query) => {
    const { candidates, adminCue, embedded } = candidatesOf(g, query);
    const cues = candidates.length > 1 ? mentionCues(text, query.spans) : { countries: new Set<string>(), admin1: new Set<number>(), adminCue: false };
    cues.adminCue ||= adminCue;
    return { query, candidates, prior: priorScores(g, candidates), cues, weight: query.spans.length, chosen: -1, embedded };
  });
  states.forEach((s, i) => { s.chosen = choose(g, s, i, null); });
  const ctx = contextOf(g, states);
  const second = states.map((s, i) => (s.candidates.length > 1 ? choose(g, s, i, ctx) : s.chosen));
  for (const s of states) s.inherited = !s.candidates.length;
  return states.map((s, i) => {
    if (second[i] >= 0) {
      const geo = geoOf(g, s.candidates[second[i]].row);
      return s.embedded ? { ...geo, geonameId: null } : geo;
    }
    return s.query.demonym ? null : inheritedGeo(g, s, states, second);
  });
}

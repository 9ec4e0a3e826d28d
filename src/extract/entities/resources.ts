import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import { demonymCountry, knownPlace } from '../geo/lookup.js';

/**
 * What the tagger knows of a word from unlabelled news (built by `npm run build:clusters`):
 * its distributional cluster at two granularities and how often it is capitalised mid-sentence.
 */
export interface WordInfo { coarse: number; fine: number; capRate: number }

export type WordTable = Map<string, WordInfo>;

/** Reads data/ner/words.tsv (lower-cased word, coarse cluster, fine cluster, capitalisation rate 0-9). */
export function loadWordTable(path = dataPath('ner', 'words.tsv')): WordTable {
  const table: WordTable = new Map();
  if (!existsSync(path)) return table;
  // few distinct (cluster, rate) pairs: words share one frozen object per pair
  const shared = new Map<string, WordInfo>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const rest = line.slice(tab + 1);
    let info = shared.get(rest);
    if (!info) {
      const [coarse, fine, cap] = rest.split('\t').map(Number);
      shared.set(rest, (info = Object.freeze({ coarse, fine, capRate: cap })));
    }
    table.set(line.slice(0, tab), info);
  }
  return table;
}

/** Known names (token sequences joined by spaces) with the type index they carry. */
export interface NameList {
  names: Map<string, number>;
  /** every proper prefix of a name, to stop a match early */
  prefixes: Set<string>;
  maxLength: number;
}

export function nameList(entries: Iterable<[string, number]>): NameList {
  const names = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLength = 1;
  for (const [name, type] of entries) {
    names.set(name, type);
    const words = name.split(' ');
    maxLength = Math.max(maxLength, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  return { names, prefixes, maxLength };
}

/** Reads data/ner/names.tsv (name, type index). */
export function loadNameList(path = dataPath('ner', 'names.tsv')): NameList {
  if (!existsSync(path)) return nameList([]);
  const rows: [string, number][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    rows.push([line.slice(0, tab), Number(line.slice(tab + 1))]);
  }
  return nameList(rows);
}

/** Lower-cased given names (data/ner/given-names.txt). */
export function loadGivenNames(path = dataPath('ner', 'given-names.txt')): Set<string> {
  if (!existsSync(path)) return new Set();
  return new Set(readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
}

const BIG_CITY = 100000;

/**
 * The gazetteer's word on a name as a feature code: 1 country, 2 region, 3 area (sea,
 * mountains...), 4 city of 100,000 or more, 5 smaller city, 6 nationality adjective, 0 nothing.
 */
export function placeCode(name: string): number {
  let code = placeCodes.get(name);
  if (code === undefined) {
    if (placeCodes.size >= PLACE_CACHE) placeCodes.clear();
    placeCodes.set(name, (code = lookUpPlaceCode(name)));
  }
  return code;
}

// names recur across articles ("Britain", "Monday"): the gazetteer's answers are kept
const PLACE_CACHE = 10000;
const placeCodes = new Map<string, number>();

function lookUpPlaceCode(name: string): number {
  const place = knownPlace(name);
  if (place) {
    switch (place.kind) {
      case 'country': return 1;
      case 'region': return 2;
      case 'area': return 3;
      default: return place.population >= BIG_CITY ? 4 : 5;
    }
  }
  return !name.includes(' ') && demonymCountry(name) ? 6 : 0;
}

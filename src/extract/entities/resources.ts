import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';

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
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, coarse, fine, cap] = line.split('\t');
    table.set(word, { coarse: Number(coarse), fine: Number(fine), capRate: Number(cap) });
  }
  return table;
}

/** Known names (token sequences joined by spaces) with the type index they carry. */
export interface NameList { names: Map<string, number>; maxLength: number }

export function nameList(entries: Iterable<[string, number]>): NameList {
  const names = new Map<string, number>();
  let maxLength = 1;
  for (const [name, type] of entries) {
    names.set(name, type);
    maxLength = Math.max(maxLength, name.split(' ').length);
  }
  return { names, maxLength };
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

import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';

/**
 * Reads a word list from data/: one entry a line, `#` starts a comment, blank lines skipped.
 * Lists are data so that adding a ministry or a casualty verb is a data change, not a code change.
 */
export function readList(...parts: string[]): string[] {
  return readFileSync(dataPath(...parts), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Reads a tab-separated table from data/ (same comment rules), one array of cells a row. */
export function readTable(...parts: string[]): string[][] {
  return readList(...parts).map((line) => line.split('\t').map((cell) => cell.trim()));
}

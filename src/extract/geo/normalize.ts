// One spelling key for a place name, shared by the gazetteer build and the lookups, so that
// "Sant Julià de Lòria", "sant julia de loria" and "Sant-Julia de Loria" meet.

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`ʻʼ]/g;
const SEPARATORS = /[\s\-‐‑–—.,/()]+/g;

/** Lowercase, without diacritics or apostrophes, words separated by one space. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * The key of an abbreviation written with its period ("Ky.", "Calif.", "B.C."), kept apart
 * from placeKey's so that "Miss." finds Mississippi and the title "Miss" finds nothing.
 * Null when the name does not end with a period.
 */
export function abbreviationKey(name: string): string | null {
  return name.trimEnd().endsWith('.') ? `${placeKey(name)}.` : null;
}

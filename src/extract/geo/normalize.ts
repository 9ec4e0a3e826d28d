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

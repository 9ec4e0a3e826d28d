import type { Doc } from '../../doc/document.js';

// Word forms the tagger sees: CoNLL-2003 was typed in ASCII, news text is not, so curly
// quotes and apostrophes fold to ASCII and digits to 0 before any feature is taken.

const FOLD = /[’‘`´“”«»–—\d]/g;
const FOLDED: Record<string, string> = { '’': "'", '‘': "'", '`': "'", '´': "'", '“': '"', '”': '"', '«': '"', '»': '"', '–': '-', '—': '-' };

export function normalizeWord(word: string): string {
  return word.replace(FOLD, (c) => FOLDED[c] ?? '0');
}

/** Collapsed word shape: "Mandela" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase();
}

/** Has letters and no lower-case ones ("NATO", "U.S.", "BRUSSELS"). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

// each article's token strings, made once and shared by the entity passes that walk every token
const tokenWordCache = new WeakMap<Doc, { words: string[]; lower: string[] }>();

function tokenStrings(doc: Doc): { words: string[]; lower: string[] } {
  let cached = tokenWordCache.get(doc);
  if (!cached) {
    const words: string[] = new Array(doc.tokens.length);
    for (let i = 0; i < words.length; i++) words[i] = doc.tokens.surface(i);
    tokenWordCache.set(doc, (cached = { words, lower: words.map((w) => w.toLowerCase()) }));
  }
  return cached;
}

/** The surface string of every token of the article (do not modify). */
export const tokenWords = (doc: Doc): readonly string[] => tokenStrings(doc).words;

/** The lower-cased surface of every token. */
export const lowerWords = (doc: Doc): readonly string[] => tokenStrings(doc).lower;

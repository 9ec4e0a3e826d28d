import type { Doc } from '../../doc/document.js';
import type { Group } from './coref.js';
import { wordTable } from './tagger.js';

/** at most this mid-sentence capitalisation rate (0-9) makes a word an ordinary one */
const ORDINARY_CAP_RATE = 1;

/**
 * Drops lone names that are ordinary words capitalised only because they open a sentence
 * ("Amazingly", "Meanwhile"): one mention, one word, at a sentence start, and a word that
 * news writes in lower case mid-sentence.
 */
export function dropSentenceOpeners(doc: Doc, groups: Group[]): Group[] {
  const t = doc.tokens;
  return groups.filter((g) => {
    if (g.mentions.length !== 1) return true;
    const m = g.mentions[0];
    if (m.first !== m.last || (m.first > 0 && t.sentence[m.first - 1] === t.sentence[m.first])) return true;
    const info = wordTable().get(m.text.toLowerCase());
    return !info || info.capRate < 0 || info.capRate > ORDINARY_CAP_RATE;
  });
}

// What the words around a mention say about the place: "Kisumu, Kenya", "Kisiwani (Kilifi)" (a qualifier that
// names the country or division), "the western province of Kandahar" and "in northern
// Borno state" (a division, not a city, is meant).
import { lazy } from '../../util/lazy.js';
import { adminWords } from './admin-words.js';
import type { Span } from '../../doc/types.js';
import { matchName } from './candidates.js';
import { Kind } from './format.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { bestByPrior } from './prior.js';

export interface MentionCues {
  /** countries named right after a mention ("Kisumu, Kenya") */
  countries: Set<string>;
  /** first-order divisions named right after a mention ("Paris, Texas") */
  admin1: Set<number>;
  /** a division word stands before or after a mention */
  adminCue: boolean;
}

const patterns = lazy(() => {
  const { after, before } = adminWords();
  return {
    before: new RegExp(`\\b(?:${before.join('|')}) of (?:the )?$`, 'i'),
    after: new RegExp(`^ (?:${after.join('|')})\\b`, 'i'),
  };
});

/** ", Kenya" / ", Borno State" / " (Kilifi)" right after a mention: up to four capitalised words. */
const QUALIFIER = /^(?:,\s+|\s*\(\s*)((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
const LOOK = 60;

/** The country or division a qualifier phrase names, trying its longest prefix first. */
function qualifierPlace(g: Gazetteer, phrase: string): number | null {
  const words = phrase.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const { candidates } = matchName(words.slice(0, n).join(' '));
    const best = bestByPrior(g, candidates.filter((c) => g.kind(c.row) === Kind.Country || g.kind(c.row) === Kind.Admin1));
    if (best) return best.row;
  }
  return null;
}

export function mentionCues(text: string, spans: Span[]): MentionCues {
  const g = gazetteer();
  const { before, after } = patterns();
  const cues: MentionCues = { countries: new Set(), admin1: new Set(), adminCue: false };
  for (const s of spans) {
    const left = text.slice(Math.max(0, s.start - LOOK), s.start);
    const right = text.slice(s.end, s.end + LOOK);
    if (before.test(left) || after.test(right)) cues.adminCue = true;
    const q = QUALIFIER.exec(right);
    const row = q ? qualifierPlace(g, q[1]) : null;
    if (row === null) continue;
    if (g.kind(row) === Kind.Country) cues.countries.add(g.country(row));
    else { cues.admin1.add(g.admin1(row)); cues.countries.add(g.country(row)); }
  }
  return cues;
}

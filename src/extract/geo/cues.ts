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
  /**
   * Qualifiers that leave no doubt where the place lies: one in brackets ("Kisiwani (Kilifi)"),
   * one with its division word ("El Ram, Mandera County") or a country closing the phrase
   * ("Fino, Kenya."), not one item of a list ("Nairobi, Mombasa and Kisumu").
   */
  confining: { countries: Set<string>; admin1: Set<number> };
  /** the row of a division named right after a mention, even when no entity covers it ("Lagh Kutulo, Wajir") */
  division: number | null;
}

export function noCues(): MentionCues {
  return { countries: new Set(), admin1: new Set(), adminCue: false, confining: { countries: new Set(), admin1: new Set() }, division: null };
}

const patterns = lazy(() => {
  const { after, before } = adminWords();
  return {
    before: new RegExp(`\\b(?:${before.join('|')}) of (?:the )?$`, 'i'),
    after: new RegExp(`^ (?:${after.join('|')})\\b`, 'i'),
    qualifierWithAdminWord: new RegExp(` (?:${after.join('|')})$`, 'i'),
  };
});

/**
 * ", Kenya" / ", Borno State" / " (Kilifi)" / " village of Kirinyaga County" / " in Lamu county"
 * right after a mention: up to four capitalised words.
 */
const QUALIFIER = /^(?:,\s+|\s*\(\s*|\s+(?:(?:village|area|town|location|ward|estate|slum|neighbou?rhood|suburb)\s+)?(?:of|in)\s+)((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
const LOOK = 60;
/** What follows a country that closes its phrase ("Fino, Kenya."): not ", Y", "and Y" (a list) nor a clause ("Sirte, the US gave"). */
const PHRASE_END = /^\s*(?:$|[.;:)(])/;

/** The country or division a qualifier phrase names (or its longest prefix that names one), and the words it took. */
function qualifierPlace(g: Gazetteer, phrase: string, wholeOnly: boolean): { row: number; named: string } | null {
  const words = wholeOnly ? phrase.replace(/(?<=\p{L}{3}\.)\s.*$/u, '').split(/\s+/) : phrase.split(/\s+/); // up to a sentence's end
  for (let n = words.length; n > (wholeOnly ? words.length - 1 : 0); n--) {
    const named = words.slice(0, n).join(' ');
    const best = bestByPrior(g, matchName(named).candidates.filter((c) => g.kind(c.row) === Kind.Country || g.kind(c.row) === Kind.Admin1));
    if (best) return { row: best.row, named };
  }
  return null;
}

export function mentionCues(text: string, spans: Span[]): MentionCues {
  const g = gazetteer();
  const { before, after, qualifierWithAdminWord } = patterns();
  const cues = noCues();
  for (const s of spans) {
    const left = text.slice(Math.max(0, s.start - LOOK), s.start);
    const right = text.slice(s.end, s.end + LOOK);
    if (before.test(left) || after.test(right)) cues.adminCue = true;
    const q = QUALIFIER.exec(right);
    // after "in"/"of" the whole phrase must be the place: "in Washington Township" is not in Washington
    const place = q ? qualifierPlace(g, q[1], !/^(?:,|\s*\()/.test(q[0])) : null;
    if (!q || !place) continue;
    const { row, named } = place;
    const country = g.kind(row) === Kind.Country;
    if (country) cues.countries.add(g.country(row));
    else { cues.admin1.add(g.admin1(row)); cues.countries.add(g.country(row)); cues.division ??= row; }
    const bracketed = q[0].trimStart().startsWith('(');
    const rest = right.slice(right.indexOf(named) + named.length);
    if (country ? PHRASE_END.test(rest) : bracketed || qualifierWithAdminWord.test(named.replace(/\.$/, '')) || after.test(rest)) {
      if (country) cues.confining.countries.add(g.country(row));
      else cues.confining.admin1.add(g.admin1(row));
    }
  }
  return cues;
}

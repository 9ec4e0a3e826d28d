import type { Doc } from '../../doc/document.js';
import { knownPlace } from '../geo/lookup.js';
import type { Mention } from './mentions.js';

/** A credit line, in parentheses or not: "Reporting by ...; Editing by ...", "Additional reporting by ...". */
const CREDIT = /^\(?(?:(?:additional|extra) )?(?:reporting|writing|editing|compiled|edited|written|reported|photos?|graphics?) by\b/i;

/** The only lower-case words of a credit line: "Reporting by X in Y and Z; Editing by W". */
const CREDIT_WORDS = /^(?:additional|extra|reporting|writing|editing|compiled|edited|written|reported|photos?|graphics?|by|in|and|from|at|with|de|da|del|van|von|der|al|el|bin)$/;
const onlyCreditWords = (text: string) => (text.match(/\b\p{Ll}[\p{Ll}'-]*/gu) ?? []).every((w) => CREDIT_WORDS.test(w));

/** An AP-style credit that opens with the names: "Magdy reported from Cairo.", "Jane Doe and John Roe contributed." */
const NAMES_FIRST = /^\(?\p{Lu}[\p{L}'-]*(?:(?:,? and |, | )\p{Lu}[\p{L}'-]*)* (?:reported from \p{Lu}[\p{L}' ,-]*|contributed(?: to this (?:report|story))?(?: from \p{Lu}[\p{L}' ,-]*)?)\.?\)?$/u;

/**
 * The names in credit lines are people ("Reporting by Jane Doe in Lagos and John Roe in
 * Abuja; Editing by Ann Poe"): runs of capitalised words after "by", "and" or a comma are
 * persons, runs after "in" or "from" are places and keep the tagger's reading. A person
 * mention replaces what the tagger made of the same words.
 */
export function creditLineNames(doc: Doc, mentions: Mention[]): Mention[] {
  const people: Mention[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (CREDIT.test(text) && onlyCreditWords(text)) people.push(...peopleIn(doc, sentence, false));
    // an organisation the tagger found stays one ("Reuters reported from Cairo.")
    else if (NAMES_FIRST.test(text)) people.push(...peopleIn(doc, sentence, true).filter((p) => !mentions.some((m) => m.type === 'ORG' && m.start < p.end && p.start < m.end)));
  }
  if (!people.length) return mentions;
  const covered = (m: Mention) => people.some((p) => m.start < p.end && p.start < m.end);
  return [...mentions.filter((m) => !covered(m)), ...people].sort((a, b) => a.start - b.start);
}

/** The people named in a credit; `namesFirst`: the line opens with them, before any "by". */
function peopleIn(doc: Doc, span: { start: number; end: number }, namesFirst: boolean): Mention[] {
  const t = doc.tokens;
  const [from, to] = t.range(span);
  const out: Mention[] = [];
  let persons = namesFirst;
  let afterPlace = false;
  let runFirst = -1;
  const flush = (last: number) => {
    if (runFirst < 0) return;
    const start = t.start[runFirst];
    const end = t.end[last];
    const text = doc.text.slice(start, end);
    if (persons && !(afterPlace && knownPlace(text))) out.push({ first: runFirst, last, start, end, type: 'PERSON', text });
    runFirst = -1;
  };
  for (let i = from; i < to; i++) {
    const w = t.surface(i);
    const next = i + 1 < to ? t.surface(i + 1) : '';
    if (/^\p{Lu}/u.test(w) && next.toLowerCase() !== 'by') {
      if (runFirst < 0) runFirst = i;
      continue;
    }
    flush(i - 1);
    const lower = w.toLowerCase();
    if (lower === 'by') { persons = true; afterPlace = false; }
    else if (lower === 'in' || lower === 'from' || lower === 'at') { afterPlace = true; persons = false; }
    else if (lower === 'and' || w === ',') persons = persons || afterPlace;
    else if (w === ';') { persons = false; afterPlace = false; }
  }
  flush(to - 1);
  return out;
}

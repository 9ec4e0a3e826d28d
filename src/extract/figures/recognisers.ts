// The patterns that tie a quantity to what was counted, tried in order for each quantity:
//   count → group → (auxiliaries) → casualty word   "748 security officials were injured"
//   casualty verb → count → group                   "detained about 2,300 people"
//   frame verb → count → group → casualty word      "left three people dead", "claimed 40 lives"
//   tally → link → count                            "the death toll rose to 40"
//   count → casualty noun                           "hundreds of protesters", "40 deaths"
import type { FigureCategory } from '../../doc/types.js';
import { lazy } from '../../util/lazy.js';
import { readList } from '../../util/lexicon.js';
import { figureLexicon, type Predicate } from './lexicon.js';
import { isQuote, type PhraseMatch } from './phrases.js';
import type { Quantity } from './quantity.js';
import { groupStops, isWord, pronouns, type Window } from './window.js';

export interface Match {
  category: FigureCategory;
  /** token span of the whole figure: [from, to) */
  from: number;
  to: number;
  /** token span of the counted group, empty when none is written */
  groupFrom: number;
  groupTo: number;
}

interface Group { from: number; to: number; /** where the words after the group begin */ next: number; head: string | null; noun: PhraseMatch<Predicate> | null }

const MAX_GROUP = 5;
const MAX_AUX = 4;
const CLOSING_QUOTES = new Set(['”', '’', '»', '"']);
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'two', 'three', 'several', 'dozens', 'hundreds']);
const AGE_UNITS = /^(?:year|month|week|day)/;
const notCountBefore = lazy(() => new Set(readList('figures', 'not-count-before.txt')));

/** The counted group after a quantity: "of the passengers", "security officials", "of them". */
function groupAfter(w: Window, i: number): Group {
  const { words } = w;
  const lex = figureLexicon();
  let j = i;
  if (words[j] === 'of') {
    j++;
    // "five of them were killed": the group is someone written elsewhere
    if (pronouns.has(words[j])) return { from: j, to: j, next: j + 1, head: null, noun: null };
    if (words[j] === 'the' || words[j] === 'these' || words[j] === 'their') j++;
  }
  const from = j;
  let noun: PhraseMatch<Predicate> | null = null;
  while (j < words.length && j - from < MAX_GROUP) {
    noun = lex.nouns.matchAt(words, j);
    if (noun) { j = noun.to; break; }
    const word = words[j];
    if (!isWord(word) || groupStops().has(word) || lex.after.matchAt(words, j)) break;
    j++;
  }
  return { from, to: j, next: j, head: j > from ? words[j - 1] : null, noun };
}

/** A casualty word after the group, behind up to a few auxiliaries: "were reportedly killed". */
function predicateAfter(w: Window, j: number): PhraseMatch<Predicate> | null {
  const { words } = w;
  const lex = figureLexicon();
  let aux = 0;
  for (let k = j; k < words.length; k++) {
    if (isQuote(words[k])) continue;
    const m = lex.after.matchAt(words, k);
    if (m && (!m.value.passive || aux > 0)) {
      const to = m.to < words.length && CLOSING_QUOTES.has(words[m.to]) ? m.to + 1 : m.to;
      return { ...m, to };
    }
    if (!lex.auxiliaries.has(words[k]) || ++aux > MAX_AUX) return null;
  }
  return null;
}

const peopleGroup = (g: Group): boolean => !g.head || !figureLexicon().notPeople.has(g.head);

/**
 * "5 gunmen killed 3 people": a transitive casualty verb right after a group with no
 * auxiliary, followed by an object, is active; the group did the killing.
 */
function looksActive(w: Window, g: Group, p: PhraseMatch<Predicate>): boolean {
  const { words } = w;
  if (p.from > g.to) return false; // an auxiliary came between: "were killed"
  if (!figureLexicon().before.matchAt(words, p.from)) return false;
  const next = words[p.to];
  if (next === undefined) return false;
  if (figureLexicon().notPeople.has(next)) return true;
  return /^\d/.test(next) || isWord(next) && (!groupStops().has(next) || OBJECT_OPENERS.has(next));
}

function countThenPredicate(w: Window, q: Quantity, g: Group): Match | null {
  const p = predicateAfter(w, g.next);
  if (!p || !peopleGroup(g) || looksActive(w, g, p)) return null;
  return { category: p.value.category, from: q.from, to: p.to, groupFrom: g.from, groupTo: g.to };
}

function verbThenCount(w: Window, q: Quantity, g: Group): Match | null {
  const v = figureLexicon().before.matchBefore(w.words, q.from);
  if (!v || !peopleGroup(g)) return null;
  return { category: v.value.category, from: v.from, to: Math.max(q.to, g.to), groupFrom: g.from, groupTo: g.to };
}

function frameAroundCount(w: Window, q: Quantity, g: Group): Match | null {
  const f = figureLexicon().frames.matchBefore(w.words, q.from);
  if (!f) return null;
  for (const frame of f.value) {
    if (frame.complement === '*') {
      const p = predicateAfter(w, g.next);
      if (p && peopleGroup(g)) return { category: p.value.category, from: f.from, to: p.to, groupFrom: g.from, groupTo: g.to };
    } else if (g.head === frame.complement && frame.category !== '*') {
      return { category: frame.category, from: f.from, to: g.to, groupFrom: g.from, groupTo: g.from };
    }
  }
  return null;
}

const MAX_TALLY_GAP = 6;

function tallyThenCount(w: Window, q: Quantity): Match | null {
  const { words } = w;
  const lex = figureLexicon();
  if (q.from === 0 || !lex.tollLinks.has(words[q.from - 1])) return null;
  for (let e = q.from - 1; e > 0 && q.from - e <= MAX_TALLY_GAP; e--) {
    if (!isWord(words[e])) return null;
    const t = lex.tolls.matchBefore(words, e);
    if (t) return { category: t.value, from: t.from, to: q.to, groupFrom: q.to, groupTo: q.to };
  }
  return null;
}

function countThenNoun(q: Quantity, g: Group): Match | null {
  if (!g.noun || !q.standalone) return null;
  return { category: g.noun.value.category, from: q.from, to: g.noun.to, groupFrom: g.from, groupTo: g.to };
}

/** Numbers that are dates, ages, money or labels, not counts. */
function notACount(w: Window, q: Quantity): boolean {
  const { words } = w;
  const before = q.from > 0 ? words[q.from - 1] : '';
  if (notCountBefore().has(before)) return true;
  const after = words[q.to];
  if (after === '%' || after === ':' || (after === '-' && AGE_UNITS.test(words[q.to + 1] ?? '')) || (after !== undefined && /^-?year/.test(after))) return true;
  // a bare four-digit year ("in 2019 killed…")
  const surface = words[q.to - 1];
  return q.to - q.from === 1 && /^\d{4}$/.test(surface) && Number(surface) >= 1800 && Number(surface) <= 2100;
}

/** The first pattern that ties this quantity to a count of people, or null. */
export function recognise(w: Window, q: Quantity): Match | null {
  if (notACount(w, q)) return null;
  const g = groupAfter(w, q.to);
  return countThenPredicate(w, q, g) ?? verbThenCount(w, q, g) ?? frameAroundCount(w, q, g) ?? tallyThenCount(w, q) ?? countThenNoun(q, g);
}

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
import { quantityAt, type Quantity } from './quantity.js';
import { groupStops, isProper, isWord, type Window } from './window.js';

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
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);
const OF_OPENERS = new Set(['the', 'a', 'one', 'his', 'her', 'their', 'its']);
// a lower-case adverb ends the group: "49 stores directly affected"
const ADVERB = /^[a-z]{3,}ly$/;
const OF_PRONOUNS = new Set(['them', 'whom', 'us', 'you', 'those']);
const DETERMINERS = new Set(['the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my']);
const BE = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'got', 'get', 'remain', 'remained', 'remains']);
const CLOSING_QUOTES = new Set(['”', '’', '»', '"']);
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'two', 'three', 'several', 'dozens', 'hundreds']);
const AGE = /^\d+(?:yrs?|years?)(?:-old)?$/;
const AGE_WORD = /^\d+-(?:years?|months?|weeks?|days?)-old$/;
const AGE_UNITS = /^(?:years?|months?|weeks?|days?|yrs?)(?:-old)?$|^(?:year|month|week|day|yr)-/;
const notCountBefore = lazy(() => new Set(readList('figures', 'not-count-before.txt')));

// "16 charred bodies" are dead; "20 national Olympic bodies" and "111 appointed bodies" are organisations
const DEAD_ADJECTIVES = new Set(['dead', 'charred', 'burnt', 'burned', 'decomposed', 'decomposing', 'mutilated', 'unidentified', 'headless', 'dismembered', 'more', 'further']);

/** A bare noun counts right after the number ("one death", "40 bodies") or behind words that make it the dead ("16 charred bodies"). */
function bareNounFits(w: Window, from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (!DEAD_ADJECTIVES.has(w.words[i])) return false;
  return true;
}

/** The counted group after a quantity: "of the passengers", "security officials", "of them". */
function groupAfter(w: Window, i: number): Group {
  const { words } = w;
  const lex = figureLexicon();
  let j = i;
  if (words[j] === 'of') {
    j++;
    // "five of them were killed": the group is someone written elsewhere
    if (OF_PRONOUNS.has(words[j])) return { from: j, to: j, next: j + 1, head: null, noun: null };
    if (DETERMINERS.has(words[j])) j++;
    // "two of the wounded were in critical condition": the casualty word is the group
    if (j > i + 1 && lex.after.matchAt(words, j)?.to === j + 1) return { from: j, to: j + 1, next: j + 1, head: words[j], noun: null };
  }
  const from = j;
  let noun: PhraseMatch<Predicate> | null = null;
  while (j < words.length && j - from < MAX_GROUP) {
    noun = lex.nouns.matchAt(words, j);
    if (noun && noun.value.bare && !bareNounFits(w, from, j)) noun = null;
    if (noun) { j = noun.to; break; }
    const word = words[j];
    // "two members of the Ladgera", "3 members of one family" (not "residents ahead of the storm")
    if (word === 'of' && j > from) {
      const k = OF_OPENERS.has(words[j + 1]) && words[j + 1] !== 'one' ? j + 2 : j + 1;
      if (words[k] === 'one') { j = k; continue; }
      if (isProper(w, k)) {
        // the whole name at once: "of the Sabaot Land Defence Force"
        for (j = k; isProper(w, j); j++);
        continue;
      }
    }
    if (ADVERB.test(word) && !lex.people.has(word)) break;
    if (POSTMODIFIERS.has(word) && j > from) break; // "five suspects | linked to the attacks"
    // "women and children", "herdsmen and their families"
    if (word === 'and' && j > from && (lex.people.has(words[j + 1]) || isProper(w, j + 1))) { j++; continue; }
    if (AGE.test(word)) { j++; continue; } // "1 10yr old boy killed"
    if (AGE_WORD.test(word)) { j++; continue; } // "a 35-year-old man"
    if (/^\d+$/.test(word) && words[j + 1] === '-' && AGE_UNITS.test(words[j + 2] ?? '')) { j += 3; continue; } // "a 35 - year-old man"
    if (!isWord(word) || groupStops().has(word) || lex.after.matchAt(words, j) || toDeath(words, j)) break;
    j++;
  }
  // "killing two of its members" keeps its group; "killing two of, …" has none
  if (j === from) return { from: i, to: i, next: i, head: null, noun: null };
  return { from, to: j, next: j, head: words[j - 1], noun };
}

const MAX_ASIDES = 2;
const ASIDE_OPENERS = new Set(['including', 'among', 'mostly', 'most', 'many', 'all', 'both', 'mainly', 'some']);
const POSTMODIFIERS = new Set(['linked', 'connected', 'believed', 'thought', 'suspected', 'accused', 'belonging', 'travelling', 'traveling', 'riding', 'attending', 'hailing', 'aged', 'allied', 'affiliated']);
const MAX_POSTMODIFIER = 10;
// the auxiliary that resumes the clause after a participle phrase
const CHAIN_OPENERS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside']);

/**
 * Where an aside between a group and its casualty word ends, or k when none starts at k:
 * "(including the attackers)", ", including two children,", "in Ruaraka", and right after the group
 * (or its "who were") a participle phrase ("linked to the attacks", "who were accused of
 * witchcraft", not "were suspected to have killed").
 */
function asideEnd(w: Window, k: number, afterGroup: boolean): number {
  const { words } = w;
  const limit = Math.min(words.length, k + 30);
  if (words[k] === '(') {
    for (let e = k + 1; e < limit; e++) if (words[e] === ')') return e + 1;
  } else if (words[k] === ',' && ASIDE_OPENERS.has(words[k + 1])) {
    for (let e = k + 2; e < limit; e++) if (words[e] === ',') return e + 1;
  } else if (words[k] === 'including') {
    // "Eight people including four children and four officers were killed"
    for (let e = k + 1; e < limit && isWord(words[e]) || /^\d/.test(words[e] ?? ''); e++) if (BE.has(words[e])) return e;
  } else if (words[k] === 'on' && /^\d/.test(words[k + 1] ?? '')) {
    // a date in the auxiliary chain, local-paper style: "were on 24/02 lynched"
    let e = k + 1;
    while (e < limit && (/^\d/.test(words[e]) || words[e] === '/')) e++;
    return e;
  } else if (POSTMODIFIERS.has(words[k]) && afterGroup) {
    // a participle phrase up to the auxiliary: "Five suspects linked to the two attacks have been shot dead"
    for (let e = k + 1; e < Math.min(limit, k + MAX_POSTMODIFIER); e++) {
      if (CHAIN_OPENERS.has(words[e])) return e;
      if (!isWord(words[e]) && !/^\d/.test(words[e])) break;
    }
  } else if (PLACE_PREPOSITIONS.has(words[k])) {
    let e = words[k + 1] === 'the' ? k + 2 : k + 1;
    const first = e;
    while (e < limit && e - first < 4 && isProper(w, e)) e++;
    if (e > first) return e;
  }
  return k;
}

// "sentenced to death" is a verdict, "scared to death" a figure of speech
const SENTENCED = new Set(['sentenced', 'condemned', 'scared', 'frightened', 'bored', 'worried', 'put']);
const KILLED: Predicate = { category: 'killed', passive: false, bare: false };
/** "speared to death", "macheted to death": any participle + "to death". */
function toDeath(words: readonly string[], k: number): PhraseMatch<Predicate> | null {
  return words[k + 1] === 'to' && words[k + 2] === 'death' && /(?:ed|t)$/.test(words[k]) && !SENTENCED.has(words[k]) ? { from: k, to: k + 3, value: KILLED } : null;
}

const HOSPITALIZED: Predicate = { category: 'hospitalized', passive: false, bare: false };
const TO_HOSPITAL = new Set(['admitted', 'taken', 'rushed', 'airlifted', 'flown', 'treated', 'receiving']);
/** "admitted to the district hospital", "rushed to Kenyatta National Hospital", "treated at a local hospital". */
function toHospital(words: readonly string[], k: number): PhraseMatch<Predicate> | null {
  if (!TO_HOSPITAL.has(words[k]) || !['to', 'in', 'at'].includes(words[k + 1])) return null;
  for (let e = k + 2; e < Math.min(words.length, k + 7); e++) {
    if (words[e] === 'hospital' || words[e] === 'hospitals') return { from: k, to: e + 1, value: HOSPITALIZED };
    if (!isWord(words[e])) return null;
  }
  return null;
}

/** A casualty word after the group, behind up to a few auxiliaries: "were reportedly killed". */
function predicateAfter(w: Window, j: number): PhraseMatch<Predicate> | null {
  const { words } = w;
  const lex = figureLexicon();
  let aux = 0;
  let be = false;
  let asides = 0;
  for (let k = j; k < words.length; k++) {
    if (isQuote(words[k])) continue;
    if (k === j && words[k] === 'who' && BE.has(words[k + 1])) continue; // "3 civilians who were killed"
    const past = asides < MAX_ASIDES ? asideEnd(w, k, k === j || (k === j + 2 && words[j] === 'who')) : k;
    if (past > k) { k = past - 1; asides++; continue; }
    const m = lex.after.matchAt(words, k) ?? toDeath(words, k) ?? toHospital(words, k);
    if (m && (!m.value.passive || be)) {
      const to = m.to < words.length && CLOSING_QUOTES.has(words[m.to]) ? m.to + 1 : m.to;
      return { ...m, to };
    }
    if (!lex.auxiliaries.has(words[k]) || ++aux > MAX_AUX) return null;
    be ||= BE.has(words[k]);
  }
  return null;
}

/** The group's head is not a thing ("killed 150 goats"); with `every`, no word of it is ("eight players plus injuries"). */
function peopleGroup(w: Window, g: Group, every = false): boolean {
  const { notPeople } = figureLexicon();
  if (g.head && notPeople.has(g.head)) return false;
  if (every) for (let i = g.from; i < g.to; i++) if (notPeople.has(w.words[i])) return false;
  return true;
}

/** For the ambiguous passives ("were held", "were executed"): no group, or one headed by people. */
function surelyPeople(w: Window, g: Group): boolean {
  if (!g.head) return true;
  return figureLexicon().people.has(g.head) || isProper(w, g.to - 1);
}

/**
 * "5 gunmen killed 3 people": a transitive casualty verb right after a group with no
 * auxiliary, followed by an object, is active; the group did the killing.
 */
function looksActive(w: Window, g: Group, p: PhraseMatch<Predicate>): boolean {
  const { words } = w;
  // a form of "be" came between: "were killed" (not "has shot dead his boss")
  for (let k = g.to; k < p.from; k++) if (BE.has(words[k]) || words[k] === 'been') return false;
  if (!figureLexicon().before.matchAt(words, p.from)) return false;
  const next = words[p.to];
  if (next === undefined) return false;
  if (figureLexicon().notPeople.has(next)) return true;
  if (next.endsWith('ing')) return false; // "one man killed rioting"
  return /^\d/.test(next) || isWord(next) && (!groupStops().has(next) || OBJECT_OPENERS.has(next));
}

function countThenPredicate(w: Window, q: Quantity, g: Group): Match | null {
  const p = predicateAfter(w, g.next);
  if (!p || !peopleGroup(w, g) || looksActive(w, g, p) || (p.value.passive && !surelyPeople(w, g))) return null;
  return { category: p.value.category, from: q.from, to: p.to, groupFrom: g.from, groupTo: g.to };
}

function verbThenCount(w: Window, q: Quantity, g: Group): Match | null {
  // "killing his two children"
  const at = POSSESSIVES.has(w.words[q.from - 1]) ? q.from - 1 : q.from;
  const v = figureLexicon().before.matchBefore(w.words, at);
  // "the killing of a trader" names a death, often the one a protest is about; only a verb counts one person
  if (v && q.single && w.words[v.to - 1] === 'of') return null;
  // "threatened to kill 20 hostages", "a hate crime to kill a police officer": an intent, not a count
  if (v && w.words[v.from - 1] === 'to' && w.words[v.to - 1] !== 'of' && !/(?:ed|ing)$/.test(w.words[v.from])) return null;
  if (!v || !peopleGroup(w, g) || (v.value.passive && (!g.head || !surelyPeople(w, g)))) return null;
  return { category: v.value.category, from: v.from, to: g.to > g.from ? g.to : q.to, groupFrom: g.from, groupTo: g.to };
}

function frameAroundCount(w: Window, q: Quantity, g: Group): Match | null {
  const f = figureLexicon().frames.matchBefore(w.words, q.from);
  if (!f) return null;
  for (const frame of f.value) {
    if (frame.complement === '*') {
      const p = predicateAfter(w, g.next);
      if (p && peopleGroup(w, g)) return { category: p.value.category, from: f.from, to: p.to, groupFrom: g.from, groupTo: g.to };
    } else if (frame.category !== '*' && g.head === frame.complement) {
      return { category: frame.category, from: f.from, to: g.to, groupFrom: g.from, groupTo: g.from };
    } else if (frame.category !== '*' && followedBy(w.words, g.next, frame.complement)) {
      return { category: frame.category, from: f.from, to: g.next + frame.complement.split(' ').length, groupFrom: g.from, groupTo: g.to };
    }
  }
  return null;
}

const followedBy = (words: readonly string[], at: number, phrase: string): boolean => phrase.split(' ').every((p, k) => words[at + k] === p);

const MAX_TALLY_GAP = 8;

function tallyThenCount(w: Window, q: Quantity): Match | null {
  const { words } = w;
  const lex = figureLexicon();
  if (q.from === 0 || !lex.tollLinks.has(words[q.from - 1])) return null;
  for (let e = q.from - 1; e > 0 && q.from - e <= MAX_TALLY_GAP; e--) {
    if (!isWord(words[e]) && words[e] !== "'s" && words[e] !== '’s') return null;
    const t = lex.tolls.matchBefore(words, e);
    if (t) return { category: t.value, from: t.from, to: q.to, groupFrom: q.to, groupTo: q.to };
  }
  return null;
}

function countThenNoun(w: Window, q: Quantity, g: Group): Match | null {
  if (!g.noun || !q.standalone || !peopleGroup(w, g, true)) return null;
  // a bare singular noun heading a compound is no count: "two death row inmates"
  const next = w.words[g.noun.to];
  if (g.noun.value.bare && !w.words[g.noun.to - 1].endsWith('s') && next !== undefined && isWord(next) && !groupStops().has(next)) return null;
  return { category: g.noun.value.category, from: q.from, to: g.noun.to, groupFrom: g.from, groupTo: g.to };
}

/** Numbers that are dates, ages, money or labels, not counts. */
function notACount(w: Window, q: Quantity): boolean {
  const { words } = w;
  const before = q.from > 0 ? words[q.from - 1] : '';
  if (notCountBefore().has(before) || (q.from > 1 && notCountBefore().has(`${words[q.from - 2]} ${before}`))) return true;
  // dates: "1 July" (a capitalised month or label right after the number)
  if (q.to < words.length && isProper(w, q.to) && notCountBefore().has(words[q.to])) return true;
  // dates written with slashes: "21/12", "20/12/08"
  if ((before === '/' && /^\d/.test(words[q.from - 2] ?? '')) || (words[q.to] === '/' && /^\d/.test(words[q.to + 1] ?? ''))) return true;
  // "the one imprisoned": a pronoun, not a count
  if (words[q.from] === 'one' && before === 'the') return true;
  // "the many tourist complexes": a vague word after a determiner is no count
  if (!q.standalone && (before === 'the' || before === 'its' || before === 'their' || before === 'his' || before === 'her')) return true;
  // a number inside a name: "Fathers 4 Justice", "Apollo 11 Crew"
  if (q.from > 0 && q.to < words.length && isProper(w, q.from - 1) && isProper(w, q.to) && /^\d/.test(words[q.from])) return true;
  const after = words[q.to];
  if (after === '%' || after === ':' || after === 'fewer' || after === 'less' || (after === '-' && AGE_UNITS.test(words[q.to + 1] ?? '')) || (after !== undefined && AGE_UNITS.test(after) && (after.includes('-') || words[q.to + 1] === 'old' || after.startsWith('yr')))) return true;
  if (/^\d+(?:yrs?|years?)$/.test(words[q.to - 1] ?? '')) return true;
  // a bare four-digit year ("in 2019 killed…")
  const surface = words[q.to - 1];
  return q.to - q.from === 1 && /^\d{4}$/.test(surface) && Number(surface) >= 1800 && Number(surface) <= 2100;
}

/** "Four police and one reservist killed": the first count shares the second's casualty word. */
function sharedPredicate(w: Window, q: Quantity, g: Group): Match | null {
  if (w.words[g.next] !== 'and' || g.to === g.from) return null;
  const q2 = quantityAt(w.words, g.next + 1, w.words.length);
  if (!q2 || notACount(w, q2)) return null;
  const g2 = groupAfter(w, q2.to);
  if (notOnePerson(q2, g2)) return null;
  const shared = countThenPredicate(w, q2, g2);
  if (!shared || !peopleGroup(w, g)) return null;
  return { category: shared.category, from: q.from, to: g.to, groupFrom: g.from, groupTo: g.to };
}

/** "a policeman", "a 35-year-old man", "a member of the public": an article counts one person only. */
const notOnePerson = (q: Quantity, g: Group): boolean => q.single && (g.head === null || !figureLexicon().onePerson.has(g.head));

/** The first pattern that ties this quantity to a count of people, or null. */
export function recognise(w: Window, q: Quantity): Match | null {
  if (notACount(w, q)) return null;
  const g = groupAfter(w, q.to);
  if (notOnePerson(q, g)) return null;
  if (q.single) return countThenPredicate(w, q, g) ?? verbThenCount(w, q, g) ?? frameAroundCount(w, q, g) ?? sharedPredicate(w, q, g);
  return countThenPredicate(w, q, g) ?? verbThenCount(w, q, g) ?? frameAroundCount(w, q, g) ?? tallyThenCount(w, q) ?? countThenNoun(w, q, g) ?? sharedPredicate(w, q, g);
}

/** "police shot dead one boy and two men": a count joined to a verb-first figure is its object too. */
export function conjunctOf(w: Window, q: Quantity, category: FigureCategory): Match | null {
  if (notACount(w, q)) return null;
  const g = groupAfter(w, q.to);
  if (notOnePerson(q, g) || !peopleGroup(w, g) || predicateAfter(w, g.next)) return null;
  return { category, from: q.from, to: g.to > g.from ? g.to : q.to, groupFrom: g.from, groupTo: g.to };
}

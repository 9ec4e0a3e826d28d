import type { Doc } from '../../doc/document.js';
import type { EntityType } from '../../doc/types.js';
import { knownPlace } from '../geo/lookup.js';
import { abbreviates, ACRONYM } from './acronyms.js';
import { contractType } from './classify.js';
import { compoundSuffixes, roles, stateForms } from './lexicons.js';
import { givenNames, trainingNames, type NameSpan } from './tagger.js';
import { TYPES, type ConllType } from './tags.js';
import { tokenWords } from './words.js';

/** One mention of a name: tokens [first, last], its characters, its contract type. */
export interface Mention { first: number; last: number; start: number; end: number; type: EntityType; text: string }

/** "Iran-backed" -> ["Iran", "backed"]: a capitalised name, a hyphen, a known compound suffix. */
const COMPOUND = /^(\p{Lu}[\p{L}.']*)-(\p{Ll}+)$/u;
const LOWER_CASE = /^\p{Ll}+$/u;

/**
 * Typed mentions from the tagger's spans: hyphenated compounds give their name part
 * ("Iran-backed" -> Iran), a nationality before an organisation joins it ("German" +
 * "Foreign Ministry"), "Republic of" joins its country, and each span gets a contract type.
 */
export function mentionsOf(doc: Doc, spans: NameSpan[]): Mention[] {
  const parts = splitCompounds(doc, extendGivenNames(doc, joinNameParticles(doc, dropHonorifics(doc, dropUnfinished(doc, splitAtCommonWords(doc, spans))))));
  const joined = definedAcronyms(doc, joinStateForms(doc, joinGroupOrgs(doc, parts.spans))).map((s) => (isDateline(doc, s) ? { ...s, type: 'LOC' as const } : s));
  const out: Mention[] = [...parts.heads];
  for (const s of joined) {
    const start = doc.tokens.start[s.first];
    const end = doc.tokens.end[s.last];
    const text = doc.text.slice(start, end);
    const type = contractType(text, s.type);
    if (type) out.push({ first: s.first, last: s.last, start, end, type, text });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a name alone says about its type: the gazetteer, then the names seen in training. */
function typeOfName(name: string): ConllType | null {
  if (knownPlace(name)) return 'LOC';
  const t = trainingNames().names.get(name);
  return t === undefined ? null : TYPES[t];
}

// Splits hyphenated compounds out of spans; their name halves become mentions of their own.
function splitCompounds(doc: Doc, spans: NameSpan[]): { spans: NameSpan[]; heads: Mention[] } {
  const tokens = doc.tokens;
  const heads: Mention[] = [];
  const cut = new Set<number>();
  const words = tokenWords(doc);
  for (let i = 0; i < tokens.length; i++) {
    const m = COMPOUND.exec(words[i]);
    if (!m || !compoundSuffixes().has(m[2])) continue;
    cut.add(i);
    const conll = typeOfName(m[1]) ?? spans.find((s) => s.first <= i && i <= s.last)?.type ?? null;
    const type = conll && conll !== 'MISC' ? contractType(m[1], conll) : null;
    const start = tokens.start[i];
    if (type) heads.push({ first: i, last: i, start, end: start + m[1].length, type, text: m[1] });
  }
  if (!cut.size) return { spans, heads };
  const rest: NameSpan[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let i = s.first; i <= s.last + 1; i++) {
      if (i <= s.last && !cut.has(i)) continue;
      if (i > from) rest.push({ first: from, last: i - 1, type: s.type });
      from = i + 1;
    }
  }
  return { spans: rest, heads };
}

/** Lower-case words that may stand inside a name ("Bank of England", "Gare du Nord", "Medecins sans Frontieres"). */
const NAME_PARTICLE = /^(?:of|the|and|for|on|in|at|to|de|du|da|das|do|dos|des|del|della|di|la|le|les|van|von|der|den|al|el|bin|ibn|y|e|sans|&)$/;

// "Kenyatta Avenue towards Parliament Road" is two names: a span breaks at an ordinary
// lower-case word ("towards"); words with a capital inside ("al-Islam") are name words.
function splitAtCommonWords(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let i = s.first; i <= s.last; i++) {
      const w = doc.tokens.surface(i);
      if (!LOWER_CASE.test(w) || NAME_PARTICLE.test(w)) continue;
      if (i > from) out.push({ first: from, last: i - 1, type: s.type });
      from = i + 1;
    }
    if (from <= s.last) out.push(from === s.first ? s : { first: from, last: s.last, type: s.type });
  }
  return out;
}

// "Faisal" + "bin" + "Farhan", "Ursula" + "von der" + "Leyen": a person's name goes on across
// lower-case name particles the tagger left out.
function joinNameParticles(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && s.type === 'PER' && s.first > prev.last + 1 && s.first - prev.last <= 3
      && doc.tokens.sentence[s.first] === doc.tokens.sentence[prev.last] && particlesBetween(doc, prev.last + 1, s.first)) {
      out[out.length - 1] = { ...prev, last: s.last };
    } else out.push(s);
  }
  return out;
}

function particlesBetween(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!PERSON_PARTICLE.test(doc.tokens.surface(i))) return false;
  return true;
}

const PERSON_PARTICLE = /^(?:bin|ibn|bint|ben|al|el|de|da|di|du|del|della|dos|van|von|der|den|ter|le|la)$/;

// A name cannot end in a connecting word: "Lord of" is a title cut short, not a place.
function dropUnfinished(doc: Doc, spans: NameSpan[]): NameSpan[] {
  return spans.filter((s) => !/^(?:of|the|and|for|de|du|da|del|van|von|al|el)$/.test(doc.tokens.surface(s.last)) || s.first === s.last);
}

// "Ms Diemont" -> "Diemont": the courtesy title is not part of the name.
function dropHonorifics(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const honorific = (i: number) => roles().honorifics.has(doc.tokens.surface(i).toLowerCase());
  return spans.filter((s) => s.last > s.first || !honorific(s.first)).map((s) => (s.type === 'PER' && honorific(s.first) ? { ...s, first: s.first + 1 } : s));
}

// A person tagged by the given name alone takes the capitalised word after it: "Tom" + "Baker".
function extendGivenNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  return spans.map((s, k) => {
    const next = s.last + 1;
    if (s.type !== 'PER' || s.first !== s.last || !givenNames().has(t.surface(s.first).toLowerCase())) return s;
    if (next >= t.length || t.sentence[next] !== t.sentence[s.first] || spans[k + 1]?.first === next) return s;
    return /^\p{Lu}\p{Ll}+$/u.test(t.surface(next)) ? { ...s, last: next } : s;
  });
}

// "JUBA (Reuters) -", "NAIROBI -": an upper-case name opening a sentence before an agency or a dash is a place.
function isDateline(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  if (s.first > 0 && t.sentence[s.first - 1] === t.sentence[s.first]) return false;
  for (let i = s.first; i <= s.last; i++) if (t.surface(i) !== t.surface(i).toUpperCase()) return false;
  const next = s.last + 1 < t.length ? t.surface(s.last + 1) : '';
  if (next !== '(' && next !== '-' && next !== '–' && next !== '—') return false;
  // a story follows, not an upper-case headline ("SOCCER - ARSENAL WIN")
  for (let i = s.last + 2; i < t.length && t.sentence[i] === t.sentence[s.first]; i++) if (/\p{Ll}/u.test(t.surface(i))) return true;
  return false;
}

// "German" + "Foreign Ministry" -> one ORG span, as news names the ministry.
function joinGroupOrgs(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.type === 'ORG' && prev.type === 'MISC' && prev.last + 1 === s.first && prev.first === prev.last
      && contractType(doc.tokens.surface(prev.first), 'MISC') === 'NORP') {
      out[out.length - 1] = { first: prev.first, last: s.last, type: 'ORG' };
    } else out.push(s);
  }
  return out;
}

// "World Health Organization (WHO)": the acronym is a name even when the tagger took it for "who".
function definedAcronyms(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const out: NameSpan[] = [];
  spans.forEach((s, k) => {
    out.push(s);
    const at = s.last + 2;
    if (s.type === 'PER' || at + 1 >= t.length || spans[k + 1]?.first === at || t.sentence[at + 1] !== t.sentence[s.last]) return;
    if (t.surface(at - 1) !== '(' || t.surface(at + 1) !== ')' || !ACRONYM.test(t.surface(at))) return;
    const name = doc.text.slice(t.start[s.first], t.end[s.last]);
    if (abbreviates(t.surface(at).replace(/\./g, ''), name)) out.push({ first: at, last: at, type: s.type });
  });
  return out;
}

// "Republic of" + "Kenya" -> one place span, tagged or not.
function joinStateForms(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const tokens = doc.tokens;
  const out: NameSpan[] = [];
  for (const s of spans) {
    const of = s.first - 1;
    if (s.type === 'LOC' && of > 0 && tokens.surface(of) === 'of' && tokens.sentence[of - 1] === tokens.sentence[s.first]) {
      // the capitalised words before "of", the last of them a state form
      let first = of - 1;
      if (stateForms().has(tokens.surface(first).toLowerCase())) {
        while (first > 0 && tokens.sentence[first - 1] === tokens.sentence[first] && /^\p{Lu}/u.test(tokens.surface(first - 1))
          && !/^(?:The|A)$/.test(tokens.surface(first - 1))) first--;
        while (out.length && out[out.length - 1].last >= first) out.pop();
        out.push({ first, last: s.last, type: 'LOC' });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

import type { Doc } from '../../doc/document.js';
import type { EntityType } from '../../doc/types.js';
import { demonymCountry, knownPlace } from '../geo/lookup.js';
import { abbreviates, ACRONYM } from './acronyms.js';
import { givenNames, trainingNames, wordTable } from './tagger.js';
import { isGroupWord } from './classify.js';
import { divisionNouns, inhabitants, orgCues, placeCues, roles } from './lexicons.js';
import type { Mention } from './mentions.js';
import { lowerWords, tokenWords } from './words.js';
import { TYPES } from './tags.js';

/**
 * The words around a name correct the tagger's type: a facility or place noun after it
 * ("X airport", "X camp", "X province"), an organisation noun before or after it ("the
 * newspaper X", "X party"), an acronym defined after it ("X (ABC)" is no person), the
 * agency of a dateline ("(X) -"), ", who" after a small town's name (a surname), words of place
 * ("residents of X", "X county", "in X, Y") around a person or an organisation. The new type
 * goes to every mention of the same name that the tagger read the same way.
 */
export function retypeByContext(doc: Doc, mentions: Mention[]): Mention[] {
  const retyped = new Map<string, EntityType>();
  const key = (m: Mention) => `${m.type}|${m.text}`;
  const around = new Neighbours(doc, mentions);
  for (const m of mentions) {
    const type = agency(doc, m) ?? definesAcronym(doc, m) ?? organisationNoun(doc, m) ?? placeNounAfter(doc, m) ?? placeNounOf(doc, m) ?? speakingTown(doc, m) ?? placedName(doc, m, around);
    if (type && type !== m.type) retyped.set(key(m), type);
  }
  if (!retyped.size) return mentions;
  return mentions.map((m) => {
    const type = retyped.get(key(m));
    return type ? { ...m, type } : m;
  });
}

const word = (doc: Doc, i: number, m: Mention) =>
  i >= 0 && i < doc.tokens.length && doc.tokens.sentence[i] === doc.tokens.sentence[m.first] ? doc.tokens.surface(i) : '';

/** Kinds of settlement and division that name the place after "of" ("state of", "region of" also take other things). */
const PLACE_KIND = /^(?:town|city|village|island|province|district|county|municipality|governorate|oblast|prefecture)$/;

// "the town of Adan Yabaal", "the Brazilian city of Porto Alegre": the name is a place whatever
// the tagger read, of the gazetteer's type or else of that kind
function placeNounOf(doc: Doc, m: Mention): EntityType | null {
  const kind = word(doc, m.first - 2, m);
  if (m.type === 'NORP' || word(doc, m.first - 1, m) !== 'of' || !PLACE_KIND.test(kind)) return null;
  const known = knownPlace(m.text);
  if (known) return m.type === 'PERSON' || m.type === 'ORG' ? known.type : null;
  return placeCues().get(kind)?.find((c) => c.where === 'last')?.type ?? null;
}

/** How far into a line a dateline's agency may stand ("EL FASHER, Sudan, Jan 14 (Reuters) -"). */
const DATELINE_REACH = 10;

// "KHARTOUM, Sudan (AP) —", "BAMAKO, Jan 14 (Reuters) -": a name in parentheses before a dash,
// early in a line that opens in capitals
function agency(doc: Doc, m: Mention): EntityType | null {
  if (word(doc, m.first - 1, m) !== '(' || word(doc, m.last + 1, m) !== ')' || !/^[-–—]$/.test(word(doc, m.last + 2, m))) return null;
  const t = doc.tokens;
  let first = m.first;
  while (first > 0 && t.sentence[first - 1] === t.sentence[m.first]) first--;
  return m.first - first <= DATELINE_REACH && /^\p{Lu}{2,}$/u.test(t.surface(first).replace(/[-.]/g, '')) ? 'ORG' : null;
}

// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": people are not defined by their initials
// (a country code after a person, "Jane Doe (USA)", is no definition; initials after a
// given name are the person's own, "Alan John Percivale (A.J.P.) Taylor")
function definesAcronym(doc: Doc, m: Mention): EntityType | null {
  if (m.type !== 'PERSON' || startsWithGivenName(doc, m) || word(doc, m.last + 1, m) !== '(' || word(doc, m.last + 3, m) !== ')') return null;
  const acronym = word(doc, m.last + 2, m);
  return ACRONYM.test(acronym) && abbreviates(acronym.replace(/\./g, ''), m.text) ? 'ORG' : null;
}

// "the independent newspaper X", "X daily", "the militant group X": the tagger's person is
// an organisation, unless a given name opens it ("the party Jane Smith founded"). Places and
// groups keep their type ("Damascus radio", "a British newspaper").
function organisationNoun(doc: Doc, m: Mention): EntityType | null {
  if (m.type !== 'PERSON' || startsWithGivenName(doc, m)) return null;
  return orgCues().after.has(word(doc, m.last + 1, m)) || orgCues().before.has(word(doc, m.first - 1, m)) ? 'ORG' : null;
}

const startsWithGivenName = (doc: Doc, m: Mention) => givenNames().has(doc.tokens.surface(m.first).toLowerCase());

// "the Zamzam camp", "Charles de Gaulle airport", "Catatumbo region": a place noun after a name
// the gazetteer does not know types it ("Mosul airport" is in Mosul, "the Gaza coast" is Gaza),
// an administrative noun any place ("North Darfur province");
// a person's full name only by a plain facility noun; an organisation keeps its type ("a BNP
// mosque leaflet").
function placeNounAfter(doc: Doc, m: Mention): EntityType | null {
  if (m.type === 'NORP') return null;
  const cue = placeCues().get(word(doc, m.last + 1, m))?.find((c) => c.where === 'last' && c.after);
  if (!cue) return null;
  const place = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
  const namedAfter = m.type === 'PERSON' && m.last > m.first && cue.any;
  if ((!place && !namedAfter) || (cue.type !== 'GPE' && knownPlace(m.text))) return null;
  return cue.type;
}

/** Prepositions of place: what they govern, when it is placed by what follows, is a place. */
const LOCATIVE = /^(?:in|at|near|outside|around|towards|from|between)$/i;
/** Prepositions of nearness and movement: what follows is a place, not a person ("in" takes one unknown word only; "toward" is
 * also "biased toward", and takes people). */
const TOWARDS = /^(?:towards|near|outside)$/i;
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
/** the name list's type codes of organisations and people */
const ORG_INDEX = TYPES.indexOf('ORG');
const PER_INDEX = TYPES.indexOf('PER');

/** The mentions by first and by last token, to find what stands next to a name. */
class Neighbours {
  private readonly byFirst = new Map<number, Mention>();
  private readonly byLast = new Map<number, Mention>();
  constructor(private readonly doc: Doc, mentions: Mention[]) {
    for (const m of mentions) { this.byFirst.set(m.first, m); this.byLast.set(m.last, m); }
  }
  /** the mention right after `link` following m: "Lemboru, Baringo", "from Lemboru to Nakuru" ("X in Y" places people too) */
  after(m: Mention, link: string): Mention | undefined {
    if (word(this.doc, m.last + 1, m) !== link) return undefined;
    const other = this.byFirst.get(m.last + 2);
    return other && this.doc.tokens.sentence[other.first] === this.doc.tokens.sentence[m.first] ? other : undefined;
  }

  /** the mention right before `link` in front of m: "from Nakuru to X" */
  before(m: Mention, link: string): Mention | undefined {
    if (word(this.doc, m.first - 1, m) !== link) return undefined;
    const other = this.byLast.get(m.first - 2);
    return other && this.doc.tokens.sentence[other.first] === this.doc.tokens.sentence[m.first] ? other : undefined;
  }

  /** A place by its type, the gazetteer or a division noun ending it or following it ("Siaya county"). */
  isPlace(m: Mention): boolean {
    if (PLACE_TYPES.has(m.type)) return true;
    if (m.type === 'NORP') return false;
    return knownPlace(m.text) !== null || isAdminNoun(this.doc.tokens.surface(m.last).toLowerCase()) || isAdminNoun(word(this.doc, m.last + 1, m), true);
  }
  /**
   * The names coordinated with m ("in Kamwaura, Gatwiri and Molo") and the words before and
   * after the list; none without "and" or "or" ("In Toronto, Kevin Tapani allowed...").
   */
  listOf(m: Mention): { mates: Mention[]; before: string; after: string } {
    const mates: Mention[] = [];
    let first = m;
    let last = m;
    for (let p = this.listed(m, -1); p; p = this.listed(p, -1)) { mates.push(p); first = p; }
    for (let n = this.listed(m, 1); n; n = this.listed(n, 1)) { mates.push(n); last = n; }
    let coordinated = false;
    for (let i = first.first; i <= last.last && !coordinated; i++) coordinated = /^(?:and|or)$/.test(word(this.doc, i, m));
    return { mates: coordinated ? mates : [], before: word(this.doc, first.first - 1, first).toLowerCase(), after: coordinated ? word(this.doc, last.last + 1, last) : '' };
  }
  // the list item before (-1) or after (1) m: separated by ",", "and", "or" or ", and"
  private listed(m: Mention, dir: -1 | 1): Mention | undefined {
    const at = dir < 0 ? m.first - 1 : m.last + 1;
    let gap = 0;
    while (gap < 2 && /^(?:,|and|or)$/.test(word(this.doc, at + dir * gap, m))) gap++;
    if (!gap || (gap === 2 && word(this.doc, at + dir, m) === ',')) return undefined;
    const other = dir < 0 ? this.byLast.get(at - gap) : this.byFirst.get(at + gap);
    return other && this.doc.tokens.sentence[other.first] === this.doc.tokens.sentence[m.first] ? other : undefined;
  }
}

/**
 * "residents of Lemboru", "Sagana residents", "Wamuyu county", "Kithimani County", "in Lemboru,
 * Marsabit", "in Kamwaura, Gatwiri and Molo", "attacked herders in Lemboru": the words around a
 * name the tagger read as a person or an organisation say it is a place. A bare preposition is
 * enough only for a "person" that no given name or known person's name opens; known
 * organisations and acronyms keep their type.
 */
function placedName(doc: Doc, m: Mention, around: Neighbours): EntityType | null {
  if (m.type !== 'PERSON' && m.type !== 'ORG') return null;
  const known = trainingNames().names.get(m.text);
  if (m.type === 'ORG' && (known === ORG_INDEX || ACRONYM.test(m.text))) return null;
  const asPlace = (): EntityType => knownPlace(m.text)?.type ?? 'GPE';
  const next = word(doc, m.last + 1, m);
  const prev = word(doc, m.first - 1, m).toLowerCase();
  if (m.last > m.first && isAdminNoun(doc.tokens.surface(m.last).toLowerCase())) return 'GPE';
  if (LOWER_FIRST.test(next) && isAdminNoun(next, true)) return knownPlace(m.text)?.type ?? divisionNouns().after.get(next)!;
  if (inhabitants().has(next) || (prev === 'of' && inhabitants().has(word(doc, m.first - 2, m).toLowerCase()))) return asPlace();
  if (next === "'s") return null;
  // listed with two places or more, most of the list, or before a division noun ("Kiwayu and Gatwiri towns")
  const list = around.listOf(m);
  const places = list.mates.filter((o) => around.isPlace(o)).length;
  if (list.mates.length && isAdminNoun(list.after, true)) return asPlace();
  if (places >= 2 && places * 2 > list.mates.length && (LOCATIVE.test(list.before) || list.before === 'of')) return asPlace();
  // "from Lemboru to Nakuru", "from Nakuru to X"
  const to = prev === 'from' ? around.after(m, 'to') : undefined;
  const from = prev === 'to' ? around.before(m, 'to') : undefined;
  if ((to && around.isPlace(to)) || (from && word(doc, from.first - 1, from).toLowerCase() === 'from' && around.isPlace(from))) return asPlace();
  // ", <place>" after a preposition of place ("in Lemboru, Baringo"), or ", <division>" anywhere ("Kithimani, Ngarua County,")
  const placer = around.after(m, ',');
  if (placer && around.isPlace(placer) && (LOCATIVE.test(prev) || (endsInDivision(doc, placer) && !roles().heads.has(word(doc, placer.last + 1, placer).toLowerCase())))) return asPlace();
  // a bare preposition: "towards Khan Younis", "in Lemboru.", "in Kibwezi Ndogo"
  if (m.type !== 'PERSON' || startsWithGivenName(doc, m) || known === PER_INDEX || /^\p{Lu}+$/u.test(m.text)) return null;
  if (TOWARDS.test(prev) && m.last > m.first) return 'GPE';
  return prev === 'in' ? asPlace() : null;
}

// "Ngarua County", "Siaya county": a division by its last word or the word after it
const endsInDivision = (doc: Doc, m: Mention) =>
  isAdminNoun(doc.tokens.surface(m.last).toLowerCase()) || isAdminNoun(word(doc, m.last + 1, m));

/** A division or settlement noun: "admin" cues, or with `after` any place noun that follows a name. */
const isAdminNoun = (word: string, after = false) => (after ? divisionNouns().after.has(word) : divisionNouns().admin.has(word));

/** Below this population a one-word town that speaks is more likely a surname ("Obama, who ..."). */
const SMALL_TOWN = 100_000;
const RELATIVE = /^(?:who|whose)$/;

// "Obama, who visited ...": a small town taken up by "who" is a surname ("X said" is not
// enough: companies named after towns speak too)
function speakingTown(doc: Doc, m: Mention): EntityType | null {
  if (m.type !== 'GPE' || m.first !== m.last) return null;
  const next = word(doc, m.last + 1, m);
  if (next !== ',' || !RELATIVE.test(word(doc, m.last + 2, m))) return null;
  const place = knownPlace(m.text);
  return place && place.kind === 'city' && place.population < SMALL_TOWN ? 'PERSON' : null;
}

/** Organisation nouns that follow a name the tagger may miss altogether ("the Democratic Centre party"). */
const NAMING_NOUN = /^(?:party|militia|movement)$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// (regular expressions on the per-token paths are constants: a literal makes a new object each time)
const LOWER_FIRST = /^\p{Ll}/u;
/** at most this mid-sentence capitalisation rate (0-9) makes a word an ordinary one ("The") */
const ORDINARY_CAP_RATE = 1;
const isOrdinary = (word: string) => {
  const info = wordTable().get(word.toLowerCase());
  return info !== undefined && info.capRate >= 0 && info.capRate <= ORDINARY_CAP_RATE;
};

/**
 * Names the tagger missed: a nationality standing alone ("Somali forces"; party words such as
 * "Conservative" are left to the tagger), and
 * names that their head word reveals: the capitalised words right before
 * "party", "militia" or "movement" are an organisation ("the Democratic Centre party"); the
 * capitalised words ending in a facility word are a facility ("Martyrs' Square").
 */
export function cuedNames(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const words = tokenWords(doc);
  const found: Mention[] = [];
  let k = 0;
  for (let i = 1; i < t.length; i++) {
    const w = words[i];
    if (CAPITALISED.test(w) && i + 1 < t.length && !CAPITALISED.test(words[i + 1]) && demonymCountry(w) !== null && !isOrdinary(w)) {
      // a nationality the tagger left out ("Somali forces"), unless it is part of a name
      while (k < mentions.length && mentions[k].end <= t.start[i]) k++;
      if (!(k < mentions.length && mentions[k].start < t.end[i]) && !(i > 0 && CAPITALISED.test(words[i - 1]) && t.sentence[i - 1] === t.sentence[i])) {
        found.push({ first: i, last: i, start: t.start[i], end: t.end[i], type: 'NORP', text: w });
      }
      continue;
    }
    const org = NAMING_NOUN.test(w);
    const facility = !org && CAPITALISED.test(w) && placeCues().get(w.toLowerCase())?.some((c) => c.where === 'last' && c.any && c.type === 'FAC');
    if (!org && !facility) continue;
    // the words before, within the sentence and not opening it ("Martyrs ' Square")
    let first = i;
    while (first - 1 > 0 && t.sentence[first - 2] === t.sentence[i]
      && (CAPITALISED.test(words[first - 1]) || (words[first - 1] === "'" && /s$/.test(words[first - 2])))) first--;
    const last = org ? i - 1 : i;
    // leading ordinary words are no part of the name ("The party", "The Olympic Stadium")
    while (first <= last && (words[first] === "'" || isOrdinary(words[first]))) first++;
    // "a Moslem party" is a kind of party, not its name
    if (first > last || (org && first === last && isGroupWord(words[first])) || (facility && first === i)) continue;
    const start = t.start[first];
    const end = t.end[last];
    while (k < mentions.length && mentions[k].end <= start) k++;
    if (k < mentions.length && mentions[k].start < end) continue;
    found.push({ first, last, start, end, type: org ? 'ORG' : 'FAC', text: doc.text.slice(start, end) });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/** Endings of adjectives made from names ("Arctic", "Siberian"), which stand before place nouns too. */
const PROPER_ADJECTIVE = /(?:ian|ean|ic|ese|ish)$/;

/**
 * Places the tagger missed, named by a division noun or a word for their people: "Ngarua
 * village", "the Kamwaura area", "Ngarua Constituency", "Wamuyu residents", "residents of
 * Kiptaget". A sentence's first word may open such a name unless it is an ordinary word ("The").
 */
export function divisionNames(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const words = tokenWords(doc);
  const lower = lowerWords(doc);
  const covered = new Uint8Array(t.length);
  for (const m of mentions) covered.fill(1, m.first, m.last + 1);
  const inSentence = (j: number, i: number) => j >= 0 && j < t.length && t.sentence[j] === t.sentence[i];
  const found: Mention[] = [];
  const add = (first: number, last: number, type: EntityType, minWords: number) => {
    while (first <= last && isOrdinary(words[first])) first++;
    if (last - first + 1 < minWords || (first === last && (isGroupWord(words[first]) || PROPER_ADJECTIVE.test(words[first])))) return;
    for (let j = first; j <= last; j++) if (covered[j]) return;
    covered.fill(1, first, last + 1);
    found.push({ first, last, start: t.start[first], end: t.end[last], type, text: doc.text.slice(t.start[first], t.end[last]) });
  };
  for (let i = 0; i < t.length; i++) {
    if (inhabitants().has(lower[i]) && inSentence(i + 1, i) && words[i + 1] === 'of') {
      let last = i + 1;
      while (inSentence(last + 1, i) && CAPITALISED.test(words[last + 1])) last++;
      add(i + 2, last, 'GPE', 1);
      continue;
    }
    const named = CAPITALISED.test(words[i]) && isAdminNoun(lower[i]);
    const after = !named && LOWER_FIRST.test(words[i]) && (isAdminNoun(words[i], true) || inhabitants().has(words[i]));
    if (!named && !after) continue;
    let first = i;
    while (inSentence(first - 1, i) && CAPITALISED.test(words[first - 1])) first--;
    const type = divisionNouns().after.get(lower[i]) ?? 'GPE';
    if (named) add(first, i, type, 2);
    else add(first, i - 1, type, 1);
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

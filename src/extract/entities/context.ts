import type { Doc } from '../../doc/document.js';
import type { EntityType } from '../../doc/types.js';
import { demonymCountry, knownPlace } from '../geo/lookup.js';
import { abbreviates, ACRONYM } from './acronyms.js';
import { givenNames, wordTable } from './tagger.js';
import { isGroupWord } from './classify.js';
import { orgCues, placeCues } from './lexicons.js';
import type { Mention } from './mentions.js';
import { tokenWords } from './words.js';

/**
 * The words around a name correct the tagger's type: a facility or place noun after it
 * ("X airport", "X camp", "X province"), an organisation noun before or after it ("the
 * newspaper X", "X party"), an acronym defined after it ("X (ABC)" is no person), the
 * agency of a dateline ("(X) -"), ", who" after a small town's name (a surname). The new type goes to every mention of
 * the same name that the tagger read the same way.
 */
export function retypeByContext(doc: Doc, mentions: Mention[]): Mention[] {
  const retyped = new Map<string, EntityType>();
  const key = (m: Mention) => `${m.type}|${m.text}`;
  for (const m of mentions) {
    const type = agency(doc, m) ?? definesAcronym(doc, m) ?? organisationNoun(doc, m) ?? placeNounAfter(doc, m) ?? placeNounOf(doc, m) ?? speakingTown(doc, m) ?? personAsDestination(doc, m);
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

/** Prepositions of movement and nearness: what follows is a place, not a person ("toward" is
 * also "biased toward", and takes people). */
const TOWARDS = /^(?:towards|near|outside)$/;

// "heading south towards Khan Younis": a "person" of two words or more that the text moves
// towards is a place the gazetteer spells otherwise, unless a given name opens it
function personAsDestination(doc: Doc, m: Mention): EntityType | null {
  if (m.type !== 'PERSON' || m.first === m.last || !TOWARDS.test(word(doc, m.first - 1, m)) || startsWithGivenName(doc, m)) return null;
  return 'GPE';
}

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

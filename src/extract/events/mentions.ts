import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/types.js';
import { clauses } from './clauses.js';
import { courtCase, cueSet, deathCauses, exclusions, irrealis, notViolence, verbalTargets, type Family } from './lexicon.js';
import { passiveWithoutAgent, roleSides, rolesIn } from './participants.js';

/** One cue in one clause: "stormed" in "after protesters stormed several government buildings". */
export interface Mention {
  family: Family;
  cue: Span;
  clause: Span;
  sentence: number;
  /** a noun phrase ("attacks") rather than a verb ("attacked") */
  nominal: boolean;
  /** "the protests": refers back to a happening already told; starts no event */
  anaphoric: boolean;
  /** "rioters", "violent protests": the cue itself says people took part */
  crowd: boolean;
}

const DEVICES = new Set(['explosive', 'grenade']);
const BACK_REFERENCE = new Set(['the', 'these', 'those', 'this', 'such', 'its', 'their', 'his', 'her']);
const WORD_BEFORE = /([\p{L}']+)[^\p{L}']*$/u;
// "protested against the killing of a villager": the violence a protest is about is its grievance, not one more happening
const GRIEVANCE = /\b(?:protest(?:ed|ing|s)?|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies)|demand(?:ed|ing|s)?(?: justice for)?)\s+(?:(?:against|over|about|for|into|of)\s+)?(?:[\p{L}'-]+\s+){0,6}$/iu;
// "protested after a pedestrian was killed by a motorist", "demanding justice for a student killed by police": violence told
// passively after what a protest was about is its grievance too
const PASSIVE_GRIEVANCE = /\b(?:protest(?:ed|ing|s)?|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies)|demand(?:ed|ing|s)?)\s+(?:[\p{L}'-]+\s+){0,3}?(?:after|following|over|against|for)\s+(?:(?!(?:and|but|then)\s)[\p{L}'-]+\s+){0,5}$/iu;
const PASSIVE_AFTER = /^\s+by\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|been)\s+$/i;
// "arrested for looting": the violence an arrest is for is its charge, told elsewhere if at all
const CHARGE = /\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|charged|jailed|convicted|prosecuted|sentenced|held)\s+(?:[\p{L}'-]+\s+){0,3}?(?:for|over|on charges of|on suspicion of|in connection with)\s+(?:[\p{L}'-]+\s+){0,3}$/iu;
// "facing charges relating to the murder of", "convicted of the killing of": the violence a charge names is the case's, not a happening told
const CHARGED_WITH = /\b(?:charges?|convicted|guilty|acquitted|trial)\s+(?:of|with|for|over|relating to|related to|in connection with)\s+(?:(?!(?:is|are|was|were|been)\s)[\p{L}'-]+\s+){0,3}$/iu;
// "were killed under the general's regime", "during his rule": a period's record, not a happening with a place and a day
const PERIOD = /\b(?:under|during|throughout)\s+(?:[\p{L}.'’-]+\s+){0,3}(?:regime|rule|dictatorship|reign|junta|era)\b/iu;
// "Fortuyn's murder", "the 11 September attacks": a happening named by whose or when it was refers to one already known
const NAMED_BEFORE = /(?:\p{L}['’]s|\b(?:the|its|their|his|her)\s+(?:(?:\d+|\p{Lu}[\p{L}'’-]*)\s+){1,3})\s*$/u;
// "police defused a bomb", "an explosive was found": a device made safe or found is no blast
const DEVICE_FOUND_BEFORE = /\b(?:defused|defuse|dismantled|dismantle|disposed of|found|find|discovered|recovered|seized|spotted|intercepted)\s+(?:[\p{L}\d'-]+\s+){0,4}$/iu;
const DEVICE_FOUND_AFTER = /^\s+(?:(?:was|were|is|are|has been|have been)\s+)(?:\w+\s+)?(?:found|discovered|defused|dismantled|recovered|seized|spotted|intercepted)\b/i;
const RAID = /^raid/i;
// "protests are expected to be muted": what is expected, planned or due after the cue has not happened
const EXPECTED_AFTER = /^(?:\s+[\p{L}-]+){0,4}?\s+(?:is|are|was|were)\s+(?:expected|planned|scheduled|likely|set|due)\s+to\b/iu;
// "failed to persuade the others to stage a protest": what someone failed to bring about did not happen
const FAILED_TO = /\bfailed\s+to\s+(?:[\p{L}'-]+\s+){0,8}$/iu;
const PRONOUN_OPENING = /^they\b/i;
const NO_ONE = /\b(?:no one|nobody|none)\b(?:\s+\w+){0,2}\s*$/iu;

/** Every cue the lexicon knows in the article's non-heading sentences, with its clause. */
export function findMentions(doc: Doc): Mention[] {
  const { regex, cues } = cueSet();
  const out: Mention[] = [];
  const clauseCache = new Map<number, Span[]>();
  regex.lastIndex = 0;
  for (let m = regex.exec(doc.text); m; m = regex.exec(doc.text)) {
    const s = doc.sentenceAt(m.index);
    if (s < 0 || doc.sentences[s].heading) continue;
    const cue = { start: m.index, end: m.index + m[0].length };
    if (insideName(doc, cue)) continue;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    let sentenceClauses = clauseCache.get(s);
    if (!sentenceClauses) clauseCache.set(s, (sentenceClauses = clauses(doc.text, doc.sentences[s])));
    const clause = sentenceClauses.find((c) => c.start <= cue.start && cue.start < c.end) ?? doc.sentences[s];
    const before = doc.text.slice(clause.start, cue.start);
    if (isIrrealis(before) || FAILED_TO.test(before) || EXPECTED_AFTER.test(doc.text.slice(cue.end, clause.end))) continue;
    const { family, nominal, crowd } = cues[group];
    if (family.scope === 'violent' && nominal && GRIEVANCE.test(before)) continue;
    const passive = PASSIVE_BEFORE.test(before) || PASSIVE_AFTER.test(doc.text.slice(cue.end, cue.end + 10));
    if (family.scope === 'violent' && !nominal && passive && PASSIVE_GRIEVANCE.test(doc.text.slice(doc.sentences[s].start, cue.start))) continue;
    if (family.scope === 'violent' && (CHARGE.test(before) || CHARGED_WITH.test(before) || PERIOD.test(doc.surface(clause)))) continue;
    if (DEVICES.has(family.name) && (DEVICE_FOUND_BEFORE.test(before) || DEVICE_FOUND_AFTER.test(doc.text.slice(cue.end, cue.end + 40)))) continue;
    if (family.scope === 'violent' && isVerbal(before, doc.text.slice(cue.end, cue.end + 60))) continue;
    out.push({ family, cue, clause, sentence: s, nominal, crowd, anaphoric: nominal && (BACK_REFERENCE.has(lastWords(before, 1)[0] ?? '') || NAMED_BEFORE.test(before)) });
  }
  return out;
}

/** "Merrill Lynch", "Peter Lynch": a cue word that is part of a name is no cue (an acronym such as "IED" the tagger took for one still is). */
function insideName(doc: Doc, cue: Span): boolean {
  if (/^\p{Lu}{2,}s?$/u.test(doc.surface(cue))) return false;
  return doc.entities.some((e) => e.type !== 'GPE' && e.type !== 'LOC' && e.mentions.some((x) => x.start <= cue.start && cue.end <= x.end));
}

function lastWords(text: string, n: number, keepCase = false): string[] {
  const words: string[] = [];
  let rest = text;
  while (words.length < n) {
    const m = WORD_BEFORE.exec(rest);
    if (!m) break;
    words.push(keepCase ? m[1] : m[1].toLowerCase());
    rest = rest.slice(0, m.index);
  }
  return words;
}

/** "threatened to protest", "fears of attacks", "no one was killed" (words since the last punctuation). */
function isIrrealis(clauseBefore: string): boolean {
  const before = clauseBefore.slice(clauseBefore.search(/[^,;:()"“”]*$/));
  if (NO_ONE.test(before)) return true;
  const words = irrealis();
  // "in May reportedly staged": the month, not the modal
  return lastWords(before, 2, true).some((w) => w !== 'May' && words.has(w.toLowerCase()));
}

/** "attacked the government's decision", "the trilogy has been attacked": criticism, not force. */
function isVerbal(before: string, after: string): boolean {
  const { before: subject, after: object } = verbalTargets();
  return object.test(after) || subject.test(before);
}

/**
 * Does a cue's clause speak of political violence or protest? Not when it tells of an
 * accident, a disaster, a game, a film or a computer attack; and only when people take part.
 * Violence needs armed men, security forces or a crowd in its sentence, a verb of violence
 * done to a person in its clause, or else a count of casualties in a paragraph that is not
 * about a disaster or a game. (Protest cues are
 * specific enough: "demonstrated against", not "demonstrated a phone".)
 */
export function takesPart(doc: Doc, mention: Mention): boolean {
  if (excluded(mention, doc.surface(mention.clause))) return false;
  const sentence = doc.sentences[mention.sentence];
  if (mention.family.scope === 'protest' && bareProtest(doc, mention, sentence)) return false;
  // "They burned tyres": a sentence that opens on "they" continues the people of the one before
  const previous = PRONOUN_OPENING.test(doc.surface(sentence)) ? doc.sentences[mention.sentence - 1] : undefined;
  const roles = rolesIn(doc.surface(sentence) + (previous ? ` ${doc.surface(previous)}` : ''));
  const paragraphSpan = doc.paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end) ?? sentence;
  const paragraph = doc.surface(paragraphSpan);
  if (ordinaryDeath(doc, mention, doc.surface(sentence), roles.has('armed') ? '' : paragraph)) return false;
  if (searchBySecurityForces(doc, mention)) return false;
  if (!mention.family.needsPeople || mention.crowd) return true;
  if (roles.has('state') || roles.has('armed') || roles.has('crowd')) return true;
  // "a man was stabbed": a verb of violence done to a person ("with 23,000 people killed" in a paragraph about an earthquake is not)
  if (!mention.nominal && rolesIn(doc.surface(mention.clause)).has('civilian')) return !deathCauses().test(paragraph);
  if (excluded(mention, paragraph)) return false;
  return doc.figures.some((f) => (f.category === 'killed' || f.category === 'injured') && f.start < paragraphSpan.end && paragraphSpan.start < f.end);
}

/**
 * "23,000 people were killed" in a paragraph about an earthquake, "she was assaulted" in
 * one about a lawsuit: a death or an assault told with no one doing it is the disaster's
 * toll or an ordinary crime told through its court case, not political violence. The
 * paragraph counts only when its sentence names no armed men (pass '' then); a cause of
 * death in the sentence itself always does.
 */
function ordinaryDeath(doc: Doc, mention: Mention, sentence: string, paragraph: string): boolean {
  if (mention.nominal || !passiveWithoutAgent(doc, mention.clause, mention.cue)) return false;
  return deathCauses().test(sentence) || deathCauses().test(paragraph) || courtCase().test(paragraph);
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
// "follows angry protests", "met with protests by", "after protests by": protests told as what led to or met something else
const PROTEST_AS_CAUSE = /\b(?:follows?|followed|following|after|amid|met with|faced|sparked|prompted|drew|triggered|despite|influenced by|in response to|because of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "The move follows angry protests": protests named as what led to something else, with
 * no place and no time of their own in the sentence, are a story's background, not a
 * happening ACLED could place and date.
 */
function bareProtest(doc: Doc, mention: Mention, sentence: Span): boolean {
  if (!PROTEST_AS_CAUSE.test(doc.text.slice(mention.clause.start, mention.cue.start))) return false;
  const inside = (x: Span) => sentence.start <= x.start && x.end <= sentence.end;
  if (doc.times.some(inside)) return false;
  return !doc.entities.some((e) => PLACE_TYPES.has(e.type) && e.mentions.some(inside));
}

/**
 * "Police raided a file-sharing site": a raid the state's forces alone make on no people
 * (not "raided the homes of civilians") is a search; any violence in it is told by its own
 * words ("shot dead two suspects in the raid").
 */
function searchBySecurityForces(doc: Doc, mention: Mention): boolean {
  if (!RAID.test(doc.surface(mention.cue))) return false;
  const { acting } = roleSides(doc, [mention]);
  return acting.has('state') && !acting.has('armed') && !acting.has('crowd') && !rolesIn(doc.surface(mention.clause)).has('civilian');
}

/** "The clash was over water": a back-reference needs no people of its own (the happening it refers to had them), only a clause that is no game or film. */
export function refersBackToUnrest(doc: Doc, mention: Mention): boolean {
  return mention.anaphoric && !excluded(mention, doc.surface(mention.clause));
}

/** A game, a film, a computer attack; for violence also an accident, a disaster, a verbal attack. */
function excluded(mention: Mention, text: string): boolean {
  return exclusions().test(text) || (mention.family.scope !== 'protest' && notViolence().test(text));
}

/** Arrests are an event of their own when a state's forces or authorities make them. */
export function byAuthorities(doc: Doc, mention: Mention): boolean {
  return rolesIn(doc.surface(doc.sentences[mention.sentence])).has('state');
}

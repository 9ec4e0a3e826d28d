import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/types.js';
import { clauseDate, datesCompatible, daysBefore, narrativeDate, type DateChoice } from './dates.js';
import type { Family, Label } from './lexicon.js';
import { byAuthorities, refersBackToUnrest, takesPart, type Mention } from './mentions.js';
import { passiveWithoutAgent } from './participants.js';
import { clausePlace, focusPlace, morePrecise, placesCompatible, type PlaceChoice } from './places.js';

/** One happening as the article tells it, before it is coded: its cues, clauses and attributes. */
export interface Happening {
  families: Family[];
  mentions: Mention[];
  evidence: Span[];
  firstSentence: number;
  lastSentence: number;
  date: DateChoice | null;
  place: PlaceChoice | null;
  /** the ACLED code, given per clause before merging; a merged happening keeps its first */
  label: Label;
}

const CASUALTY = new Set(['killed', 'injured']);
// back-references that name what kind of violence an attack told just before was ("the clash", "the blast"); not "the rioters"
const NAMES_THE_KIND = new Set(['armed', 'explosive', 'grenade', 'shelling', 'airstrike', 'suicide']);
// a clause opening on the demonstrators just told of
const THE_DEMONSTRATORS = /^\s*(?:the|these|those) (?:protesters|protestors|demonstrators|marchers)\b/i;
// an event this much older than the article's narrative date is background ("who resigned in 2019")
const BACKGROUND_DAYS = 365;

/**
 * Turns cue mentions into happenings: drops what is no event (back-references, violence
 * without people taking part, arrests not made by the authorities, political developments
 * in an article without unrest, background long before the story), groups the cues of a
 * clause, dates, places and codes each clause, and merges mentions of one happening.
 */
export function gatherHappenings(doc: Doc, mentions: Mention[], code: (h: Omit<Happening, 'label'>) => Label): Happening[] {
  const real = mentions.filter((m) => {
    if (m.family.scope === 'political') return true;
    return m.family.scope === 'secondary' ? byAuthorities(doc, m) : takesPart(doc, m);
  });
  const live = real.filter((m) => !m.anaphoric);
  const unrest = real.some((m) => m.family.scope === 'violent' || m.family.scope === 'protest');
  const clauseGroups = groupByClause(live.filter((m) => unrest || (m.family.scope !== 'political' && m.family.scope !== 'secondary')));
  const narrative = narrativeDate(doc);
  const focus = focusPlace(doc);
  const out: Happening[] = [];
  for (const group of clauseGroups) {
    const first = group[0];
    const sentence = doc.sentences[first.sentence];
    const date = clauseDate(doc, first.clause, sentence, narrative);
    if (date?.told && narrative && (daysBefore(date.date, narrative.value) ?? 0) > BACKGROUND_DAYS) continue;
    const h = {
      families: unique(group.map((m) => m.family)),
      mentions: group,
      evidence: [first.clause],
      firstSentence: first.sentence,
      lastSentence: first.sentence,
      date,
      place: clausePlace(doc, first.clause, sentence, focus),
    };
    out.push({ ...h, label: code(h) });
  }
  const backReferences = mentions.filter((m) => m.family.scope === 'political' ? m.anaphoric : refersBackToUnrest(doc, m));
  return attachBackReferences(mergeHappenings(doc, absorbVictims(doc, absorbCasualtyReports(doc, out, backReferences))), backReferences, code);
}

/**
 * The cues of one clause tell one happening, except political developments, which stand
 * alone ("troops arrived" is not the gunfire beside it). Arrests told in a sentence with
 * violence or protest are part of it.
 */
function groupByClause(mentions: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  const key = (m: Mention) => `${m.clause.start}:${m.family.scope === 'political' ? m.family.name : 'unrest'}`;
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.family.scope === 'secondary') {
      const host = mentions.find((o) => o.sentence === m.sentence && (o.family.scope === 'violent' || o.family.scope === 'protest'));
      if (host) continue;
    }
    const k = key(m);
    let g = byKey.get(k);
    if (!g) {
      byKey.set(k, (g = []));
      groups.push(g);
    }
    if (!g.some((o) => o.family === m.family && o.cue.start === m.cue.start)) g.push(m);
  }
  return groups;
}

/**
 * "… 18 killed" after a clash tells the clash's toll, not a new attack: a clause whose only
 * cues are inside casualty figures joins the violent happening of its sentence or the one
 * before; one that points back at an event told earlier ("injured in the riots") adds none.
 */
function absorbCasualtyReports(doc: Doc, happenings: Happening[], backReferences: Mention[]): Happening[] {
  const casualties = doc.figures.filter((f) => CASUALTY.has(f.category));
  const isReport = (h: Happening) => h.mentions.every((m) => casualties.some((f) => f.start <= m.cue.start && m.cue.end <= f.end));
  const refersBack = (h: Happening) => backReferences.some((m) => m.clause.start === h.evidence[0].start);
  const out: Happening[] = [];
  for (const h of happenings) {
    if (!isReport(h)) {
      out.push(h);
      continue;
    }
    const host = [...out].reverse().find((o) => o.families.some((f) => f.scope === 'violent') && h.firstSentence - o.lastSentence <= 1);
    if (host) absorb(host, h);
    else if (!refersBack(h)) out.push(h);
  }
  return out;
}

/**
 * "Two people were killed | after clashes between …": victims told in the passive with no
 * one doing it are the toll of the other violence their sentence tells (a clash, a blast, a
 * riot), which codes the happening.
 */
function absorbVictims(doc: Doc, happenings: Happening[]): Happening[] {
  const victimsOnly = (h: Happening) => h.mentions.every((m) => m.family.name === 'attack' && !m.nominal && passiveWithoutAgent(doc, m.clause, m.cue));
  const out = happenings.filter((h) => !victimsOnly(h));
  for (const h of happenings.filter(victimsOnly)) {
    const host = out.find((o) => o.firstSentence <= h.firstSentence && h.firstSentence <= o.lastSentence && o.families.some((f) => f.scope === 'violent' && f.name !== 'attack'));
    if (host) absorb(host, h);
    else out.push(h);
  }
  return out.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}

/** Merges later mentions into an earlier happening they can be (see canMerge). */
function mergeHappenings(doc: Doc, happenings: Happening[]): Happening[] {
  const out: Happening[] = [];
  for (const h of happenings) {
    const host = out.find((o) => canMerge(doc, o, h));
    if (host) absorb(host, h);
    else out.push(h);
  }
  return out;
}

/**
 * One happening when the cues share a family, the places and dates agree, and either the
 * mentions are in the same or the next sentence (the first mention's code stands), or they
 * have the same ACLED code and every cue is of a kind an article has one of (a deployment,
 * a protest movement). A riot told next by "the protesters" is the protest turning violent, wherever the
 * clause puts it ("The protesters lit bonfires on the A-B highway").
 */
function canMerge(doc: Doc, a: Happening, b: Happening): boolean {
  if (!datesCompatible(a.date, b.date)) return false;
  const near = b.firstSentence - a.lastSentence <= 1;
  if (near && escalates(a, b) && a.label.type === 'Protests' && THE_DEMONSTRATORS.test(doc.surface(b.evidence[0]))) return true;
  if (!placesCompatible(a.place, b.place)) return false;
  if (near && escalates(a, b)) return true;
  if (!a.families.some((f) => b.families.includes(f))) return false;
  // side by side, the same kind of cue is the same happening, however each clause was coded
  if (near) return true;
  return a.label.type === b.label.type && a.label.subType === b.label.subType && [...a.families, ...b.families].every((f) => f.merge === 'article');
}

/**
 * "Later the state of emergency was extended": a back-reference in a clause that tells
 * nothing else is one more mention of the last happening of its kind told before it.
 */
function attachBackReferences(happenings: Happening[], backReferences: Mention[], code: (h: Omit<Happening, 'label'>) => Label): Happening[] {
  const claimed = (clause: Span) => happenings.some((h) => h.evidence.some((e) => e.start < clause.end && clause.start < e.end));
  for (const m of backReferences) {
    if (claimed(m.clause)) continue;
    const told = happenings.filter((h) => h.families.includes(m.family) && h.evidence[0].start < m.cue.start);
    const last = told.at(-1);
    if (last) {
      last.evidence.push(m.clause);
      continue;
    }
    // "Three men were killed. The clash …": the definite noun names the kind of the attack just told
    const attack = happenings.find((h) => h.lastSentence === m.sentence - 1 && h.families.every((f) => f.name === 'attack'));
    if (attack && NAMES_THE_KIND.has(m.family.name)) {
      attack.families.push(m.family);
      attack.evidence.push(m.clause);
      attack.label = code(attack);
    }
  }
  return happenings;
}

/** A protest and a riot told side by side are one demonstration that turned violent. */
function escalates(a: Happening, b: Happening): boolean {
  const protest = (h: Happening) => h.label.type === 'Protests';
  return (protest(a) && b.label.type === 'Riots') || (protest(b) && a.label.type === 'Riots');
}

function absorb(into: Happening, from: Happening): void {
  // the demonstration turned violent only if a cue of violence says so, not the classifier's reading alone
  if (into.label.type === 'Protests' && from.label.type === 'Riots' && from.families.some((f) => f.scope === 'violent')) into.label = from.label;
  into.families = unique([...into.families, ...from.families]);
  into.mentions.push(...from.mentions);
  for (const e of from.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  into.lastSentence = Math.max(into.lastSentence, from.lastSentence);
  into.place = morePrecise(into.place, from.place);
  into.date = moreDefinite(into.date, from.date);
}

function moreDefinite(a: DateChoice | null, b: DateChoice | null): DateChoice | null {
  if (!a) return b;
  if (!b) return a;
  if (a.own !== b.own) return a.own ? a : b;
  return a;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

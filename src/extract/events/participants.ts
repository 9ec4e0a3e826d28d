import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/types.js';
import { participants, type Role } from './lexicon.js';

const AGENT_TYPES = new Set(['PERSON', 'ORG', 'NORP']);
const PASSIVE = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?$/i;
// where the object of an active cue ends: at another (passive) verb, an agent or a circumstance
const OBJECT_END = /\b(?:was|were|been|being|by|despite|after|before|because|during|following|amid|as)\b/i;
const AGENT_PHRASE = /^\s*(?:[\p{L}-]+\s+){0,2}?by\s+((?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+)/iu;
const BY = /\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "Two people were killed": a cue told in the passive, with no agent ("by …") after it in its clause. */
export function passiveWithoutAgent(doc: Doc, clause: Span, cue: Span): boolean {
  return PASSIVE.test(doc.text.slice(clause.start, cue.start)) && !/\bby\b/i.test(doc.text.slice(cue.end, clause.end));
}

export interface Sides { actors: string[]; targets: string[]; actorsText: string[] }

/**
 * Who did it and to whom, in one clause: named agents (people, organisations, groups)
 * before the cue act and after it suffer, unless the verb is passive or "by" introduces
 * them; unnamed groups ("protesters", "security forces") on the acting side are kept as written.
 */
export function clauseSides(doc: Doc, clause: Span, cue: Span, into: Sides): void {
  const passive = PASSIVE.test(doc.text.slice(clause.start, cue.start));
  const acting = (at: number) => {
    if (at < cue.start) return !passive;
    return BY.test(doc.text.slice(cue.end, at));
  };
  for (const e of doc.entities) {
    if (!AGENT_TYPES.has(e.type)) continue;
    const m = e.mentions.find((x) => x.start >= clause.start && x.end <= clause.end);
    // "the minister told reporters that …": who reports an event is its source, not a side
    if (!m || speaks(doc.text, m)) continue;
    const list = acting(m.start) ? into.actors : into.targets;
    if (!list.includes(e.id)) list.push(e.id);
  }
  const { regex, role } = participants();
  regex.lastIndex = 0;
  const text = doc.surface(clause);
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const at = clause.start + m.index;
    if (role.get(m[0].toLowerCase()) === 'civilian' || !acting(at)) continue;
    if (at < cue.end && at + m[0].length > cue.start) continue;
    const written = m[0];
    if (!into.actorsText.includes(written)) into.actorsText.push(written);
  }
}

const SPEAKS_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:said|say|says|told|reported|confirmed|claimed|spokes(?:man|woman|person))\b/iu;
const SPEAKS_BEFORE = /\baccording to\s+(?:the\s+|local\s+)*$/i;

/**
 * The participant roles a text names ("police" state, "gunmen" armed, "protesters" crowd);
 * with `takingPart`, not those that only speak of it ("police said", "according to police").
 */
export function rolesIn(text: string, takingPart = false): Set<Role> {
  const { regex, role } = participants();
  const out = new Set<Role>();
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (takingPart && speaks(text, { start: m.index, end: m.index + m[0].length })) continue;
    out.add(role.get(m[0].toLowerCase())!);
  }
  return out;
}

/** "police said", "Joseph Mwangi told reporters", "according to the army": a speaker, not a participant. */
function speaks(text: string, at: Span): boolean {
  return SPEAKS_AFTER.test(text.slice(at.end, at.end + 40)) || SPEAKS_BEFORE.test(text.slice(Math.max(0, at.start - 30), at.start));
}

/** The first unnamed participant of a role that takes part in a span ("officers" for the state), as written. */
export function firstOfRole(doc: Doc, span: Span, wanted: Role): string | null {
  const { regex, role } = participants();
  const text = doc.surface(span);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (role.get(m[0].toLowerCase()) === wanted && !speaks(text, { start: m.index, end: m.index + m[0].length })) return m[0];
  }
  return null;
}

/** Who acts and who suffers in a happening's clauses, by role. */
export interface RoleSides { acting: Set<Role>; suffering: Set<Role> }

/**
 * The roles that act in a happening's clauses: those named before an active cue ("angry
 * residents beat a man") or after "by" a passive one, not the victims before it ("residents were attacked");
 * and those that suffer it: named before a passive cue, or after an active one.
 */
export function roleSides(doc: Doc, mentions: ReadonlyArray<{ clause: Span; cue: Span }>): RoleSides {
  const acting = new Set<Role>();
  const suffering = new Set<Role>();
  for (const { clause, cue } of mentions) {
    const before = doc.text.slice(clause.start, cue.start);
    // the object stops at another verb or a circumstance ("suspected of kidnapping a child | was killed by police")
    const after = doc.text.slice(cue.end, clause.end).split(OBJECT_END)[0];
    const passive = PASSIVE.test(before);
    for (const r of rolesIn(passive ? before : after, true)) suffering.add(r);
    if (!passive) for (const r of rolesIn(before, true)) acting.add(r);
    // "killed by a mob": the agent of a passive cue acts
    const agent = passive ? AGENT_PHRASE.exec(doc.text.slice(cue.end, clause.end)) : null;
    if (agent) for (const r of rolesIn(agent[1], true)) acting.add(r);
  }
  return { acting, suffering };
}

import { readList, readTable } from '../../util/lexicon.js';
import { lazy } from '../../util/lazy.js';
import type { EventType } from '../../doc/types.js';

// The event layer's data files (data/events/, see SOURCE.md there), compiled once.

export type Scope = 'violent' | 'protest' | 'political' | 'secondary';

export interface Label { type: EventType; subType: string }

export interface Family {
  name: string;
  scope: Scope;
  /** near: mentions of one happening sit close together; article: one per article */
  merge: 'near' | 'article';
  /** a generic cue ("attacked") counts only with people taking part; a specific one ("lynched") alone */
  needsPeople: boolean;
  labels: Label[];
}

export const labelKey = (l: Label) => `${l.type}|${l.subType}`;

function parseLabel(raw: string): Label {
  const [type, subType] = raw.split('|');
  return { type: type as EventType, subType };
}

export const families = lazy(() => {
  const byName = new Map<string, Family>();
  for (const [name, scope, merge, needs, labels] of readTable('events', 'families.tsv')) {
    byName.set(name, { name, scope: scope as Scope, merge: merge as Family['merge'], needsPeople: needs === 'people', labels: labels.split(';').map(parseLabel) });
  }
  return byName;
});

export interface CueSet {
  /** one alternation over all cues; capture group i+1 is cues[i] */
  regex: RegExp;
  /** nominal: a noun phrase; crowd: the cue itself says a crowd took part ("rioters") */
  cues: Array<{ family: Family; nominal: boolean; crowd: boolean }>;
}

export const cueSet = lazy((): CueSet => {
  const fams = families();
  const cues: CueSet['cues'] = [];
  const groups: string[] = [];
  for (const [family, kind, pattern] of readTable('events', 'cues.tsv')) {
    const fam = fams.get(family);
    if (!fam) throw new Error(`data/events/cues.tsv: unknown family ${family}`);
    cues.push({ family: fam, nominal: kind.startsWith('n'), crowd: kind.endsWith('+') });
    groups.push(`(${pattern})`);
  }
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${groups.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}])`, 'giu'), cues };
});

export type Role = 'state' | 'armed' | 'crowd' | 'civilian';

export interface Participants {
  regex: RegExp;
  role: Map<string, Role>;
}

/** Unnamed participants ("gunmen", "security forces"), longest phrase first. */
export const participants = lazy((): Participants => {
  const role = new Map<string, Role>();
  for (const [phrase, r] of readTable('events', 'participants.tsv')) role.set(phrase.toLowerCase(), r as Role);
  const alts = [...role.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { regex: new RegExp(`(?<![\\p{L}-])(?:${alts.join('|')})(?![\\p{L}])`, 'giu'), role };
});

/** Words that tell a demonstration ("protesters", "demanding"): a violent crowd without them is a mob. */
export const demonstrating = lazy(() => wordRegex(readList('events', 'demonstrating.txt')));
export const exclusions = lazy(() => wordRegex(readList('events', 'exclusions.txt')));
/** Causes of death that are no violence (disasters, accidents, disease), though people may protest about them. */
export const deathCauses = lazy(() => wordRegex(readList('events', 'death-causes.txt')));
/** The causes of death and other words that make a violent cue no violence ("heart attack", "legal targets"). */
export const notViolence = lazy(() => wordRegex([...readList('events', 'not-violence.txt'), ...readList('events', 'death-causes.txt')]));
/** Words of a court case: a crime told with no one doing it, in such a paragraph, is no political violence. */
export const courtCase = lazy(() => wordRegex(readList('events', 'court-case.txt')));
/** "attacked the decision", "the book was attacked": the object or passive subject of a cue said in words. */
export const verbalTargets = lazy(() => {
  const words = readList('events', 'verbal-targets.txt').map(escape).join('|');
  const det = "(?:(?:the|a|an|his|her|their|its|this|that|these|those|[\\p{L}-]+['’]s)\\s+){0,2}";
  return {
    after: new RegExp(`^\\s+${det}(?:${words})(?![\\p{L}])`, 'iu'),
    before: new RegExp(`(?<![\\p{L}])(?:${words})\\s+(?:(?:has|have|had|was|were|is|are|been|being)\\s+){1,2}$`, 'iu'),
  };
});
export const irrealis = lazy(() => new Set(readList('events', 'irrealis.txt').map((w) => w.toLowerCase())));

export const protestResponses = lazy(() =>
  readTable('events', 'protest-response.tsv').map(([pattern, subType]) => ({ regex: new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'giu'), subType })),
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordRegex(words: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
}

// Reads the tense of the clause around a relative date ("on Monday", "July 1", "in March"),
// which decides whether it lies before or after publication. The nearest cue before the date
// decides ("was announced three weeks ago and is due to take effect on July 1" is future);
// without one, the first cue after it ("In January, the firm bought ..."). Cue words are data
// (data/times/tense.tsv).
import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

export interface Tense {
  future: boolean;
  past: boolean;
}

type Kind = 'past' | 'defer' | 'report' | 'future' | 'present';

/** Kinds of cue; a later one wins a tie ("planning" is future, "postponed" defer, not an "-ed" past). */
const KINDS: Kind[] = ['past', 'defer', 'report', 'future', 'present'];

/** A clock time between the preposition and the day: "until 9 a.m. Tuesday", "at noon Saturday". */
const CLOCK = '(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?\\s?m\\.?(?:\\s+[A-Z]{3})?|noon|midnight)';
/** A past form after a form of "be" is a participle: "will be paid", "is expected", "are scheduled". */
const NOT_PARTICIPLE = "(?<!\\b(?:is|are|be|been|being|am)\\s+)";
const POSSESSIVE = /^['’]s\b/;
// not a part of the date itself ("the end of January will be busy")
const NOUN_COMPLEMENT = /\b(?!(?:end|start|beginning|middle|rest|remainder|close|turn|weeks?|months?|half|part|days)\s)\w+\s+(?:for|of)\s+$/i;
const NOT_ADJECTIVE = "(?<!\\b(?:the|a|an|its|their|his|her|our)\\s+)(?!un\\w+ed\\b)";

const cues = lazy(() => {
  const rows = readTable('times', 'tense.tsv');
  // longest first, so that a phrase wins over its first word ("had been due to …" over "had")
  const words = (kind: string) => rows.filter((r) => r[1] === kind).map((r) => r[0]).sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
  const word = (body: string) => new RegExp(`(?<![\\w'’])(?:${body})(?![\\w])`, 'gi');
  return {
    byKind: {
      // regular past forms too, unless a determiner makes them adjectives ("the reduced dividend")
      past: word(`${NOT_PARTICIPLE}(?:${words('past')}|${NOT_ADJECTIVE}\\w{3,}ed)`),
      defer: word(words('defer')),
      report: word(words('report')),
      future: word(words('future')),
      present: word(words('present')),
    } as Record<Kind, RegExp>,
    // a preposition that points ahead counts only when it governs the date: "until Tuesday", "payable Jan. 2"
    toward: new RegExp(`(?<![\\w'’])(?:${words('toward')})(?:\\s+(?:on|in|at))?(?:\\s+${CLOCK})?\\s*$`, 'i'),
  };
});

/**
 * The kind of the cue nearest the date: the last one in the clause before it, or the first one
 * after it, where a verb of saying is about the report, not the date.
 */
function nearestCue(s: string, last: boolean): Kind | null {
  let best: Kind | null = null;
  let at = last ? -1 : Infinity;
  for (const kind of KINDS) {
    if (kind === 'report' && !last) continue;
    const re = cues().byKind[kind];
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = last ? re.exec(s) : null) {
      const end = m.index + m[0].length;
      if (last ? end >= at : m.index < at) { at = last ? end : m.index; best = kind; }
    }
  }
  return best;
}

/**
 * The tense of a date given the clause before it and the words after it. A preposition that
 * points ahead and governs the date ("until", "payable", "effective", "as soon as") makes it
 * future when no past verb comes first, and leaves it open after one ("extended until
 * Nov. 20" is a deadline ahead, "lasted until Tuesday" one behind).
 */
export function readTense(before: string, after: string): Tense {
  // a date that complements a noun ("the figures for February will be released") takes no
  // tense from the verb after it
  const found = nearestCue(before, true) ?? (NOUN_COMPLEMENT.test(before) ? null : nearestCue(after, false));
  const kind = found === 'report' || found === 'defer' ? 'past' : found;
  // a date in the possessive names a thing ("revised to December's figures"), not a deadline;
  // a deferral puts it ahead ("postponed until Tuesday")
  if (cues().toward.test(before) && !POSSESSIVE.test(after)) return { future: kind !== 'past' || found === 'defer', past: false };
  return { future: kind === 'future', past: kind === 'past' };
}

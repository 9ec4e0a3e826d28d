import type { Doc } from '../../doc/document.js';
import { utc } from './calendar.js';
import { loadLexicon } from './lexicon.js';
import { lazy } from '../../util/lazy.js';
import { anchoredParsers } from './parsers/anchored.js';
import { calendarPeriodParsers } from './parsers/calendar-periods.js';
import { clockParsers } from './parsers/clock.js';
import { durationParsers } from './parsers/durations.js';
import { explicitParsers } from './parsers/explicit.js';
import { relativeParsers } from './parsers/relative.js';
import { vagueParsers } from './parsers/vague.js';
import { mergeAdjacent, removeOverlaps, resolveValues, widenModifiers } from './refiners.js';
import type { Candidate, Parser } from './types.js';
import type { TimeExpression } from '../../doc/types.js';

/** The parsers, built once from data/times on first use. */
const grammar = lazy((): Parser[] => {
  const lex = loadLexicon();
  return [
    ...explicitParsers(lex),
    ...relativeParsers(lex),
    ...calendarPeriodParsers(lex),
    ...anchoredParsers(lex),
    ...durationParsers(lex),
    ...clockParsers(lex),
    ...vagueParsers(lex),
  ];
});

/** The calendar date of `published` as written ("2022-01-06T23:30+05:00" is 2022-01-06). */
export function publicationDate(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim()) : null;
  return m ? utc(+m[1], +m[2], +m[3]) : null;
}

/** Runs every parser over the text and returns the raw candidates. */
export function recognise(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of grammar()) {
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      const found = parser.extract(m, text);
      if (found && found.end > found.start) out.push({ ...found, parser: parser.name });
    }
  }
  return out;
}

/** Finds and normalises the time expressions of a text against a publication date. */
export function findTimes(text: string, published: string | null, sentenceStart: (offset: number) => number = () => 0): TimeExpression[] {
  const candidates = recognise(text);
  widenModifiers(candidates, text);
  const kept = removeOverlaps(candidates);
  const resolved = resolveValues(kept, { text, dct: publicationDate(published), sentenceStart });
  return mergeAdjacent(resolved, text);
}

/** TIMEX3 time expressions, normalised against doc.published. */
export function extractTimes(doc: Doc): void {
  doc.times = findTimes(doc.text, doc.published, (offset) => {
    const i = doc.sentenceAt(offset);
    return i >= 0 ? doc.sentences[i].start : 0;
  });
}

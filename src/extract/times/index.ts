// The times stage: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values normalised
// against the publication date. Parsers (parsers/*) each recognise one family of
// expressions; refiners (refiners.ts) merge, filter and resolve them. See docs/times.md.
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

interface Grammar {
  parsers: Parser[];
  /** parser indices by key word */
  byKey: Map<string, number[]>;
  /** calendar words written in lower case (units, parts of day) */
  commonWords: Set<string>;
}

/** The parsers, built once from data/times on first use, and their key-word index. */
const grammar = lazy((): Grammar => {
  const lex = loadLexicon();
  const parsers = [
    ...explicitParsers(lex),
    ...relativeParsers(lex),
    ...calendarPeriodParsers(lex),
    ...anchoredParsers(lex),
    ...durationParsers(lex),
    ...clockParsers(lex),
    ...vagueParsers(lex),
  ];
  const byKey = new Map<string, number[]>();
  parsers.forEach((p, i) => {
    for (const k of new Set(p.keys.map((key) => key.toLowerCase()))) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  return { parsers, byKey, commonWords: new Set([...lex.units.keys(), ...lex.partsOfDay.keys()]) };
});

/** The calendar date of `published` as written ("2022-01-06T23:30+05:00" is 2022-01-06). */
export function publicationDate(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim()) : null;
  return m ? utc(+m[1], +m[2], +m[3]) : null;
}

/**
 * Runs the parsers over each sentence, but only those whose key words the sentence holds
 * (one pass over the tokens decides), and returns the raw candidates.
 */
export function recognise(doc: Doc): Candidate[] {
  const { parsers, byKey, commonWords } = grammar();
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  const wanted = new Uint8Array(parsers.length);
  const digitParsers = byKey.get('#digit') ?? [];
  let i = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    wanted.fill(0);
    let any = false;
    const mark = (list: number[] | undefined) => {
      if (list) for (const p of list) { wanted[p] = 1; any = true; }
    };
    for (; i < tokens.length && tokens.sentence[i] === s; i++) {
      const word = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
      if (startsWithDigit(word)) mark(digitParsers);
      else if (word.includes('-')) for (const part of word.split('-')) mark(startsWithDigit(part) ? digitParsers : byKey.get(part)); // "mid-1996"
      else mark(byKey.get(word));
    }
    if (!any) continue;
    const { start, end } = doc.sentences[s];
    const sentence = text.slice(start, end);
    for (let p = 0; p < parsers.length; p++) {
      if (!wanted[p]) continue;
      const parser = parsers[p];
      parser.pattern.lastIndex = 0;
      for (let m = parser.pattern.exec(sentence); m; m = parser.pattern.exec(sentence)) {
        const found = parser.extract(m, sentence);
        if (found && parser.lowerCase && partOfName(sentence, found.start)) continue;
        if (found && parser.name !== 'holiday' && titleWord(sentence.slice(found.start, found.end), commonWords)) continue;
        // "a year-to-year basis", "the quarter-to-quarter comparison": a kind of comparison, no time
        if (found && /[a-z]-to-[a-z]/i.test(sentence.slice(found.end - 1, found.end + 5))) continue;
        if (found && found.end > found.start) out.push({ ...found, start: found.start + start, end: found.end + start, parser: parser.name });
      }
    }
  }
  return out;
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A capital letter inside a sentence (not after an opening quote or bracket): a name's word. */
function partOfName(sentence: string, at: number): boolean {
  const c = sentence[at];
  // after a full stop the segmenter kept ("... Hewlett-Packard Co. Recently, ...") it opens a sentence
  return c !== c.toLowerCase() && at > 0 && !/(?:[“"‘'`(\[:—–-]\s*|[.!?]\s+)$/.test(sentence.slice(Math.max(0, at - 3), at));
}

/** A unit or part of day capitalised after the first word (not in a holiday's name) is a title's: ABC's "This Week", "60 Minutes". */
function titleWord(expression: string, commonWords: Set<string>): boolean {
  const words = expression.split(/[\s-]+/).filter(Boolean);
  return words.some((w, i) => i > 0 && w[0] !== w[0].toLowerCase() && commonWords.has(w.toLowerCase()));
}

/** TIMEX3 time expressions, normalised against doc.published (relative ones stay null without it). */
export function extractTimes(doc: Doc): void {
  const { text } = doc;
  const candidates = recognise(doc);
  widenModifiers(candidates, text);
  const kept = removeOverlaps(candidates);
  const sentenceStart = (offset: number) => {
    const i = doc.sentenceAt(offset);
    return i >= 0 ? doc.sentences[i].start : 0;
  };
  doc.times = mergeAdjacent(resolveValues(kept, { text, dct: publicationDate(doc.published), sentenceStart }), text);
}

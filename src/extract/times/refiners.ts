// Refiners clean the results of all parsers together, as in chrono: overlaps go to the
// longest reading, a day and a clock time side by side become one expression, span
// modifiers ("the end of") join the span, and relative values are resolved in text order
// against the right anchor.
import type { TimeExpression } from '../../doc/types.js';
import { addDays, formatAt, formatDay, parsePoint, type Point } from './calendar.js';
import { readTense } from './tense.js';
import type { Candidate, Reference } from './types.js';

/** Keeps the longest of overlapping candidates (the earlier one on ties); sorted by start. */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byLength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

// "(at) the end of 1990", "the beginning of the week": the modifier joins the span, the value stays
const PREFIX = /\bthe\s+(?:end|beginning|start|middle|turn|close|rest|remainder)\s+of\s+$/i;

// "the week of March 6", "the day before last Tuesday": a period of or a day beside a day named
const DAY_PREFIXES: [RegExp, (day: Date) => string][] = [
  [/\bthe\s+week\s+of\s+$/i, (day) => formatAt(day, 'week')],
  [/\bthe\s+day\s+before\s+$/i, (day) => formatDay(addDays(day, -1))],
  [/\bthe\s+day\s+after\s+$/i, (day) => formatDay(addDays(day, 1))],
];

export function widenModifiers(candidates: Candidate[], text: string): void {
  for (const c of candidates) {
    if (c.type !== 'DATE') continue;
    const before = text.slice(Math.max(0, c.start - 32), c.start);
    const m = PREFIX.exec(before);
    if (m) c.start -= m[0].length;
    for (const [prefix, write] of DAY_PREFIXES) {
      const found = prefix.exec(before);
      if (!found) continue;
      c.start -= found[0].length;
      const value = c.value;
      const fromDay = (v: string | null) => {
        const p = parsePoint(v);
        return p?.granularity === 'day' ? write(p.date) : v;
      };
      c.value = typeof value === 'function' ? (ref) => fromDay(value(ref)) : fromDay(value);
      break;
    }
  }
}

/** The words before an expression back to the last clause break ("..., [prices rose on] Monday"). */
function clauseBefore(text: string, start: number, sentenceStart: number): string {
  const from = Math.max(sentenceStart, start - 90);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    // a comma, semicolon, quote or dash ends a clause; a comma inside a number ("481,000") does not
    if (c === ';' || c === '“' || c === '"' || c === '—' || (c === ',' && !isDigit(text[i + 1]))) return text.slice(i + 1, start);
  }
  return text.slice(from, start);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The words after an expression up to the next clause break ("In January, the firm [bought]"). */
function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + 60);
  const cut = window.search(/[;:.!?"“”(]/);
  return cut >= 0 ? window.slice(0, cut) : window;
}

/** What results stories compare ("the year-ago period"): not the day a quarter ended. */
const PERIODS = new Set(['month', 'quarter', 'half', 'season', 'year']);

/**
 * The period a results story discusses: the latest month, quarter, half, season or year named;
 * when that is a quarter, the quarter named most often so far (ties to the first, the lede's), so
 * that an aside ("after a flat second quarter") does not replace the story's own quarter.
 */
function periodUnderDiscussion(history: Point[], dct: Date | null): Point | null {
  let latest: Point | null = null;
  for (let i = history.length - 1; i >= 0 && !latest; i--) if (PERIODS.has(history[i].granularity)) latest = history[i];
  if (latest?.granularity !== 'quarter' || !dct) return latest;
  const counts = new Map<number, number>();
  let best: Point | null = null;
  for (const p of history) {
    // a quarter of another year ("the third quarter of 1984") is history, not the story's period
    const days = (dct.getTime() - p.date.getTime()) / 86_400_000;
    if (p.granularity !== 'quarter' || days > 400 || days < -100) continue;
    const n = (counts.get(p.date.getTime()) ?? 0) + 1;
    counts.set(p.date.getTime(), n);
    if (!best || n > counts.get(best.date.getTime())!) best = p;
  }
  return best ?? latest;
}

/** A resolved expression that still knows its parser (for the merge refiner). */
export type Resolved = TimeExpression & { parser: string };

export interface ResolveInput {
  text: string;
  /** publication date, or null */
  dct: Date | null;
  /** the start of the sentence holding an offset */
  sentenceStart(offset: number): number;
}

/**
 * Resolves relative values in text order. Each resolved calendar value becomes a candidate
 * anchor for the anaphoric expressions after it ("On Tuesday ... the next day").
 */
export function resolveValues(candidates: Candidate[], input: ResolveInput): Resolved[] {
  const history: Point[] = [];
  const dctPoint: Point | null = input.dct ? { date: input.dct, granularity: 'day', suffix: '', code: '' } : null;
  const out: Resolved[] = [];
  for (const c of candidates) {
    let value: string | null;
    if (typeof c.value === 'function') {
      const tense = readTense(clauseBefore(input.text, c.start, input.sentenceStart(c.start)), clauseAfter(input.text, c.end));
      const ref: Reference = {
        dct: input.dct,
        ...tense,
        anchor(granularity) {
          if (granularity === 'period') return periodUnderDiscussion(history, input.dct) ?? dctPoint;
          for (let i = history.length - 1; i >= 0; i--) {
            const g = history[i].granularity;
            if (granularity === 'day' ? g === 'day' : granularity === 'month' ? g === 'day' || g === 'month' || g === 'week' : g !== 'decade' && g !== 'century') return history[i];
          }
          return dctPoint;
        },
      };
      value = c.value(ref);
      const prev = out[out.length - 1];
      if (prev && rangeEnd(input.text, prev, c)) value = afterStart(prev.value, value);
    } else {
      value = c.value;
    }
    if ((c.type === 'DATE' || c.type === 'TIME') && !c.comparison) {
      const point = parsePoint(value);
      if (point) history.push(point);
    }
    out.push({ start: c.start, end: c.end, text: input.text.slice(c.start, c.end), type: c.type, value, parser: c.parser });
  }
  return out;
}

// "from June 27 to July 1", "between March 1 and May 31", "from Jan. 20, when he took office, to Feb. 13"
const RANGE_START = /\b(?:from|between)\s+$/i;
const RANGE_GAP = /^(?:\s*(?:-|–|to|through|thru|until|till|and)\s*|,[^.;]{0,80},\s*(?:to|through|until|till)\s+)$/i;

/** The second date of a range written without its year ("from June 27 to July 1"). */
function rangeEnd(text: string, prev: Resolved, c: Candidate): boolean {
  return RANGE_START.test(text.slice(Math.max(0, prev.start - 10), prev.start)) && RANGE_GAP.test(text.slice(prev.end, c.start))
    && !/\d{4}/.test(text.slice(c.start, c.end));
}

/** A day or month value moved to the year that puts it on or after the range's start. */
function afterStart(start: string | null, end: string | null): string | null {
  const a = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(start ?? '');
  const b = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(end ?? '');
  if (!a || !b) return end;
  const year = +a[1] + (b[2] < a[2].slice(0, b[2].length) ? 1 : 0);
  return `${year}${b[2]}`;
}

const JOIN = /^(?:,?\s+(?:at\s+|on\s+|of\s+)?|\s*,\s*)$/;

/**
 * Joins a day and a time written side by side ("Tuesday at 9 a.m.", "9 a.m. Tuesday") and a
 * weekday beside an explicit date ("Friday, Oct. 23") into one expression.
 */
export function mergeAdjacent(times: Resolved[], text: string): TimeExpression[] {
  const out: Resolved[] = [];
  for (const t of times) {
    const prev = out[out.length - 1];
    if (prev && JOIN.test(text.slice(prev.end, t.start))) {
      const merged = mergeValues(prev, t);
      if (merged) {
        out[out.length - 1] = { start: prev.start, end: t.end, text: text.slice(prev.start, t.end), type: merged.type, value: merged.value, parser: 'merged' };
        continue;
      }
    }
    out.push(t);
  }
  return out.map(({ parser: _, ...time }) => time);
}

const YEARS = new Set(['year', 'spoken-year', 'short-year', 'relative-period']);
const PARTS_OF_YEAR = new Set(['month', 'season', 'quarter']);
const EXPLICIT = new Set(['month-day-year', 'day-month-year', 'iso-date', 'numeric-date']);

function mergeValues(a: Resolved, b: Resolved): Pick<TimeExpression, 'type' | 'value'> | null {
  const day = (v: string | null) => (v && /^\d{4}-\d\d-\d\d$/.test(v) ? v : null);
  const clock = (t: TimeExpression) => (t.type === 'TIME' && t.value ? /T(?:\d\d:\d\d|MO|AF|EV|NI)$/.exec(t.value)?.[0] ?? null : null);
  // a day and a clock time or part of day, either order ("mid-afternoon yesterday")
  for (const [d, c] of [[a, b], [b, a]] as const) {
    const dv = day(d.value);
    const cv = clock(c);
    if (dv && cv && d.type === 'DATE') return { type: 'TIME', value: dv + cv };
  }
  // "January nineteen ninety-seven", "the winter of 1994", "the first half of next year": a
  // month, season or part of a year and its year
  if (PARTS_OF_YEAR.has(a.parser) && YEARS.has(b.parser) && a.value && b.value && /^\d{4}$/.test(b.value)) {
    return { type: 'DATE', value: b.value + a.value.slice(4) };
  }
  // "Friday, Oct. 23": both days; the explicit one is right even if the weekday guessed another week
  if (day(a.value) && day(b.value) && a.parser === 'weekday' && EXPLICIT.has(b.parser)) return { type: 'DATE', value: b.value };
  return null;
}

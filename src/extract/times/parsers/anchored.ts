// Expressions that count from another time: "two weeks ago" (from publication), "a year
// earlier", "the next day", "one day after", "later that year" (from the narrative anchor).
import { formatAt, parsePoint, shift, shiftPoint, UNIT_GRANULARITY, type Unit } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { fromAnchor, fromDct, period } from '../resolve.js';
import type { Parser, Resolver } from '../types.js';
import { countOf, durationValue, MODIFIER } from './durations.js';

const NEXT: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, same: 0, that: 0, very: 1 };

export function anchoredParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  const spanEnd = new RegExp(`^\\s+(?:ended|ending|to\\s+(?:the\\s+end\\s+of\\s+)?${re.monthName}\\b)`);
  return [
    {
      name: 'ago',
      keys: ['ago'],
      pattern: new RegExp(`\\b(?:${MODIFIER}\\s+)?(an?|${re.number}|a\\s+few|a\\s+couple\\s+of|several|many)\\s+(${re.unit})\\s+(?:or\\s+so\\s+)?ago\\b`, 'gi'),
      extract(m) {
        const unit = lex.units.get(m[2].toLowerCase())!;
        const n = countOf(m[1]);
        const start = m.index;
        const end = m.index + m[0].length;
        if (n === null) return { start, end, type: 'DATE', value: 'PAST_REF' };
        if (!Number.isInteger(n)) return null;
        const fromPublication = fromDct(-n, unit, UNIT_GRANULARITY[unit]);
        // in results stories "a year ago" is the year-ago quarter of the quarter under discussion
        const value: Resolver = (ref) => {
          const anchor = ref.anchor('period');
          return unit === 'Y' && anchor?.granularity === 'quarter' ? shiftPoint(anchor, -n, unit) : fromPublication(ref);
        };
        return { start, end, type: 'DATE', value, comparison: true };
      },
    },
    {
      // "a year earlier", "two days later", "one day after [protesters stormed ...]"
      name: 'offset',
      keys: ['earlier', 'later', 'before', 'after', 'afterwards', 'afterward', 'previously'],
      pattern: new RegExp(`\\b(?:${MODIFIER}\\s+)?(an?|${re.number})\\s+(${re.unit})\\s+(earlier|later|before|after|afterwards|afterward|previously)\\b`, 'gi'),
      extract(m, text) {
        const unit = lex.units.get(m[2].toLowerCase())!;
        const n = countOf(m[1]);
        if (n === null || !Number.isInteger(n)) return null;
        const word = m[3].toLowerCase();
        const sign = word === 'earlier' || word === 'before' || word === 'previously' ? -1 : 1;
        const hasComplement = (word === 'before' || word === 'after') && /^\s+[a-z]/i.test(text.slice(m.index + m[0].length));
        const forward = fromAnchor(sign * n, unit);
        const backward = fromAnchor(-sign * n, unit);
        // "[continued] one day after protesters stormed ...": when counting forward from the anchor
        // would pass the publication date of a past-tense report, the anchor is the later time
        // and the expression names the earlier one
        const value: Resolver = (ref) => {
          const v = forward(ref);
          const p = parsePoint(v);
          return hasComplement && p && ref.dct && p.date > ref.dct && !ref.future ? backward(ref) : v;
        };
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, comparison: true };
      },
    },
    {
      // "the year-earlier period", "year-ago", "the same quarter": the period under discussion, a year back
      name: 'year-ago',
      keys: ['year', 'same', 'comparable', 'corresponding', 'prior', '#digit'],
      pattern: /\b(?:the\s+)?(?:(?:same|comparable|corresponding)\s+)?(?:(year[\s-]+(?:ago|earlier)|prior[\s-]+year|last\s+year['’]s)|(same|comparable|corresponding|this\s+year['’]s)|(\d{4}))(?:\s+(period|quarter|half|months?|year))?(?:\s+(a\s+year\s+(?:ago|earlier)|last\s+year))?\b/gi,
      extract(m) {
        if ((m[2] || m[3] || /['’]s$/.test(m[1] ?? '')) && !m[4]) return null;
        const year = m[3];
        const quarter = m[4]?.toLowerCase() === 'quarter';
        const back = m[1] || m[5] ? -1 : 0;
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE', comparison: true,
          value: (ref) => {
            // "the 1988 quarter": that year's quarter of the quarter under discussion
            const anchor = ref.anchor('period');
            const q = anchor?.granularity === 'quarter' ? anchor.code : quarter && anchor ? formatAt(anchor.date, 'quarter').slice(5) : '';
            if (year) return q ? `${year}-${q}` : year;
            if (!anchor) return null;
            // without a period under discussion (only the publication day) the comparison is a year
            if (anchor.granularity === 'day') return formatAt(shift(anchor.date, back, 'Y'), quarter ? 'quarter' : 'year');
            const value = shiftPoint(anchor, back, 'Y');
            return quarter && /^\d{4}-\d\d/.test(value) ? formatAt(parsePoint(value)!.date, 'quarter') : value;
          },
        };
      },
    },
    {
      // "the year-ago third quarter" 1988-Q3, "the year-earlier nine months" P9M: one expression, the period a year back
      name: 'year-ago-period',
      keys: ['ago', 'earlier'],
      pattern: new RegExp(`\\b(?:the\\s+)?year[\\s-]+(?:ago|earlier)\\s+(?:(${re.ordinal})[\\s-]+(quarter|half)|(${re.number})\\s+(${re.unit}))\\b`, 'gi'),
      extract(m) {
        const start = m.index, end = m.index + m[0].length;
        if (m[3]) {
          const n = countOf(m[3]);
          const unit = lex.units.get(m[4].toLowerCase())!;
          return n === null ? null : { start, end, type: 'DURATION', value: durationValue(n, unit), comparison: true };
        }
        const n = lex.ordinals.get(m[1].toLowerCase())!;
        const half = m[2].toLowerCase() === 'half';
        if (n > (half ? 2 : 4)) return null;
        return {
          start, end, type: 'DATE', comparison: true,
          value: (ref) => {
            const year = (ref.anchor('period')?.date ?? ref.dct)?.getUTCFullYear();
            return year === undefined ? null : `${year - 1}-${half ? 'H' : 'Q'}${n}`;
          },
        };
      },
    },
    {
      // "for the year" P1Y; "in the year", "the full year", "during the week", "the end of the decade": the period under discussion
      name: 'the-unit',
      keys: ['year', 'week', 'month', 'decade'],
      pattern: /\b(?:(for|over|through|throughout)\s+)?the\s+(?:(full|fiscal)\s+|(?:whole|entire|same)\s+)?(year|week|month|decade)\b(?![\s-]*(?:-|before|after|ago|earlier|later|of|in\s+which|when|that|to\s+date)\b)/gi,
      extract(m, text) {
        const unit = lex.units.get(m[3].toLowerCase()) as Unit;
        const start = m.index + m[0].search(/the\s/i);
        const end = m.index + m[0].length;
        // "for the year", "in the year ended March 31", "the year to March 2005": a year's span of
        // results; "for the full year", "the fiscal year" name the year itself
        if ((m[1] && !m[2]) || spanEnd.test(text.slice(end, end + 24))) return { start, end, type: 'DURATION', value: durationValue(1, unit) };
        const granularity = unit === 'Y' ? 'year' : unit === 'DE' ? 'decade' : unit === 'M' ? 'month' : 'week';
        return {
          start, end, type: 'DATE',
          value: (ref) => {
            const anchor = ref.anchor(unit === 'Y' || unit === 'DE' ? 'year' : unit === 'M' ? 'month' : 'day');
            return anchor ? formatAt(anchor.date, granularity) : null;
          },
        };
      },
    },
    {
      // "year-end", "by year's end", "around year end": the end of the year under way
      name: 'year-end',
      keys: ['year', 'year-end'],
      pattern: /\b(?:the\s+)?year(?:['’]s)?[\s-]end\b/gi,
      extract(m) {
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: (ref) => (ref.dct ? String(ref.dct.getUTCFullYear()) : null) };
      },
    },
    {
      // "the latest period", "the period": the quarter under discussion in results stories
      name: 'the-period',
      keys: ['period'],
      pattern: /\b(?:the\s+)(?:latest|current|same|recent)\s+(?:period|quarter)\b/gi,
      extract(m) {
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE',
          value: (ref) => {
            const anchor = ref.anchor('period');
            // without one, the last quarter completed before publication
            return anchor?.granularity === 'quarter' ? formatAt(anchor.date, 'quarter') : period(-1, 'Q')(ref);
          },
        };
      },
    },
    {
      // "the second day of the offensive", "his first day in office", "a third straight day": the day the narrative is at
      name: 'ordinal-day',
      keys: ['day'],
      pattern: new RegExp(`\\b(?:the|his|her|its|their|a)\\s+(${re.ordinal}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|successive)\\s+)?day\\b(?![s-]|\\s+of\\s+(?:the\\s+|each\\s+|every\\s+)?(?:month|year|week|quarter|${re.monthName})\\b)`, 'gi'),
      extract(m) {
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE',
          value: (ref) => { const day = ref.anchor('day'); return day ? formatAt(day.date, 'day') : null; },
        };
      },
    },
    {
      // "the next day", "the following week", "that year", "the same day", "the next morning"
      name: 'anaphoric',
      keys: ['next', 'following', 'previous', 'preceding', 'same', 'that'],
      pattern: new RegExp(`\\b(?:(earlier|later)\\s+)?(?:the\\s+(next|following|previous|preceding|same|very\\s+next)|(that)(?:\\s+same)?)\\s+(day|morning|afternoon|evening|night|week|weekend|month|year|quarter)\\b`, 'gi'),
      extract(m) {
        const which = (m[2] ?? m[3]).toLowerCase().replace(/^very\s+/, '');
        const word = m[4].toLowerCase();
        const part = lex.partsOfDay.get(word);
        const unit: Unit = part ? 'D' : (lex.units.get(word) as Unit);
        const shifted = fromAnchor(NEXT[which], unit, part ?? '');
        // "the following year" is a year even when the anchor was a day
        const granularity = UNIT_GRANULARITY[unit] === 'day' ? null : unit === 'WE' ? null : UNIT_GRANULARITY[unit];
        return {
          start: m.index, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE',
          value: granularity ? (ref) => { const p = parsePoint(shifted(ref)); return p ? formatAt(p.date, granularity) : null; } : shifted,
        };
      },
    },
  ];
}

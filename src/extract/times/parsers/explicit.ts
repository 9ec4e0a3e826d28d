// Dates written out in full or in part: "January 19", "19 January 2022", "Jan. 19, 1998",
// "2022-01-19", "1/19/2022", "July 1997", bare years in context, decades and centuries.
import { formatDay, utc } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { inferYear } from '../resolve.js';
import type { Parser } from '../types.js';
import { parseNumber } from '../../../util/numbers.js';

const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
const pad2 = (n: number) => String(n).padStart(2, '0');
const isCapital = (s: string) => s[0] !== s[0].toLowerCase();

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const date = utc(y, m, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayResolver(month: number, day: number, year: string | undefined) {
  if (year) return validDay(+year, month, day) ? formatDay(utc(+year, month, day)) : null;
  return (ref: Parameters<typeof inferYear>[0]) => {
    const y = inferYear(ref, month, day);
    return y === null ? null : `${y}-${pad2(month)}-${pad2(day)}`;
  };
}

// Numbers that sit where a year could but are counts: "2000 people", "$1990", "about 2,000".
const NOT_YEAR_BEFORE = /(?:[$€£¥#]|\b(?:no\.|number|about|around|some|nearly|almost|over|than|least|only|just|roughly|approximately|flight|route|room|page)\s*)$/i;
const NOT_YEAR_AFTER = /^(?:\s*(?:%|percent|per\s+cent|-strong|-member|(?:more\s+|other\s+)?(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|protesters|students|residents|refugees|families|homes|houses|cars|vehicles|units|shares|jobs|employees|members|votes|tons|tonnes|barrels|miles|kilometers|kilometres|km|metres|meters|feet|acres|hectares|dollars|euros|pounds|yen|yuan|cases|deaths|points|calories|words|pages|rooms|beds|seats|sq|seconds|minutes|hours|days|weeks|months|years)\b))/i;

export function explicitParsers(lex: Lexicon): Parser[] {
  const { re, months } = lex;
  const monthKeys = [...months.keys()];
  const month = (s: string) => months.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;
  const tens = new Map([...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')].map((w, i) => [w.replace(/y$/, 'ies'), 2 + i]));
  return [
    {
      name: 'month-day-year',
      keys: monthKeys,
      pattern: new RegExp(`\\b(${re.month})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d|\\.\\d|,\\d)(?:,?\\s+(\\d{4})\\b|\\s+(last|this|next)\\s+year\\b)?`, 'gi'),
      extract(m) {
        const mo = month(m[1]);
        const day = +m[2];
        if (!isCapital(m[1]) || day < 1 || day > 31) return null;
        // "Jan. 14 last year"
        const value = m[4] ? (ref: Parameters<typeof inferYear>[0]) => (ref.dct ? `${ref.dct.getUTCFullYear() + YEAR_OFFSET[m[4].toLowerCase()]}-${pad2(mo)}-${pad2(day)}` : null) : dayResolver(mo, day, m[3]);
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value };
      },
    },
    {
      name: 'day-month-year',
      keys: monthKeys,
      pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${re.month})(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
      extract(m) {
        const day = +m[1];
        if (!isCapital(m[2]) || day < 1 || day > 31) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: dayResolver(month(m[2]), day, m[3]) };
      },
    },
    {
      name: 'month-year',
      keys: monthKeys,
      pattern: new RegExp(`\\b(?:(early|late|mid)[\\s-]+)?(${re.month})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
      extract(m) {
        if (!isCapital(m[2])) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${m[3]}-${pad2(month(m[2]))}` };
      },
    },
    {
      name: 'iso-date',
      keys: ['#digit'],
      pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?\b/g,
      extract(m) {
        if (!validDay(+m[1], +m[2], +m[3])) return null;
        const time = m[4] ? `T${m[4]}:${m[5]}` : '';
        return { start: m.index, end: m.index + m[0].length, type: time ? 'TIME' : 'DATE', value: `${m[1]}-${m[2]}-${m[3]}${time}` };
      },
    },
    {
      // 1/19/2022 (US order) unless the first number cannot be a month; 19.01.2022 is day first
      name: 'numeric-date',
      keys: ['#digit'],
      pattern: /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})\b(?![/.]\d)/g,
      extract(m) {
        let [a, b] = [+m[1], +m[3]];
        if (m[2] === '.' || a > 12) [a, b] = [b, a];
        const y = m[4].length === 2 ? (+m[4] < 50 ? 2000 : 1900) + +m[4] : +m[4];
        if (!validDay(y, a, b)) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatDay(utc(y, a, b)) };
      },
    },
    {
      name: 'year',
      keys: ['#digit'],
      pattern: /\b(?:(fiscal|FY)\s*(?:year\s+)?|(?:early|mid|late)[\s-]+)?(1[5-9]\d\d|20\d\d)\b(?![,.:/]?\d|-\d\d-\d\d|['’]?s\b)/gi,
      extract(m, text) {
        const before = text.slice(Math.max(0, m.index - 16), m.index);
        if (!m[1] && m[0] === m[2] && NOT_YEAR_BEFORE.test(before)) return null;
        if (NOT_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: m[2] };
      },
    },
    {
      // spoken years in transcripts: "nineteen ninety-six", "the year two thousand"
      name: 'spoken-year',
      keys: ['nineteen', 'thousand'],
      pattern: new RegExp(`\\b(?:the\\s+year\\s+)?(?:(nineteen)[\\s-]+|two\\s+thousand\\b(?:\\s+and)?[\\s-]*)(${re.number})?\\b`, 'gi'),
      extract(m) {
        const rest = m[2] ? parseNumber(m[2]) : 0;
        if (rest === null || !Number.isInteger(rest) || rest > 99 || (m[1] && rest < 10)) return null;
        if (!m[1] && !rest && !/^the\s/i.test(m[0])) return null; // "two thousand" alone is a count
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String((m[1] ? 1900 : 2000) + rest) };
      },
    },
    {
      // "in '98": the century is the one that puts the year nearest before the publication date
      name: 'short-year',
      keys: ['#digit'],
      pattern: /(?<=\b(?:in|since|of|by|until|from|during|before|after|fiscal|class\s+of)\s+)['’](\d\d)\b(?!['’]?s)/gi,
      extract(m) {
        const yy = +m[1];
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE',
          value: (ref) => {
            const now = ref.dct?.getUTCFullYear() ?? 2000;
            const year = Math.floor(now / 100) * 100 + yy;
            return String(year > now + 10 ? year - 100 : year);
          },
        };
      },
    },
    {
      name: 'decade',
      keys: ['#digit', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
      pattern: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(1[5-9]\d0|20\d0)|['’](\d0)|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))['’]?s?\b/gi,
      extract(m, text) {
        const digits = m[2] ?? m[3];
        if (digits && !/s$/i.test(m[0])) return null; // "1990" is a year, "1990s" a decade
        if (m[4] && !/\bthe\s/i.test(m[0])) return null; // "in his forties" is an age
        if (m[4] && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) return null;
        const full = m[2];
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE',
          value: (ref) => {
            if (full) return full.slice(0, 3);
            const now = ref.dct?.getUTCFullYear() ?? 2000;
            const tensDigit = m[3] ? +m[3][0] : tens.get(m[4].toLowerCase())!;
            let decade = Math.floor(now / 100) * 10 + tensDigit;
            if (decade * 10 > now) decade -= 10;
            return String(decade);
          },
        };
      },
    },
    {
      name: 'century',
      keys: ['century'],
      pattern: new RegExp(`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${re.ordinal}))[\\s-]+century\\b`, 'gi'),
      extract(m) {
        const n = m[2] ? +m[2] : lex.ordinals.get(m[3].toLowerCase()) ?? 0;
        if (n < 1) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: pad2(n - 1) };
      },
    },
  ];
}

// Business and religious calendars: quarters and halves ("the third quarter", "third-quarter",
// "Q3 2021", "the year-ago quarter") and holidays from data/times/holidays.tsv.
import { addDays, formatAt, formatDay, formatMonth, parsePoint, utc } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { key } from '../lexicon.js';
import type { Parser, Reference, Resolver } from '../types.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const RELATIVE: Record<string, number> = { last: -1, latest: -1, previous: -1, current: 0, next: 1, this: 0 };

function quarterOf(date: Date, size: 3 | 6): number {
  return Math.floor(date.getUTCMonth() / size) + 1;
}

/** "the third quarter" without a year: this year's, or last year's when it has not begun yet. */
function periodInYear(n: number, letter: 'Q' | 'H', year: string | null): Resolver {
  return (ref) => {
    if (year) return `${year}-${letter}${n}`;
    if (!ref.dct) return null;
    const current = quarterOf(ref.dct, letter === 'Q' ? 3 : 6);
    let y = ref.dct.getUTCFullYear();
    if (n > current && !ref.future) y--;
    return `${y}-${letter}${n}`;
  };
}

function relativePeriod(offset: number, letter: 'Q' | 'H'): Resolver {
  return (ref) => {
    if (!ref.dct) return null;
    const size = letter === 'Q' ? 3 : 6;
    const perYear = 12 / size;
    const index = ref.dct.getUTCFullYear() * perYear + quarterOf(ref.dct, size) - 1 + offset;
    return `${Math.floor(index / perYear)}-${letter}${(index % perYear) + 1}`;
  };
}

// --- holidays -----------------------------------------------------------------

function easterSunday(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return utc(y, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/** The tabular Islamic calendar (civil epoch): a Gregorian date for an Islamic one, to a day or two. */
function islamicToDate(year: number, month: number, day: number): Date {
  const jd = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1;
  return new Date((jd - 2440587.5) * 86_400_000);
}

/** The occurrence of a holiday in a Gregorian year, and whether it is a day or a month value. */
function holidayIn(rule: string, y: number): { date: Date; month: boolean } | null {
  const [kind, ...args] = rule.split(/\s+/);
  const n = args.map(Number);
  switch (kind) {
    case 'fixed': {
      const [mo, d] = args[0].split('-').map(Number);
      return { date: utc(y, mo, d), month: false };
    }
    case 'nth': {
      const [nth, weekday, month] = n;
      if (nth > 0) {
        const first = utc(y, month, 1);
        const offset = (weekday - (((first.getUTCDay() + 6) % 7) + 1) + 7) % 7;
        return { date: addDays(first, offset + 7 * (nth - 1)), month: false };
      }
      const last = utc(y, month + 1, 0);
      return { date: addDays(last, -(((((last.getUTCDay() + 6) % 7) + 1) - weekday + 7) % 7)), month: false };
    }
    case 'easter':
      return { date: addDays(easterSunday(y), n[0]), month: false };
    case 'islamic': {
      const [month, day] = n;
      // the Islamic year whose month falls in Gregorian year y
      const guess = Math.floor(((y - 622) * 33) / 32);
      for (const iy of [guess - 1, guess, guess + 1, guess + 2]) {
        const date = islamicToDate(iy, month, day || 1);
        if (date.getUTCFullYear() === y) return day ? { date, month: false } : { date: addDays(date, 14), month: true };
      }
      return null;
    }
    default:
      return null;
  }
}

function holiday(rule: string, which: string | undefined, year: string | undefined): Resolver {
  const write = (o: { date: Date; month: boolean }) => (o.month ? formatMonth(o.date) : formatDay(o.date));
  return (ref: Reference) => {
    if (year) {
      const o = holidayIn(rule, +year);
      return o ? write(o) : null;
    }
    if (!ref.dct) return null;
    const dct = ref.dct;
    const y = dct.getUTCFullYear();
    const options = [y - 1, y, y + 1].map((yy) => holidayIn(rule, yy)).filter((o): o is { date: Date; month: boolean } => o !== null);
    const distance = (o: { date: Date }) => o.date.getTime() - dct.getTime();
    let pick: { date: Date; month: boolean } | undefined;
    if (which === 'last') pick = options.filter((o) => distance(o) < 0).pop();
    else if (which === 'next') pick = options.find((o) => distance(o) > 0);
    else pick = options.reduce((best, o) => (Math.abs(distance(o)) < Math.abs(distance(best)) ? o : best), options[0]);
    return pick ? write(pick) : null;
  };
}

export function calendarPeriodParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  const endedMonth = new RegExp(`^\\s+(?:ended|ending|through|to)\\s+(${re.month})\\s+\\d{1,2}(?:,\\s+(\\d{4}))?`, 'i');
  return [
    {
      name: 'quarter',
      keys: ['quarter', 'half'],
      pattern: new RegExp(
        `\\b(?:(?:(the)|(this|last|next)\\s+year['’]s|(\\d{4})['’]?s?)\\s+)?(?:(?:fiscal|calendar)\\s+(?:(\\d{4})\\s+)?)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|next)[\\s-]+(quarter|half)\\b(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4})\\b)?`,
        'gi',
      ),
      extract(m) {
        const letter = m[6].toLowerCase() === 'quarter' ? 'Q' : 'H';
        const word = m[5].toLowerCase();
        const year = m[3] ?? m[4] ?? m[7] ?? null;
        const start = m.index;
        const end = m.index + m[0].length;
        // "the last quarter of 2004" is its fourth
        if (word in ORDINAL || ((word === 'last' || word === 'final') && year)) {
          const n = ORDINAL[word] ?? (letter === 'Q' ? 4 : 2);
          if (letter === 'H' && n > 2) return null;
          // "last year's third quarter" and "this year's" name the year
          const yearResolver = m[2] ? (ref: Reference) => (ref.dct ? String(ref.dct.getUTCFullYear() + (RELATIVE[m[2].toLowerCase()] ?? 0)) : null) : null;
          if (yearResolver) return { start, end, type: 'DATE', value: (ref) => { const y = yearResolver(ref); return y ? `${y}-${letter}${n}` : null; } };
          return { start, end, type: 'DATE', value: periodInYear(n, letter, year) };
        }
        if (!m[1] && !(word in RELATIVE && /^(?:last|next|this)$/.test(word))) return null;
        return { start, end, type: 'DATE', value: relativePeriod(RELATIVE[word] ?? 0, letter) };
      },
    },
    {
      name: 'quarter-code',
      keys: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
      pattern: /\b([QH])([1-4])(?:\s+|[-/])?(\d{4}|['’]?\d{2})?\b/g,
      extract(m) {
        if (m[1] === 'H' && +m[2] > 2) return null;
        const yy = m[3]?.replace(/^['’]/, '');
        const year = yy ? (yy.length === 2 ? `20${yy}` : yy) : null;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: periodInYear(+m[2], m[1] as 'Q' | 'H', year) };
      },
    },
    {
      // "the quarter" and "the period" in results stories: the quarter under discussion
      name: 'the-quarter',
      keys: ['quarter'],
      // "the quarter", "the quarter a year ago" (the quarter under discussion, a year back)
      pattern: /\bthe\s+quarter\b(?!\s+(?:of|century|mile|point|final|finals)\b)(\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?/gi,
      extract(m, text) {
        // "the quarter ended Sept. 30": the (fiscal) quarter that ends then
        const ended = endedMonth.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
        const endMonth = ended ? lex.months.get(ended[1].toLowerCase().replace(/\.$/, '')) ?? 0 : 0;
        const yearsBack = m[1] ? 1 : 0;
        const quarter = (ref: Reference): string | null => {
          if (endMonth && ref.dct) {
            const y = ended![2] ? +ended![2] : ref.dct.getUTCFullYear() - (endMonth > ref.dct.getUTCMonth() + 1 ? 1 : 0);
            return `${y}-Q${Math.floor((endMonth - 2 + 12) % 12 / 3) + 1}`;
          }
          const anchor = ref.anchor('period');
          if (anchor && anchor.granularity === 'quarter') return formatAt(anchor.date, 'quarter');
          return relativePeriod(-1, 'Q')(ref);
        };
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE', comparison: yearsBack > 0,
          value: (ref) => {
            const q = quarter(ref);
            return q && yearsBack ? `${+q.slice(0, 4) - yearsBack}${q.slice(4)}` : q;
          },
        };
      },
    },
    {
      name: 'holiday',
      keys: [...lex.holidays.keys()].map((name) => name.split(/[\s-]/)[0].replace(/['’]s?$/, '')),
      pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${re.holiday})(?![\\w-])(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'gi'),
      extract(m, text) {
        const name = m[2];
        if (name[0] === name[0].toLowerCase()) return null;
        if (/^\s+Islands?\b/.test(text.slice(m.index + m[0].length))) return null; // Christmas Island, Easter Island
        if (/\b(?:Lunar|Chinese|Vietnamese|Korean|Tibetan|Persian|Jewish|Islamic|Hindu)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null; // another calendar's new year
        const rule = lex.holidays.get(key(name));
        if (!rule) return null;
        const value = holiday(rule, m[1]?.toLowerCase(), m[3]);
        // "Christmas week", "Easter week": the week the day falls in
        const week = m[3] ? null : /^\s+week\b/i.exec(text.slice(m.index + m[0].length));
        if (week) {
          const ofWeek: Resolver = (ref) => {
            const day = parsePoint(value(ref));
            return day?.granularity === 'day' ? formatAt(day.date, 'week') : null;
          };
          return { start: m.index, end: m.index + m[0].length + week[0].length, type: 'DATE', value: ofWeek };
        }
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value };
      },
    },
  ];
}

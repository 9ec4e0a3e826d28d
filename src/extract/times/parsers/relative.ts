// Expressions read from the publication date: "yesterday", "on Thursday", "Tuesday
// evening", "overnight", "this week", "last month", "in March", "this spring".
import { addDays, formatDay, isoWeekday, shiftPoint, utc, type Unit } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { inferYear, period, weekday } from '../resolve.js';
import type { Parser, Resolver } from '../types.js';

const isCapital = (s: string) => s[0] !== s[0].toLowerCase();
const pad2 = (n: number) => String(n).padStart(2, '0');
const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const MODES: Record<string, 'last' | 'next' | 'this'> = { last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next', this: 'this' };
const PERIOD_OFFSET: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };
// Months that are also common words need a calendar word before them ("in May", "last March").
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|during|through|throughout|of|before|after|between|and|to|last|next|this|early|late|mid|each|every|end|start|beginning|middle)[\s-]+$/i;
// "the end of May", "the first week of March": "of" after a time word makes a month of "May"
const OF_TIME = /\b(?:end|start|beginning|middle|weeks?|months?|days|half|part|rest|first|last|ides|\d+(?:st|nd|rd|th)?)\s+of\s+$/i;
const COMPARISON = /\b(?:compared\s+with|from|than|versus|vs\.|against|over)\b[^.;]*$/i;
// a season naming a kind of thing, not a time: "the winter storm", "the summer Olympics"
const SEASON_NOUN = /^\s+(?:storms?|weather|olympics|games|session|break|holidays?|solstice|equinox|crops?|wheat|collection|offensive|camps?|schedule|transfer|window|sales?|clothes|fashion)\b/i;
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "(early|late) (on)? Wednesday (night)": the part of day, from the words around the day. */
function daySuffix(lex: Lexicon, early: string | undefined, part: string | undefined): string {
  if (part) return lex.partsOfDay.get(part.toLowerCase()) ?? '';
  return early?.toLowerCase() === 'early' ? 'TMO' : '';
}

/** Season occurrence relative to the publication date: this (0), last (-1), next (+1). */
function season(code: string, offset: number, tense: boolean): Resolver {
  return (ref) => {
    if (!ref.dct) return null;
    const month = ref.dct.getUTCMonth() + 1;
    const y = ref.dct.getUTCFullYear();
    // the season year holding the publication date (January is still last year's winter)
    const currentStart = (y: number) => utc(code === 'WI' && month <= 2 ? y - 1 : y, SEASON_START[code], 1);
    let start = currentStart(y);
    if (offset === -1 && start >= ref.dct) start = utc(start.getUTCFullYear() - 1, SEASON_START[code], 1);
    else if (offset === -1 && month >= SEASON_START[code] && month < SEASON_START[code] + 3) start = utc(start.getUTCFullYear() - 1, SEASON_START[code], 1);
    if (offset === 1 && start <= ref.dct) start = utc(start.getUTCFullYear() + 1, SEASON_START[code], 1);
    if (offset === 0 && tense && ref.past && !ref.future && start > ref.dct) start = utc(start.getUTCFullYear() - 1, SEASON_START[code], 1);
    return `${start.getUTCFullYear()}-${code}`;
  };
}

export function relativeParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  const monthKeys = [...lex.months.keys()];
  return [
    {
      name: 'day-word',
      lowerCase: true,
      keys: ['today', 'tonight', 'yesterday', 'tomorrow'],
      pattern: new RegExp(`\\b(?:(early|late)\\s+)?(?:the\\s+day\\s+(before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+(${re.partOfDay}))?\\b`, 'gi'),
      extract(m) {
        const offset = DAY_WORDS[m[3].toLowerCase()] + (m[2] ? (m[2].toLowerCase() === 'before' ? -1 : 1) : 0);
        const suffix = m[3].toLowerCase() === 'tonight' ? 'TNI' : daySuffix(lex, m[1], m[4]);
        return {
          start: m.index, end: m.index + m[0].length, type: suffix ? 'TIME' : 'DATE',
          value: (ref) => (ref.dct ? formatDay(addDays(ref.dct, offset)) + suffix : null),
        };
      },
    },
    {
      // "this morning", "last night", "overnight"
      name: 'part-of-day',
      lowerCase: true,
      keys: ['this', 'last', 'overnight'],
      pattern: new RegExp(`\\b(?:(this|last)\\s+(${re.partOfDay})|(overnight))\\b`, 'gi'),
      extract(m) {
        const part = (m[2] ?? m[3]).toLowerCase();
        const suffix = lex.partsOfDay.get(part) ?? '';
        if (!suffix.startsWith('T') || suffix.includes(':')) return null;
        // "last night" and "overnight" are the night before publication
        const offset = m[3] || m[1].toLowerCase() === 'last' ? -1 : 0;
        if (m[1]?.toLowerCase() === 'last' && part !== 'night') return null;
        return {
          start: m.index, end: m.index + m[0].length, type: 'TIME',
          value: (ref) => (ref.dct ? formatDay(addDays(ref.dct, offset)) + suffix : null),
        };
      },
    },
    {
      name: 'weekday',
      keys: [...lex.weekdays.keys()],
      pattern: new RegExp(`\\b(?:(last|next|this|coming|past|previous)\\s+|(early|late)\\s+(?:on\\s+)?)?(${re.weekday})(?:\\s+(${re.partOfDay}))?\\b`, 'gi'),
      extract(m, text) {
        if (!isCapital(m[3])) return null;
        const iso = lex.weekdays.get(m[3].toLowerCase())!;
        // "Saturday Night Live", "Sunday Morning" the programme: a capitalised part of day is a name's
        const part = m[4] && !isCapital(m[4]) ? m[4] : undefined;
        const suffix = daySuffix(lex, m[2], part);
        const mode = m[1] ? MODES[m[1].toLowerCase()] : 0;
        const end = m.index + m[0].length - (m[4] && !part ? m[0].length - m[0].lastIndexOf(m[4]) : 0);
        return { start: m.index, end: text.slice(m.index, end).trimEnd().length + m.index, type: suffix ? 'TIME' : 'DATE', value: weekday(iso, mode, suffix) };
      },
    },
    {
      // "this week", "last month", "next year", "the current quarter", "earlier this year", "early next week", "last fiscal year"
      name: 'relative-period',
      keys: ['this', 'last', 'next', 'coming', 'current'],
      pattern: new RegExp(`\\b(?:(?:earlier|later|early|late|mid)[\\s-]+(?:in\\s+)?)?(this\\s+past|this|last|next|coming|current|the\\s+(?:current|coming))[\\s-]+(?:(?:fiscal|calendar|financial)\\s+(?=year\\b))?(${re.unitSingular}|${re.season}|${re.monthName})\\b`, 'gi'),
      extract(m, text) {
        const which = m[1].toLowerCase().replace(/^the\s+/, '').replace(/^this\s+past$/, 'past');
        const word = m[2].toLowerCase();
        const start = m.index;
        const end = m.index + m[0].length;
        const offset = PERIOD_OFFSET[which];
        const seasonCode = lex.seasons.get(word);
        if (seasonCode) return { start, end, type: 'DATE', value: season(seasonCode, offset, false) };
        const month = lex.months.get(word);
        if (month) {
          if (!isCapital(m[2])) return null;
          return {
            start, end, type: 'DATE',
            value: (ref) => {
              if (!ref.dct) return null;
              const now = ref.dct.getUTCMonth() + 1;
              let y = ref.dct.getUTCFullYear();
              if (offset < 0 && month >= now) y--;
              if (offset > 0 && month <= now) y++;
              return `${y}-${pad2(month)}`;
            },
          };
        }
        const unit = lex.units.get(word) as Unit;
        if (!unit || unit === 'S' || unit === 'MIN' || unit === 'H' || unit === 'D') return null;
        if (unit === 'WE' && offset === -1) return { start, end, type: 'DATE', value: lastWeekend };
        const plain = period(offset, unit);
        // results stories compare the quarter under discussion with "last year" and call it "this quarter"
        // ("the current quarter" is the one under way)
        const comparing = (unit === 'Q' && which !== 'current') || (unit === 'Y' && offset === -1 && COMPARISON.test(text.slice(Math.max(0, m.index - 80), m.index)));
        if (!comparing) return { start, end, type: 'DATE', value: plain };
        return {
          start, end, type: 'DATE', comparison: unit === 'Y', // "up from last year" looks back without moving the narrative
          value: (ref) => {
            const anchor = ref.anchor('period');
            return anchor?.granularity === 'quarter' ? shiftPoint(anchor, unit === 'Y' ? -1 : offset, unit) : plain(ref);
          },
        };
      },
    },
    {
      // "the weekend": the one before publication, or the one under way
      name: 'the-weekend',
      keys: ['weekend'],
      pattern: /\b(?:over\s+|during\s+)?the\s+weekend\b/gi,
      extract(m) {
        const start = m.index + m[0].search(/the/i);
        return { start, end: m.index + m[0].length, type: 'DATE', value: lastWeekend };
      },
    },
    {
      name: 'month',
      keys: monthKeys,
      pattern: new RegExp(`\\b(?:(early|late|mid)[\\s-]+(?:in\\s+)?)?(${re.monthName})\\b(?:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?(?!\\s+\\d|[\\s-]+(?:${re.monthName}))`, 'gi'),
      extract(m, text) {
        if (!isCapital(m[2])) return null;
        const month = lex.months.get(m[2].toLowerCase())!;
        const context = Boolean(m[1]) || MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 14), m.index));
        // "May" and "March" are also words; "June Carter" is a name; "an ally of May" a person
        const wordMonth = month === 3 || month === 5;
        if (!context && (wordMonth || /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length)))) return null;
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        if (wordMonth && !m[1] && /\bof\s+$/i.test(before) && !OF_TIME.test(before)) return null;
        return {
          start: m.index, end: m.index + m[0].length, type: 'DATE',
          value: (ref) => {
            const y = m[3] ? (ref.dct ? ref.dct.getUTCFullYear() + PERIOD_OFFSET[m[3].toLowerCase()] : null) : inferYear(ref, month);
            return y === null ? null : `${y}-${pad2(month)}`;
          },
        };
      },
    },
    {
      // "in the spring", "summer 1998", "last fall" is relative-period; "fall" alone is a verb
      name: 'season',
      keys: [...lex.seasons.keys()],
      pattern: new RegExp(`\\b(?:(in|during|by|until|since|through|throughout)\\s+the\\s+|the\\s+)?(?:(early|late|mid)[\\s-]+)?(${re.season})\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'gi'),
      extract(m, text) {
        const word = m[3];
        if (isCapital(word) && m.index > 0 && !/[.!?"“]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null; // "Arab Spring"
        const code = lex.seasons.get(word.toLowerCase())!;
        if (!m[4] && !m[1] && !m[2] && !/^the\s/i.test(m[0])) return null;
        if (!m[4] && word.toLowerCase() === 'fall' && !m[1]) return null;
        if (!m[4] && SEASON_NOUN.test(text.slice(m.index + m[0].length))) return null; // "the winter storm"
        // "the fall of the Wall", but "the winter of nineteen ninety-four" (the year joins it)
        if (!m[4] && /^\s+(?:of|in)\b(?!\s+(?:nineteen|two\s+thousand)\b)/i.test(text.slice(m.index + m[0].length))) return null;
        const start = m[1] ? m.index + m[0].toLowerCase().indexOf('the', m[1].length) : m.index;
        return { start, end: m.index + m[0].length, type: 'DATE', value: m[4] ? `${m[4]}-${code}` : season(code, 0, true) };
      },
    },
  ];
}

/** The weekend before the publication date (or the one it falls in). */
const lastWeekend: Resolver = (ref) => {
  if (!ref.dct) return null;
  const day = isoWeekday(ref.dct);
  const saturday = addDays(ref.dct, day >= 6 ? 6 - day : -(day + 1));
  return `${period(0, 'W')({ ...ref, dct: saturday })}-WE`;
};

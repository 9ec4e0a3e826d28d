// References without a calendar value ("now" PRESENT_REF, "recently" PAST_REF, "the
// future" FUTURE_REF) and sets ("every week" P1W, "daily" P1D, "each Thursday").
import type { Unit } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import type { Parser } from '../types.js';
import { AMOUNT_BEFORE, countOf, durationValue } from './durations.js';

// "current account", "electrical current", "now-defunct" and friends are not times
const NOT_REFERENCE_AFTER = /^(?:\s+(?:accounts?|affairs|assets|liabilities|expenditures?|spending|prices)\b|[-–]|\s*[.,;:)]|\s+(?:of|in|from|and|is|was|that|which)\b)/i;

/** The word a phrase cannot do without, for the sentence pre-filter ("the past" -> "past"). */
const longestWord = (phrase: string) => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a));

export function vagueParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  return [
    {
      name: 'reference',
      lowerCase: true,
      keys: [...lex.references.keys()].map(longestWord),
      pattern: new RegExp(`\\b(${re.reference})\\b`, 'gi'),
      extract(m, text) {
        const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
        const value = lex.references.get(phrase.replace(/’/g, "'"));
        if (!value) return null;
        const start = m.index;
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        // the adjectives need a noun after them: "current leaders", "future growth", "recent weeks"
        if (phrase === 'current' && NOT_REFERENCE_AFTER.test(after)) return null;
        if (phrase === 'now' && /^[-–]/.test(after)) return null;
        // "the future of our peoples" is their prospects, not a time (TimeBank leaves it unannotated)
        if (phrase === 'the future' && /^\s+of\b/.test(after)) return null;
        // "Now, ..." and "Now for ..." opening a sentence turn the discourse, not the time
        if (m[1] === 'Now' && /^(?:\s*,|\s+for\b)/.test(after) && /(?:^|[.!?]["”']?\s+|["“]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) return null;
        // "the then current price": current at a time gone by
        const then = phrase === 'current' ? /\bthen[\s-]$/i.exec(text.slice(Math.max(0, start - 5), start)) : null;
        if (then) return { start: start - then[0].length, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF' };
        return { start, end: m.index + m[0].length, type: 'DATE', value };
      },
    },
    {
      name: 'frequency',
      lowerCase: true,
      keys: [...lex.frequencies.keys()],
      pattern: new RegExp(`\\b(${re.frequency})\\b`, 'gi'),
      extract(m, text) {
        const value = lex.frequencies.get(m[1].toLowerCase());
        // "five-yearly" P5Y: a count before it
        const count = /(\w+)-$/.exec(text.slice(Math.max(0, m.index - 12), m.index));
        if (count) {
          // "twice-yearly" keeps its period (the count is a frequency)
          const n = countOf(count[1]);
          const every = n !== null && Number.isInteger(n) && value ? value.replace(/1(?=[A-Z]$)/, String(n)) : value ?? null;
          return { start: m.index - count[0].length, end: m.index + m[0].length, type: 'SET', value: every };
        }
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        // "rise 8.5% annually" is a rate; "average daily volume" a measure (TimeBank leaves both unannotated)
        if (AMOUNT_BEFORE.test(before) || /\baverage\s+$/i.test(before)) return null;
        // "quarterly results", "a weekly magazine": adjectives of publications and reports are not sets
        if (!value || /^\s+(?:results|earnings|report|reports|dividend|magazine|newspaper|paper|payments?|profits?|meeting|basis)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'SET', value };
      },
    },
    {
      // "on Mondays", "Tuesday nights": a weekday in the plural recurs
      name: 'weekday-plural',
      keys: [...lex.weekdays.keys()].flatMap((day) => [day, `${day}s`]),
      pattern: new RegExp(`\\b(${re.weekday})(?:s\\b|\\s+(${re.partOfDay})s\\b)`, 'gi'),
      extract(m) {
        const iso = lex.weekdays.get(m[1].toLowerCase());
        if (m[1][0] === m[1][0].toLowerCase()) return null;
        const suffix = m[2] ? lex.partsOfDay.get(m[2].toLowerCase()) ?? '' : '';
        if (!iso || suffix.includes(':')) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-WXX-${iso}${suffix}` };
      },
    },
    {
      // "every week", "each year", "every two months", "every Monday", "each July"
      name: 'every',
      lowerCase: true,
      keys: ['every', 'each'],
      pattern: new RegExp(`\\b(?:every|each)\\s+(?:(other)\\s+|(${re.number})\\s+)?(${re.unit}|${re.weekday}|${re.monthName})\\b`, 'gi'),
      extract(m) {
        const word = m[3].toLowerCase();
        const start = m.index;
        const end = m.index + m[0].length;
        const weekday = lex.weekdays.get(word);
        if (weekday) return { start, end, type: 'SET', value: `XXXX-WXX-${weekday}` };
        const month = lex.months.get(word);
        if (month) return { start, end, type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
        const unit = lex.units.get(word) as Unit;
        const n = m[1] ? 2 : m[2] ? countOf(m[2]) : 1;
        if (n === null || !Number.isInteger(n)) return null;
        return { start, end, type: 'SET', value: durationValue(n, unit) };
      },
    },
  ];
}

// Durations: "six months" P6M, "three days" P3D, "a five-year plan" P5Y, "the past two
// weeks" P2W, "for years" PXY, "in decades" PXDE, "5 1/2 hours" PT5H30M. Ages are not
// durations of anything in the news: "29-year-old", "81 years old" are left out.
import type { Unit } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { parseNumber } from '../../../util/numbers.js';
import type { Parser } from '../types.js';
import { period } from '../resolve.js';

/** Words of approximation that TimeML keeps inside a duration's span. */
export const MODIFIER = '(?:about|around|almost|nearly|some|roughly|approximately|more\\s+than|less\\s+than|fewer\\s+than|over(?!\\s+the\\b)|under(?!\\s+the\\b)|at\\s+least|at\\s+most|up\\s+to|just|only|barely|well\\s+over|the\\s+better\\s+part\\s+of)';
// counts that say no number: "several years", "the past few weeks", "recent months", "coming days"
const VAGUE = 'a\\s+few|a\\s+couple\\s+of|a\\s+couple|several|many|some|a\\s+number\\s+of|few|recent|coming';
const IS_VAGUE = /^(?:a\s+few|a\s+couple|several|many|some|a\s+number|few|recent|coming)/i;

/** A count written in digits or words ("1 1/2", "twenty-four", "a"); null when vague ("several"). */
export function countOf(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  const fraction = /^(\d+)[\s-]+(\d)\/(\d)$/.exec(s);
  if (fraction) return +fraction[1] + +fraction[2] / +fraction[3];
  return parseNumber(s);
}

// a count, then at most two words, before "a year" or "annually"
const COUNT_THEN = (count: string) => new RegExp(`(?:${count})(?:\\s+(?!(?:for|within|in|over|after|before|than|of|by|under|about|nearly|almost|at|up|to|from|and|or|but|is|was)\\b)[a-z]+){0,2}\\s*$`, 'i');
/** "twice a day", "three times a week": a frequency, a SET by the TimeML guidelines */
const FREQUENCY_BEFORE = COUNT_THEN('\\b(?:times|once|twice)');
/**
 * "$5 a year", "700 seats a week", "rise 8.5% annually": a rate after an amount. TimeBank and
 * AQUAINT leave it unannotated in 9 of 13 uses (see docs/times.md), so it is no time.
 */
export const AMOUNT_BEFORE = COUNT_THEN('\\d|%|\\b(?:percent|cents?|dollars?|hundred|thousand|million|billion|trillion|dozen)');

const SECOND_AFTER = /^\s+(?:or|and\s+a\s+half|later|earlier|before|after|ago|longer|too|in)\b/i;

const SMALLER: Partial<Record<Unit, [Unit, number]>> = { Y: ['M', 12], DE: ['Y', 10], CE: ['Y', 100], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };
const TIME_UNITS = new Set<Unit>(['H', 'MIN', 'S']);

const code = (u: Unit) => (u === 'MIN' ? 'M' : u);

/** Counted decades and centuries are written in years, as TimeBank does ("two decades" P20Y). */
const IN_YEARS: Partial<Record<Unit, number>> = { DE: 10, CE: 100 };

/**
 * P6M, PT3H, PXY, PXDE; a fraction carries into the next smaller unit ("2 1/2 years" P2Y6M,
 * "5 1/2 hours" PT5H30M).
 */
export function durationValue(n: number | null, unit: Unit): string {
  const time = TIME_UNITS.has(unit) ? 'T' : '';
  if (n === null) return `P${time}X${code(unit)}`;
  const years = IN_YEARS[unit];
  if (years) return durationValue(n * years, 'Y');
  const whole = Math.floor(n);
  const smaller = SMALLER[unit];
  if (whole === n || !smaller) return `P${time}${n}${code(unit)}`;
  const [u, factor] = smaller;
  const rest = Math.round((n - whole) * factor);
  const restTime = TIME_UNITS.has(u) && !time ? 'T' : '';
  return `P${time}${whole ? `${whole}${code(unit)}` : ''}${restTime}${rest}${code(u)}`;
}

export function durationParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  return [
    {
      name: 'duration',
      keys: [...lex.units.keys()],
      pattern: new RegExp(
        `\\b(?:${MODIFIER}\\s+)?(?:the\\s+(?:past|last|next|first|previous|coming|final|following|remaining|latest)\\s+)?(an?|${re.number}|${VAGUE})(?:\\s+more)?[\\s-]+(${re.unit})(\\s+and\\s+a\\s+half)?\\b`,
        'gi',
      ),
      extract(m, text) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
        if (/^(?:-|\s+)old\b/i.test(after)) return null; // an age
        if (/^an?-/i.test(m[0]) || text[m.index - 1] === '-') return null; // "twice-a-decade", "mid-two-year"
        // "an hour south of the capital", "an hour outside Paris": a distance
        if (/^['’]?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|outside)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
        // "a second term", "a second group": the ordinal, unless a time word follows ("a second or two", "a second later")
        if (/^an?$/i.test(m[1]) && /^second$/i.test(m[2]) && /^(?:\s+[a-z]|-)/i.test(after) && !SECOND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
        // "three-quarters of", "a quarter of the shares", "rose by a quarter": fractions
        if (/^quarters?$/i.test(m[2]) && (/^\s+(?:of|percent|point)\b/i.test(after) || /\bby\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))) return null;
        // "shrink to a quarter the size", "has only a quarter": a fraction unless a time preposition governs it
        if (/^quarter$/i.test(m[2]) && /^(?:an?|one)$/i.test(m[1]) && !/\b(?:in|for|during|over|within|after|before|per|each|every)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
        const unit = lex.units.get(m[2].toLowerCase())!;
        // "the city may one day host ...": some day to come (FUTURE_REF), not a day's length
        if (unit === 'D' && /^one$/i.test(m[1]) && m[0].length === m[1].length + 4 && text[m.index + m[0].length] !== '-' && /\b(?:will|would|could|might|may|can|shall|should|must)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) {
          return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF' };
        }
        const vague = IS_VAGUE.test(m[1]);
        let n = vague ? (/^a\s+couple/i.test(m[1]) ? 2 : null) : countOf(m[1]);
        if (n === null && !vague) return null;
        if (/^a\s+couple/i.test(m[1])) n = 2;
        if (vague && !m[2].toLowerCase().endsWith('s')) return null; // "some day", "coming week" are not counts
        if (n !== null && m[3]) n += 0.5;
        // a frequency or a rate, not a duration
        if (/^an?$/i.test(m[1])) {
          const before = text.slice(Math.max(0, m.index - 40), m.index);
          if (FREQUENCY_BEFORE.test(before)) return { start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unit) };
          if (AMOUNT_BEFORE.test(before)) return null;
        }
        if (n === 0 || (n !== null && n >= 1000)) return null; // "the 1988 quarter" is a year
        return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(n, unit) };
      },
    },
    {
      // "the past year", "the last decade": the period before this one (TimeML writes it as a date)
      name: 'the-past-unit',
      keys: ['past', 'last', 'next', 'coming'],
      pattern: new RegExp(`\\b(?:over\\s+|during\\s+|in\\s+|for\\s+)?the\\s+(?:past|last|next|coming)\\s+(${re.unitSingular})\\b`, 'gi'),
      extract(m) {
        const unit = lex.units.get(m[1].toLowerCase())!;
        const start = m.index + m[0].search(/the\s/i);
        if (unit === 'S' || unit === 'MIN' || unit === 'H' || unit === 'D') return { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue(1, unit) };
        return { start, end: m.index + m[0].length, type: 'DATE', value: period(/\b(?:next|coming)\s/i.test(m[0]) ? 1 : -1, unit) };
      },
    },
    {
      // "for years", "in decades", "within hours": a vague number of units
      name: 'bare-units',
      lowerCase: true,
      keys: [...lex.units.keys()],
      pattern: new RegExp(`(?<=\\b(?:for|within|in|over|lasting|took|take|takes)\\s+)(${re.unit})\\b(?!['’-])`, 'gi'),
      extract(m) {
        const word = m[1].toLowerCase();
        const unit = lex.units.get(word)!;
        if (!word.endsWith('s')) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit) };
      },
    },
    {
      // "in the weeks ahead", "the coming months ahead": a vague stretch to come
      name: 'units-ahead',
      lowerCase: true,
      keys: ['ahead'],
      pattern: new RegExp(`\\bthe\\s+(?:coming\\s+)?(${re.unit})\\s+ahead\\b`, 'gi'),
      extract(m) {
        const word = m[1].toLowerCase();
        if (!word.endsWith('s')) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, lex.units.get(word)!) };
      },
    },
  ];
}

// The calendar vocabulary, read once from data/times and turned into regular-expression
// alternations for the parsers. Adding a holiday or a frequency word is a data change.
import { readTable } from '../../util/lexicon.js';
import { NUMBER_WORDS } from '../../util/numbers.js';
import type { Unit } from './calendar.js';

export interface Lexicon {
  /** month name or abbreviation (lower case, no dot) -> 1..12 */
  months: Map<string, number>;
  /** ISO weekday by lower-case name */
  weekdays: Map<string, number>;
  units: Map<string, Unit>;
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  ordinals: Map<string, number>;
  references: Map<string, string>;
  frequencies: Map<string, string>;
  holidays: Map<string, string>;
  /** regular-expression alternations, longest first */
  re: {
    month: string;
    monthName: string;
    weekday: string;
    unit: string;
    unitSingular: string;
    season: string;
    partOfDay: string;
    ordinal: string;
    reference: string;
    frequency: string;
    holiday: string;
    number: string;
  };
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/** An alternation of phrases, longest first so that "New Year's Eve" wins over "New Year". */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}

/** Lower case with curly apostrophes and runs of spaces made plain: the key the maps use. */
export function key(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');
}

const table = (name: string) => readTable('times', name);

export function loadLexicon(): Lexicon {
  const months = new Map<string, number>();
  const monthAlternatives: string[] = [];
  for (const [name, abbreviations, n] of table('months.tsv')) {
    months.set(name.toLowerCase(), Number(n));
    monthAlternatives.push(escapeRe(name));
    for (const abbr of (abbreviations ?? '').split(' ').filter(Boolean)) {
      months.set(abbr.toLowerCase(), Number(n));
      // an abbreviation needs its dot or a day number after it ("Jan. 5", "Jan 5"), so that "Mar" or "Sep" alone do not match
      monthAlternatives.push(`${escapeRe(abbr)}(?:\\.|(?=\\s+\\d))`);
    }
  }
  const weekdays = new Map<string, number>();
  for (const [name, , n] of table('weekdays.tsv')) weekdays.set(name.toLowerCase(), Number(n));
  const units = new Map<string, Unit>();
  const singular: string[] = [];
  for (const [one, many, code] of table('units.tsv')) {
    units.set(one, code as Unit);
    units.set(many, code as Unit);
    singular.push(one);
  }
  const pairs = (name: string) => new Map(table(name).map(([k, v]) => [key(k), v]));
  const seasons = pairs('seasons.tsv');
  const partsOfDay = pairs('parts-of-day.tsv');
  const references = pairs('references.tsv');
  const frequencies = pairs('frequencies.tsv');
  const holidays = pairs('holidays.tsv');
  const ordinals = new Map(table('ordinals.tsv').map(([k, v]) => [k, Number(v)]));
  const numberWords = alternation(NUMBER_WORDS);
  return {
    months, weekdays, units, seasons, partsOfDay, ordinals, references, frequencies, holidays,
    re: {
      month: `(?:${monthAlternatives.sort((a, b) => b.length - a.length).join('|')})`,
      monthName: `(?:${alternation(table('months.tsv').map(([name]) => name))})`,
      weekday: `(?:${alternation(weekdays.keys())})`,
      unit: `(?:${alternation(units.keys())})`,
      unitSingular: `(?:${alternation(singular)})`,
      season: `(?:${alternation(seasons.keys())})`,
      partOfDay: `(?:${alternation(partsOfDay.keys())})`,
      ordinal: `(?:${alternation(ordinals.keys())})`,
      reference: `(?:${alternation(references.keys())})`,
      frequency: `(?:${alternation(frequencies.keys())})`,
      holiday: `(?:${alternation(table('holidays.tsv').map(([name]) => name))})`,
      // digits, fractions ("1 1/2", "14-1/2") or words ("twenty-four", "a hundred")
      number: `(?:\\d+(?:\\.\\d+)?(?:[\\s-]+\\d/\\d)?|(?:${numberWords})(?:[\\s-]+(?:and[\\s-]+)?(?:${numberWords}))*)`,
    },
  };
}

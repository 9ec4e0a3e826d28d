// Calendar arithmetic on TIMEX3 values. A value is kept as the string TIMEX3 writes
// ("2022-01-05", "2022-W01", "2022-Q3", "2022-SP", "199"); `Point` is its parsed form,
// with a granularity so that "a year before 1989-Q3" stays a quarter.

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export interface Point {
  /** the first day of the period, as a UTC date */
  date: Date;
  granularity: Granularity;
  /** the part of day suffix (TMO, TNI ...) or clock time ("T15:00") kept from the value */
  suffix: string;
  /** quarter, half or season code when the granularity is one of those */
  code: string;
}

const DAY_MS = 86_400_000;

export function utc(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function formatMonth(date: Date): string {
  return formatDay(date).slice(0, 7);
}

export function addDays(date: Date, n: number): Date {
  return new Date(date.getTime() + n * DAY_MS);
}

/** Adds months, clamping the day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: Date, n: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + n;
  const target = utc(y + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, 1);
  const last = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  return utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), last));
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(isLeap(y) ? 2000 : 2001, m, 0)).getUTCDate();
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

import { formatWeek, isoWeekday } from '../../util/iso-week.js';

export { isoWeekday } from '../../util/iso-week.js';

/** The Monday of an ISO week. */
function weekStart(year: number, week: number): Date {
  const jan4 = utc(year, 1, 4);
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parses a TIMEX3 calendar value; null for durations, references and anything unknown. */
export function parsePoint(value: string | null): Point | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (m) return { date: utc(+m[1], +m[2], +m[3]), granularity: 'day', suffix: m[4] ?? '', code: '' };
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) return { date: weekStart(+m[1], +m[2]), granularity: 'week', suffix: '', code: '' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { date: utc(+m[1], +m[2], 1), granularity: 'month', suffix: '', code: '' };
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const code = m[2];
    const month = code[0] === 'Q' ? (+code[1] - 1) * 3 + 1 : code[0] === 'H' ? (+code[1] - 1) * 6 + 1 : SEASON_MONTH[code];
    const granularity = code[0] === 'Q' ? 'quarter' : code[0] === 'H' ? 'half' : 'season';
    return { date: utc(+m[1], month, 1), granularity, suffix: '', code };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { date: utc(+m[1], 1, 1), granularity: 'year', suffix: '', code: '' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { date: utc(+m[1] * 10, 1, 1), granularity: 'decade', suffix: '', code: '' };
  m = /^(\d{2})$/.exec(value);
  if (m) return { date: utc(+m[1] * 100, 1, 1), granularity: 'century', suffix: '', code: '' };
  return null;
}

/** Writes a date at a granularity as a TIMEX3 value. */
export function formatAt(date: Date, granularity: Granularity, code = ''): string {
  const y = date.getUTCFullYear();
  switch (granularity) {
    case 'day': return formatDay(date);
    case 'week': return formatWeek(date);
    case 'month': return formatMonth(date);
    case 'quarter': return `${pad(y, 4)}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case 'half': return `${pad(y, 4)}-H${date.getUTCMonth() < 6 ? 1 : 2}`;
    case 'season': return `${pad(y, 4)}-${code || 'SU'}`;
    case 'year': return pad(y, 4);
    case 'decade': return pad(Math.floor(y / 10), 3);
    case 'century': return pad(Math.floor(y / 100), 2);
  }
}

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';

/** Moves a date by n units. */
export function shift(date: Date, n: number, unit: Unit): Date {
  switch (unit) {
    case 'D': return addDays(date, n);
    case 'W': case 'WE': return addDays(date, 7 * n);
    case 'M': return addMonths(date, n);
    case 'Q': return addMonths(date, 3 * n);
    case 'Y': return addMonths(date, 12 * n);
    case 'DE': return addMonths(date, 120 * n);
    case 'CE': return addMonths(date, 1200 * n);
    default: return date; // hours and below do not move a calendar date in news
  }
}

/** The granularity at which "N units ago" is written. */
export const UNIT_GRANULARITY: Record<Unit, Granularity> = {
  S: 'day', MIN: 'day', H: 'day', D: 'day', W: 'week', WE: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'year', CE: 'year',
};

/** Coarser granularities first: "a year before 1989-Q3" keeps the quarter, "a year before 1989" the year. */
const RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, season: 4, year: 5, decade: 6, century: 7 };

export function finer(a: Granularity, b: Granularity): Granularity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Shifts a TIMEX3 point by n units and writes it at the finer of its own and the unit's granularity. */
export function shiftPoint(point: Point, n: number, unit: Unit): string {
  const granularity = point.granularity === 'season' ? (unit === 'Y' ? 'season' : UNIT_GRANULARITY[unit]) : finer(point.granularity, UNIT_GRANULARITY[unit]);
  return formatAt(shift(point.date, n, unit), granularity, point.code);
}

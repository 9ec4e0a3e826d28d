// Shared resolvers: how the parsers turn "Thursday", "in March" or "last week" into a
// value once the reference (publication date, narrative anchor, tense) is known.
import { addDays, formatAt, formatDay, isoWeekday, shift, shiftPoint, utc, type Granularity, type Unit } from './calendar.js';
import type { Reference, Resolver } from './types.js';

/** The publication date shifted by n units, written at the unit's granularity ("two weeks ago"). */
export function fromDct(n: number, unit: Unit, granularity: Granularity): Resolver {
  return (ref) => (ref.dct ? formatAt(shift(ref.dct, n, unit), granularity) : null);
}

/** The narrative anchor shifted by n units ("the next day", "a year earlier"). */
export function fromAnchor(n: number, unit: Unit, suffix = ''): Resolver {
  const need = unit === 'D' || unit === 'W' || unit === 'WE' ? 'day' : unit === 'M' ? 'month' : 'year';
  return (ref) => {
    const anchor = ref.anchor(need);
    if (!anchor) return null;
    const value = shiftPoint(anchor, n, unit);
    return suffix && /^\d{4}-\d\d-\d\d$/.test(value) ? value + suffix : value;
  };
}

/**
 * A weekday near the publication date. `direction` -1 is the latest such day on or before
 * it (past-tense news), +1 the first after it; 0 lets the tense decide; 'this' is the same week.
 */
export function weekday(iso: number, mode: -1 | 0 | 1 | 'this' | 'last' | 'next', suffix = ''): Resolver {
  return (ref) => {
    if (!ref.dct) return null;
    const today = isoWeekday(ref.dct);
    let offset: number;
    if (mode === 'this') offset = iso - today;
    else if (mode === 'last') offset = -(((today - iso + 7) % 7) || 7);
    else if (mode === 'next' || mode === 1 || (mode === 0 && ref.future)) offset = ((iso - today + 7) % 7) || 7;
    else offset = -((today - iso + 7) % 7);
    return formatDay(addDays(ref.dct, offset)) + suffix;
  };
}

/**
 * The year of a month (and day) written without one: the publication year, moved back
 * when the text is in the past tense and the date would otherwise lie months ahead, and
 * forward when it speaks of the future and the date lies well behind.
 */
export function inferYear(ref: Reference, month: number, day = 1): number | null {
  if (!ref.dct) return null;
  const year = ref.dct.getUTCFullYear();
  const days = (utc(year, month, day).getTime() - ref.dct.getTime()) / 86_400_000;
  if (ref.past) return days > 60 ? year - 1 : year;
  if (ref.future) return days < -60 ? year + 1 : year;
  // no tense either way: news mostly reports what happened, so a date well ahead is last year's
  return days > 120 ? year - 1 : days < -300 ? year + 1 : year;
}

/** This, last or next (offset 0, -1, +1) period of a unit around the publication date. */
export function period(offset: number, unit: Unit): Resolver {
  const granularity: Granularity = unit === 'WE' ? 'week' : unit === 'DE' ? 'decade' : unit === 'CE' ? 'century' : unit === 'Q' ? 'quarter' : unit === 'M' ? 'month' : unit === 'W' ? 'week' : unit === 'D' ? 'day' : 'year';
  return (ref) => {
    if (!ref.dct) return null;
    const value = formatAt(shift(ref.dct, offset, unit), granularity);
    return unit === 'WE' ? `${value}-WE` : value;
  };
}

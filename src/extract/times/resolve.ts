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
 * it (past-tense news), +1 the first after it; 0 lets the tense decide (on or before, or on or
 * after publication); 'this' is the same week.
 */
export function weekday(iso: number, mode: -1 | 0 | 1 | 'this' | 'last' | 'next', suffix = ''): Resolver {
  return (ref) => {
    if (!ref.dct) return null;
    const today = isoWeekday(ref.dct);
    let offset: number;
    if (mode === 'this') offset = iso - today;
    else if (mode === 'last') offset = -(((today - iso + 7) % 7) || 7);
    else if (mode === 'next' || mode === 1) offset = ((iso - today + 7) % 7) || 7;
    // "the vote will be held on Friday" in Friday's paper is that day; "next Friday" is not
    else if (mode === 0 && ref.future) offset = (iso - today + 7) % 7;
    else offset = -((today - iso + 7) % 7);
    return formatDay(addDays(ref.dct, offset)) + suffix;
  };
}

/**
 * The year of a month (and day) written without one: the publication year, unless the tense
 * and the distance say otherwise. A past-tense clause speaks of a month after publication's
 * only as last year's, and of a day more than PAST_DAY_REACH after it (a deadline a few weeks
 * ahead stays this year's: "extended to Nov. 20"); a future one of an earlier month, or a day
 * well before publication, only as next year's. Without a tense the publication year holds
 * unless the date lies far ahead (news mostly reports what happened: last year's) or very far
 * behind (next year's). `day` null is the whole month.
 */
export function inferYear(ref: Reference, month: number, day: number | null = null): number | null {
  if (!ref.dct) return null;
  const year = ref.dct.getUTCFullYear();
  // how far the date lies after publication, in days (a month counts from its middle)
  const days = (utc(year, month, day ?? 15).getTime() - ref.dct.getTime()) / 86_400_000;
  const dctMonth = ref.dct.getUTCMonth() + 1;
  if (ref.past) return (day === null ? month > dctMonth : days > PAST_DAY_REACH) ? year - 1 : year;
  if (ref.future) return (day === null ? month < dctMonth : days < -FUTURE_DAY_REACH) ? year + 1 : year;
  return days > UNMARKED_AHEAD ? year - 1 : days < -UNMARKED_BEHIND ? year + 1 : year;
}

/**
 * How far behind publication a future-reading day may still be this year's: a few weeks
 * ("the fund has fallen 2% this year through Oct. 19") is a misread cue, not next year.
 */
const FUTURE_DAY_REACH = 30;
/** How far ahead a past-tense clause may still mean a day of this year: a deadline ("extended to Nov. 20"). */
const PAST_DAY_REACH = 45;
/** How far from publication an unmarked month or day still takes the publication year. */
const UNMARKED_AHEAD = 180;
const UNMARKED_BEHIND = 300;

/** This, last or next (offset 0, -1, +1) period of a unit around the publication date. */
export function period(offset: number, unit: Unit): Resolver {
  const granularity: Granularity = unit === 'WE' ? 'week' : unit === 'DE' ? 'decade' : unit === 'CE' ? 'century' : unit === 'Q' ? 'quarter' : unit === 'M' ? 'month' : unit === 'W' ? 'week' : unit === 'D' ? 'day' : 'year';
  return (ref) => {
    if (!ref.dct) return null;
    const value = formatAt(shift(ref.dct, offset, unit), granularity);
    return unit === 'WE' ? `${value}-WE` : value;
  };
}

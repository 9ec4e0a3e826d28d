import type { Doc } from '../../doc/document.js';
import type { EventDate, Span, TimeExpression } from '../../doc/types.js';
import { formatWeek } from '../../util/iso-week.js';

/**
 * An event's date, whether its own clause gave it (an inherited date never conflicts), and
 * whether the text gave it at all (a narrative date is only the article's default).
 */
export interface DateChoice { date: EventDate; own: boolean; told: boolean }

/** A TIMEX3 value as an event date: "2022-01-05TNI" -> day 2022-01-05, "2022-W01" -> week. */
export function toEventDate(value: string | null): EventDate | null {
  if (!value) return null;
  let m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return { value: m[1], precision: 'day' };
  if (/^\d{4}-W\d{2}$/.test(value)) return { value, precision: 'week' };
  if (/^\d{4}-\d{2}$/.test(value)) return { value, precision: 'month' };
  m = /^(\d{4})$/.exec(value);
  return m ? { value: m[1], precision: 'year' } : null;
}

// "until January 19", "since 2019": the end or the start of a state, not when it happened
const NOT_WHEN = /\b(?:until|till|through|since)\s+$/i;
// "one day after": dates the clause that "after" opens, no other
const RELATIVE_TO_NEXT = /\b(?:after|before)$/i;

const isDate = (t: TimeExpression) => (t.type === 'DATE' || t.type === 'TIME') && toEventDate(t.value) !== null;
const inside = (t: Span, s: Span) => t.start < s.end && s.start < t.end;

/**
 * The article's narrative date: the first day-precise date of its lead (first two body
 * sentences) that is not after publication, else the publication day.
 */
export function narrativeDate(doc: Doc): EventDate | null {
  const lead = doc.sentences.filter((s) => !s.heading).slice(0, 2);
  const published = toEventDate(doc.published);
  for (const t of doc.times) {
    if (!isDate(t) || RELATIVE_TO_NEXT.test(t.text) || !lead.some((s) => inside(t, s))) continue;
    const d = toEventDate(t.value)!;
    if (d.precision === 'day' && (!published || d.value! <= published.value!)) return d;
  }
  return published && published.precision === 'day' ? published : null;
}

/**
 * The date of a clause: its own time expression (one that ends in it: "one day after"
 * dates the clause that "after" opens); else the nearest date before it in its sentence
 * (the clause that governs it: "on Thursday as troops arrived"; a later clause is another
 * matter: "… since its founding in 1999"); else the narrative date.
 */
export function clauseDate(doc: Doc, clause: Span, sentence: Span, narrative: EventDate | null): DateChoice | null {
  const when = (t: TimeExpression) => isDate(t) && !NOT_WHEN.test(doc.text.slice(Math.max(0, t.start - 8), t.start));
  const own = doc.times.find((t) => when(t) && t.end > clause.start && t.end <= clause.end);
  if (own) return { date: toEventDate(own.value)!, own: true, told: true };
  let nearest: TimeExpression | null = null;
  let distance = Infinity;
  for (const t of doc.times) {
    if (!when(t) || !inside(t, sentence) || t.end > clause.start || RELATIVE_TO_NEXT.test(t.text)) continue;
    const d = clause.start - t.end;
    if (d < distance) [nearest, distance] = [t, d];
  }
  if (nearest) return { date: toEventDate(nearest.value)!, own: false, told: true };
  return narrative ? { date: narrative, own: false, told: false } : null;
}

/** Do two dates allow one happening? Equal, or one inside the other (a day in its week). */
export function datesCompatible(a: DateChoice | null, b: DateChoice | null): boolean {
  if (!a || !b || !a.own || !b.own) return true;
  return contains(a.date, b.date) || contains(b.date, a.date);
}

function contains(outer: EventDate, inner: EventDate): boolean {
  if (!outer.value || !inner.value) return true;
  if (outer.value === inner.value) return true;
  if (inner.precision !== 'day') return outer.precision === 'year' && inner.value.startsWith(outer.value);
  if (outer.precision === 'month' || outer.precision === 'year') return inner.value.startsWith(outer.value);
  if (outer.precision === 'week') return formatWeek(new Date(`${inner.value}T00:00:00Z`)) === outer.value;
  return false;
}

/** Days from an event date (its last day for a month or year) to a reference day. */
export function daysBefore(date: EventDate, reference: string | null): number | null {
  if (!reference || !date.value) return null;
  const start = date.precision === 'week' ? null : date.value.length === 4 ? `${date.value}-12-31` : date.value.length === 7 ? `${date.value}-28` : date.value;
  if (!start) return null;
  return (Date.parse(reference.slice(0, 10)) - Date.parse(start)) / 86400000;
}

// ISO-8601 weeks, shared by the times layer (TIMEX3 "2022-W01") and the events layer
// (does a day fall in an event's week).

/** ISO-8601 weekday of a UTC date, Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** ISO week-numbering year and week of a UTC date. */
export function isoWeek(date: Date): { year: number; week: number } {
  const thursday = new Date(date.getTime() + (4 - isoWeekday(date)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(year);
  return { year, week: Math.floor((thursday.getTime() - jan1.getTime()) / 86_400_000 / 7) + 1 };
}

/** "2022-W01" for a UTC date. */
export function formatWeek(date: Date): string {
  const { year, week } = isoWeek(date);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

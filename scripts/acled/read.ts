import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One coded ACLED event (2019 export schema); only the columns the evaluations read. */
export interface AcledRow {
  event_date: string; // dd-mm-yy
  year: string;
  time_precision: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string;
  admin1: string;
  admin2: string;
  location: string;
  latitude: string;
  longitude: string;
  geo_precision: string;
  source: string;
  notes: string;
  fatalities: string;
}

export function readAcled(path: string): AcledRow[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as AcledRow[];
}

/** ACLED's validation years for the Kenya file: up to 2017 trains, 2018–2019 validates. */
export const isValidationYear = (row: AcledRow) => Number(row.year) >= 2018;

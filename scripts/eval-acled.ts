// npm run eval:acled -- [FILE.csv]: runs the whole pipeline over each ACLED note of the
// validation years (2018-2019; the classifier trained on the years before) and compares
// the note's first event with the coder's: type and sub-type accuracy, place within 25 km
// of ACLED's coordinates, date-exact and fatalities-exact rates; then the figures layer's
// agreement report.
// A note carries its own date ("On 13 November 2019, ..."), so the event date is not given
// as `published`; published is the last day of the note's year (what a reader of a yearly
// file knows), which anchors notes that give a day without a year ("17 March.").
import { join } from 'node:path';
import type { SitrepDocument } from '../src/doc/types.js';
import { runPipeline } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { reportFigureAgreement } from './acled/figures.js';
import { isValidationYear, readAcled, type AcledRow } from './acled/read.js';
import { haversineKm } from '../src/util/distance.js';

const file = process.argv[2] ?? join(packageRoot, '..', 'shared', 'data', 'acled', 'ken_acled_data.csv');
const rows = readAcled(file).filter((r) => isValidationYear(r) && r.notes.trim());

/** "05-01-22" (dd-mm-yy) -> "2022-01-05" */
const isoDate = (ddmmyy: string) => {
  const [d, m, y] = ddmmyy.split('-');
  return `${y.length === 2 ? `20${y}` : y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, b.lat, b.lon);

interface Counts { notes: number; found: number; type: number; subType: number; place: number; date: number; fatalities: number }
const counts: Counts = { notes: 0, found: 0, type: 0, subType: 0, place: 0, date: 0, fatalities: 0 };
const confusions = new Map<string, number>();
const progress = process.stderr.isTTY;
const t0 = performance.now();

function score(row: AcledRow, doc: SitrepDocument): void {
  counts.notes++;
  const event = doc.events[0];
  const gold = `${row.event_type} / ${row.sub_event_type}`;
  const ours = event ? `${event.type} / ${event.subType}` : 'no event';
  if (ours !== gold) confusions.set(`${gold} -> ${ours}`, (confusions.get(`${gold} -> ${ours}`) ?? 0) + 1);
  if (!event) return;
  counts.found++;
  if (event.type === row.event_type) counts.type++;
  if (ours === gold) counts.subType++;
  const geo = doc.entities.find((e) => e.id === event.place)?.geo;
  if (geo && km(geo, { lat: Number(row.latitude), lon: Number(row.longitude) }) <= 25) counts.place++;
  if (event.date?.value === isoDate(row.event_date)) counts.date++;
  if ((event.fatalities?.low ?? 0) === Number(row.fatalities)) counts.fatalities++;
}

for (const [i, row] of rows.entries()) {
  const published = `${row.year}-12-31`;
  score(row, runPipeline({ id: `acled-${i}`, text: row.notes, published }).toJSON());
  if (progress && (i % 25 === 0 || i === rows.length - 1)) process.stderr.write(`\r${i + 1}/${rows.length} notes\x1b[K`);
}
if (progress) process.stderr.write('\n');

const pct = (n: number) => `${((100 * n) / counts.notes).toFixed(1)}%`;
console.log(`events: ${counts.notes} ACLED notes of the validation years (${rows[0]?.year}..${rows.at(-1)?.year}) from ${file}, ${((performance.now() - t0) / counts.notes).toFixed(2)} ms a note (whole pipeline)`);
console.log(`  an event found   ${pct(counts.found)}`);
console.log(`  type accuracy    ${pct(counts.type)}`);
console.log(`  sub-type acc.    ${pct(counts.subType)}`);
console.log(`  place <= 25 km   ${pct(counts.place)}`);
console.log(`  date exact       ${pct(counts.date)}`);
console.log(`  fatalities exact ${pct(counts.fatalities)} (the event's linked killed figures, none = 0)`);
console.log('  most frequent confusions (ACLED -> ours):');
for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ACLED_CONFUSIONS ?? 10))) console.log(`    ${String(v).padStart(4)}  ${k}`);
for (const line of reportFigureAgreement(rows)) console.log(line);

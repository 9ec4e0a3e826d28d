// The figures layer against ACLED's coding: where a coder's note states a number of dead,
// does our killed total equal the `fatalities` column? Notes where the coder says the toll
// is unknown and codes a convention ("unspecified number coded as 3") are reported apart.
//   node dist/scripts/acled/figures.js [FILE.csv]      (alone)
//   npm run eval:acled -- FILE.csv                      (with the events report)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FigureCategory } from '../../src/doc/types.js';
import { Doc } from '../../src/doc/document.js';
import { extractFigures, killedToll, type Toll } from '../../src/extract/figures/index.js';
import { segment } from '../../src/text/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { readAcled, type AcledRow } from './read.js';

const NUM = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens|scores|hundreds|thousands)`;
const DEATH_WORD = String.raw`(?:killed|dead|died|deaths?|bodies|lives|fatalities|murdered|slain|lynched|beheaded|executed|shot dead|hacked to death|burnt to death|burned to death|stabbed to death|beaten to death|drowned|perished)`;
const DEATH_VERB = String.raw`(?:killing|killed|kills|murdering|murdered|massacring|shot dead|shooting dead|lynching|lynched)`;
/** The note itself states a number of dead: "2 were killed", "killing four", "the bodies of two men". */
const STATES_DEATHS = new RegExp(String.raw`\b${NUM}\b(?:\s+(?!and\b|no\b|or\b|year)[\w'-]+){0,4}?\s+${DEATH_WORD}\b|\b${DEATH_VERB}\s+(?:at least |about |some |an estimated )?${NUM}\b|\b(?:bodies|deaths) of (?:at least )?${NUM}\b|death toll\b[^.]{0,20}\b${NUM}\b`, 'i');
/** The coder spread the dead over several events ("coded elsewhere", "split between 2 events"). */
const SPLIT = /\b(?:two|three|four|five|\d+) (?:separate )?events coded|fatalit(?:y|ies) each|fatalities spread|coded (?:elsewhere|separately|seperately|in (?:an)?other event|across)|split (?:between|over|across)|separate events?|other fatalities coded|fatalities coded on/i;
/**
 * The toll is not stated as a number: the coder says it is unknown and codes a convention
 * ("unspecified number coded as 3"), or the note only says "several/many killed" (which ACLED,
 * like CONTRACT.md, codes as 3).
 */
const UNSPECIFIED = /\b(?:several|many|a few|a number of|numerous)\b(?:\s+[\w'-]+){0,3}?\s+(?:were\s+|are\s+)?(?:killed|dead|died|deaths)\b|unspecified number|unknown number|number of (?:fatalities|deaths|dead|casualties) (?:is |was |are |were )?(?:unspecified|unknown|unclear|not (?:specified|known|reported))|coded (?:as|at) \d|low estimate|fatalities (?:are |were |is )?(?:unclear|unknown|unspecified|not (?:specified|known|reported))/i;

interface Tally { notes: number; agree: number; within: number; none: number; under: number; over: number; examples: string[] }
const tally = (): Tally => ({ notes: 0, agree: 0, within: 0, none: 0, under: 0, over: 0, examples: [] });

/** "at least 5" agrees with a coded 18; "up to 7" with a coded 5. */
const withinBounds = (toll: Toll | null, coded: number): boolean => toll !== null && (toll.low === null || toll.low <= coded) && (toll.high === null || coded <= toll.high);

function compare(t: Tally, toll: Toll | null, coded: number, note: string): void {
  t.notes++;
  const ours = toll?.value ?? null;
  // no killed figure means no dead reported: it agrees with a coded 0
  if ((ours ?? 0) === coded) t.agree++;
  if ((ours ?? 0) === coded || withinBounds(toll, coded)) t.within++;
  if ((ours ?? 0) !== coded) {
    if (ours === null) t.none++;
    else if (ours < coded) t.under++;
    else t.over++;
    if (t.examples.length < Number(process.env.ACLED_EXAMPLES ?? 8)) t.examples.push(`    ours ${ours ?? '-'} vs ${coded}: ${note.slice(0, Number(process.env.ACLED_WIDTH ?? 140))}`);
  }
}

/** The stages figures read (text, then figures): the numbers do not move when a later stage is rebuilt. */
function figuresOf(text: string): Doc {
  const doc = new Doc({ id: 'note', text });
  segment(doc);
  extractFigures(doc);
  return doc;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

/** Lines to print: killed-vs-fatalities agreement and the figure categories per ACLED event type. */
export function reportFigureAgreement(rows: AcledRow[]): string[] {
  const stated = tally();
  const split = tally();
  const unspecified = tally();
  // a note shared by several rows describes deaths that the coder divided between events
  const rowsPerNote = new Map<string, number>();
  for (const row of rows) rowsPerNote.set(row.notes, (rowsPerNote.get(row.notes) ?? 0) + 1);
  const byType = new Map<string, Map<FigureCategory, number>>();
  const missedDeadAs = new Map<string, number>();
  let t0 = performance.now();
  let figures = 0;
  for (const row of rows) {
    const note = row.notes ?? '';
    const coded = Number(row.fatalities);
    const doc = figuresOf(note);
    figures += doc.figures.length;
    const counts = byType.get(row.event_type) ?? new Map<FigureCategory, number>();
    for (const f of doc.figures) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    byType.set(row.event_type, counts);
    const ours = killedToll(doc);
    if (UNSPECIFIED.test(note)) compare(unspecified, ours, coded, note);
    else if (!STATES_DEATHS.test(note)) continue;
    else if ((rowsPerNote.get(note) ?? 0) > 1 || SPLIT.test(note)) compare(split, ours, coded, note);
    else {
      compare(stated, ours, coded, note);
      if (ours === null && coded > 0) {
        // a killed category here means figures left out as background or as part of a total
        const seen = [...new Set(doc.figures.map((f) => (f.category === 'killed' ? 'killed (left out)' : f.category)))].join('+') || 'nothing';
        missedDeadAs.set(seen, (missedDeadAs.get(seen) ?? 0) + 1);
      }
    }
  }
  const ms = performance.now() - t0;
  t0 = 0;
  const lines = [
    `figures: ${rows.length} ACLED notes, ${figures} figures (${(ms / Math.max(1, rows.length)).toFixed(2)} ms a note, text and figures stages)`,
    `killed vs fatalities where the note (one event, not split) states a number of dead: agreement ${pct(stated.agree, stated.notes)}% (${stated.agree}/${stated.notes}), within our stated bounds ${pct(stated.within, stated.notes)}% (${stated.within}/${stated.notes}); we found none ${stated.none}, fewer ${stated.under}, more ${stated.over}`,
    ...stated.examples,
    `notes whose dead the coder split between events (apart): agreement ${pct(split.agree, split.notes)}% (${split.agree}/${split.notes})`,
    `"unspecified number coded as 3"-style notes (apart): agreement ${pct(unspecified.agree, unspecified.notes)}% (${unspecified.agree}/${unspecified.notes}); we found none ${unspecified.none}, fewer ${unspecified.under}, more ${unspecified.over}`,
    `stated-death notes with fatalities > 0 but no killed figure, what we found instead: ${[...missedDeadAs].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    'figure categories by ACLED event type (count of figures):',
  ];
  const categories: FigureCategory[] = ['killed', 'injured', 'detained', 'hospitalized', 'critical', 'missing', 'displaced', 'kidnapped', 'evacuated', 'participants', 'affected', 'other'];
  lines.push(`  ${'event type'.padEnd(28)}${categories.map((c) => c.slice(0, 8).padStart(9)).join('')}`);
  for (const [type, counts] of [...byType].sort()) lines.push(`  ${type.padEnd(28)}${categories.map((c) => String(counts.get(c) ?? 0).padStart(9)).join('')}`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? join(packageRoot, '..', 'shared', 'data', 'acled', 'ken_acled_data.csv');
  for (const line of reportFigureAgreement(readAcled(file))) console.log(line);
}

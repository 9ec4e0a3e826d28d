// The figures layer's attribution styles and its ACLED agreement report, on rows of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AcledRow } from '../scripts/acled/read.js';
import { reportFigureAgreement } from '../scripts/acled/figures.js';
import { Doc } from '../src/doc/document.js';
import { extractFigures } from '../src/extract/figures/index.js';
import { segment } from '../src/text/index.js';

function attributionOf(text: string): string | null {
  const doc = new Doc({ id: 't', text });
  segment(doc);
  extractFigures(doc);
  assert.equal(doc.figures.length, 1, JSON.stringify(doc.figures));
  return doc.figures[0].attribution?.text ?? null;
}

const styles: Array<[string, string | null]> = [
  ['At least 30 people were killed, police said.', 'police'],
  ['At least 30 people were killed, said police spokesman Charles Owino.', 'police spokesman Charles Owino'],
  ['"We have 30 dead," a hospital official told Reuters.', 'hospital official'],
  ['According to the Kenya Red Cross, 30 people were injured.', 'Kenya Red Cross'],
  ['The Ministry of Health said 30 people were hospitalised.', 'Ministry of Health'],
  ['Officials have confirmed that 30 people died in the blast.', 'Officials'],
  ['Thirty people were arrested, he said.', null],
  ['Thirty people were arrested on Monday.', null],
];
for (const [text, source] of styles) test(`figures attribution: ${text}`, () => assert.equal(attributionOf(text), source));

const row = (notes: string, fatalities: number, event_type = 'Violence against civilians'): AcledRow => ({
  event_date: '01-01-19', year: '2019', time_precision: '1', event_type, sub_event_type: 'Attack', actor1: '', actor2: '', admin1: '', admin2: '',
  location: '', latitude: '0', longitude: '0', geo_precision: '1', source: '', notes, fatalities: String(fatalities),
});

test('the ACLED report compares killed totals with fatalities and keeps conventions apart', () => {
  const lines = reportFigureAgreement([
    row('Gunmen attacked a village, killing four people and wounding two.', 4),
    row('Two herders were shot dead by raiders near the river.', 2),
    row('Bandits killed three traders on the highway.', 1),
    row('Residents protested after five guards were killed the previous evening.', 0, 'Protests'),
    row('An unspecified number of people were killed (coded as 3).', 3),
    row('Police arrested 40 protesters.', 0, 'Protests'),
  ]);
  const stated = lines.find((l) => l.startsWith('killed vs fatalities'));
  assert.match(stated ?? '', /agreement 75\.0% \(3\/4\)/);
  // a convention of the coder, not a number in the text: reported apart, and we give none
  assert.ok(lines.some((l) => /unspecified.*\(0\/1\); we found none 1/.test(l)), lines.join('\n'));
  const protests = lines.find((l) => l.trim().startsWith('Protests'));
  assert.ok(protests && /\s1\s/.test(protests), protests);
});

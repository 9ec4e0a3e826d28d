// What the times layer leaves out because TimeML annotation practice, as measured on
// TimeBank and AQUAINT (counts in docs/times.md), leaves it unannotated. Sentences are our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/doc/document.js';
import { extractTimes } from '../src/extract/times/index.js';
import { segment } from '../src/text/index.js';

/** The texts and values of the time expressions found (publication Thursday 2022-01-06). */
function times(text: string): string[] {
  const doc = new Doc({ id: 't', text, published: '2022-01-06' });
  segment(doc);
  extractTimes(doc);
  return doc.times.map((t) => `${t.text} ${t.value}`);
}

test('a rate after an amount is no time; a frequency after a count is a set', () => {
  assert.deepEqual(times('The plant will make 4,000 tractors a year.'), []);
  assert.deepEqual(times('The deal saves the group $40 million a year in rent.'), []);
  assert.deepEqual(times('Costs are expected to fall 3% annually.'), []);
  assert.deepEqual(times('The mill can press 12,000 tonnes annually.'), []);
  assert.deepEqual(times('The council meets twice a month.'), ['a month P1M']);
  assert.deepEqual(times('Buses leave four times a day.'), ['a day P1D']);
  assert.deepEqual(times('The festival is held annually in the old town.'), ['annually P1Y']);
});

test('a per-day average is a measure, not a set', () => {
  assert.deepEqual(times('Average daily sales reached 900 units.'), []);
  assert.deepEqual(times('The exchange handled an average daily turnover of $2 billion.'), []);
  assert.deepEqual(times('Ferries cross daily to the island.'), ['daily P1D']);
});

test('a unit inside an "X-to-X" compound names a kind of comparison, not a time', () => {
  assert.deepEqual(times('Exports fell on a year-to-year basis.'), []);
  assert.deepEqual(times('The quarter-to-quarter swing in margins was large.'), []);
  assert.deepEqual(times('Exports fell from year to year, and margins in the quarter.'), ['the quarter 2021-Q4']);
});

test('a capitalised time word after an abbreviation\'s full stop opens a sentence; inside one it names something', () => {
  assert.deepEqual(times('The rival is Acme Corp. Recently, analysts have cut their forecasts.'), ['Recently PAST_REF']);
  assert.deepEqual(times('She writes for the Daily Courier.'), []);
});

test('"the future of" something is its prospects; "in the future" is a time', () => {
  assert.deepEqual(times('The vote will decide the future of the port.'), []);
  assert.deepEqual(times('Fares may rise in the future.'), ['the future FUTURE_REF']);
});

test('"one day" after a modal is some day to come; elsewhere a day\'s length', () => {
  assert.deepEqual(times('The city may one day host the games.'), ['one day FUTURE_REF']);
  assert.deepEqual(times('The strike lasted one day.'), ['one day P1D']);
});

test('"then current" is current at a time gone by', () => {
  assert.deepEqual(times('Holders could buy at the then current share price.'), ['then current PAST_REF']);
});

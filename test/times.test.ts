import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TimeExpression } from '../src/doc/types.js';
import { Doc } from '../src/doc/document.js';
import { extractTimes } from '../src/extract/times/index.js';
import { segment } from '../src/text/index.js';
import { SHARED } from './helpers.js';

function times(text: string, published: string | null = '2022-01-06'): TimeExpression[] {
  const doc = new Doc({ id: 't', text, published });
  segment(doc);
  extractTimes(doc);
  for (const t of doc.times) assert.equal(t.text, text.slice(t.start, t.end));
  for (let i = 1; i < doc.times.length; i++) assert.ok(doc.times[i - 1].start <= doc.times[i].start, 'sorted by start');
  return doc.times;
}

/** The expression whose text holds `surface`, as "TYPE value". */
function found(text: string, surface: string, published: string | null = '2022-01-06'): string {
  const t = times(text, published).find((x) => x.text.includes(surface) || surface.includes(x.text));
  return t ? `${t.type} ${t.value}` : 'none';
}

test('weekdays: the latest such day in past-tense news, the next one when the words say future', () => {
  assert.equal(found('Protesters stormed the residence on Wednesday.', 'Wednesday'), 'DATE 2022-01-05');
  assert.equal(found('Troops arrived on Thursday.', 'Thursday'), 'DATE 2022-01-06');
  assert.equal(found('The minister will visit the city on Monday.', 'Monday'), 'DATE 2022-01-10');
  assert.equal(found('Talks resume next Thursday.', 'next Thursday'), 'DATE 2022-01-13');
  assert.equal(found('The vote was held last Friday.', 'last Friday'), 'DATE 2021-12-31');
  // a datetime publication date counts by its calendar date as written
  assert.equal(found('Troops arrived on Thursday.', 'Thursday', '2022-01-06T23:30:00+05:00'), 'DATE 2022-01-06');
});

test('parts of day', () => {
  assert.equal(found('The president appealed overnight to the alliance.', 'overnight'), 'TIME 2022-01-05TNI');
  assert.equal(found('He resigned early on Wednesday, officials said.', 'early on Wednesday'), 'TIME 2022-01-05TMO');
  assert.equal(found('Crowds gathered on Tuesday evening.', 'Tuesday evening'), 'TIME 2022-01-04TEV');
  assert.equal(found('Shots were heard this morning.', 'this morning'), 'TIME 2022-01-06TMO');
});

test('weeks, months, seasons, years, decades and centuries', () => {
  assert.equal(found('Protests spread this week.', 'this week'), 'DATE 2022-W01');
  assert.equal(found('Prices rose last month.', 'last month'), 'DATE 2021-12');
  assert.equal(found('The law was passed in March.', 'March', '2022-06-01'), 'DATE 2022-03');
  assert.equal(found('The talks collapsed in December.', 'December'), 'DATE 2021-12');
  assert.equal(found('Elections are due this spring.', 'this spring'), 'DATE 2022-SP');
  assert.equal(found('He had ruled the country since 1989.', '1989'), 'DATE 1989');
  assert.equal(found('The group began to fall apart in mid-1996.', 'mid-1996'), 'DATE 1996');
  assert.equal(found('The economy boomed in the 1990s.', '1990s'), 'DATE 199');
  assert.equal(found('It was the bloodiest war of the 20th century.', '20th century'), 'DATE 19');
  assert.equal(found('Profit fell in the third quarter.', 'third quarter', '1989-10-26'), 'DATE 1989-Q3');
});

test('a month and day without a year: publication year unless tense and distance say otherwise', () => {
  const published = '2024-03-15';
  // the nearest verb decides: "was announced ... and is due to take effect" looks ahead
  assert.equal(found('The tax, which would raise the price of petrol by about 8 percent, was announced three weeks ago and is due to take effect on July 1.', 'July 1', published), 'DATE 2024-07-01');
  assert.equal(found('The new rules take effect July 1.', 'July 1', published), 'DATE 2024-07-01');
  // a past-tense clause cannot speak of a month after publication: last year's
  assert.equal(found('The talks collapsed in October.', 'October', published), 'DATE 2023-10');
  assert.equal(found('The talks collapsed on July 1.', 'July 1', published), 'DATE 2023-07-01');
  // ... but a deadline a few weeks ahead set in the past tense stays this year's
  assert.equal(found('The offer was extended to April 2.', 'April 2', published), 'DATE 2024-04-02');
  // future words: the next occurrence
  assert.equal(found('Elections will be held on January 5.', 'January 5', '2024-11-20'), 'DATE 2025-01-05');
  assert.equal(found('The reduced dividend is payable Jan. 2 to holders of record.', 'Jan. 2', '1989-11-02'), 'DATE 1990-01-02');
  // no tense: the publication year unless the date lies far ahead
  assert.equal(found('A summit in June, diplomats hope.', 'June', published), 'DATE 2024-06');
  // a verb of saying after the date is about the report, not the date
  assert.equal(found('The three will join in early March, an official said.', 'March', '1999-02-10'), 'DATE 1999-03');
});

test('prepositions that point ahead make a weekday the next one', () => {
  assert.equal(found('The relatives have until 9 a.m. Tuesday to sign.', 'Tuesday', '2000-04-03'), 'TIME 2000-04-04T09:00');
  assert.equal(found('Talks lasted until Tuesday.', 'Tuesday', '2000-04-06'), 'DATE 2000-04-04');
});

test('holidays', () => {
  assert.equal(found('Prices doubled after a New Year’s rise.', 'New Year’s'), 'DATE 2022-01-01');
  assert.equal(found('Shops were busy before Christmas.', 'Christmas', '2021-12-28'), 'DATE 2021-12-25');
  assert.equal(found('Pilgrims gathered for Easter 2022.', 'Easter 2022'), 'DATE 2022-04-17');
  assert.equal(found('The truce held through Thanksgiving.', 'Thanksgiving', '2021-12-01'), 'DATE 2021-11-25');
  assert.equal(found('Fighting paused during Ramadan 2022.', 'Ramadan 2022'), 'DATE 2022-04');
});

test('explicit dates in the common formats', () => {
  assert.equal(found('A state of emergency until January 19 was declared.', 'January 19'), 'DATE 2022-01-19');
  assert.equal(found('It was signed on 19 January 2022.', '19 January 2022'), 'DATE 2022-01-19');
  assert.equal(found('Results are due Jan. 19.', 'Jan. 19'), 'DATE 2022-01-19');
  assert.equal(found('Filed 2022-01-19 in Paris.', '2022-01-19'), 'DATE 2022-01-19');
  assert.equal(found('Filed on 1/19/2022 in Paris.', '1/19/2022'), 'DATE 2022-01-19');
  assert.equal(found('The editorial ran on Monday, Oct. 26.', 'Monday, Oct. 26', '1998-10-25'), 'DATE 1998-10-26');
});

test('durations and sets', () => {
  assert.equal(found('Price limits were set for six months.', 'six months'), 'DURATION P6M');
  assert.equal(found('In three days a revolution took place.', 'three days'), 'DURATION P3D');
  assert.equal(found('It is the worst crisis in decades.', 'decades'), 'DURATION PXDE');
  assert.equal(found('Power was cut for hours.', 'hours'), 'DURATION PTXH');
  assert.equal(found('They lost 5 1/2 hours of trading.', '5 1/2 hours'), 'DURATION PT5H30M');
  assert.equal(found('The committee meets every week.', 'every week'), 'SET P1W');
  assert.equal(found('Sales rose 5% in the year to March 2005.', 'the year'), 'DURATION P1Y');
  assert.equal(found('Talks will be hard in the weeks ahead.', 'the weeks ahead'), 'DURATION PXW');
  assert.equal(found('Flights leave daily.', 'daily'), 'SET P1D');
  assert.equal(found('The market opens on Mondays.', 'Mondays'), 'SET XXXX-WXX-1');
  assert.equal(found('Flights leave on Tuesday nights.', 'Tuesday nights'), 'SET XXXX-WXX-2TNI');
  assert.equal(found('The ferry sails three times a week.', 'a week'), 'SET P1W');
});

test('clock times take the publication day', () => {
  assert.equal(found('The curfew starts at 3 pm.', '3 pm'), 'TIME 2022-01-06T15:00');
  assert.equal(found('The blast came at 10:35 a.m. local time.', '10:35 a.m.'), 'TIME 2022-01-06T10:35');
  assert.equal(found('Shots rang out shortly after midnight.', 'midnight'), 'TIME 2022-01-06T24:00');
  assert.equal(found('The talks open Tuesday at 9 a.m.', 'Tuesday at 9 a.m.'), 'TIME 2022-01-04T09:00');
  assert.equal(found('The truce took effect at 0600 GMT.', '0600 GMT'), 'TIME 2022-01-06T06:00');
  assert.deepEqual(times('A curfew runs from 10pm to 6am.').map((t) => t.text), ['10pm', '6am']);
});

test('anchored expressions resolve against the narrative, "ago" against publication', () => {
  const text = 'The army moved in on Jan. 3. The next day, protesters returned. Two weeks ago the price rose.';
  assert.equal(found(text, 'The next day'), 'DATE 2022-01-04');
  assert.equal(found(text, 'Two weeks ago'), 'DATE 2021-W51');
  assert.equal(found('He resigned in 2019. A year earlier he had been re-elected.', 'A year earlier'), 'DATE 2018');
  assert.equal(found('Fighting continued on Thursday, one day after protesters stormed buildings.', 'one day after'), 'DATE 2022-01-05');
  assert.equal(found('Net rose in the third quarter from $5 million a year ago.', 'a year ago', '1989-10-26'), 'DATE 1988-Q3');
  // results stories compare periods, not the day a quarter ended
  assert.equal(found('Net rose in the quarter ended Sept. 30 from $4 million for the corresponding period last year.', 'corresponding', '1989-11-01'), 'DATE 1988-Q3');
  const results = 'Columbia earned $226 million in the third quarter. For the quarter a year ago, it earned $5 million. The quarter included a gain.';
  assert.equal(found(results, 'the quarter a year ago', '1989-10-26'), 'DATE 1988-Q3');
  assert.equal(found(results, 'The quarter included', '1989-10-26'), 'DATE 1989-Q3');
});

test('without a publication date relative values are null, absolute ones stay', () => {
  assert.equal(found('Troops arrived on Thursday.', 'Thursday', null), 'DATE null');
  assert.equal(found('It was signed on 19 January 2022.', '19 January 2022', null), 'DATE 2022-01-19');
  assert.equal(found('Price limits were set for six months.', 'six months', null), 'DURATION P6M');
});

test('names and numbers that look like times are not times', () => {
  assert.deepEqual(times('He wrote in the Daily Mail and watched Saturday Night Live.').map((t) => t.text), ['Saturday']);
  assert.deepEqual(times('The pilot had 1500 hours of flight and rose by a quarter.').map((t) => t.text), []);
  assert.deepEqual(times('He won a second term and a second group joined.').map((t) => t.text), []);
  assert.equal(found('It stopped for a second or two.', 'a second'), 'DURATION PT1S');
  assert.deepEqual(times('Output grew between 1990-1995.').map((t) => t.value), ['1990', '1995']);
});

test('a sentence opened by "Now," turns the discourse', () => {
  assert.deepEqual(times('He left. Now, he says, it is over. Now the war is over.').map((t) => t.text), ['Now']);
});

test('ages, counts and money are not times', () => {
  assert.deepEqual(times('Samal, a 29-year-old teacher, told AFP.'), []);
  assert.deepEqual(times('Police detained about 2,300 people and 2000 people marched.'), []);
  assert.deepEqual(times('He paid $1990 for the car, 81 years old as he is.'), []);
});

test('the seed article yields every required time with an accepted value', () => {
  const text = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SHARED, 'seed', 'gold.json'), 'utf8')) as { published: string; times: { anchor: string; nth?: number; values: string[]; optional?: boolean }[] };
  const got = times(text, gold.published);
  for (const g of gold.times.filter((x) => !x.optional)) {
    let at = -1;
    for (let k = 0; k < (g.nth ?? 1); k++) at = text.indexOf(g.anchor, at + 1);
    const t = got.find((x) => x.start < at + g.anchor.length && at < x.end);
    assert.ok(t, `found ${g.anchor}`);
    assert.ok(g.values.includes(t.value ?? ''), `${g.anchor}: ${t.value}`);
  }
});

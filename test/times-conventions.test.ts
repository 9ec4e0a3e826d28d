// TimeML conventions the times layer follows beyond the seed: tense cues that move a weekday,
// counted decades written in years, and the like. Sentences are our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/doc/document.js';
import { extractTimes } from '../src/extract/times/index.js';
import { segment } from '../src/text/index.js';

/** "TYPE value" of the expression whose text holds `surface` (publication Thursday 2022-01-06). */
function found(text: string, surface: string, published = '2022-01-06'): string {
  const doc = new Doc({ id: 't', text, published });
  segment(doc);
  extractTimes(doc);
  const t = doc.times.find((x) => x.text.includes(surface) || surface.includes(x.text));
  return t ? `${t.type} ${t.value}` : 'none';
}

function texts(text: string): string[] {
  const doc = new Doc({ id: 't', text, published: '2022-01-06' });
  segment(doc);
  extractTimes(doc);
  return doc.times.map((t) => t.text);
}

test('a deferral puts the date it names ahead, a deadline that had been set puts it behind', () => {
  assert.equal(found('The court postponed until Tuesday any ruling on the appeal.', 'Tuesday'), 'DATE 2022-01-11');
  assert.equal(found('The hearing was adjourned until Monday morning.', 'Monday'), 'TIME 2022-01-10TMO');
  // "postponed on Monday": the postponing happened then
  assert.equal(found('The vote was postponed on Monday.', 'Monday'), 'DATE 2022-01-03');
  assert.equal(found('The offer had been due to expire on Tuesday.', 'Tuesday'), 'DATE 2022-01-04');
  assert.equal(found('Traders are squaring positions ahead of Saturday.', 'Saturday'), 'DATE 2022-01-08');
});

test('counted decades and centuries are durations in years; vague ones keep their unit', () => {
  assert.equal(found('Unemployment is at its lowest in two decades.', 'two decades'), 'DURATION P20Y');
  assert.equal(found('The dispute has lasted about a decade.', 'a decade'), 'DURATION P10Y');
  assert.equal(found('The bridge stood for three centuries.', 'three centuries'), 'DURATION P300Y');
  assert.equal(found('The region has not seen such floods in decades.', 'decades'), 'DURATION PXDE');
});

test('a month or season joins the year written after it; "the week of" a day is that week', () => {
  assert.equal(found('The first attack came in January nineteen ninety-seven.', 'January'), 'DATE 1997-01');
  assert.equal(found('Prices fell sharply in the winter of nineteen ninety-four.', 'winter'), 'DATE 1994-WI');
  assert.equal(found('The merger should close in the first half of next year.', 'first half'), 'DATE 2023-H1');
  assert.equal(found('A hearing is likely the week of March 7.', 'the week of March 7'), 'DATE 2022-W10');
  assert.equal(found('The blast came at 10:35 a.m. (0735 GMT) on Friday.', '10:35'), 'TIME 2021-12-31T10:35');
  assert.equal(found('The day before last Tuesday\'s hearing, he left.', 'The day before', '2022-02-24'), 'DATE 2022-02-21');
  assert.equal(found('The fall of the regime came in 1989.', '1989'), 'DATE 1989');
  assert.equal(found('The fall of the regime came in 1989.', 'fall'), 'none');
});

test('a capitalised unit inside an expression is a title, not a time', () => {
  assert.equal(found('The minister said on the programme "This Week" that talks would go on.', 'This Week'), 'none');
  assert.equal(found('He told "60 Minutes" that he would stay.', '60 Minutes'), 'none');
  assert.equal(found('This week the troops left.', 'This week'), 'DATE 2022-W01');
  assert.equal(found('The boy was rescued on Thanksgiving Day.', 'Thanksgiving'), 'DATE 2021-11-25');
});

test('results stories: an aside about another quarter does not replace the quarter under discussion', () => {
  const text = 'The company posted a 20% gain in third-quarter profit. After a weak second quarter, sales recovered. ' +
    'Charges in the year-earlier period were higher.';
  assert.equal(found(text, 'year-earlier period', '2021-10-28'), 'DATE 2020-Q3');
  // a quarter of another year is history, not the story's period
  const history = 'The firm stopped its dividend in the third quarter of 2014. Fourth-quarter profit rose 5% from a year ago.';
  assert.equal(found(history, 'a year ago', '2022-01-20'), 'DATE 2020-Q4');
});

test('parts of the day the narrative is at, and ordinal days', () => {
  assert.equal(found('Shares were up at mid-afternoon yesterday.', 'mid-afternoon'), 'TIME 2022-01-05TAF');
  assert.equal(found('On Tuesday, buyers placed orders in the morning.', 'the morning'), 'TIME 2022-01-04TMO');
  assert.equal(found('He read the morning paper.', 'morning'), 'none');
  assert.equal(found('It is the second day of the strike.', 'second day'), 'DATE 2022-01-06');
  assert.equal(found('Rent is due on the first day of the month.', 'first day'), 'none');
  assert.equal(found('The page was taken down that same day.', 'that same day'), 'DATE 2022-01-06');
});

test('"the full year" and "the fiscal year" name the year; "for the year" is a span of results', () => {
  assert.equal(found('Sales for the full year rose 4%.', 'the full year', '2021-11-02'), 'DATE 2021');
  assert.equal(found('For the year, volume was flat.', 'the year', '2021-11-02'), 'DURATION P1Y');
  assert.equal(found('By the end of the decade, output will double.', 'the decade', '2013-03-20'), 'DATE 201');
});

test('"over the past years" keeps the preposition out; "the near term" looks ahead', () => {
  assert.equal(found('Over the past few years, prices doubled.', 'the past few years'), 'DURATION PXY');
  assert.deepEqual(texts('Over the past few years, prices doubled.'), ['the past few years']);
  assert.equal(found('It took over an hour.', 'over an hour'), 'DURATION PT1H');
  assert.equal(found('The firm sees challenges in the near term.', 'the near term'), 'DATE FUTURE_REF');
  assert.equal(found('The firm holds long-term debt.', 'long-term'), 'none');
});

test('fractions, ordinals and distances are read right', () => {
  assert.equal(found('The war lasted more than 14-1/2 years.', '14-1/2 years'), 'DURATION P14Y6M');
  assert.equal(found('She is a second-year student.', 'second'), 'none');
  assert.equal(found('He could win a second and final term.', 'a second'), 'none');
  assert.equal(found('The clinic is an hour south of the capital.', 'an hour'), 'none');
  assert.equal(found('Their output shrank to a quarter the size it was.', 'a quarter'), 'none');
  assert.equal(found('Payments are small in a quarter that produced a loss.', 'a quarter'), 'DURATION P1Q');
  assert.equal(found('Albright arrived after a 16-hour flight.', '16-hour'), 'DURATION PT16H');
});

test('"of May" is a month only after a time word; a future weekday may be the publication day', () => {
  assert.equal(found('Green, a close ally of May, denied it.', 'May'), 'none');
  assert.equal(found('At the end of May, he left.', 'May'), 'DATE 2021-05');
  assert.equal(found('Leaders will hold a vote later on Thursday.', 'Thursday'), 'DATE 2022-01-06');
  assert.equal(found('Leaders will hold a vote next Thursday.', 'Thursday'), 'DATE 2022-01-13');
});

test('seasons that name a kind of thing, and "a" inside a hyphenated word, are not times', () => {
  assert.equal(found('Schools shut because of the winter storm.', 'winter'), 'none');
  assert.equal(found('They met in the spring.', 'the spring', '2022-06-10'), 'DATE 2022-SP');
  assert.equal(found('The party holds a twice-a-decade congress.', 'a-decade'), 'none');
});

test('the end of a range takes the year that puts it after the start', () => {
  const text = 'Flynn served from Jan. 20, when the president took office, to Feb. 13.';
  assert.equal(found(text, 'Feb. 13', '2017-10-06'), 'DATE 2017-02-13');
  assert.equal(found('The season runs from November to February.', 'February', '2017-10-06'), 'DATE 2018-02');
  assert.equal(found('The poll ran from Dec. 28 to Jan. 3.', 'Jan. 3', '2022-01-20'), 'DATE 2022-01-03');
  assert.equal(found('The poll ran from Dec. 28 to Jan. 3.', 'Dec. 28', '2022-01-20'), 'DATE 2021-12-28');
});

test('"last year" after a day, counted frequencies, other calendars\' new years', () => {
  assert.equal(found('It had 8.7 million sign-ups as of Jan. 14 last year.', 'Jan. 14', '2017-10-06'), 'DATE 2016-01-14');
  assert.equal(found('The party holds a five-yearly congress.', 'yearly'), 'SET P5Y');
  assert.equal(found('The board meets twice-yearly.', 'yearly'), 'SET P1Y');
  assert.equal(found('He spoke at a Lunar New Year reception.', 'New Year'), 'none');
});

test('a date that complements a noun takes no tense from the verb after it', () => {
  assert.equal(found('The figures for February will be released next Tuesday.', 'February', '2013-03-20'), 'DATE 2013-02');
  assert.equal(found('The end of January will be busy.', 'January', '2013-03-20'), 'DATE 2014-01');
  assert.equal(found('In January, the firm bought a rival.', 'January', '2013-03-20'), 'DATE 2013-01');
});

test('timetable verbs in the present put their day ahead; a present progressive does not', () => {
  assert.equal(found('The summit opens on Monday.', 'Monday'), 'DATE 2022-01-10');
  assert.equal(found('Voting begins at 7 a.m. on Sunday.', 'Sunday'), 'TIME 2022-01-09T07:00');
  assert.equal(found('Police are investigating an attack on Sunday.', 'Sunday'), 'DATE 2022-01-02');
});

test('"the year-ago third quarter" and "the year-earlier nine months" are one expression each', () => {
  const story = 'Net income rose in the second quarter of 2021. In the year-ago second quarter, the bank lost money. Revenue for the year-earlier six months was flat.';
  assert.equal(found(story, 'the year-ago second quarter'), 'DATE 2020-Q2');
  assert.equal(found(story, 'the year-earlier six months'), 'DURATION P6M');
  assert.equal(found('Sales fell in the year-earlier first half.', 'first half'), 'DATE 2021-H1');
});

test('a holiday followed by "week" is the week it falls in', () => {
  assert.equal(found('Shops were crowded in Christmas week.', 'Christmas week'), 'DATE 2021-W51');
  assert.equal(found('He spoke on Christmas.', 'Christmas'), 'DATE 2021-12-25');
});

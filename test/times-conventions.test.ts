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

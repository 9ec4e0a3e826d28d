import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/index.js';
import { packageRoot } from '../src/util/paths.js';

// Short news articles written for these tests in the styles of wire services and local
// papers (test/fixtures/quotes/*.txt). The whole pipeline runs, entities included.
const FIXTURES = join(packageRoot, 'test', 'fixtures', 'quotes');

interface Found { text: string; kind: string; speaker: string; entity: string; cue: string }

const cache = new Map<string, Found[]>();

function quotesOf(file: string): Found[] {
  let found = cache.get(file);
  if (found) return found;
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const doc = analyze({ id: file, text });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  found = doc.quotes.map((q) => ({
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speaker: q.speaker?.text ?? '',
    entity: names.get(q.speaker?.entity ?? '') ?? '',
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : '',
  }));
  cache.set(file, found);
  return found;
}

function quote(file: string, words: string, kind: 'direct' | 'indirect'): Found {
  const quotes = quotesOf(file);
  const q = quotes.find((x) => x.text.includes(words) && x.kind === kind);
  assert.ok(q, `${file}: no ${kind} quote with "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

/** Asserts a quote's exact span (when given), speaker words and entity name (when given). */
function expectQuote(file: string, words: string, kind: 'direct' | 'indirect', speaker: string, entity?: string | null, exact?: string): void {
  const q = quote(file, words, kind);
  if (exact !== undefined) assert.equal(q.text, exact, `${file}: span of "${words}"`);
  assert.equal(q.speaker, speaker, `${file}: speaker of "${words}"`);
  if (entity === null) assert.equal(q.entity, '', `${file}: "${words}" has no entity`);
  else if (entity !== undefined) assert.ok(q.entity.includes(entity), `${file}: entity of "${words}" is ${q.entity || 'none'}, not ${entity}`);
}

function expectNone(file: string, words: string): void {
  const q = quotesOf(file).find((x) => x.text.includes(words));
  assert.equal(q, undefined, `${file}: "${words}" is not reported speech (${JSON.stringify(q)})`);
}

test('fixtures: passives, company reports, declarations and relative clauses are no speech', () => {
  expectNone('ap-fuel-tax.txt', 'due to take effect');
  expectNone('ap-fuel-tax.txt', 'earnings');
  expectNone('ap-fuel-tax.txt', 'state of emergency');
  expectNone('ap-fuel-tax.txt', 'taken to a station');
  expectNone('reuters-company.txt', 'drop in third-quarter');
  expectNone('reuters-company.txt', 'close two production lines');
  expectNone('reuters-bank.txt', 'Bank shares fell');
  expectNone('afp-storm.txt', 'super typhoon');
  expectNone('bbc-council.txt', 'first announced');
  expectNone('local-school.txt', 'budget deficit');
  expectNone('aljazeera-gaza.txt', 'not to be named');
  expectNone('bbc-hospital.txt', 'extra £250m');
  expectNone('bbc-hospital.txt', 'winter crisis');
});

test('fixtures: datelines stay out of reported content; "at least" and "on Monday" after a cue', () => {
  expectQuote('afp-flood.txt', 'Torrential rains', 'indirect', 'officials', null, 'Torrential rains have killed at least 39 people in southern Brazil');
  expectQuote('afp-storm.txt', 'A powerful typhoon', 'indirect', 'the national disaster agency', null);
  expectQuote('ap-election.txt', 'three people were killed', 'indirect', 'Police', null, 'at least three people were killed in clashes in western Kenya');
  expectQuote('reuters-company.txt', 'cut 3,000 jobs', 'indirect', 'German carmaker Volkswagen', 'Volkswagen', 'it would cut 3,000 jobs at its plants in Saxony');
  expectQuote('ap-election.txt', 'had been rigged', 'indirect', "Kenya's main opposition leader", null);
});

test('fixtures: direct quotes over sentences and paragraphs keep their speaker', () => {
  expectQuote('ap-fuel-tax.txt', 'We cannot feed', 'direct', 'Emeka Okafor', 'Okafor');
  expectQuote('ap-fuel-tax.txt', 'must listen to us', 'direct', 'Emeka Okafor', 'Okafor');
  expectQuote('ap-fuel-tax.txt', 'an investment in the roads', 'direct', 'Edun', 'Edun');
  expectQuote('bbc-council.txt', 'We have listened carefully', 'direct', 'She', 'Sarah Jones');
  expectQuote('bbc-council.txt', 'doing nothing is not an option', 'direct', 'She', 'Sarah Jones');
  expectQuote('bbc-hospital.txt', 'She should not have been left', 'direct', 'Ms Marsh', 'Marsh');
  expectQuote('bbc-hospital.txt', 'Nobody should', 'direct', 'Ms Marsh', 'Marsh');
  expectQuote('local-school.txt', 'I know what our teachers need', 'direct', 'she', 'Park');
  expectQuote('aljazeera-gaza.txt', 'always tomorrow', 'direct', 'Ahmed Saleh', 'Saleh');
});

test('fixtures: a nested quotation stays inside its quote', () => {
  const q = quote('bbc-hospital.txt', 'A nurse came up to me', 'direct');
  assert.ok(q.text.includes("'We are doing everything we can, but there are no beds.'"), q.text);
  assert.equal(q.speaker, 'Ms Marsh');
  assert.equal(quotesOf('bbc-hospital.txt').filter((x) => x.text.includes('no beds')).length, 1);
});

test('fixtures: statements, posts, told reporters, according to a statement from', () => {
  expectQuote('aljazeera-gaza.txt', 'people go hungry', 'direct', 'Jens Laerke', 'Laerke');
  expectQuote('aljazeera-gaza.txt', 'unimpeded access', 'direct', 'Jens Laerke', 'Laerke');
  expectQuote('ap-fuel-tax.txt', 'the levy was needed', 'indirect', 'Finance Minister Wale Edun', 'Edun', 'the levy was needed to fund road repairs');
  expectQuote('afp-flood.txt', 'the state was facing', 'indirect', 'Governor Eduardo Leite', 'Leite');
  expectQuote('ap-election.txt', 'Stay peaceful', 'direct', 'Odinga', 'Odinga');
  expectQuote('reuters-bank.txt', 'inflation is now expected', 'indirect', 'the bank', 'European Central Bank');
  expectQuote('bbc-hospital.txt', 'nursing posts are vacant', 'indirect', 'the college', 'Royal College of Nursing', 'more than 100,000 nursing posts are vacant');
  expectQuote('bbc-hospital.txt', 'the case was', 'indirect', 'The Royal College of Nursing', 'Royal College of Nursing');
  expectQuote('reuters-bank.txt', 'it welcomed the decision', 'indirect', "Germany's finance ministry");
});

test('fixtures: unnamed sources, groups and descriptions', () => {
  expectQuote('reuters-bank.txt', 'lively but friendly', 'direct', 'A senior official', null);
  expectQuote('reuters-bank.txt', 'pushed for a cut', 'indirect', 'Two sources familiar with the discussion', null);
  expectQuote('aljazeera-gaza.txt', 'lacked the required permits', 'indirect', 'An official at the crossing', null);
  expectQuote('aljazeera-gaza.txt', 'dozens of trucks', 'indirect', 'Witnesses', null);
  expectQuote('afp-flood.txt', 'the water rose', 'indirect', 'Residents', null);
  expectQuote('afp-flood.txt', 'It came like a wave', 'direct', 'one resident', null);
  expectQuote('local-school.txt', 'address overcrowding', 'indirect', 'Parents at the meeting', null);
  expectQuote('afp-flood.txt', 'waited on her roof', 'indirect', 'The 45-year-old', 'Maria da Silva');
  expectQuote('bbc-council.txt', 'park outside my shop', 'direct', 'the 61-year-old', 'Hughes');
  expectQuote('bbc-council.txt', 'work would begin', 'indirect', 'A council spokeswoman', null);
  expectQuote('bbc-council.txt', 'the scheme will hurt trade', 'indirect', 'shop owners', null);
});

test('fixtures: organisation descriptions resolve to the right body, never to a news outlet', () => {
  expectQuote('reuters-company.txt', 'a slap in the face', 'direct', 'The IG Metall union', 'IG Metall');
  expectQuote('reuters-company.txt', 'will be completed by 2026', 'indirect', 'the company', 'Volkswagen');
  expectQuote('bbc-hospital.txt', 'reviewing the case', 'indirect', 'The trust', 'Royal Berkshire');
  expectQuote('bbc-hospital.txt', 'opened 20 extra beds', 'indirect', 'It', 'Royal Berkshire');
  for (const file of ['afp-storm.txt', 'reuters-company.txt', 'reuters-bank.txt', 'afp-flood.txt']) {
    for (const q of quotesOf(file)) assert.ok(!/^(?:AFP|Reuters)$/.test(q.entity), `${file}: "${q.text}" given to ${q.entity}`);
  }
});

test('fixtures: partial and scare quotes take the speaker of their frame; embedded speech stays whole', () => {
  expectQuote('local-school.txt', 'thrilled and humbled', 'direct', 'Park', 'Park');
  expectQuote('reuters-bank.txt', 'not discussed', 'direct', 'ECB President Christine Lagarde', 'Lagarde');
  expectQuote('aljazeera-gaza.txt', 'collective punishment', 'direct', 'Amnesty International', 'Amnesty');
  expectQuote('afp-flood.txt', 'no one will be left behind', 'direct', 'President Luiz Inacio Lula da Silva', 'Lula');
  expectQuote('bbc-hospital.txt', 'unacceptable', 'direct', 'Health Secretary Wes Streeting', 'Streeting');
  expectQuote('bbc-hospital.txt', 'the money would help', 'indirect', 'he', 'Streeting');
  expectQuote('bbc-hospital.txt', 'staff had told her', 'indirect', 'Helen Marsh', 'Marsh', 'staff had told her the ward was "completely full"');
  expectQuote('bbc-hospital.txt', 'had not yet received a reply', 'indirect', 'She', 'Marsh', 'she had complained to the trust but had not yet received a reply');
});

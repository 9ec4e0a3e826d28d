import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demonymCountry, knownPlace } from '../src/extract/geo/lookup.js';

test('countries, regions, cities and areas are known with their type', () => {
  assert.deepEqual(knownPlace('Kenya'), { type: 'GPE', countryCode: 'KE', kind: 'country', population: 0 });
  assert.equal(knownPlace('Nairobi')?.kind, 'city');
  assert.equal(knownPlace('Borno State')?.kind, 'region');
  assert.equal(knownPlace('Borno State')?.countryCode, 'NG');
  assert.equal(knownPlace('Central Asia')?.type, 'LOC');
  assert.equal(knownPlace('Mississippi River')?.type, 'LOC');
  assert.equal(knownPlace('U.S.')?.countryCode, 'US');
  assert.equal(knownPlace("Iraq's")?.countryCode, 'IQ');
});

test('a country outranks a same-named village, a namesake city its division', () => {
  assert.equal(knownPlace('Kazakhstan')?.kind, 'country');
  assert.equal(knownPlace('New York')?.kind, 'city');
});

test('unknown names and small villages are not known', () => {
  assert.equal(knownPlace('Frenchmen Street'), null);
  assert.equal(knownPlace('Acme Holdings'), null);
});

test('demonyms and their plurals tie to a country', () => {
  assert.equal(demonymCountry('Kenyan'), 'KE');
  assert.equal(demonymCountry('Kazakh'), 'KZ');
  assert.equal(demonymCountry('Russians'), 'RU');
  assert.equal(demonymCountry('Houthis'), 'YE');
  assert.equal(demonymCountry('anti-Russian'), 'RU');
  assert.equal(demonymCountry('Shiite'), null);
  assert.equal(demonymCountry('constructor'), null);
  assert.equal(demonymCountry('Scottish'), 'GB');
});

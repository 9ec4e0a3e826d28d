import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Geo } from '../src/doc/types.js';
import { haversineKm } from '../src/util/distance.js';
import { placesResolved } from './helpers.js';

/** The geo the stage gives each listed name. */
function resolved(text: string, names: [string, EntityType][]): (name: string) => Geo | null {
  const doc = placesResolved(text, names);
  return (name) => doc.entities.find((e) => e.name === name)!.geo;
}

const NAKURU = { lat: -0.28, lon: 36.07 };
const km = (a: Geo, b: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, b.lat, b.lon);

test('"X Town" and "X West" are placed at X', () => {
  const geo = resolved('Traders rioted in Nakuru Town while herders clashed in Nakuru West.', [['Nakuru Town', 'GPE'], ['Nakuru West', 'GPE']]);
  assert.ok(km(geo('Nakuru Town')!, NAKURU) < 10);
  assert.ok(km(geo('Nakuru West')!, NAKURU) < 10);
  // a bare compass word is no place: "North West" is not a town called North
  const province = resolved('Miners struck in North West.', [['North West', 'GPE']]);
  assert.notEqual(province('North West')?.countryCode, 'US');
});

test('a road named after two places lies at the first; "Champs-Élysées" is no road from Champs', () => {
  const geo = resolved('Youths blocked the Nakuru-Eldoret highway.', [['Nakuru-Eldoret', 'FAC']]);
  assert.ok(km(geo('Nakuru-Eldoret')!, NAKURU) < 10);
  assert.deepEqual([geo('Nakuru-Eldoret')!.geonameId, geo('Nakuru-Eldoret')!.precision], [null, null]);
  const paris = resolved('Crowds filled the Champs-Élysées.', [['Champs-Élysées', 'FAC']]);
  assert.equal(paris('Champs-Élysées'), null);
});

test('a name none of whose rows lies where its qualifier says takes the qualifier\'s point', () => {
  // there are towns called Dongo abroad, none in Kenya's Nakuru county
  const geo = resolved('Police shot a man in Dongo, Nakuru County. London and Paris condemned it.', [['Dongo', 'GPE'], ['Nakuru County', 'GPE'], ['London', 'GPE'], ['Paris', 'GPE']]);
  assert.equal(geo('Dongo')!.countryCode, 'KE');
  assert.equal(geo('Dongo')!.precision, null);
  assert.deepEqual(geo('Dongo'), { ...geo('Nakuru County')!, precision: null, geonameId: null });
  const bracketed = resolved('A mob torched a bus in Dongo (Nakuru).', [['Dongo', 'GPE'], ['Nakuru', 'GPE']]);
  assert.equal(bracketed('Dongo')!.countryCode, 'KE');
  // a clause after the comma is no qualifier: the town keeps its own country
  const clause = resolved('During efforts to retake Dongo, the US gave air support.', [['Dongo', 'GPE'], ['US', 'GPE']]);
  assert.notEqual(clause('Dongo')!.countryCode, 'US');
  assert.equal(clause('Dongo')!.precision, 'city');
});

test('an unknown name borrows the place that holds it, not the far end of a road written before it', () => {
  const geo = resolved('Drivers blocked the Eldoret road at Oloserian junction in Narok.', [['Eldoret', 'GPE'], ['Oloserian', 'GPE'], ['Narok', 'GPE']]);
  assert.deepEqual(geo('Oloserian'), { ...geo('Narok')!, precision: null, geonameId: null });
  const possessive = resolved('Fans filled Nakuru\'s Afraha near Eldoret on Sunday.', [['Nakuru', 'GPE'], ['Afraha', 'FAC'], ['Eldoret', 'GPE']]);
  assert.deepEqual(possessive('Afraha'), { ...possessive('Nakuru')!, precision: null, geonameId: null });
});

test('an unknown name followed by a division takes its point even when the entities missed the division', () => {
  const geo = resolved('Gunmen attacked a camp at Kutulo, Wajir, at dawn.', [['Kutulo', 'GPE'], ['Wajir', 'PERSON']]);
  assert.equal(geo('Kutulo')!.countryCode, 'KE');
  assert.equal(geo('Kutulo')!.precision, null);
  assert.equal(geo('Wajir'), null);
});

test('a name placed by a place inside it lies rather in the place written beside it that holds it', () => {
  const geo = resolved('Protesters stormed the Delta Hotel in Nairobi on Monday.', [['Delta Hotel', 'FAC'], ['Nairobi', 'GPE']]);
  assert.deepEqual(geo('Delta Hotel'), { ...geo('Nairobi')!, precision: null, geonameId: null });
  const alone = resolved('Officials met at the Bank of Japan.', [['Bank of Japan', 'ORG']]);
  assert.equal(alone('Bank of Japan'), null); // an organisation is no place
  const bank = resolved('Traders gathered outside the Bank of Japan.', [['Bank of Japan', 'FAC']]);
  assert.deepEqual([bank('Bank of Japan')!.countryCode, bank('Bank of Japan')!.precision], ['JP', null]);
});

test('a county called by its own name lies in the state the text names; a bare name is not that county', () => {
  const geo = resolved('Flooding closed roads across Montgomery County, officials in Iowa said.', [['Montgomery County', 'GPE'], ['Iowa', 'GPE']]);
  assert.ok(km(geo('Montgomery County')!, { lat: 41.03, lon: -95.16 }) < 50);
  // Delaware County, Indiana, is called "Delaware" only as an alternate name
  const bare = resolved('Lawmakers in Indiana watched Delaware closely.', [['Indiana', 'GPE'], ['Delaware', 'GPE']]);
  assert.ok(km(bare('Delaware')!, { lat: 40.23, lon: -85.4 }) > 50);
});

test('"X village of Y County" and "X in Y County" qualify X like "X, Y County"', () => {
  const geo = resolved('A mob stoned a woman to death in Jerusalem village of Kirinyaga County.', [['Jerusalem', 'GPE'], ['Kirinyaga County', 'GPE']]);
  assert.deepEqual(geo('Jerusalem'), { ...geo('Kirinyaga County')!, precision: null, geonameId: null });
});

test('a village far from every other place of a local story, in a state it does not name, is one the gazetteer lacks', () => {
  const text = 'Traffic backed up from Centreville to Gainesville, Va., as crowds headed for the Stonewall course.';
  const geo = resolved(text, [['Centreville', 'GPE'], ['Gainesville', 'GPE'], ['Va.', 'GPE'], ['Stonewall', 'GPE']]);
  assert.equal(geo('Stonewall')!.precision, null); // not the Louisiana village of that name
  assert.ok(km(geo('Stonewall')!, { lat: 38.8, lon: -77.6 }) < 250);
});

test('a town named like its division counts as that division to judge the text\'s country by', () => {
  // Lamu is a town and a county: the text is about Kenya, so Kiunga is no town of Papua New Guinea
  const geo = resolved('Gunmen attacked Kiunga, Lamu, and residents of Lamu fled.', [['Kiunga', 'GPE'], ['Lamu', 'GPE']]);
  assert.deepEqual(geo('Kiunga'), { ...geo('Lamu')!, precision: null, geonameId: null });
});

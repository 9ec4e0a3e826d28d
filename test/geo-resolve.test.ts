import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../src/doc/document.js';
import type { Entity, EntityType, Geo } from '../src/doc/types.js';
import { resolvePlaces } from '../src/extract/geo/index.js';

/** A document whose entities are every listed name, each mention found in the text. */
function docWith(text: string, names: [string, EntityType][]): Doc {
  const doc = new Doc({ id: 't', text });
  doc.entities = names.map(([name, type], i): Entity => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
    return { id: `ent-${i}`, type, name, mentions, descriptors: [], geo: null };
  });
  resolvePlaces(doc);
  return doc;
}

function geoOf(doc: Doc, name: string): Geo | null {
  return doc.entities.find((e) => e.name === name)!.geo;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180, dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

test('a country gets its centroid, never its capital; a city its point and GeoNames id', () => {
  const doc = docWith('Protests spread across Kazakhstan after fuel prices doubled in Almaty.', [['Kazakhstan', 'GPE'], ['Almaty', 'GPE']]);
  const country = geoOf(doc, 'Kazakhstan')!;
  assert.equal(country.precision, 'country');
  assert.equal(country.countryCode, 'KZ');
  assert.ok(km(country, { lat: 48, lon: 68 }) < 300);
  const city = geoOf(doc, 'Almaty')!;
  assert.equal(city.precision, 'city');
  assert.ok(km(city, { lat: 43.25, lon: 76.92 }) < 30);
  assert.ok(city.geonameId! > 0);
});

test('"the western province of X" and "in northern X state" mean a division', () => {
  const doc = docWith('Unrest began in the western province of Mangystau. Gunmen struck in northern Borno state.', [['Mangystau', 'GPE'], ['Borno', 'GPE']]);
  assert.deepEqual([geoOf(doc, 'Mangystau')!.precision, geoOf(doc, 'Mangystau')!.countryCode], ['region', 'KZ']);
  assert.deepEqual([geoOf(doc, 'Borno')!.precision, geoOf(doc, 'Borno')!.countryCode], ['region', 'NG']);
});

test('a qualifier names the country or state: "Kisumu, Kenya", "Paris, Texas"', () => {
  const kenya = docWith('Police fired tear gas in Kisumu, Kenya, on Monday.', [['Kisumu', 'GPE'], ['Kenya', 'GPE']]);
  assert.equal(geoOf(kenya, 'Kisumu')!.countryCode, 'KE');
  const texas = docWith('The storm hit Paris, Texas, overnight.', [['Paris', 'GPE'], ['Texas', 'GPE']]);
  assert.equal(geoOf(texas, 'Paris')!.countryCode, 'US');
  const france = docWith('Talks opened in Paris on Monday.', [['Paris', 'GPE']]);
  assert.equal(geoOf(france, 'Paris')!.countryCode, 'FR');
});

test('the places mentioned with it decide an ambiguous name', () => {
  const caucasus = docWith('Georgia accused Russia of massing troops; in Tbilisi, crowds gathered.', [['Georgia', 'GPE'], ['Russia', 'GPE'], ['Tbilisi', 'GPE']]);
  assert.equal(geoOf(caucasus, 'Georgia')!.countryCode, 'GE');
  const state = docWith('Voters in Georgia lined up for hours in Atlanta and Savannah.', [['Georgia', 'GPE'], ['Atlanta', 'GPE'], ['Savannah', 'GPE']]);
  assert.deepEqual([geoOf(state, 'Georgia')!.countryCode, geoOf(state, 'Georgia')!.precision], ['US', 'region']);
  const lebanon = docWith('Clashes in Tripoli spread to Beirut, Lebanese officials said. Lebanon closed schools.', [['Tripoli', 'GPE'], ['Beirut', 'GPE'], ['Lebanon', 'GPE']]);
  assert.equal(geoOf(lebanon, 'Tripoli')!.countryCode, 'LB');
  const border = docWith('Azerbaijan had mined the border territory of Georgia.', [['Azerbaijan', 'GPE'], ['Georgia', 'GPE']]);
  assert.equal(geoOf(border, 'Georgia')!.countryCode, 'GE');
  const libya = docWith('Militias fought in Tripoli.', [['Tripoli', 'GPE']]);
  assert.equal(geoOf(libya, 'Tripoli')!.countryCode, 'LY');
});

test('a country outranks a same-named town whatever the context', () => {
  const doc = docWith('Governors of Missouri and Texas said Mexico should do more; Mexico disagreed.', [['Missouri', 'GPE'], ['Texas', 'GPE'], ['Mexico', 'GPE']]);
  assert.equal(geoOf(doc, 'Mexico')!.precision, 'country');
  assert.equal(geoOf(doc, 'Mexico')!.countryCode, 'MX');
});

test('a sea is not a same-named town or county, whatever the context', () => {
  const doc = docWith('Ships crossed the Atlantic from Newark and Trenton, New Jersey.', [['Atlantic', 'LOC'], ['Newark', 'GPE'], ['Trenton', 'GPE'], ['New Jersey', 'GPE']]);
  assert.equal(geoOf(doc, 'Atlantic')!.precision, 'region');
  assert.equal(geoOf(doc, 'Atlantic')!.countryCode, null);
});

test('demonyms tie to their country; unknown names borrow the main town or stay null', () => {
  const doc = docWith('Kenyan police said the blast hit Frobnitz Hall in Nairobi. Nairobi was calm.', [['Kenyan', 'NORP'], ['Frobnitz Hall', 'FAC'], ['Nairobi', 'GPE']]);
  assert.deepEqual([geoOf(doc, 'Kenyan')!.countryCode, geoOf(doc, 'Kenyan')!.precision], ['KE', 'country']);
  const hall = geoOf(doc, 'Frobnitz Hall')!;
  assert.equal(hall.precision, null);
  assert.ok(km(hall, geoOf(doc, 'Nairobi')!) < 1);
  const alone = docWith('Shiite pilgrims met at Frobnitz Hall.', [['Shiite', 'NORP'], ['Frobnitz Hall', 'FAC']]);
  assert.equal(geoOf(alone, 'Shiite'), null);
  assert.equal(geoOf(alone, 'Frobnitz Hall'), null);
});

test('a facility is not a small town of the same name', () => {
  const doc = docWith('Protesters gathered outside the White House in Washington.', [['White House', 'FAC'], ['Washington', 'GPE']]);
  const house = geoOf(doc, 'White House')!;
  assert.equal(house.countryCode, 'US');
  assert.ok(km(house, { lat: 38.9, lon: -77.04 }) < 30);
});

test('a dateline in capitals is a town, a two-letter acronym is not', () => {
  const doc = docWith('JUBA - South Sudan said the EU would help.', [['JUBA', 'GPE'], ['South Sudan', 'GPE'], ['EU', 'ORG']]);
  assert.equal(geoOf(doc, 'JUBA')!.countryCode, 'SS');
  assert.equal(geoOf(doc, 'JUBA')!.precision, 'city');
});

test('people and organisations get no geo, and an empty document is fine', () => {
  const doc = docWith('Kenya Airways said Nairobi flights resumed.', [['Kenya Airways', 'ORG'], ['Nairobi', 'GPE']]);
  assert.equal(geoOf(doc, 'Kenya Airways'), null);
  assert.ok(geoOf(doc, 'Nairobi'));
  assert.doesNotThrow(() => docWith('', []));
});

test('a small town abroad named among places of one country is read as a place of that country', () => {
  const doc = docWith('Police shot two boys in Pangani (Starehe, Nairobi) on Tuesday.', [['Pangani', 'GPE'], ['Nairobi', 'GPE']]);
  const pangani = geoOf(doc, 'Pangani')!;
  assert.equal(pangani.countryCode, 'KE'); // not the Tanzanian town
  assert.equal(pangani.precision, null); // an approximate location: Nairobi's point
  assert.ok(km(pangani, { lat: -1.29, lon: 36.82 }) < 30);
  // the same town stays itself when its country is named
  const named = docWith('Floods cut the road from Pangani to Tanga in Tanzania.', [['Pangani', 'GPE'], ['Tanga', 'GPE'], ['Tanzania', 'GPE']]);
  assert.equal(geoOf(named, 'Pangani')!.countryCode, 'TZ');
});

test('an unknown name takes the place written beside it before the town the text names most', () => {
  const text = 'Police dispersed protesters in Mombasa on Monday. Mombasa traders joined them. On Tuesday a crowd gathered in Kibera, Nairobi.';
  const doc = docWith(text, [['Mombasa', 'GPE'], ['Kibera', 'GPE'], ['Nairobi', 'GPE']]);
  const kibera = geoOf(doc, 'Kibera')!;
  assert.equal(kibera.precision, null);
  assert.ok(km(kibera, { lat: -1.29, lon: 36.82 }) < 30); // Nairobi, not Mombasa
});

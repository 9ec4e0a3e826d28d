import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/doc/document.js';
import type { Geo } from '../src/doc/types.js';
import { haversineKm } from '../src/util/distance.js';
import { placesResolved } from './helpers.js';

function geoOf(doc: Doc, name: string): Geo | null {
  return doc.entities.find((e) => e.name === name)!.geo;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, b.lat, b.lon);

test('a country gets its centroid, never its capital; a city its point and GeoNames id', () => {
  const doc = placesResolved('Protests spread across Kazakhstan after fuel prices doubled in Almaty.', [['Kazakhstan', 'GPE'], ['Almaty', 'GPE']]);
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
  const doc = placesResolved('Unrest began in the western province of Mangystau. Gunmen struck in northern Borno state.', [['Mangystau', 'GPE'], ['Borno', 'GPE']]);
  assert.deepEqual([geoOf(doc, 'Mangystau')!.precision, geoOf(doc, 'Mangystau')!.countryCode], ['region', 'KZ']);
  assert.deepEqual([geoOf(doc, 'Borno')!.precision, geoOf(doc, 'Borno')!.countryCode], ['region', 'NG']);
});

test('a qualifier names the country or state: "Kisumu, Kenya", "Paris, Texas"', () => {
  const kenya = placesResolved('Police fired tear gas in Kisumu, Kenya, on Monday.', [['Kisumu', 'GPE'], ['Kenya', 'GPE']]);
  assert.equal(geoOf(kenya, 'Kisumu')!.countryCode, 'KE');
  const texas = placesResolved('The storm hit Paris, Texas, overnight.', [['Paris', 'GPE'], ['Texas', 'GPE']]);
  assert.equal(geoOf(texas, 'Paris')!.countryCode, 'US');
  const france = placesResolved('Talks opened in Paris on Monday.', [['Paris', 'GPE']]);
  assert.equal(geoOf(france, 'Paris')!.countryCode, 'FR');
});

test('the places mentioned with it decide an ambiguous name', () => {
  const caucasus = placesResolved('Georgia accused Russia of massing troops; in Tbilisi, crowds gathered.', [['Georgia', 'GPE'], ['Russia', 'GPE'], ['Tbilisi', 'GPE']]);
  assert.equal(geoOf(caucasus, 'Georgia')!.countryCode, 'GE');
  const state = placesResolved('Voters in Georgia lined up for hours in Atlanta and Savannah.', [['Georgia', 'GPE'], ['Atlanta', 'GPE'], ['Savannah', 'GPE']]);
  assert.deepEqual([geoOf(state, 'Georgia')!.countryCode, geoOf(state, 'Georgia')!.precision], ['US', 'region']);
  const lebanon = placesResolved('Clashes in Tripoli spread to Beirut, Lebanese officials said. Lebanon closed schools.', [['Tripoli', 'GPE'], ['Beirut', 'GPE'], ['Lebanon', 'GPE']]);
  assert.equal(geoOf(lebanon, 'Tripoli')!.countryCode, 'LB');
  const border = placesResolved('Azerbaijan had mined the border territory of Georgia.', [['Azerbaijan', 'GPE'], ['Georgia', 'GPE']]);
  assert.equal(geoOf(border, 'Georgia')!.countryCode, 'GE');
  const libya = placesResolved('Militias fought in Tripoli.', [['Tripoli', 'GPE']]);
  assert.equal(geoOf(libya, 'Tripoli')!.countryCode, 'LY');
});

test('a country outranks a same-named town whatever the context', () => {
  const doc = placesResolved('Governors of Missouri and Texas said Mexico should do more; Mexico disagreed.', [['Missouri', 'GPE'], ['Texas', 'GPE'], ['Mexico', 'GPE']]);
  assert.equal(geoOf(doc, 'Mexico')!.precision, 'country');
  assert.equal(geoOf(doc, 'Mexico')!.countryCode, 'MX');
});

test('a sea is not a same-named town or county, whatever the context', () => {
  const doc = placesResolved('Ships crossed the Atlantic from Newark and Trenton, New Jersey.', [['Atlantic', 'LOC'], ['Newark', 'GPE'], ['Trenton', 'GPE'], ['New Jersey', 'GPE']]);
  assert.equal(geoOf(doc, 'Atlantic')!.precision, 'region');
  assert.equal(geoOf(doc, 'Atlantic')!.countryCode, null);
});

test('demonyms tie to their country; unknown names borrow the main town or stay null', () => {
  const doc = placesResolved('Kenyan police said the blast hit Frobnitz Hall in Nairobi. Nairobi was calm.', [['Kenyan', 'NORP'], ['Frobnitz Hall', 'FAC'], ['Nairobi', 'GPE']]);
  assert.deepEqual([geoOf(doc, 'Kenyan')!.countryCode, geoOf(doc, 'Kenyan')!.precision], ['KE', 'country']);
  const hall = geoOf(doc, 'Frobnitz Hall')!;
  assert.equal(hall.precision, null);
  assert.ok(km(hall, geoOf(doc, 'Nairobi')!) < 1);
  const alone = placesResolved('Shiite pilgrims met at Frobnitz Hall.', [['Shiite', 'NORP'], ['Frobnitz Hall', 'FAC']]);
  assert.equal(geoOf(alone, 'Shiite'), null);
  assert.equal(geoOf(alone, 'Frobnitz Hall'), null);
});

test('a facility is not a small town of the same name', () => {
  const doc = placesResolved('Protesters gathered outside the White House in Washington.', [['White House', 'FAC'], ['Washington', 'GPE']]);
  const house = geoOf(doc, 'White House')!;
  assert.equal(house.countryCode, 'US');
  assert.ok(km(house, { lat: 38.9, lon: -77.04 }) < 30);
});

test('a dateline in capitals is a town, a two-letter acronym is not', () => {
  const doc = placesResolved('JUBA - South Sudan said the EU would help.', [['JUBA', 'GPE'], ['South Sudan', 'GPE'], ['EU', 'ORG']]);
  assert.equal(geoOf(doc, 'JUBA')!.countryCode, 'SS');
  assert.equal(geoOf(doc, 'JUBA')!.precision, 'city');
});

test('people and organisations get no geo, and an empty document is fine', () => {
  const doc = placesResolved('Kenya Airways said Nairobi flights resumed.', [['Kenya Airways', 'ORG'], ['Nairobi', 'GPE']]);
  assert.equal(geoOf(doc, 'Kenya Airways'), null);
  assert.ok(geoOf(doc, 'Nairobi'));
  assert.doesNotThrow(() => placesResolved('', []));
});

test('a small town abroad named among places of one country is read as a place of that country', () => {
  const doc = placesResolved('Police shot two boys in Pangani (Starehe, Nairobi) on Tuesday.', [['Pangani', 'GPE'], ['Nairobi', 'GPE']]);
  const pangani = geoOf(doc, 'Pangani')!;
  assert.equal(pangani.countryCode, 'KE'); // not the Tanzanian town
  assert.equal(pangani.precision, null); // an approximate location: Nairobi's point
  assert.ok(km(pangani, { lat: -1.29, lon: 36.82 }) < 30);
  // the same town stays itself when its country is named
  const named = placesResolved('Floods cut the road from Pangani to Tanga in Tanzania.', [['Pangani', 'GPE'], ['Tanga', 'GPE'], ['Tanzania', 'GPE']]);
  assert.equal(geoOf(named, 'Pangani')!.countryCode, 'TZ');
});

test('an unknown name takes the place written beside it before the town the text names most', () => {
  const text = 'Police dispersed protesters in Mombasa on Monday. Mombasa traders joined them. On Tuesday a crowd gathered in Kibera, Nairobi.';
  const doc = placesResolved(text, [['Mombasa', 'GPE'], ['Kibera', 'GPE'], ['Nairobi', 'GPE']]);
  const kibera = geoOf(doc, 'Kibera')!;
  assert.equal(kibera.precision, null);
  assert.ok(km(kibera, { lat: -1.29, lon: 36.82 }) < 30); // Nairobi, not Mombasa
});

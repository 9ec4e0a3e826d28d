import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../src/doc/types.js';
import { clausePlace } from '../src/extract/events/places.js';
import { placesResolved } from './helpers.js';

/** The place the events stage gives a one-sentence text whose entities are the listed names. */
function placeOf(text: string, names: [string, EntityType][]): string | undefined {
  const doc = placesResolved(text, names);
  const whole = { start: 0, end: text.length };
  return clausePlace(doc, whole, whole, null)?.entity.name;
}

test('a village the gazetteer lacks, named with the town that holds it, is the event\'s place', () => {
  assert.equal(placeOf('A trader was killed in Dabaso, Kilifi, on Monday.', [['Dabaso', 'GPE'], ['Kilifi', 'GPE']]), 'Dabaso');
  assert.equal(placeOf('Gunmen killed two herders in Oloserian, Narok county.', [['Oloserian', 'GPE'], ['Narok', 'GPE']]), 'Oloserian');
  // a town named before an unknown name is no container: the located town stays the place
  assert.equal(placeOf('In Narok, drivers blocked the Nakuru road at Oloserian junction.', [['Narok', 'GPE'], ['Nakuru', 'GPE'], ['Oloserian', 'GPE']]), 'Narok');
});

test('a place of origin ("riders from X") is not where the happening was', () => {
  assert.equal(placeOf('Riders from Nakuru rode to Eldoret and lynched a thief.', [['Nakuru', 'GPE'], ['Eldoret', 'GPE']]), 'Eldoret');
});

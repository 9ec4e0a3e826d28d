import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNumber } from '../src/util/numbers.js';

test('numbers in digits, words and both', () => {
  const cases: Array<[string, number | null]> = [
    ['2,300', 2300], ['1.5', 1.5], ['18', 18], ['eighteen', 18], ['twenty-five', 25],
    ['two hundred and five', 205], ['1.5 million', 1_500_000], ['a dozen', 12], ['three thousand', 3000],
    ['19 million', 19_000_000], ['one', 1], ['many', null], ['', null], ['2,30', null],
  ];
  for (const [raw, want] of cases) assert.equal(parseNumber(raw), want, raw);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/index.js';
import { SHARED } from './helpers.js';
import { assertSchemaValid } from './schema.js';

const text = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(SHARED, 'seed', 'gold.json'), 'utf8')) as { headings: string[] };

test('the seed analyses into a schema-valid document', () => {
  assertSchemaValid(analyze({ id: 'seed', text, published: '2022-01-06' }));
});

test('seed headings are marked and every sentence round-trips', () => {
  const doc = analyze({ id: 'seed', text, published: '2022-01-06' });
  for (const h of gold.headings) {
    const at = doc.text.indexOf(h);
    assert.ok(doc.sentences.some((s) => s.heading && s.start <= at && at < s.end), `heading ${h}`);
  }
  assert.equal(doc.sentences.filter((s) => s.heading).length, gold.headings.length);
  for (const s of doc.sentences) {
    const surface = doc.text.slice(s.start, s.end);
    assert.equal(surface, surface.trim());
    assert.ok(surface.length > 0);
  }
});

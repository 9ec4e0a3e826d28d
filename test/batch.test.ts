import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './helpers.js';
import { assertSchemaValid } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));

const PLACES = ['the capital', 'the northern city', 'a border town', 'the port', 'the western province'];
function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  return `Police said ${i % 50} people were arrested in ${place} on Tuesday after a march.\n\nThe ministry said talks would resume next week, officials told reporters.`;
}

/** The junk kind for line i, or null for a good document: 100 junk lines spread through 10,000. */
function junk(i: number): string | null {
  if (i % 100 !== 37) return null;
  const k = Math.floor(i / 100);
  if (k < 30) return 'invalid_json';
  if (k < 55) return 'binary';
  if (k < 80) return 'empty_text';
  if (k < 90) return 'missing_id';
  if (k < 95) return 'invalid_published';
  return 'too_large';
}

function junkLine(kind: string, i: number): string {
  switch (kind) {
    case 'invalid_json': return `{"id": "d${i}", "text": "unterminated`;
    case 'binary': return JSON.stringify({ id: `d${i}`, text: 'PK\u0003\u0004\u0000\u0000\u0000binary' });
    case 'empty_text': return JSON.stringify({ id: `d${i}`, text: '   ' });
    case 'missing_id': return JSON.stringify({ text: 'No id on this one.' });
    case 'invalid_published': return JSON.stringify({ id: `d${i}`, text: 'Fine text.', published: 'yesterday' });
    default: return JSON.stringify({ id: `d${i}`, text: 'word '.repeat(1024 * 1024) });
  }
}

test('a 10,000-line batch with 100 junk lines: 9,900 documents, 100 errors in order, exit 100', async () => {
  const input = join(dir, 'docs.jsonl');
  const output = join(dir, 'out.jsonl');
  const ws = createWriteStream(input);
  for (let i = 0; i < 10_000; i++) {
    const kind = junk(i);
    const line = kind ? junkLine(kind, i) : JSON.stringify({ id: `d${i}`, text: article(i), published: '2022-01-06' });
    if (!ws.write(line + '\n')) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');

  const r = await runCli(['extract', '--input', input, '--output', output, '--concurrency', '2', '--stats']);
  assert.equal(r.code, 100, r.stderr);
  const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 10_000);
  let docs = 0;
  for (let i = 0; i < lines.length; i++) {
    const out = JSON.parse(lines[i]);
    const kind = junk(i);
    if (kind) {
      assert.equal(out.error?.code, kind, `line ${i}: ${lines[i].slice(0, 200)}`);
      assert.equal(out.id, kind === 'missing_id' ? null : `d${i}`);
    } else {
      assert.equal(out.id, `d${i}`);
      assert.equal(out.schema, 'sitrep/document@1');
      if (i % 997 === 0) assertSchemaValid(out);
      docs++;
    }
  }
  assert.equal(docs, 9_900);
  const rss = Number(/peak RSS (\d+) MB/.exec(r.stderr)?.[1]);
  assert.ok(rss > 0 && rss < 300, `peak RSS ${rss} MB`);
});

test('one worker and two give the same output, in input order', async () => {
  const input = join(dir, 'small.jsonl');
  writeFileSync(input, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `s${i}`, text: article(i) })).join('\n') + '\n\n');
  const one = await runCli(['extract', '--input', input, '--output', join(dir, 'one.jsonl'), '--concurrency', '1']);
  const two = await runCli(['extract', '--input', input, '--output', join(dir, 'two.jsonl'), '--concurrency', '2']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.equal(one.stderr, '', 'silent when stderr is not a terminal');
  const a = readFileSync(join(dir, 'one.jsonl'), 'utf8');
  assert.equal(a, readFileSync(join(dir, 'two.jsonl'), 'utf8'));
  assert.deepEqual(a.trimEnd().split('\n').map((l) => JSON.parse(l).id), Array.from({ length: 200 }, (_, i) => `s${i}`));
});

test('a batch from stdin to stdout', async () => {
  const r = await runCli(['extract', '--input', '-', '--concurrency', '1'], '{"id":"a","text":"One."}\nnot json\n');
  assert.equal(r.code, 1);
  const [a, b] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(a.id, 'a');
  assert.equal(b.error.code, 'invalid_json');
});

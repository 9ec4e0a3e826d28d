import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, renderMarkdown } from '../src/index.js';
import { runCli, SHARED } from './helpers.js';

const seedPath = join(SHARED, 'seed', 'article.txt');
const seed = analyze({ id: 'seed', text: readFileSync(seedPath, 'utf8'), published: '2022-01-06', source: 'AFP' });
const report = renderMarkdown(seed);
const section = (title: string) => {
  const start = report.indexOf(`## ${title}`);
  assert.ok(start >= 0, `no section ${title}`);
  const next = report.indexOf('\n## ', start + 3);
  return report.slice(start, next < 0 ? undefined : next);
};

test('the report opens with what, where and when', () => {
  const first = report.split('\n')[0];
  assert.match(first, /^# .+ in .+, \d{4}-\d{2}-\d{2}/);
  assert.match(report, /Source: AFP, published 2022-01-06\./);
  assert.match(report, /Main event: [^\n]+\(s\.\d+/);
});

test('every line of every section cites its evidence', () => {
  for (const title of ['Key figures', 'Timeline', 'Who said what', 'Places']) {
    const lines = section(title).split('\n').filter((l) => l.startsWith('- ') || (l.startsWith('| ') && !l.startsWith('| Category')));
    assert.ok(lines.length > 0, title);
    for (const line of lines) assert.match(line, /\(s\.\d+(, s\.\d+)*\)/, `${title}: ${line}`);
  }
});

test('key figures give ranges when sources differ', () => {
  const killed = section('Key figures').split('\n').find((l) => l.startsWith('| killed'));
  assert.ok(killed);
  assert.match(killed, /\| 12–18 \(sources differ\) \|/);
  assert.match(killed, /“18 killed”/);
});

test('the timeline lists every event in date order', () => {
  const lines = section('Timeline').split('\n').filter((l) => l.startsWith('- '));
  assert.equal(lines.length, seed.events.length);
  const dates = lines.map((l) => /\*\*([^*]+)\*\*/.exec(l)![1].slice(0, 10));
  assert.deepEqual(dates, [...dates].sort());
});

test('an article without events says so, and Markdown in the text is escaped', () => {
  const doc = analyze({ id: 'x', text: 'Shares in *Acme* rose 5% on Tuesday after strong | sales.', published: '2022-01-06' });
  const md = renderMarkdown(doc);
  assert.match(md, /No conflict or protest events found/);
  assert.doesNotMatch(md, /## Timeline/);
});

test('the CLI prints the report with --format md', async () => {
  const r = await runCli(['extract', seedPath, '--published', '2022-01-06', '--format', 'md']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# /);
  assert.match(r.stdout, /## Timeline/);
});

test('the deadliest event is the main one, however mild its kind', () => {
  const doc = analyze({
    id: 'two',
    text: 'Protesters in Nakuru blocked a highway on Monday. In Eldoret police shot dead three protesters who were marching against fee increases.',
    published: '2022-01-06',
  });
  assert.ok(doc.events.length >= 2 && doc.events.some((e) => (e.fatalities?.low ?? 0) > 0), 'two events, one with deaths');
  assert.match(renderMarkdown(doc), /Main event: [^\n]*shot dead three protesters/);
});

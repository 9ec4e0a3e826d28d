import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, SHARED } from './helpers.js';
import { assertSchemaValid } from './schema.js';

const seed = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');

const PAGE = `<!doctype html><html><head>
<title>Floods | Example News</title>
<meta property="og:title" content="Floods sweep river towns">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/floods">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods sweep river towns","datePublished":"2023-04-02T09:30:00Z"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Floods sweep river towns</h1>
<p>Heavy rain caused the river to burst its banks on Saturday, flooding dozens of homes in three towns, officials said.</p>
<p>Rescue teams evacuated more than 200 residents by boat overnight, and the regional governor declared an emergency.</p>
<p>“The water came up in minutes,” said one resident, who asked not to be named. Schools will stay closed until Wednesday.</p>
</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>`;

let server: Server;
let base: string;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.alloc(100));
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>' + 'x'.repeat(3 * 1024 * 1024) + '</p>');
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 5000).unref();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('an HTML page served on loopback gives a schema-valid document with its metadata', async () => {
  const r = await runCli(['extract', `${base}/article`, '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assertSchemaValid(doc);
  assert.equal(doc.title, 'Floods sweep river towns');
  assert.equal(doc.published, '2023-04-02T09:30:00Z');
  assert.equal(doc.source, 'Example News');
  assert.equal(doc.url, 'https://news.example.org/floods');
  assert.match(doc.text, /^Heavy rain caused/m);
  assert.doesNotMatch(doc.text, /Copyright|Home/);
  assert.ok(doc.text.includes('officials said.\n\nRescue teams'), 'paragraphs are separated by blank lines');
  for (const s of doc.sentences) assert.ok(doc.text.slice(s.start, s.end).trim().length > 0);
});

test('loopback URLs are refused without --allow-private', async () => {
  const r = await runCli(['extract', `${base}/article`]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /private_address/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('URL fetching bounds redirects, size, content type and time', async () => {
  const loop = await runCli(['extract', `${base}/loop`, '--allow-private']);
  assert.match(loop.stderr, /too_many_redirects/);
  const image = await runCli(['extract', `${base}/image`, '--allow-private']);
  assert.match(image.stderr, /bad_content_type/);
  const huge = await runCli(['extract', `${base}/huge`, '--allow-private', '--max-bytes', '1000000']);
  assert.match(huge.stderr, /too_large/);
  const slow = await runCli(['extract', `${base}/slow`, '--allow-private', '--timeout', '300']);
  assert.match(slow.stderr, /timeout/);
  for (const r of [loop, image, huge, slow]) assert.equal(r.code, 1);
});

test('stdin gives a schema-valid document, and --format md a report', async () => {
  const r = await runCli(['extract', '-', '--published', '2022-01-06'], seed);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assertSchemaValid(doc);
  assert.equal(doc.text, seed);
  const md = await runCli(['extract', '-', '--format', 'md'], seed);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# /);
});

test('CRLF and a BOM are tolerated', async () => {
  const r = await runCli(['extract', '-'], '\uFEFFFirst line here.\r\n\r\nSecond paragraph.\r\n');
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.text, 'First line here.\n\nSecond paragraph.\n');
  assert.equal(doc.sentences.length, 2);
});

test('usage problems are one line and exit 2; every command has --help', async () => {
  for (const args of [['extract', '--bogus', 'x'], ['extract', 'no/such/file.txt'], ['frobnicate'], ['extract', '--input', 'no/such.jsonl'], ['extract', '-', '--published', 'last week'], ['extract', '-', '--format', 'pdf']]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^sitrep: /);
  }
  for (const args of [['--help'], ['extract', '--help']]) {
    const r = await runCli(args);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage|sitrep extract/);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokens.js';
import { normalizePlain, looksBinary } from '../src/text/plain.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('the splitter survives abbreviations, initials and decimals', () => {
  assert.deepEqual(sentences('Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5. Growth was 2.5 percent.'), [
    'Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5.',
    'Growth was 2.5 percent.',
  ]);
  assert.deepEqual(sentences('John F. Kennedy spoke. Then he left.'), ['John F. Kennedy spoke.', 'Then he left.']);
  assert.deepEqual(sentences('Sales rose in the U.S. The company said so.'), ['Sales rose in the U.S.', 'The company said so.']);
});

test('quotes that close after the full stop stay with their sentence', () => {
  assert.deepEqual(sentences('“We will not leave.” The crowd cheered. He said: “It is over!” Then silence.'), [
    '“We will not leave.”',
    'The crowd cheered.',
    'He said: “It is over!”',
    'Then silence.',
  ]);
  assert.deepEqual(sentences('"Why?" he asked. Nobody answered.'), ['"Why?" he asked.', 'Nobody answered.']);
});

test('ellipses inside a sentence and dashes do not split', () => {
  assert.deepEqual(sentences('“Peacekeepers … were sent home,” he said. The troops – some 2,000 – left.'), [
    '“Peacekeepers … were sent home,” he said.',
    'The troops – some 2,000 – left.',
  ]);
});

test('short standalone lines between paragraphs are headings', () => {
  const text = 'First paragraph of the story. It goes on.\n\n“So scary”\n\nSecond paragraph here.\n\nOver 2,000 detainees\n\nLast one.';
  const marked = splitSentences(text).filter((s) => s.heading).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(marked, ['“So scary”', 'Over 2,000 detainees']);
});

test('tokens follow CoNLL conventions', () => {
  const text = "Iraq's U.S.-backed forces detained 2,300 people, 1.5 million fled; Moscow-led troops.";
  const toks = tokenize(text, [0]);
  const surfaces = Array.from({ length: toks.length }, (_, i) => toks.surface(i));
  assert.deepEqual(surfaces, ['Iraq', "'s", 'U.S.', '-', 'backed', 'forces', 'detained', '2,300', 'people', ',', '1.5', 'million', 'fled', ';', 'Moscow-led', 'troops', '.']);
  assert.equal(toks.indexAt(text.indexOf('2,300')), 7);
});

test('plain text input tolerates BOM and CRLF; binary is recognised', () => {
  assert.equal(normalizePlain('\uFEFFa\r\nb\rc'), 'a\nb\nc');
  assert.equal(looksBinary('ordinary text\n'), false);
  assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000binary'), true);
});

test('a missing space after a full stop still ends the sentence; 10yr is one token', () => {
  assert.deepEqual(sentences('Fighting spread across the area.Three people died on Monday.'), ['Fighting spread across the area.', 'Three people died on Monday.']);
  assert.deepEqual(sentences('Visit www.example.com or news.BBC.co.uk today.'), ['Visit www.example.com or news.BBC.co.uk today.']);
  const toks = tokenize('a 10yr old', [0]);
  assert.equal(toks.surface(1), '10yr');
});

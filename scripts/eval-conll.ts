// npm run eval:conll -- FILE: scores the entity stage on a CoNLL-format file (word first,
// IOB tag last, -DOCSTART- between documents). Each document is rebuilt as text with the
// file's own tokens and sentences, run through the entity stage, and its mentions are
// mapped back to tokens. Types compare as CoNLL types: PERSON = PER, ORG = ORG,
// GPE + LOC + FAC = LOC, NORP = MISC. Prints conlleval-style P/R/F1 per type for the stage
// and for the raw tagger, and the micro F1 over PER, ORG and LOC.
import { Doc } from '../src/doc/document.js';
import type { EntityType } from '../src/doc/types.js';
import { readConll, type ConllDoc } from '../src/extract/entities/conll.js';
import { SpanScore, spanMap } from '../src/extract/entities/conlleval.js';
import { extractEntities } from '../src/extract/entities/index.js';
import { tagNames } from '../src/extract/entities/tagger.js';
import { TYPES } from '../src/extract/entities/tags.js';
import { Tokens } from '../src/text/tokens.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run eval:conll -- FILE');
  process.exit(2);
}

const AS_CONLL: Record<EntityType, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC' };

/** The document as text: words joined by spaces, one line a sentence, tokens exactly the file's. */
function docOf(c: ConllDoc, id: number): Doc {
  const start = new Int32Array(c.words.length);
  const end = new Int32Array(c.words.length);
  const sentence = new Int32Array(c.words.length);
  let text = '';
  let s = -1;
  for (let i = 0; i < c.words.length; i++) {
    if (c.sentStarts[s + 1] === i) { if (i) text += '\n'; s++; } else text += ' ';
    start[i] = text.length;
    text += c.words[i];
    end[i] = text.length;
    sentence[i] = s;
  }
  const doc = new Doc({ id: String(id), text });
  doc.sentences = c.sentStarts.map((b, k) => ({ start: start[b], end: end[(c.sentStarts[k + 1] ?? c.words.length) - 1], heading: false }));
  doc.paragraphs = doc.sentences.map(({ start: a, end: b }) => ({ start: a, end: b }));
  doc.tokens = new Tokens(text, start, end, sentence);
  return doc;
}

const docs = readConll(file);
const stage = new SpanScore();
const tagger = new SpanScore();
let tokens = 0;
const t0 = performance.now();
docs.forEach((c, id) => {
  const doc = docOf(c, id);
  tokens += c.words.length;
  const gold = spanMap(c.gold, (t) => TYPES[t]);
  const raw = new Map(tagNames(doc).map((s) => [`${s.first}:${s.last}`, s.type as string]));
  tagger.add(gold, raw);
  extractEntities(doc);
  const pred = new Map<string, string>();
  for (const e of doc.entities) for (const m of e.mentions) {
    const first = doc.tokens.indexAt(m.start);
    const last = doc.tokens.indexAt(m.end - 1);
    if (doc.tokens.start[first] === m.start && doc.tokens.end[last] === m.end) pred.set(`${first}:${last}`, AS_CONLL[e.type]);
  }
  stage.add(gold, pred);
});
const ms = performance.now() - t0;

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
function table(name: string, score: SpanScore): void {
  console.log(`\n${name}`);
  console.log('type      precision  recall     F1   gold  predicted');
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const r = score.prf([t]);
    console.log(`${t.padEnd(8)}   ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}  ${String(r.gold).padStart(5)}  ${String(r.pred).padStart(9)}`);
  }
  const m = score.prf(['PER', 'ORG', 'LOC']);
  console.log(`PER/ORG/LOC micro   P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}`);
}
console.log(`${file}: ${docs.length} documents, ${tokens} tokens, ${(ms / 1000).toFixed(1)} s for tagger + stage`);
table('entity stage (contract types mapped back; MISC = NORP only)', stage);
table('raw tagger (CoNLL types)', tagger);

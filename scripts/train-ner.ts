// npm run train:ner: trains the two-pass entity tagger on CoNLL-2003 train.txt, reports
// valid.txt scores, and writes data/ner/tagger.{json,bin.gz} and data/ner/names.tsv.
// Deterministic: fixed folds, fixed shuffling seed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type ConllDoc } from '../src/extract/entities/conll.js';
import { SpanScore, spanMap } from '../src/extract/entities/conlleval.js';
import { featurize, featurizeSecond, prepare, type Features, type Prepared } from '../src/extract/entities/features.js';
import { saveModel } from '../src/extract/entities/model.js';
import { decode, PerceptronTrainer, quantize, type Weights } from '../src/extract/entities/perceptron.js';
import { loadGivenNames, loadWordTable, nameList, placeCode, type NameList } from '../src/extract/entities/resources.js';
import { NTAGS, spansOf, TYPES } from '../src/extract/entities/tags.js';
import { normalizeWord } from '../src/extract/entities/words.js';
import { dataPath, packageRoot } from '../src/util/paths.js';
import { rng, stopwatchLog } from './lib/run.js';

const BITS = Number(process.env.NER_BITS ?? 18);
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const FOLDS = 5;
/** final models average this many perceptrons trained on different shuffles */
const ENSEMBLE = Number(process.env.NER_ENSEMBLE ?? 3);
const conllDir = join(packageRoot, '..', 'shared', 'data', 'conll2003');

const log = stopwatchLog();

/** Names seen in training labels, each with its most frequent type. */
function namesFrom(docs: ConllDoc[]): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const d of docs) for (const s of spansOf(d.gold)) {
    const key = d.words.slice(s.first, s.last + 1).map(normalizeWord).join(' ');
    let c = counts.get(key);
    if (!c) counts.set(key, (c = new Int32Array(TYPES.length)));
    c[s.type]++;
  }
  const out = new Map<string, number>();
  for (const [k, c] of counts) out.set(k, c.indexOf(Math.max(...c)));
  return out;
}

interface Example { doc: ConllDoc; prep: Prepared; f: Features }

function train(examples: Example[], seed: number): Weights {
  const trainer = new PerceptronTrainer(BITS);
  const order: [number, number][] = [];
  examples.forEach((ex, d) => ex.doc.sentStarts.forEach((_, s) => order.push([d, s])));
  const random = rng(seed);
  const scores = new Float32Array(256 * NTAGS);
  const pred = new Uint8Array(256);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const [d, s] of order) {
      const { doc, f } = examples[d];
      const b = doc.sentStarts[s];
      const e = s + 1 < doc.sentStarts.length ? doc.sentStarts[s + 1] : doc.words.length;
      trainer.learn(f, doc.gold, b, e, scores, pred);
    }
  }
  return trainer.averaged();
}

/** The mean of several perceptrons' weights, each trained on its own shuffle. */
function trainAveraged(examples: Example[], seed: number): Weights {
  const runs = Array.from({ length: ENSEMBLE }, (_, k) => train(examples, seed + 100 * k));
  if (runs.length === 1) return runs[0];
  const emit = new Float32Array(runs[0].emit.length);
  const trans = new Float32Array(runs[0].trans.length);
  for (const r of runs) {
    for (let i = 0; i < emit.length; i++) emit[i] += r.emit[i] / runs.length;
    for (let i = 0; i < trans.length; i++) trans[i] += r.trans[i] / runs.length;
  }
  return { emit, scale: 1, trans };
}

const labelOf = (t: number) => TYPES[t];
function evaluate(examples: Example[], tags: Uint8Array[]): SpanScore {
  const score = new SpanScore();
  examples.forEach((ex, i) => score.add(spanMap(ex.doc.gold, labelOf), spanMap(tags[i], labelOf)));
  return score;
}
function report(name: string, score: SpanScore): number {
  const parts = TYPES.map((t) => `${t} ${(score.prf([t]).f1 * 100).toFixed(2)}`);
  const micro = score.prf(['PER', 'ORG', 'LOC']).f1;
  log(`${name}: PER/ORG/LOC micro F1 ${(micro * 100).toFixed(2)} (${parts.join(', ')})`);
  return micro;
}

const words = loadWordTable();
const given = loadGivenNames();
const trainDocs = readConll(join(conllDir, 'train.txt'));
const validDocs = readConll(join(conllDir, 'valid.txt'));
log(`read ${trainDocs.length} train and ${validDocs.length} valid documents; ${words.size} words with clusters`);

const foldOf = (i: number) => i % FOLDS;
const foldNames: NameList[] = [];
for (let k = 0; k < FOLDS; k++) foldNames.push(nameList(namesFrom(trainDocs.filter((_, i) => foldOf(i) !== k))));
const allNames = namesFrom(trainDocs);

// first-pass features; a training document's name list never contains its own names
const trainEx: Example[] = trainDocs.map((doc, i) => {
  const prep = prepare(doc, { words, given, place: placeCode, names: foldNames[foldOf(i)] });
  return { doc, prep, f: featurize(prep, BITS) };
});
const fullRes = { words, given, place: placeCode, names: nameList(allNames) };
const validEx: Example[] = validDocs.map((doc) => {
  const prep = prepare(doc, fullRes);
  return { doc, prep, f: featurize(prep, BITS) };
});
log('features ready');

// out-of-fold first-pass tags, so the second pass learns from tags as noisy as at run time
const oof: Uint8Array[] = new Array(trainEx.length);
for (let k = 0; k < FOLDS; k++) {
  const w = train(trainEx.filter((_, i) => foldOf(i) !== k), 1 + k);
  trainEx.forEach((ex, i) => { if (foldOf(i) === k) oof[i] = decode(w, ex.f, ex.doc.sentStarts, ex.prep.n); });
  log(`fold ${k + 1}/${FOLDS} trained`);
}
report('train out-of-fold, pass 1', evaluate(trainEx, oof));

const pass1 = quantize(trainAveraged(trainEx, 42));
const valid1 = validEx.map((ex) => decode(pass1, ex.f, ex.doc.sentStarts, ex.prep.n));
report('valid, pass 1', evaluate(validEx, valid1));

const trainEx2 = trainEx.map((ex, i) => ({ ...ex, f: featurizeSecond(ex.prep, BITS, ex.f, oof[i]) }));
const pass2Float = trainAveraged(trainEx2, 43);
const pass2 = quantize(pass2Float);
const validEx2 = validEx.map((ex, i) => ({ ...ex, f: featurizeSecond(ex.prep, BITS, ex.f, valid1[i]) }));
report('valid, pass 2 (float)', evaluate(validEx2, validEx2.map((ex) => decode(pass2Float, ex.f, ex.doc.sentStarts, ex.prep.n))));
report('valid, pass 2 (8-bit)', evaluate(validEx2, validEx2.map((ex) => decode(pass2, ex.f, ex.doc.sentStarts, ex.prep.n))));

if (process.env.NER_DRY) process.exit(0); // experiments: report, write nothing
saveModel(BITS, pass1, pass2);
const header = '# Names from the CoNLL-2003 train.txt labels (Reuters RCV1, research use): name, type index (0 PER, 1 ORG, 2 LOC, 3 MISC). Written by npm run train:ner.\n';
writeFileSync(dataPath('ner', 'names.tsv'), header + [...allNames].map(([k, t]) => `${k}\t${t}`).join('\n') + '\n');
log('model written to data/ner/');

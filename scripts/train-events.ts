// npm run train:events [-- ACLED.csv]: trains the event-type classifier on ACLED's coded
// notes (years up to 2017), reports its accuracy on the validation years (2018-2019), and
// writes data/events/acled-perceptron.json (weights only; see data/events/SOURCE.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, MODEL_FILE, type PerceptronModel } from '../src/extract/events/classifier.js';
import { textFeatures } from '../src/extract/events/features.js';
import { dataPath, packageRoot } from '../src/util/paths.js';
import { isValidationYear, readAcled, type AcledRow } from './acled/read.js';

const file = process.argv[2] ?? join(packageRoot, '..', 'shared', 'data', 'acled', 'ken_acled_data.csv');
const EPOCHS = 10;
const MIN_NOTES = 2; // a feature seen in one note only is noise, and bloats the file

const label = (row: AcledRow) => `${row.event_type}|${row.sub_event_type}`;

/** A deterministic shuffle (Park-Miller), so that training twice gives the same weights. */
function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let s = seed;
  for (let i = count - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = Math.floor((s / 2147483647) * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function train(rows: AcledRow[]): PerceptronModel {
  const labels = [...new Set(rows.map(label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const n = labels.length;
  const noteCount = new Map<string, number>();
  const notes = rows.map((r) => [...textFeatures(r.notes)]);
  for (const fs of notes) for (const f of fs) noteCount.set(f, (noteCount.get(f) ?? 0) + 1);
  const kept = notes.map((fs) => fs.filter((f) => noteCount.get(f)! >= MIN_NOTES));
  // weights and their running sums for averaging (the standard "lazy" trick: sum = c * w - u)
  const w = new Map<string, Float64Array>();
  const u = new Map<string, Float64Array>();
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(n)));
    return r;
  };
  let c = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(rows.length, epoch + 1)) {
      const scores = new Float64Array(n);
      for (const f of kept[i]) {
        const r = w.get(f);
        if (r) for (let l = 0; l < n; l++) scores[l] += r[l];
      }
      let guess = 0;
      for (let l = 1; l < n; l++) if (scores[l] > scores[guess]) guess = l;
      const gold = index.get(label(rows[i]))!;
      if (guess !== gold) {
        for (const f of kept[i]) {
          const wr = row(w, f);
          const ur = row(u, f);
          wr[gold]++;
          wr[guess]--;
          ur[gold] += c;
          ur[guess] -= c;
        }
      }
      c++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wr] of w) {
    const ur = u.get(f)!;
    const sparse: number[] = [];
    for (let l = 0; l < n; l++) {
      const avg = Math.round((wr[l] - ur[l] / c) * 100) / 100;
      if (avg !== 0) sparse.push(l, avg);
    }
    if (sparse.length) weights[f] = sparse;
  }
  return { labels, weights };
}

const rows = readAcled(file).filter((r) => r.notes.trim());
const trainRows = rows.filter((r) => !isValidationYear(r));
const validRows = rows.filter(isValidationYear);
const model = train(trainRows);
const scorer = compileModel(model);
let typeOk = 0;
let subOk = 0;
for (const row of validRows) {
  const scores = scorer.score(row.notes);
  let best = 0;
  for (let l = 1; l < scores.length; l++) if (scores[l] > scores[best]) best = l;
  if (model.labels[best].split('|')[0] === row.event_type) typeOk++;
  if (model.labels[best] === label(row)) subOk++;
}
const out = dataPath('events', MODEL_FILE);
writeFileSync(out, JSON.stringify(model));
console.log(`trained on ${trainRows.length} notes (${model.labels.length} labels, ${Object.keys(model.weights).length} features, ${EPOCHS} epochs), wrote ${out}`);
console.log(`whole-note classifier on ${validRows.length} validation notes: type ${(typeOk / validRows.length).toFixed(3)}, sub-type ${(subOk / validRows.length).toFixed(3)}`);

// npm run train:events [-- ACLED.csv]: trains the event-type classifier on ACLED's coded
// notes (years up to 2017), reports its accuracy on the validation years (2018-2019), and
// writes data/events/acled-naive-bayes.json (counts only; see data/events/SOURCE.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, MODEL_FILE, type NaiveBayesModel } from '../src/extract/events/classifier.js';
import { textFeatures } from '../src/extract/events/features.js';
import { dataPath, packageRoot } from '../src/util/paths.js';
import { isValidationYear, readAcled, type AcledRow } from './acled/read.js';

const file = process.argv[2] ?? join(packageRoot, '..', 'shared', 'data', 'acled', 'ken_acled_data.csv');
const ALPHA = 0.3;
const MIN_NOTES = 2; // a feature seen in one note only is noise, and bloats the file

const label = (row: AcledRow) => `${row.event_type}|${row.sub_event_type}`;

function train(rows: AcledRow[]): NaiveBayesModel {
  const labels = [...new Set(rows.map(label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const docs = new Array<number>(labels.length).fill(0);
  const perFeature = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const l = index.get(label(row))!;
    docs[l]++;
    for (const f of textFeatures(row.notes)) {
      let counts = perFeature.get(f);
      if (!counts) perFeature.set(f, (counts = new Map()));
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
  }
  const tokens = new Array<number>(labels.length).fill(0);
  const features: Record<string, number[]> = {};
  for (const [f, counts] of perFeature) {
    let total = 0;
    for (const c of counts.values()) total += c;
    if (total < MIN_NOTES) continue;
    const flat: number[] = [];
    for (const [l, c] of [...counts].sort((a, b) => a[0] - b[0])) {
      flat.push(l, c);
      tokens[l] += c;
    }
    features[f] = flat;
  }
  return { labels, docs, tokens, alpha: ALPHA, features };
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
  const [type] = model.labels[best].split('|');
  if (type === row.event_type) typeOk++;
  if (model.labels[best] === label(row)) subOk++;
}
const out = dataPath('events', MODEL_FILE);
writeFileSync(out, JSON.stringify(model));
console.log(`trained on ${trainRows.length} notes (${model.labels.length} labels, ${Object.keys(model.features).length} features), wrote ${out}`);
console.log(`whole-note classifier on ${validRows.length} validation notes: type ${(typeOk / validRows.length).toFixed(3)}, sub-type ${(subOk / validRows.length).toFixed(3)}`);

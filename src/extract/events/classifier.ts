import { readFileSync } from 'node:fs';
import { lazy } from '../../util/lazy.js';
import { dataPath } from '../../util/paths.js';
import { textFeatures } from './features.js';

/**
 * A multinomial naive Bayes model over binarised word and bigram features, trained on
 * ACLED's coded notes (scripts/train-events.ts). Labels are "Type|SubType".
 * `features` maps a feature to its sparse counts: [labelIndex, count, labelIndex, count, ...].
 */
export interface NaiveBayesModel {
  labels: string[];
  /** notes per label */
  docs: number[];
  /** feature occurrences per label */
  tokens: number[];
  alpha: number;
  features: Record<string, number[]>;
}

/** A model made ready for scoring: log priors and, per feature, its log likelihood per label. */
export interface LabelScorer {
  labels: string[];
  score(text: string, context?: string, contextWeight?: number): Float64Array;
}

export function compileModel(model: NaiveBayesModel): LabelScorer {
  const n = model.labels.length;
  const vocab = Object.keys(model.features).length;
  const totalDocs = model.docs.reduce((a, b) => a + b, 0);
  // a flattened prior: ACLED Kenya's mix of event types is not the news's
  const prior = Float64Array.from(model.docs, (d) => 0.5 * Math.log((d + 1) / (totalDocs + n)));
  const unseen = Float64Array.from(model.tokens, (t) => Math.log(model.alpha / (t + model.alpha * vocab)));
  const table = new Map<string, Float32Array>();
  for (const [feature, counts] of Object.entries(model.features)) {
    const row = new Float32Array(n);
    for (let i = 0; i < counts.length; i += 2) {
      const l = counts[i];
      row[l] = Math.log((counts[i + 1] + model.alpha) / (model.tokens[l] + model.alpha * vocab)) - unseen[l];
    }
    table.set(feature, row);
  }
  const addFeatures = (scores: Float64Array, features: Set<string>, weight: number) => {
    for (const f of features) {
      const row = table.get(f);
      if (!row) continue;
      for (let l = 0; l < n; l++) scores[l] += weight * (row[l] + unseen[l]);
    }
  };
  return {
    labels: model.labels,
    score(text, context, contextWeight = 0.5) {
      const scores = Float64Array.from(prior);
      const own = textFeatures(text);
      addFeatures(scores, own, 1);
      if (context) {
        const extra = textFeatures(context);
        for (const f of own) extra.delete(f);
        addFeatures(scores, extra, contextWeight);
      }
      return scores;
    },
  };
}

export const MODEL_FILE = 'acled-naive-bayes.json';

/** The shipped model, loaded on first use. */
export const eventClassifier = lazy(() => compileModel(JSON.parse(readFileSync(dataPath('events', MODEL_FILE), 'utf8')) as NaiveBayesModel));

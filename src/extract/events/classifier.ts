import { readFileSync } from 'node:fs';
import { lazy } from '../../util/lazy.js';
import { dataPath } from '../../util/paths.js';
import { textFeatures } from './features.js';

/**
 * An averaged multi-class perceptron over word and bigram features, trained on ACLED's
 * coded notes (scripts/train-events.ts). Labels are "Type|SubType"; `weights` maps a
 * feature to its sparse averaged weights: [labelIndex, weight, labelIndex, weight, ...].
 */
export interface PerceptronModel {
  labels: string[];
  weights: Record<string, number[]>;
}

/** A model made ready for scoring: one dense row of weights per known feature. */
export interface LabelScorer {
  labels: string[];
  /** scores per label for a text, with a context (its paragraph) read at a lower weight */
  score(text: string, context?: string, contextWeight?: number): Float64Array;
}

export function compileModel(model: PerceptronModel): LabelScorer {
  const n = model.labels.length;
  const table = new Map<string, Float32Array>();
  for (const [feature, sparse] of Object.entries(model.weights)) {
    const row = new Float32Array(n);
    for (let i = 0; i < sparse.length; i += 2) row[sparse[i]] = sparse[i + 1];
    table.set(feature, row);
  }
  const addFeatures = (scores: Float64Array, features: Set<string>, weight: number) => {
    for (const f of features) {
      const row = table.get(f);
      if (row) for (let l = 0; l < n; l++) scores[l] += weight * row[l];
    }
  };
  return {
    labels: model.labels,
    score(text, context, contextWeight = 0.5) {
      const scores = new Float64Array(n);
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

export const MODEL_FILE = 'acled-perceptron.json';

/** The shipped model, loaded on first use. */
export const eventClassifier = lazy(() => compileModel(JSON.parse(readFileSync(dataPath('events', MODEL_FILE), 'utf8')) as PerceptronModel));

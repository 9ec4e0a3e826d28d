import { Doc, type DocInit } from './doc/document.js';
import { extractEntities } from './extract/entities/index.js';
import { extractEvents } from './extract/events/index.js';
import { extractFigures } from './extract/figures/index.js';
import { resolvePlaces } from './extract/geo/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractTimes } from './extract/times/index.js';
import { segment } from './text/index.js';

export type Stage = (doc: Doc) => void;

/** The stages in order; each reads the layers before it and fills its own. */
export const STAGES: ReadonlyArray<readonly [name: string, run: Stage]> = [
  ['text', segment],
  ['entities', extractEntities],
  ['geo', resolvePlaces],
  ['times', extractTimes],
  ['figures', extractFigures],
  ['quotes', extractQuotes],
  ['events', extractEvents],
];

export interface RunOptions {
  /** stop after this stage (for benchmarks and debugging) */
  until?: string;
  /** called after each stage with its wall time in ms */
  onStage?: (name: string, ms: number) => void;
}

/** Runs the pipeline over one article. */
export function runPipeline(init: DocInit, options: RunOptions = {}): Doc {
  const doc = new Doc(init);
  for (const [name, run] of STAGES) {
    if (options.onStage) {
      const t0 = performance.now();
      run(doc);
      options.onStage(name, performance.now() - t0);
    } else {
      run(doc);
    }
    if (name === options.until) break;
  }
  return doc;
}

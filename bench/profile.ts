// Runs the pipeline over the benchmark corpus three times, for `node --cpu-prof`.
import { prepareInput } from '../src/input.js';
import { runPipeline } from '../src/pipeline.js';
import { loadCorpus } from './corpus.js';

const inits = loadCorpus().map((d) => prepareInput(d));
for (let round = 0; round < 3; round++) for (const init of inits) runPipeline(init);

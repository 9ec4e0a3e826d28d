// Crowds and the "affected" are figures only in their context (data/figures/contexts.tsv): a
// crowd of protesters, not of concert-goers; people affected by a flood, not by a late flight.
import type { Doc } from '../../doc/document.js';
import type { FigureCategory } from '../../doc/types.js';
import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

/** Per category that needs one, a case-insensitive regex of its context's cue words. */
const cues = lazy((): Map<FigureCategory, RegExp> => {
  const map = new Map<FigureCategory, RegExp>();
  for (const [category, words] of readTable('figures', 'contexts.tsv')) {
    const alternatives = words.split(/\s+/).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    map.set(category as FigureCategory, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu'));
  }
  return map;
});

// sentences before the figure's that may set its context ("Protest was staged … Police intervened. Some injured. Over 20 students took part.")
const CONTEXT_BEFORE = 3;

/** Is a figure of this category, in this sentence, in its context (or needs none)? */
export function inContext(doc: Doc, sentence: number, category: FigureCategory): boolean {
  const re = cues().get(category);
  if (!re) return true;
  const from = doc.sentences[Math.max(0, sentence - CONTEXT_BEFORE)].start;
  return re.test(doc.text.slice(from, doc.sentences[sentence].end));
}

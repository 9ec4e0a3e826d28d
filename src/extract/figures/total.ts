import type { Doc } from '../../doc/document.js';
import type { Figure } from '../../doc/types.js';

// "including two children", "among them three police officers", "of whom": a part of a total
// already counted.
const SUBSET_CUE = /(?:\bincluding|\bamong(?: them| the dead| those killed)?(?: were)?|\bof whom|\bof them)\s*$/i;

/**
 * The number of dead a text reports, for an event's fatalities or an ACLED comparison:
 * the sum of its killed figures, leaving out those that are a part of another ("including
 * two children"). Null when no killed figure is given.
 */
export function killedTotal(doc: Pick<Doc, 'text' | 'figures'>, within?: { start: number; end: number }): number | null {
  let total: number | null = null;
  for (const f of doc.figures) {
    if (f.category !== 'killed' || f.value === null) continue;
    if (within && (f.start < within.start || f.end > within.end)) continue;
    if (SUBSET_CUE.test(doc.text.slice(Math.max(0, f.start - 30), f.start))) continue;
    total = (total ?? 0) + f.value;
  }
  return total;
}

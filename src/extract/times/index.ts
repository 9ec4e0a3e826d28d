import type { Doc } from '../../doc/document.js';

/** TIMEX3 time expressions, normalised against doc.published. */
export function extractTimes(doc: Doc): void {
  doc.times = [];
}

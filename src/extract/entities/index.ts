import type { Doc } from '../../doc/document.js';

/** Named entities, one per referent, with every mention and descriptors. */
export function extractEntities(doc: Doc): void {
  doc.entities = [];
}

import type { Doc } from '../../doc/document.js';
import type { Entity } from '../../doc/types.js';
import { resolvePlaceQueries, type PlaceQuery } from './resolve.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC', 'NORP']);

/**
 * Geocodes GPE, LOC and FAC entities and ties NORP to their country's centroid. A name the
 * gazetteer does not know (or a failure of any kind) leaves that entity's geo null.
 */
export function resolvePlaces(doc: Doc): void {
  const places: Entity[] = [];
  for (const e of doc.entities) {
    e.geo ??= null;
    if (PLACE_TYPES.has(e.type)) places.push(e);
  }
  if (!places.length) return;
  const queries: PlaceQuery[] = places.map((e) => ({ name: e.name, spans: e.mentions, demonym: e.type === 'NORP', facility: e.type === 'FAC' }));
  try {
    resolvePlaceQueries(doc.text, queries).forEach((geo, i) => { places[i].geo = geo; });
  } catch {
    // geocoding is an enrichment: a failure here must not lose the document
  }
}

// The gazetteer as other stages may ask it (entities uses it to split CoNLL LOC into GPE,
// LOC and FAC, and to tie demonyms to countries). Filled in by the geo layer.

export interface KnownPlace {
  /** GPE for countries, admin regions and populated places; LOC for regions, seas, rivers, mountains */
  type: 'GPE' | 'LOC';
  countryCode: string | null;
}

/** What the gazetteer knows of a name ("Kenya", "Central Asia", "Nairobi"), or null. */
export function knownPlace(_name: string): KnownPlace | null {
  return null;
}

/** The ISO country code a demonym or nationality adjective belongs to ("Kenyan" -> KE), or null. */
export function demonymCountry(_word: string): string | null {
  return null;
}

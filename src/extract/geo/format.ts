// The compiled gazetteer's layout, shared by scripts/build-gazetteer.ts (writes it) and
// gazetteer.ts (reads it). One gzip file: a little-endian u32 header length, the JSON
// header, then typed arrays at the byte offsets the header lists (each 4-byte aligned).

export const GAZETTEER_FILE = 'gazetteer.bin.gz';

/** What a place row is. */
export const Kind = { City: 0, Admin1: 1, Country: 2, Area: 3, Admin2: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** The contract's precision for a row. */
export const PRECISIONS = ['city', 'region', 'country', 'continent'] as const;
export type RowPrecision = (typeof PRECISIONS)[number];

// flags byte: bits 0-1 precision index, bit 2 LOC (else GPE), bit 3 national capital,
// bit 4 seat of a first-order division, bits 5-7 kind
export const FLAG_LOC = 1 << 2;
export const FLAG_CAPITAL = 1 << 3;
export const FLAG_ADMIN_SEAT = 1 << 4;
export const KIND_SHIFT = 5;

/** A posting's top bit: the row carries this name only as an alternate name. */
export const ALTERNATE_BIT = 0x80000000;

export const NO_ADMIN1 = 0xffff;

export interface Section { offset: number; length: number }

export interface GazetteerHeader {
  version: 1;
  builtFrom: string[];
  /** country codes; a row's country field indexes this list */
  countries: string[];
  /** first-order division codes ("KZ.09"); a row's admin1 field indexes this list */
  admin1: string[];
  /** lowercased demonym or nationality adjective -> country code */
  demonyms: Record<string, string>;
  /** lowercased adjective of a region ("European") -> the region's name key */
  regionDemonyms: Record<string, string>;
  sections: {
    lat: Section; lon: Section; geonameId: Section; population: Section;
    country: Section; admin1: Section; flags: Section;
    keys: Section; keyOffsets: Section; postingStarts: Section; postings: Section;
  };
}

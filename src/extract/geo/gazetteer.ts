// The compiled gazetteer (see format.ts and scripts/build-gazetteer.ts), loaded once on first
// use: typed arrays over one buffer and a sorted key string searched by bisection, so loading
// is a gunzip and no per-name objects are made.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { lazy } from '../../util/lazy.js';
import { sharedBytes } from '../../util/shared.js';
import { dataPath } from '../../util/paths.js';
import {
  ALTERNATE_BIT, FLAG_ADMIN_SEAT, FLAG_CAPITAL, FLAG_LOC, GAZETTEER_FILE, KIND_SHIFT, Kind, NO_ADMIN1, PRECISIONS,
  type GazetteerHeader, type RowPrecision, type Section,
} from './format.js';

export class Gazetteer {
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly geonameId: Int32Array;
  readonly population: Uint32Array;
  private readonly countryOf: Uint16Array;
  private readonly admin1Of: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly keys: string;
  private readonly keyOffsets: Uint32Array;
  private readonly postingStarts: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly header: GazetteerHeader;
  private readonly countryRows = new Map<string, number>();

  constructor(bytes: Buffer) {
    // typed views need aligned offsets, and must not pin a larger buffer gunzip may have used
    if (bytes.byteOffset % 4 || bytes.buffer.byteLength !== bytes.length) {
      const exact = new Uint8Array(bytes.length);
      exact.set(bytes);
      bytes = Buffer.from(exact.buffer);
    }
    const headerLength = bytes.readUInt32LE(0);
    this.header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as GazetteerHeader;
    const base = bytes.byteOffset + Math.ceil((4 + headerLength) / 4) * 4;
    const s = this.header.sections;
    const view = <T>(make: new (b: ArrayBufferLike, o: number, n: number) => T, sec: Section): T => new make(bytes.buffer, base + sec.offset, sec.length);
    this.lat = view(Float32Array, s.lat);
    this.lon = view(Float32Array, s.lon);
    this.geonameId = view(Int32Array, s.geonameId);
    this.population = view(Uint32Array, s.population);
    this.countryOf = view(Uint16Array, s.country);
    this.admin1Of = view(Uint16Array, s.admin1);
    this.flags = view(Uint8Array, s.flags);
    this.keys = new TextDecoder().decode(view(Uint8Array, s.keys));
    this.keyOffsets = view(Uint32Array, s.keyOffsets);
    this.postingStarts = view(Uint32Array, s.postingStarts);
    this.postings = view(Uint32Array, s.postings);
    // countries come first in the file: index them for demonyms and centroids
    for (let i = 0; i < this.lat.length && this.kind(i) === Kind.Country; i++) this.countryRows.set(this.country(i), i);
  }

  get size(): number { return this.lat.length; }

  kind(row: number): Kind { return ((this.flags[row] >> KIND_SHIFT) & 7) as Kind; }
  precision(row: number): RowPrecision { return PRECISIONS[this.flags[row] & 3]; }
  isLoc(row: number): boolean { return (this.flags[row] & FLAG_LOC) !== 0; }
  isCapital(row: number): boolean { return (this.flags[row] & FLAG_CAPITAL) !== 0; }
  isAdminSeat(row: number): boolean { return (this.flags[row] & FLAG_ADMIN_SEAT) !== 0; }
  /** ISO country code, '' for regions across borders */
  country(row: number): string { return this.header.countries[this.countryOf[row]]; }
  /** first-order division index (compare rows with it), -1 when none */
  admin1(row: number): number { return this.admin1Of[row] === NO_ADMIN1 ? -1 : this.admin1Of[row]; }

  /** The row of a country by ISO code. */
  countryRow(code: string): number | undefined { return this.countryRows.get(code); }

  // own properties only: "constructor" is no demonym
  demonym(word: string): string | null { return Object.hasOwn(this.header.demonyms, word) ? this.header.demonyms[word] : null; }
  /** the name key of the region a regional adjective ("European") belongs to */
  regionDemonym(word: string): string | null { return Object.hasOwn(this.header.regionDemonyms, word) ? this.header.regionDemonyms[word] : null; }

  /** Postings for a key made by placeKey(): row | ALTERNATE_BIT when only an alternate name. */
  lookup(key: string): Uint32Array {
    let lo = 0, hi = this.keyOffsets.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys.slice(this.keyOffsets[mid], this.keyOffsets[mid + 1]);
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return this.postings.subarray(this.postingStarts[mid], this.postingStarts[mid + 1]);
    }
    return EMPTY;
  }
}

const EMPTY = new Uint32Array(0);

export function postingRow(posting: number): number { return (posting & ~ALTERNATE_BIT) >>> 0; }
export function isAlternate(posting: number): boolean { return (posting & ALTERNATE_BIT) !== 0; }

/** The shipped gazetteer, read on first use. */
const gazetteerBytes = sharedBytes('gazetteer', () => gunzipSync(readFileSync(dataPath('gazetteer', GAZETTEER_FILE))));
export const gazetteer = lazy(() => new Gazetteer(gazetteerBytes()));

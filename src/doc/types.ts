// The output contract, sitrep/document@1 (see ../shared/contract/CONTRACT.md).
// Offsets are UTF-16 code units into `text`, end exclusive.

export const SCHEMA_ID = 'sitrep/document@1';

export interface Span { start: number; end: number }

export interface Sentence extends Span { heading: boolean }

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC';

export type GeoPrecision = 'point' | 'city' | 'region' | 'country' | 'continent';

export interface Geo {
  lat: number;
  lon: number;
  countryCode: string | null;
  precision: GeoPrecision | null;
  geonameId: number | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: Span[];
  descriptors: string[];
  geo: Geo | null;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  value: string | null;
}

export type FigureCategory =
  | 'killed' | 'injured' | 'detained' | 'hospitalized' | 'critical' | 'missing'
  | 'displaced' | 'kidnapped' | 'evacuated' | 'participants' | 'affected' | 'other';

/** A pointer at who said or did something: an entity when there is one, and the words as written. */
export interface Ref { entity: string | null; text: string | null }

export interface Figure extends Span {
  text: string;
  category: FigureCategory;
  value: number | null;
  low: number | null;
  high: number | null;
  approximate: boolean;
  subject: string | null;
  attribution: Ref | null;
  eventId: string | null;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  speaker: Ref | null;
  cue: Span | null;
}

export type EventType =
  | 'Battles' | 'Explosions/Remote violence' | 'Violence against civilians'
  | 'Protests' | 'Riots' | 'Strategic developments';

export interface EventDate { value: string | null; precision: 'day' | 'week' | 'month' | 'year' | null }

export interface SitEvent {
  id: string;
  type: EventType;
  subType: string;
  evidence: Span[];
  date: EventDate | null;
  place: string | null;
  actors: string[];
  targets: string[];
  actorsText: string[];
  fatalities: { low: number | null; high: number | null } | null;
  sources: string[];
}

/** One analysed article, exactly as the contract serialises it. */
export interface SitrepDocument {
  schema: typeof SCHEMA_ID;
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  language: string | null;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  figures: Figure[];
  quotes: Quote[];
  events: SitEvent[];
}

/** A batch line that could not be analysed. */
export interface ErrorRecord { id: string | null; error: { code: string; message: string } }

import type { Tokens } from '../text/tokens.js';
import { SCHEMA_ID, type Entity, type Figure, type Quote, type Sentence, type SitEvent, type SitrepDocument, type Span, type TimeExpression } from './types.js';

/** Index of the span (sorted, disjoint) that holds an offset, by binary search, or -1. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** What the pipeline starts from: the article's text and whatever metadata came with it. */
export interface DocInit {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  language?: string | null;
}

/**
 * The document the pipeline works on: the contract's layers plus the internal ones
 * (tokens, paragraphs) that stages read but that are not serialised. Each stage reads the
 * layers before it and fills its own.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  language: string | null;

  paragraphs: Span[] = [];
  sentences: Sentence[] = [];
  /** set by the text stage before any extractor runs */
  tokens!: Tokens;

  entities: Entity[] = [];
  times: TimeExpression[] = [];
  figures: Figure[] = [];
  quotes: Quote[] = [];
  events: SitEvent[] = [];

  constructor(init: DocInit) {
    this.id = init.id;
    this.text = init.text;
    this.title = init.title ?? null;
    this.url = init.url ?? null;
    this.source = init.source ?? null;
    this.published = init.published ?? null;
    this.language = init.language ?? 'en';
  }

  surface(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Index of the sentence that holds an offset, or -1. */
  sentenceAt(offset: number): number {
    return sentenceIndexAt(this.sentences, offset);
  }

  /** The entity with a mention covering the span, if any. */
  entityAt(span: Span): Entity | null {
    for (const e of this.entities) for (const m of e.mentions) if (m.start < span.end && span.start < m.end) return e;
    return null;
  }

  toJSON(): SitrepDocument {
    return {
      schema: SCHEMA_ID,
      id: this.id,
      title: this.title,
      url: this.url,
      source: this.source,
      published: this.published,
      language: this.language,
      text: this.text,
      sentences: this.sentences,
      entities: this.entities,
      times: this.times,
      figures: this.figures,
      quotes: this.quotes,
      events: this.events,
    };
  }
}

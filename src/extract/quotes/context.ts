import type { Doc } from '../../doc/document.js';
import type { Entity, Span } from '../../doc/types.js';
import { functionWords } from './lexicon.js';
import type { Quoted } from './marks.js';

/** An entity mention in document order, for "the latest referent before" look-ups. */
export interface MentionAt extends Span { entity: Entity }

/**
 * What the quote finders share about one document: lowercased tokens on demand, the quoted
 * spans, time expressions and entity mentions in order. Built once per document.
 */
export class QuoteContext {
  readonly text: string;
  private readonly lowered: (string | undefined)[];
  /** entity mentions sorted by start */
  readonly mentions: MentionAt[];

  constructor(readonly doc: Doc, readonly quoted: Quoted[]) {
    this.text = doc.text;
    this.lowered = new Array(doc.tokens.length);
    this.mentions = [];
    for (const entity of doc.entities) for (const m of entity.mentions) this.mentions.push({ start: m.start, end: m.end, entity });
    this.mentions.sort((a, b) => a.start - b.start);
  }

  get tokenCount(): number {
    return this.doc.tokens.length;
  }

  start(i: number): number {
    return this.doc.tokens.start[i];
  }

  end(i: number): number {
    return this.doc.tokens.end[i];
  }

  surface(i: number): string {
    return this.doc.tokens.surface(i);
  }

  /** the token's text in lower case (cached) */
  lower(i: number): string {
    return (this.lowered[i] ??= this.doc.tokens.surface(i).toLowerCase());
  }

  isCapitalized(i: number): boolean {
    const c = this.text.charCodeAt(this.start(i));
    return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(this.surface(i));
  }

  isWord(i: number): boolean {
    const c = this.text.charCodeAt(this.start(i));
    return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(this.surface(i));
  }

  /** a lowercase -ly adverb ("dryly", "falsely"), not a noun like "family" */
  isAdverb(i: number): boolean {
    const w = this.lower(i);
    return w.length > 4 && w.endsWith('ly') && !this.isCapitalized(i) && !functionWords().lynoun.has(w);
  }

  isPossessive(i: number): boolean {
    return /^['’][sS]$/.test(this.surface(i));
  }

  /** [first, last) tokens of sentence `s` */
  sentenceTokens(s: number): [number, number] {
    return this.doc.tokens.range(this.doc.sentences[s]);
  }

  /** the quoted span holding an offset, if any (quoted spans are sorted and disjoint) */
  quotedAt(offset: number): Quoted | null {
    let lo = 0;
    let hi = this.quoted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quoted[mid];
      const end = q.close >= 0 ? q.close : q.end;
      if (offset < q.open) hi = mid - 1;
      else if (offset > end) lo = mid + 1;
      else return q;
    }
    return null;
  }

  /** is the token part of a time expression ("on Thursday", "last week")? */
  inTime(i: number): boolean {
    const at = this.start(i);
    for (const t of this.doc.times) if (t.start <= at && at < t.end) return true;
    return false;
  }

  /** the longest mention covering token `i`, if any */
  mentionAt(i: number): MentionAt | null {
    const at = this.start(i);
    const last = this.lastMentionBefore(at + 1);
    // mentions may nest ("French" inside "French Foreign Ministry"): look a few back
    let best: MentionAt | null = null;
    for (let k = last; k >= 0 && k > last - 4; k--) {
      const m = this.mentions[k];
      if (m.end > at && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  }

  /** index of the last mention starting before `offset` (-1 when none) */
  lastMentionBefore(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

import type { Doc } from '../../doc/document.js';
import type { Quote, Span } from '../../doc/types.js';
import { attributingFrame, continuesQuote, frameJustBefore, namedWithoutCue } from './attribute.js';
import { QuoteContext } from './context.js';
import { findFrames, type Frame } from './frames.js';
import { type Quoted, quotedSpans } from './marks.js';
import { type Speaker, SpeakerResolver } from './speakers.js';

/** A quote with the span of its speaker's words (serialised as extra speaker fields). */
export interface FoundQuote extends Quote { speaker: Speaker | null }

// an unattributed quotation this short is a title or a scare quote, not speech
const MIN_UNATTRIBUTED_WORDS = 5;
// an indirect content mostly in quotation marks is carried by its direct quotes
const MAX_QUOTED_SHARE = 0.8;

/** Direct and reported speech with speakers. */
export function extractQuotes(doc: Doc): void {
  doc.quotes = findQuotes(doc);
}

/** The quotes of a document, sorted by start. */
export function findQuotes(doc: Doc): FoundQuote[] {
  const quoted: Quoted[] = [];
  for (const para of doc.paragraphs) quotedSpans(doc.text, para, quoted);
  const ctx = new QuoteContext(doc, quoted);
  const frames = findFrames(ctx);
  const speakers = new FrameSpeakers(ctx, frames);
  const out = directQuotes(ctx, frames, speakers);
  speakers.resolveUpTo(Infinity);
  for (const f of frames) {
    if (!f.content || quotedShare(quoted, f.content) > MAX_QUOTED_SHARE) continue;
    out.push({ start: f.content.start, end: f.content.end, kind: 'indirect', speaker: speakers.of(f), cue: f.cue });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Each frame's speaker, resolved once and in text order (frames and quotations interleave,
 * so that a pronoun sees the speakers before it).
 */
class FrameSpeakers {
  readonly resolver: SpeakerResolver;
  private readonly resolved = new Map<Frame, Speaker>();
  private next = 0;

  constructor(ctx: QuoteContext, private readonly frames: Frame[]) {
    this.resolver = new SpeakerResolver(ctx);
  }

  of(f: Frame): Speaker {
    let s = this.resolved.get(f);
    if (!s) this.resolved.set(f, (s = this.resolver.resolve(f.speaker)));
    return s;
  }

  /** resolves the speakers of every frame whose cue starts before `offset` */
  resolveUpTo(offset: number): void {
    for (; this.next < this.frames.length && this.frames[this.next].cue.start < offset; this.next++) this.of(this.frames[this.next]);
  }
}

/** The quotations with their speakers, less headings, titles and short unattributed ones. */
function directQuotes(ctx: QuoteContext, frames: Frame[], speakers: FrameSpeakers): FoundQuote[] {
  const { doc } = ctx;
  const direct: { q: Quoted; quote: FoundQuote }[] = [];
  let previous: { q: Quoted; frame: Frame | null; speaker: Speaker | null } | null = null;
  for (const q of ctx.quoted) {
    speakers.resolveUpTo(q.start);
    const frame = attributingFrame(ctx, q, frames);
    // a heading that is only a quotation is a quote only when its own line attributes it
    const heading = doc.sentences[doc.sentenceAt(q.open)]?.heading ?? false;
    const named = frame ? null : namedWithoutCue(ctx, q);
    if (heading && !named && (!frame || frame.sentence !== doc.sentenceAt(q.open))) continue;
    let speaker: Speaker | null = frame ? speakers.of(frame) : named ? speakers.resolver.resolve(named) : null;
    let cue = frame?.cue ?? null;
    if (!speaker && previous?.speaker && continuesQuote(ctx, q, previous.q, previous.frame)) speaker = previous.speaker;
    if (!speaker) {
      const before = frameJustBefore(ctx, q, frames);
      if (before) [speaker, cue] = [speakers.of(before), before.cue];
    }
    direct.push({ q, quote: { start: q.start, end: q.end, kind: 'direct', speaker, cue } });
    previous = { q, frame, speaker };
  }
  // a speech reopened sentence after sentence is often attributed only in a later part:
  // "It was nice. I was nervous. "I felt good," said Holmes.
  for (let k = direct.length - 2; k >= 0; k--) {
    const { q, quote } = direct[k];
    const next = direct[k + 1];
    if (!quote.speaker && q.close < 0 && next.quote.speaker && /^\s*$/.test(doc.text.slice(q.end, next.q.open))) quote.speaker = next.quote.speaker;
  }
  return direct.filter(({ q, quote }) => !isTitle(doc.text, q) && (quote.speaker !== null || wordCount(doc.text, q) >= MIN_UNATTRIBUTED_WORDS)).map(({ quote }) => quote);
}

// the small words a title leaves in lower case: “Meet the Press”, “State of the Union”
const TITLE_SMALL_WORDS = /^(?:the|of|and|a|an|in|on|for|to|at|with|by|from|or)$/;
const MAX_TITLE_WORDS = 6;
const MAX_TITLE_CHARS = 80;

/** A short Title Case quotation without final punctuation names a show, book or film, it quotes no one. */
function isTitle(text: string, span: Span): boolean {
  if (span.end - span.start > MAX_TITLE_CHARS) return false;
  const words = text.slice(span.start, span.end).split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || /[.!?…]$/u.test(words[words.length - 1])) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.test(w));
}

/** Words in a span, counted as runs of non-space characters (no strings made). */
function wordCount(text: string, span: Span): number {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** How much of a span lies inside quotation marks. */
function quotedShare(quoted: Quoted[], span: Span): number {
  let inside = 0;
  for (const q of quoted) {
    if (q.start >= span.end) break;
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside / (span.end - span.start);
}

import type { QuoteContext } from './context.js';
import type { Frame } from './frames.js';
import type { Quoted } from './marks.js';
import { phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.js';

// only spaces and punctuation between a closing mark and the frame after it: “...,” she said
const ADJACENT = /^[\s,.!?;:—–-]*$/u;
const QUOTE_MARKS = /["“”«»„‘’]/u;

/**
 * The frame that attributes a quotation, if any: one that follows it directly (“...,” X said),
 * or one whose content region it opens in (X said: “...”; what he called “...”;
 * police said the suspects were “neutralised”). The nearest such frame wins.
 */
export function attributingFrame(ctx: QuoteContext, q: Quoted, frames: Frame[]): Frame | null {
  let best: Frame | null = null;
  let bestDistance = Infinity;
  for (const f of frames) {
    const frameStart = Math.min(f.cue.start, ctx.start(f.speaker[0]));
    if (frameStart > q.end + 400) break;
    let distance = Infinity;
    // after the closing mark, in the same sentence: “...,” X said (not “....” She said ...)
    if (q.close >= 0 && frameStart > q.close && f.sentence === ctx.doc.sentenceAt(q.close)) {
      const between = ctx.text.slice(q.close + 1, frameStart);
      if (ADJACENT.test(between)) distance = between.length;
    }
    if (f.region.start <= q.open && q.open < f.region.end) distance = Math.min(distance, Math.abs(q.open - f.cue.end));
    // a quotation of several sentences that ends in the content before a frame: “A. B,” Atticus' David Slager told
    else if (q.close >= 0 && f.region.start <= q.close && q.close < f.region.end && f.region.end <= frameStart + 1) distance = Math.min(distance, frameStart - q.close);
    if (distance < bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Does an unattributed quotation carry on the previous one, as a new paragraph or sentence of
 * the same speech does? It must open its paragraph or sentence, and nothing but the previous
 * quotation's own attribution may stand between them.
 */
export function continuesQuote(ctx: QuoteContext, q: Quoted, previous: Quoted, previousFrame: Frame | null): boolean {
  const { doc } = ctx;
  const sentence = doc.sentenceAt(q.open);
  if (sentence < 0 || doc.sentences[sentence].start !== q.open) return false;
  const prevEnd = previous.close >= 0 ? previous.close + 1 : previous.end;
  const prevSentence = doc.sentenceAt(Math.max(previous.start, prevEnd - 1));
  // the previous quotation must end in the sentence before this one (or at the paragraph break)
  if (sentence - prevSentence > 1) return false;
  let gapStart = prevEnd;
  if (previousFrame && previousFrame.cue.end > gapStart) gapStart = Math.max(previousFrame.cue.end, ctx.end(previousFrame.speaker[1] - 1));
  return !QUOTE_MARKS.test(ctx.text.slice(gapStart, q.open)) && ctx.text.slice(gapStart, q.open).length < 120;
}

/**
 * The frame of the sentence just before a quotation that opens its own sentence:
 * She said new mothers were entitled to leave. “We have made a firm commitment.” /
 * Breitbart News responded: ¶ “If there are people ...”
 */
export function frameJustBefore(ctx: QuoteContext, q: Quoted, frames: Frame[]): Frame | null {
  const sentence = ctx.doc.sentenceAt(q.open);
  if (sentence < 1 || ctx.doc.sentences[sentence].start !== q.open || ctx.doc.sentences[sentence - 1].heading) return null;
  const previous = ctx.doc.sentences[sentence - 1];
  const endsWithColon = ctx.text[previous.end - 1] === ':';
  let found: Frame | null = null;
  for (const f of frames) {
    if (f.sentence > sentence - 1) break;
    if (f.sentence === sentence - 1 && (f.content || endsWithColon)) found = f;
  }
  return found;
}

// "- Manchester City boss Kevin Keegan: “We had a great chance ...”"
const LEAD_IN = /^[\s\-–—•*]*$/u;
// “...” ― Sonya Herridge
const TRAILING_DASH = /^[\s.,]*[―—–]\s*$/u;

/**
 * A speaker named without a cue: a name and a colon that open the sentence before the
 * quotation, or a dash and a name right after it. Returns the speaker's tokens.
 */
export function namedWithoutCue(ctx: QuoteContext, q: Quoted): TokenRange | null {
  const { doc } = ctx;
  const s = doc.sentenceAt(q.open);
  if (s < 0) return null;
  const tokens = doc.tokens;
  const colon = tokens.indexAt(q.open) - 1;
  const [lo, hi] = ctx.sentenceTokens(s);
  if (colon > lo && ctx.surface(colon) === ':') {
    const phrase = phraseEndingAt(ctx, colon - 1, lo);
    if (phrase && isNamed(ctx, phrase) && LEAD_IN.test(ctx.text.slice(doc.sentences[s].start, ctx.start(phrase[0])))) return phrase;
  }
  if (q.close < 0) return null;
  const after = tokens.indexAt(q.close + 1);
  for (let k = after; k < tokens.length && k < after + 3; k++) {
    if (!ctx.isWord(k)) continue;
    if (!TRAILING_DASH.test(ctx.text.slice(q.close + 1, ctx.start(k)))) return null;
    const phrase = phraseStartingAt(ctx, k, Math.max(hi, ctx.sentenceTokens(tokens.sentence[k])[1]));
    return phrase && isNamed(ctx, phrase) ? phrase : null;
  }
  return null;
}

/** Does a phrase name someone: an entity mention or a capitalised word at its end? */
function isNamed(ctx: QuoteContext, [from, to]: TokenRange): boolean {
  return ctx.mentionAt(to - 1) !== null || (ctx.isCapitalized(to - 1) && to - from <= 8);
}

import type { QuoteContext } from './context.js';
import { cueLexicon, descriptionHeads, functionWords } from './lexicon.js';

/** Tokens [from, to). */
export type TokenRange = [from: number, to: number];

const MAX_PHRASE = 12;

/** May this token belong to a speaker's noun phrase (ignoring determiners and prepositions)? */
function phraseWord(ctx: QuoteContext, i: number): boolean {
  if (!ctx.isWord(i) || ctx.inTime(i)) return false;
  const w = ctx.lower(i);
  const fw = functionWords();
  if (fw.stop.has(w) || fw.relative.has(w) || fw.pronoun.has(w)) return false;
  if (fw.between.has(w) && !ctx.isCapitalized(i)) return false;
  // a capitalised cue word is part of a name ("State Department", "Drudge Report")
  return ctx.isCapitalized(i) || !cueLexicon().classOf.has(w) || nounAfterMarker(ctx, i);
}

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these']);

/** After a determiner or a possessive a cue word is a noun or an adjective: "the report", "Campbell's claims", "his reported salary". */
export function nounAfterMarker(ctx: QuoteContext, i: number): boolean {
  return i > 0 && ctx.doc.tokens.sentence[i - 1] === ctx.doc.tokens.sentence[i] && (NOUN_MARKERS.has(ctx.lower(i - 1)) || ctx.isPossessive(i - 1));
}

/** The full stop of an abbreviated title inside a name: "Mr." "Sen." "Gov." */
function titleStop(ctx: QuoteContext, i: number): boolean {
  return ctx.surface(i) === '.' && i > 0 && ctx.end(i - 1) === ctx.start(i) && ctx.isCapitalized(i - 1) && ctx.end(i - 1) - ctx.start(i - 1) <= 4 && i + 1 < ctx.tokenCount && ctx.isCapitalized(i + 1);
}

/** A hyphen written inside a word, as the tokenizer splits "45-year-old". */
function innerHyphen(ctx: QuoteContext, i: number): boolean {
  return ctx.surface(i) === '-' && i > 0 && i + 1 < ctx.tokenCount && ctx.end(i - 1) === ctx.start(i) && ctx.end(i) === ctx.start(i + 1);
}

/** A phrase of only determiners, prepositions and numbers ("an", "some of", "18 and 34") names nobody. */
function hasHead(ctx: QuoteContext, from: number, to: number): boolean {
  const fw = functionWords();
  for (let k = from; k < to; k++) if (ctx.isWord(k) && !fw.det.has(ctx.lower(k)) && !fw.inner.has(ctx.lower(k)) && /\p{L}/u.test(ctx.surface(k))) return true;
  return false;
}

/**
 * The noun phrase that ends at token `last`, walking left no further than `floor`:
 * "London-based opposition leader Maria Petrova", "the head of the UN", "Trump's campaign".
 * A determiner opens the phrase unless a preposition joins it to a head on its left.
 */
export function phraseEndingAt(ctx: QuoteContext, last: number, floor: number): TokenRange | null {
  const fw = functionWords();
  // "Conte at first told": a preposition ends no phrase
  if (last > floor && fw.inner.has(ctx.lower(last)) && !ctx.isCapitalized(last)) last--;
  let from = last + 1;
  for (let i = last; i >= floor && last - i < MAX_PHRASE; i--) {
    if (ctx.isPossessive(i) || titleStop(ctx, i) || (i < last && innerHyphen(ctx, i))) {
      from = i;
      continue;
    }
    const w = ctx.lower(i);
    if (fw.inner.has(w)) {
      // "of", "for" inside a phrase need words on both sides
      if (i - 1 < floor || !phraseWord(ctx, i - 1)) break;
      from = i;
      continue;
    }
    // a capitalised time word inside a name: "The Sunday Times"
    const named = i < last && ctx.inTime(i) && ctx.isCapitalized(i) && ctx.isCapitalized(i + 1);
    if (!phraseWord(ctx, i) && !named) break;
    from = i;
    if (fw.det.has(w) && !(i - 1 >= floor && fw.inner.has(ctx.lower(i - 1)))) break;
  }
  return from <= last && hasHead(ctx, from, last + 1) ? [from, last + 1] : null;
}

/** The noun phrase that starts at token `first` and runs right, before `ceiling`: "said the minister". */
export function phraseStartingAt(ctx: QuoteContext, first: number, ceiling: number): TokenRange | null {
  const fw = functionWords();
  let to = first;
  for (let i = first; i < ceiling && i - first < MAX_PHRASE; i++) {
    if (ctx.isPossessive(i) || titleStop(ctx, i) || (i > first && innerHyphen(ctx, i))) {
      to = i + 1;
      continue;
    }
    const w = ctx.lower(i);
    if (fw.inner.has(w)) {
      if (i === first || i + 1 >= ceiling || !phraseWord(ctx, i + 1)) break;
      continue;
    }
    if (!phraseWord(ctx, i)) break;
    // a determiner or number after the head opens the next phrase: "according to police the toll..."
    if (i > first && fw.det.has(w) && !fw.inner.has(ctx.lower(i - 1))) break;
    to = i + 1;
  }
  return to > first && hasHead(ctx, first, to) ? [first, to] : null;
}

/**
 * The subject of the clause a participle hangs on ("The government set new limits, saying ..."):
 * the first entity or group noun of the sentence that no preposition governs, else its first
 * capitalised name.
 */
export function clauseSubject(ctx: QuoteContext, floor: number, ceiling: number): TokenRange | null {
  const fw = functionWords();
  // an entity that opens the sentence is its subject, whatever its type ("Russia said ...")
  const opening = ctx.mentionAt(floor);
  if (opening && opening.start === ctx.start(floor)) {
    let last = floor;
    while (last + 1 < ceiling && ctx.start(last + 1) < opening.end) last++;
    return phraseEndingAt(ctx, last, floor);
  }
  let name = -1;
  for (let i = floor; i < ceiling; i++) {
    if (!ctx.isWord(i) || ctx.quotedAt(ctx.start(i))) continue;
    const governed = i > floor && (fw.inner.has(ctx.lower(i - 1)) || fw.stop.has(ctx.lower(i - 1)));
    const mention = ctx.mentionAt(i);
    if (mention) {
      let last = i;
      while (last + 1 < ceiling && ctx.start(last + 1) < mention.end) last++;
      if (!governed && mention.entity.type !== 'GPE' && mention.entity.type !== 'LOC') return phraseEndingAt(ctx, last, floor);
      i = last;
    } else if (!governed && descriptionHeads().has(ctx.lower(i))) {
      return phraseEndingAt(ctx, i, floor);
    } else if (name < 0 && !governed && ctx.isCapitalized(i) && !fw.det.has(ctx.lower(i)) && phraseWord(ctx, i)) {
      name = i;
    }
  }
  if (name < 0) return null;
  let last = name;
  while (last + 1 < ceiling && (ctx.isCapitalized(last + 1) || titleStop(ctx, last + 1))) last++;
  return phraseEndingAt(ctx, last, floor);
}

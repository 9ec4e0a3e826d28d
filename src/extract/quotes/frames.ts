import type { Span } from '../../doc/types.js';
import type { QuoteContext } from './context.js';
import { type CueClass, cueAt, cueLexicon, descriptionHeads, foldHash, functionWords } from './lexicon.js';
import { clauseSubject, nounAfterMarker, phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.js';

/** One act of saying: a cue, who spoke, and where what they said lies. */
export interface Frame {
  cue: Span;
  cls: CueClass;
  speaker: TokenRange;
  /** where quotations this frame attributes may open */
  region: Span;
  /** the reported content, when the frame has one outside quotation marks */
  content: Span | null;
  sentence: number;
}

// a lone apostrophe token is half of a '' quote mark
const CLOSE_MARK = /^[”"»’']$/u;
const OPEN_MARK = /^[“"«‘„']$/u;
// prepositions that open an adverbial between a cue and its content ("said in a statement that")
const ADVERBIAL = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'via', 'through', 'from', 'with', 'over', 'for', 'late', 'earlier']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists']);
const MIN_CONTENT_WORDS = 3;
const LINKING = new Set(['and', 'or', 'but', 'so', 'as', 'than', 'nor', 'yet']);
const PREPOSITIONS = new Set(['by', 'into', 'onto', 'over', 'under', 'against', 'between', 'through', 'across', 'toward', 'towards', 'around', 'among', 'upon', 'amid', 'like', 'without', 'with', 'for', 'from', 'at', 'in', 'on', 'to']);

/** Finds every speech frame of the document, in text order. */
export function findFrames(ctx: QuoteContext): Frame[] {
  const frames: Frame[] = [];
  const { startHashes } = cueLexicon();
  const { text } = ctx;
  const { start: starts, end: ends, length: count } = ctx.doc.tokens;
  const word = (i: number) => (i < count && ctx.isWord(i) ? ctx.lower(i) : null);
  for (let first = 0; first < count; first++) {
    if (ends[first] - starts[first] < 3 || !startHashes.has(foldHash(text, starts[first], ends[first]))) continue;
    const found = cueAt(word, first);
    if (!found) continue;
    const [cls, length] = found;
    const last = first + length;
    const cue = { start: ctx.start(first), end: ctx.end(last - 1) };
    if (ctx.quotedAt(cue.start)) continue; // words inside a quotation are not our cue
    const sentence = ctx.doc.tokens.sentence[first];
    const [lo, hi] = ctx.sentenceTokens(sentence);
    // a capital inside a sentence makes it a name ("Drudge Report"), not a cue
    if (first > lo && ctx.isCapitalized(first) && !OPEN_MARK.test(ctx.surface(first - 1))) continue;
    // a noun, unless a possessor's claim that ... reports what they said
    if (nounAfterMarker(ctx, first) && !(ctx.isPossessive(first - 1) && last < hi && ctx.lower(last) === 'that')) continue;
    const earlier = frames.length && frames[frames.length - 1].sentence === sentence ? frames[frames.length - 1] : null;
    const frame = cls === 'source'
      ? sourceFrame(ctx, cue, first, last, lo, hi, sentence)
      : verbFrame(ctx, cue, cls, first, last, lo, hi, sentence, earlier);
    if (frame) frames.push(frame);
    first = last - 1;
  }
  trimAtNextFrame(ctx, frames);
  return frames;
}

/**
 * "X said (that) ...", "..., X said", "“...,” said X", "As X reported, ...": the speaker, then
 * the content after the cue or, when the cue closes its clause, the content before it.
 */
function verbFrame(ctx: QuoteContext, cue: Span, cls: CueClass, first: number, last: number, lo: number, hi: number, sentence: number, earlier: Frame | null): Frame | null {
  const found = cueSpeaker(ctx, cls, first, last, lo, hi, earlier);
  if (!found) return null;
  const { speaker, inverted, aside } = found;
  const sentenceSpan = ctx.doc.sentences[sentence];
  const after = inverted ? speaker[1] : last;
  const right = inverted ? null : rightContent(ctx, after, hi, cls);
  const rightRegion = { start: right ? ctx.start(right.start) : cue.end, end: sentenceSpan.end };
  // "the men, whom police said were armed, ...": a frame inside a relative clause, whose
  // content lacks its subject, reports no span of its own; nor does a noun with a relative
  // clause ("the demand that had driven sales")
  if (right && FINITE.has(ctx.lower(right.start))) return { cue, cls, speaker, region: rightRegion, content: null, sentence };
  // a cue that may take a plain object or a listener reports only a that-clause or a clause
  if (right && cls !== 'name' && (cls === 'report' || right.clause || OPEN_MARK.test(ctx.surface(right.start)) || looksLikeClause(ctx, right.start, hi) || (cls === 'request' && requestsAct(ctx, right.start, hi)))) {
    return { cue, cls, speaker, region: rightRegion, content: contentSpan(ctx, right.start, aside ? asideEnd(ctx, right.start, hi) : hi), sentence };
  }
  const end = clauseEnd(ctx, after, hi, cls);
  // "As The Washington Post reported, ...": the content follows the comma
  if (!inverted && cls !== 'name' && speaker[0] - 1 === lo && ctx.lower(lo) === 'as' && end >= 0 && end < hi && ctx.surface(end) === ',') {
    return { cue, cls, speaker, region: { start: ctx.end(end), end: sentenceSpan.end }, content: contentSpan(ctx, end + 1, hi), sentence };
  }
  // the content before: "..., the ministry said" / "..., said the ministry"
  const before = inverted ? first - 1 : speaker[0] - 1;
  if (right?.clause || before < lo || (ctx.surface(before) !== ',' && !CLOSE_MARK.test(ctx.surface(before))) || end < 0) return { cue, cls, speaker, region: rightRegion, content: null, sentence };
  if (cls === 'name') return { cue, cls, speaker, region: { start: sentenceSpan.start, end: ctx.start(before) + 1 }, content: null, sentence };
  const content = contentSpan(ctx, lo, before);
  // a frame set in commas after a word or two: "It was, he said, one of the bitterest failures"
  if (!content && end < hi && ctx.surface(end) === ',') return { cue, cls, speaker, region: rightRegion, content: contentSpan(ctx, end + 1, hi), sentence };
  return { cue, cls, speaker, region: { start: sentenceSpan.start, end: ctx.start(before) + 1 }, content, sentence };
}

/**
 * Who speaks at a cue: "X said", "X, a teacher, told AFP", "“...,” said X", "those who said",
 * "..., saying ...", "X became a delegate and said ...". `earlier` is the sentence's previous
 * frame, whose speaker a participle or a coordinated cue shares ("..., Mr. Manafort said,
 * adding that ..."). `inverted` when the speaker follows the cue.
 */
function cueSpeaker(ctx: QuoteContext, cls: CueClass, first: number, last: number, lo: number, hi: number, earlier: Frame | null): { speaker: TokenRange; inverted: boolean; aside?: boolean } | null {
  const fw = functionWords();
  if (isPassive(ctx, first, lo)) return null;
  let j = first - 1;
  for (; j >= lo; j--) {
    if (ctx.surface(j) === ')') j = openingBracket(ctx, j, lo); // "Sen. Bernie Sanders (I-Vt.) said"
    else if (NEGATION.test(ctx.lower(j))) return null; // "Police have not said how many ...": nothing was said
    else if (!fw.between.has(ctx.lower(j)) && !ctx.inTime(j) && !ctx.isAdverb(j) && !timePreposition(ctx, j, first)) break;
  }
  const left = j >= lo ? ctx.surface(j) : '';
  const word = j >= lo ? ctx.lower(j) : '';
  const found = (speaker: TokenRange | null, inverted = false) => (speaker ? { speaker, inverted } : null);
  if (fw.pronoun.has(word)) return found([j, j + 1]);
  if (fw.relative.has(word)) {
    const antecedent = relativeAntecedent(ctx, j, lo);
    // "Members of the union, who said they were not consulted, walked out": a clause set in commas
    return antecedent && { speaker: antecedent, inverted: false, aside: j > lo && ctx.surface(j - 1) === ',' };
  }
  if ((left === ',' && /ing$/.test(ctx.lower(first))) || word === 'and' || word === 'but') return found(earlier ? earlier.speaker : clauseSubject(ctx, lo, j));
  if (j >= lo && left !== ',' && !CLOSE_MARK.test(left)) {
    const phrase = phraseEndingAt(ctx, j, lo);
    return found(phrase && (subjectBeforeRelative(ctx, phrase[0], lo) ?? phrase));
  }
  // an apposition after the sentence's subject wins over an inversion ("Kasich, a Republican, said the family ...");
  // right after a quotation the order is surely inverted, after a comma only if the phrase ends the clause
  const holder = j >= lo && !CLOSE_MARK.test(left) ? appositiveHolder(ctx, j, lo) : null;
  const after = cls === 'tell' || holder?.[0] === lo ? null : phraseStartingAt(ctx, last, hi);
  // "Said one resident: “...”" opens its sentence with the cue
  if (after && (CLOSE_MARK.test(left) || (cls === 'report' && (j < lo || invertedSpeaker(ctx, after, hi))))) return found(after, true);
  return found(holder);
}

// "not", "never", "didn't"
const NEGATION = /^(?:not|never|.*n['’]t)$/;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "The tax was announced three weeks ago", "no deaths had been reported", "he was told":
 * a participle after a form of "be" is passive, and its subject is no speaker.
 */
function isPassive(ctx: QuoteContext, first: number, lo: number): boolean {
  if (ctx.lower(first).endsWith('ing')) return false;
  let j = first - 1;
  while (j >= lo && ctx.isAdverb(j)) j--;
  return j >= lo && BE.has(ctx.lower(j));
}

/** Where a clause set in commas ends: its next comma outside quotation marks, else the sentence's end. */
function asideEnd(ctx: QuoteContext, from: number, hi: number): number {
  for (let k = from; k < hi; k++) if (ctx.surface(k) === ',' && !ctx.quotedAt(ctx.start(k))) return k;
  return hi;
}

/** "according to X, ..." and "..., according to X". */
function sourceFrame(ctx: QuoteContext, cue: Span, first: number, last: number, lo: number, hi: number, sentence: number): Frame | null {
  const speaker = phraseStartingAt(ctx, last, hi);
  if (!speaker) return null;
  const s = ctx.doc.sentences[sentence];
  const opensClause = first === lo || ctx.surface(first - 1) === ',' || ctx.lower(first - 1) === 'that';
  // "According to X, ...", "The IMF said that according to X, ..."
  if (opensClause && speaker[1] < hi && ctx.surface(speaker[1]) === ',' && (first <= lo + 1 || ctx.lower(first - 1) === 'that')) {
    return { cue, cls: 'source', speaker, region: { start: ctx.end(speaker[1]), end: s.end }, content: contentSpan(ctx, speaker[1] + 1, hi), sentence };
  }
  // "said that according to X ...": the content belongs to the frame around it
  if (first === lo || ctx.lower(first - 1) === 'that') return null;
  return { cue, cls: 'source', speaker, region: { start: s.start, end: cue.start }, content: contentSpan(ctx, lo, first), sentence };
}

/**
 * "Amina Diallo, a 29-year-old teacher, told": the phrase before the comma-enclosed apposition, or
 * the apposition itself when it is the name and the phrase before only a description
 * ("The shadow minister, Theresa May, said").
 */
function appositiveHolder(ctx: QuoteContext, from: number, lo: number): TokenRange | null {
  const comma = ctx.surface(from) === ',' ? from : -1;
  let nearest: TokenRange | null = null;
  let commas = 0;
  // an apposition may hold commas itself ("Paul Porter, a driver from Ava, Mo., said"):
  // the nearest holder that is a name wins, else the nearest holder
  for (let k = from - 1; k >= lo && from - k < 40 && commas < 4; k--) {
    const t = ctx.surface(k);
    if (t === ';') break;
    if (t !== ',' || ctx.quotedAt(ctx.start(k))) continue;
    commas++;
    const holder = phraseEndingAt(ctx, ctx.surface(k - 1) === ')' ? openingBracket(ctx, k - 1, lo) - 1 : k - 1, lo);
    if (!nearest && holder) {
      const apposition = commas === 1 && comma >= 0 ? phraseEndingAt(ctx, comma - 1, k + 1) : null;
      if (apposition && apposition[0] === k + 1 && isName(ctx, apposition) && !isName(ctx, holder)) return apposition;
      nearest = holder;
    }
    if (holder && isName(ctx, holder)) return holder;
  }
  return nearest;
}

/** "..., said the minister." / "..., says John Smith, a lawyer": a short name or description that ends the clause. */
function invertedSpeaker(ctx: QuoteContext, [from, to]: TokenRange, hi: number): boolean {
  if (to < hi && !/^[,.;:!?]$/.test(ctx.surface(to))) return false;
  if (functionWords().det.has(ctx.lower(from))) return to - from <= 6;
  const inner = functionWords().inner;
  for (let k = from; k < to; k++) if (!ctx.isCapitalized(k) && !inner.has(ctx.lower(k)) && ctx.isWord(k)) return false;
  return true;
}

/**
 * "Doctors who treated the victims said": the phrase before the cue ends a relative clause
 * that hangs on the sentence's subject, who is the speaker.
 */
function subjectBeforeRelative(ctx: QuoteContext, phraseStart: number, lo: number): TokenRange | null {
  for (let k = phraseStart - 1; k > lo && phraseStart - k < 10; k--) {
    if (!ctx.isWord(k)) return null;
    const w = ctx.lower(k);
    if (w === 'who' || w === 'that') {
      const subject = phraseEndingAt(ctx, k - 1, lo);
      return subject && subject[0] === lo ? subject : null;
    }
  }
  return null;
}

/** "those who said", "Mr. Smith, who said": the phrase a relative pronoun stands for. */
function relativeAntecedent(ctx: QuoteContext, relative: number, lo: number): TokenRange | null {
  const fw = functionWords();
  // "family members of victims, many of whom say": the phrase before the quantifier
  if (relative - 3 > lo && fw.inner.has(ctx.lower(relative - 1)) && fw.det.has(ctx.lower(relative - 2)) && ctx.surface(relative - 3) === ',') return phraseEndingAt(ctx, relative - 4, lo);
  const end = ctx.surface(relative - 1) === ',' ? relative - 2 : relative - 1;
  if (end < lo) return null;
  const phrase = phraseEndingAt(ctx, end, lo);
  if (phrase) return ctx.lower(relative) === 'who' || ctx.lower(relative) === 'whom' ? personPart(ctx, phrase) : phrase;
  // a bare determiner ("those who said") stands with its pronoun
  return fw.det.has(ctx.lower(end)) ? [end, relative + 1] : null;
}

/**
 * "who" stands for people: in "objections from shop owners who say" the people are after the
 * preposition, in "the head of the UN, who said" before it.
 */
function personPart(ctx: QuoteContext, [from, to]: TokenRange): TokenRange {
  const inner = functionWords().inner;
  const heads = descriptionHeads();
  const isPerson = (k: number) => ctx.mentionAt(k)?.entity.type === 'PERSON' || (heads.get(ctx.lower(k)) ?? 'ORG') !== 'ORG';
  for (let k = from + 1; k + 1 < to; k++) {
    if (!inner.has(ctx.lower(k)) || ctx.isCapitalized(k)) continue;
    return !isPerson(k - 1) && isPerson(to - 1) ? [k + 1, to] : [from, to];
  }
  return [from, to];
}

/** The "(" that opens the bracket closing at token `close`, or `close` when there is none. */
function openingBracket(ctx: QuoteContext, close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k < 12; k--) if (ctx.surface(k) === '(') return k;
  return close;
}

/** A phrase that is a person's name: a PERSON mention, or capitalised words only. */
function isName(ctx: QuoteContext, [from, to]: TokenRange): boolean {
  const m = ctx.mentionAt(to - 1);
  if (m) return m.entity.type === 'PERSON' && m.start <= ctx.start(from);
  for (let k = from; k < to; k++) if (!ctx.isCapitalized(k)) return false;
  return true;
}

/**
 * Where the content after a cue starts, past a listener ("told AFP"), time and place
 * adverbials ("in a statement on Thursday") and "that" or a colon; null when the cue ends
 * its clause ("..., he said.", "he said, adding ..."). `clause` when "that" or an order ("told him to")
 * makes the content a clause whatever the cue.
 */
function rightContent(ctx: QuoteContext, k: number, hi: number, cls: CueClass): { start: number; clause: boolean } | null {
  if (cls === 'tell') {
    k = pastListener(ctx, k, hi);
    if (k < 0) return null;
    // "told him to stay focused": an order
    if (k + 1 < hi && ctx.lower(k) === 'to' && ctx.isWord(k + 1) && !ctx.isCapitalized(k + 1)) return { start: k, clause: true };
  }
  let sawThat = false;
  for (let steps = 0; k < hi && steps < 12; steps++) {
    const w = ctx.lower(k);
    if (w === 'that') {
      sawThat = true;
      k++;
      break;
    }
    if (w === ':') return k + 1 < hi ? { start: k + 1, clause: false } : null;
    if (ctx.inTime(k) || ctx.isAdverb(k) || timePreposition(ctx, k, hi)) k++;
    else if (ADVERBIAL.has(w) && !atLeast(ctx, k)) {
      // skip the adverbial up to "that", a colon or a comma
      let e = k + 1;
      while (e < hi && e - k < 12 && ctx.lower(e) !== 'that' && !/^[,:;]$/.test(ctx.surface(e))) e++;
      if (e >= hi || e - k >= 12) return null;
      k = ctx.surface(e) === ',' && e + 1 < hi && OPEN_MARK.test(ctx.surface(e + 1)) ? e + 1 : e;
    } else if (w === ',') {
      // "said, “...”" carries on into a quotation; any other comma ends the cue's clause
      return k + 1 < hi && OPEN_MARK.test(ctx.surface(k + 1)) ? { start: k + 1, clause: false } : null;
    } else break;
  }
  // a conjunction after the cue links it to another clause, it opens no content ("notes so that")
  // nor does a preposition ("responded by pointing a finger", "spoke about the ban")
  if (k >= hi || /^[.!?;)]$/.test(ctx.surface(k)) || LINKING.has(ctx.lower(k)) || (PREPOSITIONS.has(ctx.lower(k)) && !atLeast(ctx, k))) return null;
  return { start: k, clause: sawThat };
}

/** "said at least three people ...": "at" opens a number, not an adverbial. */
function atLeast(ctx: QuoteContext, k: number): boolean {
  if (ctx.lower(k) !== 'at' || k + 1 >= ctx.tokenCount) return false;
  const next = ctx.lower(k + 1);
  return next === 'least' || next === 'most';
}

/** A preposition that opens a time expression: "said on Monday", "leader on Wednesday claimed". */
export function timePreposition(ctx: QuoteContext, k: number, hi: number): boolean {
  return k + 1 < hi && ADVERBIAL.has(ctx.lower(k)) && !ctx.inTime(k) && ctx.inTime(k + 1);
}

const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', '’s', "'s", '’re', "'re", '’ll', "'ll", '’d', "'d"]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);
// "asked not to be named", "declared himself satisfied": an act or a small clause, not a report
const INFINITIVE_START = new Set(['to', 'not', 'never', 'himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);

/** Does a subject pronoun or a finite verb come soon enough for the words after a cue to be a clause? */
function looksLikeClause(ctx: QuoteContext, from: number, hi: number): boolean {
  if (SUBJECT_PRONOUNS.has(ctx.lower(from))) return true;
  if (INFINITIVE_START.has(ctx.lower(from))) return false;
  for (let k = from; k < hi && k - from < 10; k++) {
    const t = ctx.surface(k);
    // "agreed a package with Mitsubishi which will ...": an object with a relative clause
    if (t === ',' || t === ';' || functionWords().relative.has(ctx.lower(k))) return false;
    if (FINITE.has(ctx.lower(k))) return k > from;
  }
  return false;
}

/** "asked Trump to donate ...", "urged the public to stay home": a listener, then an infinitive. */
function requestsAct(ctx: QuoteContext, from: number, hi: number): boolean {
  if (INFINITIVE_START.has(ctx.lower(from))) return false;
  for (let k = from + 1; k < hi && k - from < 6; k++) {
    if (!ctx.isWord(k)) return false;
    if (ctx.lower(k) === 'to') return k + 1 < hi && ctx.isWord(k + 1) && !ctx.isCapitalized(k + 1);
  }
  return false;
}

/**
 * Where the clause ends after the cue, once past a listener and adverbials (-1 when it goes on):
 * "..., X said in a statement." / "..., X told AFP on Thursday, adding ..."
 */
function clauseEnd(ctx: QuoteContext, k: number, hi: number, cls: CueClass): number {
  if (cls === 'tell') k = pastListener(ctx, k, hi);
  if (k < 0) return -1;
  while (k < hi) {
    if (ctx.inTime(k) || ctx.isAdverb(k) || timePreposition(ctx, k, hi)) k++;
    else if (ADVERBIAL.has(ctx.lower(k))) {
      const e = k;
      while (k < hi && k - e < 8 && ctx.isWord(k)) k++;
    } else break;
  }
  return k >= hi || /^[,.;!?]$/.test(ctx.surface(k)) ? k : -1;
}

/** The token after a listener: "told [AFP]", "told [him]", "told [the BBC]". */
function pastListener(ctx: QuoteContext, k: number, hi: number): number {
  if (k >= hi) return k;
  if (OBJECT_PRONOUNS.has(ctx.lower(k))) return k + 1;
  // "delegates at the convention that ...": the listener runs to a nearby "that"
  for (let e = k; e < hi && e - k < 10 && ctx.isWord(e); e++) if (ctx.lower(e) === 'that') return e;
  // "[the] [host] Chris Cuomo", "the BBC", "reporters"
  const start = k;
  if (functionWords().det.has(ctx.lower(k))) k++;
  // up to two lowercase words before a name: "news agency Reuters", "host Chris Cuomo"
  if (k < hi && !ctx.isCapitalized(k) && ctx.isWord(k)) k++;
  if (k + 1 < hi && !ctx.isCapitalized(k) && ctx.isWord(k) && ctx.isCapitalized(k + 1)) k++;
  while (k < hi && (ctx.isCapitalized(k) || ctx.isPossessive(k))) k++;
  return k > start ? k : -1;
}

/** The content between tokens [from, to), without edge punctuation; null when too short. */
function contentSpan(ctx: QuoteContext, from: number, to: number): Span | null {
  from = pastDateline(ctx, from, to);
  while (from < to && /^[,:;.\-–—]$/.test(ctx.surface(from))) from++;
  while (to > from && /^[,:;.!?\-–—]$/.test(ctx.surface(to - 1))) to--;
  let words = 0;
  for (let k = from; k < to; k++) if (ctx.isWord(k)) words++;
  return words >= MIN_CONTENT_WORDS ? { start: ctx.start(from), end: ctx.end(to - 1) } : null;
}

// "LAGOS, Nigeria (AP) — ", "FRANKFURT, March 7 (Reuters) - ", "SPRINGFIELD — "
const DATELINE = /^(?:[^\n()]{1,50}?\([\p{L} .&-]{1,25}\)\s*|\p{Lu}{3,}[\p{Lu} .'’-]*(?:,[^\n—–-]{1,30})?\s+)[-—–]{1,2}\s+/u;

/** The first token past a wire dateline when a content opens its sentence with one. */
function pastDateline(ctx: QuoteContext, from: number, to: number): number {
  const { sentence } = ctx.doc.tokens;
  if (from > 0 && sentence[from - 1] === sentence[from]) return from;
  const at = ctx.start(from);
  const m = DATELINE.exec(ctx.text.slice(at, at + 90));
  if (!m) return from;
  while (from < to && ctx.start(from) < at + m[0].length) from++;
  return from;
}

// punctuation or a conjunction before the next frame: "..., officials said", "... and US officials said"
const CLAUSE_BREAK = /(?:[,;:—–"”’]|\s-|\b(?:and|but|while|as|whereas))\s*$/u;

/** A content that runs into the next frame of its sentence stops where that frame starts. */
function trimAtNextFrame(ctx: QuoteContext, frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i];
    const next = frames[i + 1];
    if (!f.content || next.sentence !== f.sentence) continue;
    // the next frame starts at its speaker, or at its cue when it shares an earlier speaker
    const speakerStart = ctx.start(next.speaker[0]);
    const nextStart = speakerStart > f.content.start ? Math.min(next.cue.start, speakerStart) : next.cue.start;
    if (f.content.start < nextStart && nextStart < f.content.end) {
      const before = ctx.text.slice(f.content.start, nextStart);
      // a frame whose speaker goes on the content without a break is part of it: "said staff had told her ..."
      if (speakerStart >= f.content.start && !CLAUSE_BREAK.test(before)) continue;
      // without the punctuation and a dangling conjunction before it ("..., and US officials said")
      const kept = /^([^]*?)(?:[\s,;:—–-]+(?:and|but|while|as))?[\s,;:—–-]*$/u.exec(before);
      const end = f.content.start + (kept ? kept[1].length : nextStart - f.content.start);
      const words = ctx.doc.tokens.range({ start: f.content.start, end });
      f.content = words[1] - words[0] >= 2 ? { start: f.content.start, end } : null;
      f.region = { start: f.region.start, end: Math.min(f.region.end, nextStart) };
    }
  }
}

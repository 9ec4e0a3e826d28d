import type { Sentence, Span } from '../doc/types.js';
import { lazy } from '../util/lazy.js';
import { readList } from '../util/lexicon.js';

const abbreviations = lazy(() => new Set(readList('lexicons', 'abbreviations.txt').map((a) => a.toLowerCase())));

// Titles that always precede a name: never a sentence end, whatever follows.
const TITLE_ONLY = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'gov', 'sen', 'rep', 'rev', 'st', 'adm', 'brig', 'cmdr', 'cpl', 'pvt', 'hon', 'supt', 'insp', 'det', 'amb', 'atty']);

// Words that start sentences and are rarely proper nouns: after "U.S." or an ellipsis they
// mark a new sentence.
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|There|His|Her|Their|Its|Our|When|While|After|Before|However|Meanwhile|Some|Many|Most|One|Two|Officials|Police)$/;

/** Paragraphs: blocks of text separated by line breaks (blank or not). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

// A subheading: a short line standing alone, with no sentence-final punctuation of its own
// ("“Not again”", "Over 300 arrests").
function isHeading(text: string, para: Span, count: number): boolean {
  if (count < 2) return false;
  const line = text.slice(para.start, para.end);
  const words = line.split(/\s+/).length;
  if (words > 12 || line.length > 90) return false;
  const bare = line.replace(/[”"’'»)\]]+$/u, '');
  if (/[.!?:;,…]$/u.test(bare)) return false;
  // a line that is only a quote and opens the way a quote does is a quoted subheading
  return /^[\p{Lu}\p{N}“"‘'«(]/u.test(line);
}

/**
 * Sentence boundaries inside one paragraph. A full stop, "?" or "!" (with any closing
 * quotes or brackets after it) ends a sentence when whitespace and a capital, digit or
 * opening quote follow, unless the word before is an abbreviation or an initial.
 */
function splitParagraph(text: string, para: Span, out: Sentence[]): void {
  const abbr = abbreviations();
  // the space may be missing after a lower-case word ("the area.Three people died")
  const re = /([.!?…]+)([”"’'»)\]]*)(\s+|(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll}+\s))(?=[\p{Lu}\p{N}“"‘'«(\[–—-])/gu;
  const body = text.slice(para.start, para.end);
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const stopAt = m.index;
    const punct = m[1];
    const after = m.index + m[1].length + m[2].length;
    const next = body.slice(after + m[3].length).match(/^[^\s]+/u)?.[0] ?? '';
    const nextWord = next.replace(/[^\p{L}\p{N}]+$/u, '');
    if (punct === '.') {
      // only the last word matters: a bounded window keeps this linear in the paragraph
      const before = body.slice(Math.max(0, stopAt - 32), stopAt).match(/([\p{L}.]+)$/u)?.[1] ?? '';
      const word = before.toLowerCase();
      if (/^\p{Lu}$/u.test(before)) continue; // an initial: "John F. Kennedy"
      if (TITLE_ONLY.has(word)) continue;
      if (abbr.has(word) && !SENTENCE_OPENERS.test(nextWord)) continue;
      // multi-dot abbreviations (U.S.) end a sentence only before a clear opener
      if (/^(?:\p{L}\.)+\p{L}$/u.test(before) && !SENTENCE_OPENERS.test(nextWord)) continue;
    } else if (punct.includes('…') || /^\.{2,}$/.test(punct)) {
      if (!SENTENCE_OPENERS.test(nextWord)) continue; // an ellipsis inside a quote
    }
    out.push({ start: para.start + from, end: para.start + after, heading: false });
    from = after + m[3].length;
  }
  if (from < body.length) out.push({ start: para.start + from, end: para.end, heading: false });
}

/** Splits text into sentences, marking standalone subheadings with `heading: true`. */
export function splitSentences(text: string): Sentence[] {
  const paras = paragraphs(text);
  const out: Sentence[] = [];
  for (const para of paras) {
    if (isHeading(text, para, paras.length)) out.push({ ...para, heading: true });
    else splitParagraph(text, para, out);
  }
  return out;
}

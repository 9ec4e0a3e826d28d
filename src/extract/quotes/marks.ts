import type { Span } from '../../doc/types.js';

/** Quoted words between quotation marks (the span excludes the marks). */
export interface Quoted extends Span {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or -1 when the quote runs on past its paragraph */
  close: number;
}

const OPENERS = '“«„';
const CLOSERS = '”»';
// what may stand before an opening straight quote
const OPEN_CONTEXT = /[\s([{—–\-/:]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /["“”«»„‘’']/g;
const EDGE = /\s/u;
const WORD_SOMEWHERE = /[\p{L}\p{N}]/u;

/**
 * Finds the quotations of one paragraph. Curly and straight double quotes open and close a
 * quote; an opening mark inside an open quote ends it (a quote that spans paragraphs or
 * sentences reopens with a fresh mark and no close, as news style has it); a quote still open
 * at the paragraph's end runs to that end. Single ‘…’ quotes count only outside double ones:
 * inside, they are nested quotes that belong to the outer one.
 */
export function quotedSpans(text: string, para: Span, out: Quoted[]): void {
  let open = -1;
  let openWidth = 1;
  let single = -1;
  const emit = (from: number, to: number, close: number, width = 1) => {
    const span = trimQuoted(text, from + width, to);
    if (span) out.push({ start: span.start, end: span.end, open: from, close });
  };
  MARK.lastIndex = para.start;
  for (let m = MARK.exec(text); m && m.index < para.end; m = MARK.exec(text)) {
    const i = m.index;
    // two apostrophes stand for a straight double quote in some wire copy: ''Yes,'' he said
    const doubled = text[i] === "'" && text[i + 1] === "'";
    const c = doubled ? '"' : text[i];
    if (c === '"' || OPENERS.includes(c) || CLOSERS.includes(c)) {
      const before = i === para.start ? ' ' : text[i - 1];
      const after = i + (doubled ? 2 : 1) < para.end ? text[i + (doubled ? 2 : 1)] : ' ';
      const startsWord = OPEN_CONTEXT.test(before) && !/\s/u.test(after);
      // a straight mark, or a closing one misused at a word's start, opens by its position
      const opens = OPENERS.includes(c) || (open < 0 ? startsWord : c === '"' && /\s/u.test(before) && startsWord);
      if (opens) {
        if (open >= 0) emit(open, i, -1, openWidth);
        open = i;
        openWidth = doubled ? 2 : 1;
        single = -1;
      } else if (open >= 0) {
        emit(open, i, doubled ? i + 1 : i, openWidth);
        open = -1;
      }
      if (doubled) MARK.lastIndex = i + 2;
    } else if (open < 0 && (c === '‘' || c === '’')) {
      const before = i === para.start ? ' ' : text[i - 1];
      const after = i + 1 < para.end ? text[i + 1] : ' ';
      if (c === '‘' && !WORD_CHAR.test(before)) single = i;
      else if (c === '’' && single >= 0 && !WORD_CHAR.test(after)) {
        emit(single, i, i);
        single = -1;
      }
    }
  }
  if (open >= 0) emit(open, para.end, -1, openWidth);
}

/** The words between the marks, without edge spaces or a trailing comma or colon. */
function trimQuoted(text: string, from: number, to: number): Span | null {
  while (from < to && EDGE.test(text[from])) from++;
  while (to > from && (EDGE.test(text[to - 1]) || /[,;:]/.test(text[to - 1]))) to--;
  const inner = text.slice(from, to);
  return WORD_SOMEWHERE.test(inner) ? { start: from, end: to } : null;
}

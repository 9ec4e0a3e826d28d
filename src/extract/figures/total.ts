import type { Doc } from '../../doc/document.js';

// "including two children", "among them three police officers", "of whom": a part of a total
// already counted.
const SUBSET_CUE = /(?:\bincluding|\bamong(?: them| the dead| those killed)?(?: were)?|\bof whom|\bof them)\s*$/i;

// Deaths told as the background of what happened: "protested after five guards were killed",
// "accused of killing three people", "killed … the previous evening".
const BACKGROUND_BEFORE = /\b(?:after|following|over the (?:death|killing)s? of|in response to|(?:accused|suspected|convicted|blamed|responsible) (?:of|for)|(?:believe|believed|claim|claimed|alleged|allegedly)(?: to have| that)?|since|protest(?:ed|ing)? (?:against|over))\b[^,;.]*$/i;
const BACKGROUND_AFTER = /^[^,;.]{0,60}?\b(?:earlier|previously|the (?:previous|day before|night before)|last (?:week|month|year)|(?:days|weeks|months) (?:before|earlier|ago)|in \d{4})\b/i;

/** Is the figure told as the cause or background of the text's event rather than its toll? */
function background(text: string, start: number, end: number): boolean {
  return BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || BACKGROUND_AFTER.test(text.slice(end, end + 80));
}

/**
 * The number of dead a text reports, for an event's fatalities or an ACLED comparison: the
 * killed figures of the first sentence that gives any, summed ("four police and one reservist
 * killed" = 5), leaving out those that are part of another ("including two children") and those told as
 * background ("protested after five guards were killed").
 * Later sentences mostly restate the toll, add a side's claim or give background, so they
 * are not added. Null when no killed figure is given (within the span, when one is passed).
 */
export function killedTotal(doc: Pick<Doc, 'text' | 'figures' | 'sentenceAt'>, within?: { start: number; end: number }): number | null {
  let total: number | null = null;
  let sentence = -1;
  for (const f of doc.figures) {
    if (f.category !== 'killed' || f.value === null) continue;
    if (within && (f.start < within.start || f.end > within.end)) continue;
    if (SUBSET_CUE.test(doc.text.slice(Math.max(0, f.start - 30), f.start)) || background(doc.text, f.start, f.end)) continue;
    const s = doc.sentenceAt(f.start);
    if (sentence >= 0 && s !== sentence) break;
    sentence = s;
    total = (total ?? 0) + f.value;
  }
  return total;
}

// Who gave a figure: "officials said", "according to the Interior Ministry", "said police",
// "X told AFP". Looked for in the figure's sentence; the nearest cue wins.
import type { Ref, Span } from '../../doc/types.js';
import { lazy } from '../../util/lazy.js';
import { readList } from '../../util/lexicon.js';
import { figureLexicon } from './lexicon.js';
import { mayStartQuantity } from './quantity.js';
import { isProper, isWord, pronouns, type Window } from './window.js';

interface Source { cue: number; from: number; to: number }

const cueVerbs = lazy(() => new Set(readList('figures', 'attribution-cues.txt')));
const MAX_SOURCE = 6;
const PASSIVE = new Set(['been', 'being', 'was', 'were', 'is', 'are', 'be']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const ENDERS = new Set(['and', 'or', 'but', 'with', 'while', 'as', 'after', 'before', 'when', 'that', 'which', 'who', 'of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'since', 'than', 'because', 'also', 'later', 'earlier', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'it', 'there']);

/** Is token i part of a source name? "of", "in" and "'s" only between capitalised words ("Ministry of Health", "Health Ministry in Gaza"). */
function sourceWord(w: Window, i: number, from: number, to: number): boolean {
  const word = w.words[i];
  if (word === 'of' || word === 'in' || word === "'s" || word === '’s') return i > from && i + 1 < to && isProper(w, i - 1) && isProper(w, i + 1);
  return isWord(word) && !ENDERS.has(word) && !DETERMINERS.has(word) && !cueVerbs().has(word) && !mayStartQuantity(word);
}

/** The source words before a cue verb: "The Interior Ministry said" -> "Interior Ministry". */
function sourceBefore(w: Window, cue: number): Source | null {
  let end = cue;
  while (end > 0 && figureLexicon().auxiliaries.has(w.words[end - 1]) && w.words[end - 1] !== 'said') {
    // "have been confirmed dead": a passive participle, not a source speaking
    if (PASSIVE.has(w.words[end - 1])) return null;
    end--;
  }
  let from = end;
  while (from > 0 && end - from < MAX_SOURCE && sourceWord(w, from - 1, Math.max(0, end - MAX_SOURCE), end)) from--;
  while (from < end && (w.words[from] === 'of' || w.words[from] === 'in' || w.words[from] === "'s")) from++;
  return from < end ? { cue, from, to: end } : null;
}

/** The source words after a cue: "said police", "according to the Interior Ministry". */
function sourceAfter(w: Window, start: number, cue: number): Source | null {
  let from = start;
  while (from < w.words.length && DETERMINERS.has(w.words[from])) from++;
  let to = from;
  while (to < w.words.length && to - from < MAX_SOURCE && sourceWord(w, to, from, w.words.length)) to++;
  return to > from ? { cue, from, to } : null;
}

// "…, said police." / "…,” said the ministry on Thursday": only these verbs invert.
const INVERTING = new Set(['said', 'says', 'added', 'reported', 'according']);
const AFTER_INVERTED = new Set([',', '.', ';', ':', 'on', 'in', 'at', 'late', 'earlier', 'later', 'today', 'yesterday', 'told', 'adding', 'citing', 'who', 'without']);

/** The source of an inverted cue, when the sentence or clause ends right after it. */
function inverted(w: Window, cue: number): Source | null {
  const s = sourceAfter(w, cue + 1, cue);
  if (!s) return null;
  const next = w.words[s.to];
  return next === undefined || AFTER_INVERTED.has(next) ? s : null;
}

/** Every attribution in the sentence window. */
export function sourcesIn(w: Window): Source[] {
  const out: Source[] = [];
  const { words } = w;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'according' && words[i + 1] === 'to') {
      const s = sourceAfter(w, i + 2, i);
      if (s) out.push(s);
    } else if (cueVerbs().has(words[i])) {
      const s = sourceBefore(w, i) ?? (INVERTING.has(words[i]) && i > 0 && /[,“”"]/.test(words[i - 1]) ? inverted(w, i) : null);
      if (s) out.push(s);
    }
  }
  return out;
}

/** The attribution nearest to a figure's tokens [from, to); linked to an entity when one covers the words. */
export function attributionFor(w: Window, sources: Source[], from: number, to: number): Ref | null {
  let best: Source | null = null;
  let bestDistance = Infinity;
  for (const s of sources) {
    if (s.from < to && from < s.to) continue;
    // a cue before the figure ("officials said 40 were killed") beats one after at the same distance
    const distance = s.cue < from ? from - s.cue : (s.cue - to) + 0.5;
    if (distance < bestDistance) { best = s; bestDistance = distance; }
  }
  if (!best) return null;
  if (best.to - best.from === 1 && pronouns.has(w.words[best.from])) return null;
  const span: Span = { start: w.starts[best.from], end: w.ends[best.to - 1] };
  const entity = w.doc.entityAt(span);
  return { entity: entity?.id ?? null, text: w.doc.surface(span) };
}

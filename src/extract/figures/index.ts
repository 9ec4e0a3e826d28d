import type { Doc } from '../../doc/document.js';
import type { Figure } from '../../doc/types.js';
import { attributionFor, sourcesIn } from './attribution.js';
import { inContext } from './context.js';
import { figureLexicon } from './lexicon.js';
import { mayStartQuantity, quantityAt } from './quantity.js';
import { conjunctOf, recognise } from './recognisers.js';
import { sentenceWindow, textOf, type Window } from './window.js';

export { killedToll, killedTotal, type Toll } from './total.js';

/**
 * Counts of people: killed, injured, detained, crowds… Only sentences holding a casualty or
 * crowd word are read (one regex pass over the text); in them each quantity is tried
 * against the recognisers, and the figure gets its group, its source and the contract's coding.
 */
export function extractFigures(doc: Doc): void {
  doc.figures = [];
  const trigger = figureLexicon().trigger;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(doc.text); m; m = trigger.exec(doc.text)) {
    const s = doc.sentenceAt(m.index);
    if (s < 0) continue;
    figuresInSentence(doc, s);
    trigger.lastIndex = Math.max(trigger.lastIndex, doc.sentences[s].end);
  }
}

/** verbFirst: the casualty verb came before the count ("killing five"), so a joined count shares it */
interface Found { figure: Figure; from: number; to: number; groupEmpty: boolean; verbFirst: boolean }

function figuresInSentence(doc: Doc, sentence: number): void {
  const w = sentenceWindow(doc, sentence);
  const { words } = w;
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!mayStartQuantity(words[i])) continue;
    const q = quantityAt(words, i, words.length);
    if (!q) continue;
    const last = found[found.length - 1];
    const m = recognise(w, q) ?? (last?.verbFirst && joined(words, last.to, q.from) ? conjunctOf(w, q, last.figure.category) : null);
    if (m && (!last || m.from >= last.to)) {
      const start = w.starts[m.from];
      const end = w.ends[m.to - 1];
      found.push({
        figure: {
          start, end, text: doc.text.slice(start, end), category: m.category,
          value: q.value, low: q.low, high: q.high, approximate: q.approximate,
          subject: textOf(w, m.groupFrom, m.groupTo), attribution: null, eventId: null,
        },
        from: m.from, to: m.to, groupEmpty: m.groupTo === m.groupFrom, verbFirst: m.from < q.from || (last?.verbFirst === true && m.from === q.from && joined(words, last.to, q.from)),
      });
    }
    i = Math.max(q.to, m?.to ?? 0) - 1;
  }
  if (!found.length) return;
  inheritSubjects(w, found);
  const sources = sourcesIn(w);
  for (const f of found) {
    if (!inContext(doc, sentence, f.figure.category)) continue;
    f.figure.attribution = attributionFor(w, sources, f.from, f.to);
    doc.figures.push(f.figure);
  }
}

// tokens between the two counts: "… were injured and 18 killed", "… injured in the riots, with 400 hospitalized"
const MAX_INHERIT_GAP = 6;
/** Only "and" (or ", and") between the end of one figure and the next count. */
function joined(words: readonly string[], end: number, next: number): boolean {
  return (next - end === 1 && words[end] === 'and') || (next - end === 2 && words[end] === ',' && words[end + 1] === 'and');
}

const COORDINATORS = new Set(['and', ',', 'while', 'with', 'plus', 'or']);

/** "748 security officials were injured and 18 killed": the second count is of the same group. */
function inheritSubjects(w: Window, found: Found[]): void {
  for (let k = 1; k < found.length; k++) {
    const f = found[k];
    const prev = found[k - 1];
    if (!f.groupEmpty || !prev.figure.subject || f.from - prev.to > MAX_INHERIT_GAP) continue;
    let linked = false;
    for (let i = prev.to; i < f.from; i++) linked ||= COORDINATORS.has(w.words[i]);
    if (linked) f.figure.subject = prev.figure.subject;
  }
}

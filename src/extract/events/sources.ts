import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/types.js';

const SOURCE_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
const REPORTS_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:said|says|reported|reports|told|confirmed|announced|stated|claimed|heard|saw|witnessed|quoted)\b/u;
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Who reported what a sentence tells: the speakers of its quotes, the attributions of its
 * figures, and named sources before "said"/"reported" or after "according to".
 */
export function sentenceSources(doc: Doc, sentence: Span, into: string[]): void {
  const add = (id: string | null | undefined) => {
    if (id && !into.includes(id)) into.push(id);
  };
  const within = (s: Span) => s.start < sentence.end && sentence.start < s.end;
  for (const q of doc.quotes) if (within(q) || (q.cue && within(q.cue))) add(q.speaker?.entity);
  for (const f of doc.figures) if (within(f)) add(f.attribution?.entity);
  for (const e of doc.entities) {
    if (!SOURCE_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (REPORTS_AFTER.test(doc.text.slice(m.end, Math.min(sentence.end, m.end + 40))) || ACCORDING_TO.test(doc.text.slice(Math.max(sentence.start, m.start - 40), m.start))) add(e.id);
    }
  }
}

import type { Span } from '../../doc/types.js';

// Where a sentence breaks into clauses: semicolons and dashes, and the conjunctions that
// start a new happening ("…, and", "after", "as", "while", "but"). Each clause is a unit of
// evidence: "Fighting continued one day | after protesters stormed buildings" is two events.
const BOUNDARY = new RegExp(
  [
    String.raw`\s*;\s*`,
    String.raw`\s+[–—]\s+`,
    String.raw`,\s*(?=(?:and|but|while|whereas|who|which|where|when|after|before|following|saying|amid)\s)`,
    // ", police said." : the attribution is not part of what happened
    String.raw`,\s*(?=(?:[\p{L}-]+\s+){1,3}(?:said|says|reported|reports|told|added)\b)`,
    String.raw`\s+(?=(?:but|after|before|while|whereas|when|because|until|following|amid)\s)`,
    // "as" starts a clause, but not in "such as", "as well as", "as many as", "as part of"
    String.raw`(?<!such|well|many|much|same|soon)\s+(?=as\s(?!well|many|much|part|a result|of|if|to|long|far|soon|usual)\w)`,
  ].join('|'),
  'giu',
);

// "NAIROBI (Reuters) - ", "KISUMU, March 3 - ": a dateline says where the story was filed, not what happened
const DATELINE = /^\p{Lu}[\p{Lu}.'-]+(?:[ ,]+\p{Lu}[\p{Lu}.'-]+)*(?:,[^-()\n]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s+-{1,2}\s+/u;

/** The clauses of one sentence, as spans into the document text, its dateline left out. */
export function clauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let from = DATELINE.exec(body)?.[0].length ?? 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    if (m.index > from) out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  if (from < body.length) out.push({ start: sentence.start + from, end: sentence.end });
  return out.map((c) => trimClause(text, c));
}

/** A clause without the punctuation around it. */
function trimClause(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:“”"‘’'(]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?“”"‘’')]/.test(text[end - 1])) end--;
  return { start, end };
}

// The tagger's label set: CoNLL-2003 types in IOB2. MISC is learned (it keeps "German" and
// "Shiite" from being read as ORG or LOC) and mapped to contract types afterwards.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;

/** Tag index -> type index (0..3), or -1 for O. */
export const tagType = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 1);
export const isBegin = (tag: number): boolean => tag > 0 && (tag & 1) === 1;
export const beginTag = (type: number): number => 1 + 2 * type;
export const insideTag = (type: number): number => 2 + 2 * type;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || isBegin(tag)) return true;
  return prev !== 0 && tagType(prev) === tagType(tag);
}

export interface TaggedSpan { first: number; last: number; type: number }

/** Token spans [first, last] of the entities in a tag sequence. */
export function spansOf(tags: ArrayLike<number>, from = 0, to = tags.length): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  for (let i = from; i < to; i++) {
    const t = tags[i];
    if (t === 0) cur = null;
    else if (isBegin(t) || !cur || cur.type !== tagType(t)) out.push((cur = { first: i, last: i, type: tagType(t) }));
    else cur.last = i;
  }
  return out;
}

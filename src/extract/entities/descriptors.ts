import type { Doc } from '../../doc/document.js';
import type { Group } from './coref.js';
import { roles } from './lexicons.js';
import type { Mention } from './mentions.js';
import { lowerWords, tokenWords } from './words.js';

const MAX_TITLE_WORDS = 4;
const MAX_APPOSITION_WORDS = 10;
/** sentences back that a "the former minister" may reach for its person */
const BACK_REACH = 2;

const ARTICLE = /^(?:a|an|the)$/i;
const STOP_APPOSITION = /^(?:[,;:.!?()"“”]|who|which|that|and|said|says|told)$/i;

/**
 * Descriptors of people and organisations: the title before a name ("President", "opposition
 * leader", "the news agency"), an apposition after it (", a 34-year-old nurse,"),
 * and, for people, a definite description that takes up the last person named ("the former
 * finance minister told reporters").
 */
export function describe(doc: Doc, groups: Group[]): Map<Group, string[]> {
  const out = new Map<Group, string[]>();
  const add = (g: Group, d: string | null) => {
    if (!d) return;
    const list = out.get(g) ?? [];
    if (!list.some((x) => x.toLowerCase() === d.toLowerCase())) list.push(d);
    out.set(g, list);
  };
  const people = groups.filter((g) => g.type === 'PERSON');
  for (const g of groups) {
    const heads = g.type === 'PERSON' ? roles().heads : g.type === 'ORG' ? roles().organisationHeads : null;
    if (heads) for (const m of g.mentions) { add(g, titleBefore(doc, m, heads)); add(g, titleBeforeComma(doc, m, heads)); add(g, appositionAfter(doc, m, heads)); }
  }
  for (const { group, text } of backReferences(doc, people, out)) add(group, text);
  return out;
}

const lower = (doc: Doc, i: number) => lowerWords(doc)[i];
const sameSentence = (doc: Doc, i: number, j: number) => i >= 0 && j < doc.tokens.length && doc.tokens.sentence[i] === doc.tokens.sentence[j];

/** Role words right before a name: a head word ("spokesman") and the modifiers before it. */
function titleBefore(doc: Doc, m: Mention, heads: Set<string>): string | null {
  const { modifiers } = roles();
  const last = m.first - 1;
  if (!sameSentence(doc, last, m.first) || !heads.has(lower(doc, last))) return null;
  let first = last;
  while (first - 1 >= 0 && last - first + 1 < MAX_TITLE_WORDS && sameSentence(doc, first - 1, last)
    && (modifiers.has(lower(doc, first - 1)) || heads.has(lower(doc, first - 1)))) first--;
  return doc.text.slice(doc.tokens.start[first], doc.tokens.end[last]);
}

/** "The attorney general, Jane Doe, said": a definite role opening the clause, a comma, the name. */
function titleBeforeComma(doc: Doc, m: Mention, heads: Set<string>): string | null {
  const t = doc.tokens;
  if (!sameSentence(doc, m.first - 2, m.first) || t.surface(m.first - 1) !== ',') return null;
  const title = titleBefore(doc, { ...m, first: m.first - 1 }, heads);
  if (!title) return null;
  const the = m.first - 2 - title.split(/\s+/).length;
  return the >= 0 && lower(doc, the) === 'the' && opensClause(doc, the) ? title : null;
}

/** ", a 34-year-old nurse," after a name: an indefinite or definite noun phrase ending in a role word. */
function appositionAfter(doc: Doc, m: Mention, heads: Set<string>): string | null {
  const t = doc.tokens;
  const comma = m.last + 1;
  if (!sameSentence(doc, comma, m.last) || t.surface(comma) !== ',' || !sameSentence(doc, comma + 1, comma) || !ARTICLE.test(t.surface(comma + 1))) return null;
  let end = comma + 1;
  while (end + 1 < t.length && sameSentence(doc, end + 1, comma) && end - comma < MAX_APPOSITION_WORDS && !STOP_APPOSITION.test(t.surface(end + 1))) end++;
  const last = lower(doc, end);
  if (!heads.has(last) && !heads.has(last.replace(/s$/, ''))) return null;
  return doc.text.slice(t.start[comma + 1], t.end[end]);
}

/**
 * "the former finance minister" as a subject, right after a person was named: of the people
 * named in the last sentences, the one whose titles share most words with it ("Former Finance
 * Minister Jane Doe"), else the last one named.
 */
function backReferences(doc: Doc, people: Group[], titles: Map<Group, string[]>): { group: Group; text: string }[] {
  const t = doc.tokens;
  const { heads, modifiers } = roles();
  const out: { group: Group; text: string }[] = [];
  const personMentions = people.flatMap((group) => group.mentions.map((m) => ({ group, m }))).sort((a, b) => a.m.start - b.m.start);
  for (let i = 0; i < t.length; i++) {
    if (lower(doc, i) !== 'the' || !opensClause(doc, i)) continue;
    let j = i + 1;
    while (j < t.length && sameSentence(doc, j, i) && j - i <= MAX_TITLE_WORDS && modifiers.has(lower(doc, j)) && !heads.has(lower(doc, j))) j++;
    if (!sameSentence(doc, j, i) || !heads.has(lower(doc, j))) continue;
    // "the attorney general", "the secretary general": the role goes on
    while (sameSentence(doc, j + 1, i) && heads.has(lower(doc, j + 1))) j++;
    // a name right after the role word, or after its comma, belongs to that name, not to an
    // earlier one ("The attorney general, Jane Doe, said")
    const next = sameSentence(doc, j + 1, i) ? tokenWords(doc)[j + 1] : '';
    if (/^\p{Lu}/u.test(next) || (next === ',' && sameSentence(doc, j + 2, i) && /^\p{Lu}/u.test(t.surface(j + 2)))) continue;
    const text = doc.text.slice(t.start[i + 1], t.end[j]);
    const near = personMentions.filter(({ m }) => m.end <= t.start[i] && t.sentence[i] - t.sentence[m.first] <= BACK_REACH);
    const group = bestTitled(near.map(({ group: g }) => g).reverse(), text, titles);
    if (group) out.push({ group, text });
  }
  return out;
}

/** The first of the groups (latest named first) whose titles share most words with the description. */
function bestTitled(groups: Group[], description: string, titles: Map<Group, string[]>): Group | undefined {
  const words = new Set(description.toLowerCase().split(/\s+/));
  const shared = (g: Group) => Math.max(0, ...(titles.get(g) ?? []).map((d) => d.toLowerCase().split(/\s+/).filter((w) => words.has(w)).length));
  let best = groups[0];
  for (const g of groups) if (shared(g) > shared(best)) best = g;
  return best;
}

// The description is a subject: it opens the sentence or follows a closing quote or comma.
function opensClause(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (!sameSentence(doc, i - 1, i)) return true;
  return /^[,"”’']$/.test(tokenWords(doc)[i - 1]);
}

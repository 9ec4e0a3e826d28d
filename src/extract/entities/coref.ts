import type { Doc } from '../../doc/document.js';
import type { EntityType } from '../../doc/types.js';
import { knownPlace } from '../geo/lookup.js';
import { GROUP_PREFIX } from './classify.js';
import { abbreviates, ACRONYM } from './acronyms.js';
import { aliases, stateForms } from './lexicons.js';
import type { Mention } from './mentions.js';

/** Mentions grouped as one referent, before ids and descriptors are given. */
export interface Group { mentions: Mention[]; name: string; type: EntityType }

const ACRONYM_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'la', 'des', 'al', '&', 'to']);

// "The Washington Post" and "Washington Post" are one name; a prefixed group word is its group
const key = (s: string) => s.replace(/[’‘]/g, "'").replace(GROUP_PREFIX, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();
/** "Republic of Kenya" -> "Kenya"; null for other names */
function stateFormOf(name: string): string | null {
  const m = /^(?:\p{Lu}\p{L}* )*?(\p{Lu}\p{L}*) of (?:the )?(.+)$/u.exec(name);
  return m && stateForms().has(m[1].toLowerCase()) ? m[2] : null;
}
const canonical = (s: string) => aliases().get(s.replace(/\s+/g, ' '))?.name;
/** Names only join across these classes by vote: "New York" the city and "New York" the team stay apart. */
const typeClass = (t: EntityType) => (t === 'GPE' || t === 'LOC' || t === 'FAC' ? 'PLACE' : t);
const classKey = (t: EntityType, name: string) => `${typeClass(t)}|${key(name)}`;

/**
 * Groups mentions into referents, in order of strength: the same name (or a listed short
 * form of it), an acronym defined in parentheses or matching a name's initials, a surname
 * after the full name of a person.
 */
export function groupMentions(doc: Doc, mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const surnames = personSurnames(mentions);
  const join = (g: Group, m: Mention) => { g.mentions.push(m); byKey.set(classKey(m.type, m.text), g); };

  for (const m of mentions) {
    const full = canonical(m.text);
    const bare = stateFormOf(m.text);
    const same = (name: string | null | undefined) => (name ? byKey.get(classKey(m.type, name)) : undefined);
    let g = same(m.text) ?? same(full) ?? same(bare)
      ?? definedAcronym(doc, m, mentions, byKey) ?? initialsOf(m, groups) ?? surnames.get(m, groups, byKey);
    if (!g) {
      g = { mentions: [], name: '', type: m.type };
      groups.push(g);
      if (full) byKey.set(classKey(m.type, full), g);
      if (bare) byKey.set(classKey(m.type, bare), g);
    }
    join(g, m);
  }
  return mergeStrays(joinAcronyms(doc, groups)).map(settle);
}

// The same name under two classes: a stray (at most two mentions, no more than the main
// reading's two to one) is the tagger wavering, and joins the main reading.
function mergeStrays(groups: Group[]): Group[] {
  const byName = new Map<string, Group[]>();
  for (const g of groups) for (const k of new Set(g.mentions.map((m) => key(m.text)))) byName.set(k, [...(byName.get(k) ?? []), g]);
  const gone = new Set<Group>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const main = list.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    for (const g of list) {
      if (g === main || gone.has(g) || gone.has(main) || g.mentions.length > 2 || main.mentions.length < 2 * g.mentions.length) continue;
      main.mentions.push(...g.mentions);
      gone.add(g);
    }
  }
  return groups.filter((g) => !gone.has(g));
}

// "World Health Organization (WHO)": the acronym is the name before it.
function definedAcronym(doc: Doc, m: Mention, all: Mention[], byKey: Map<string, Group>): Group | undefined {
  if (!ACRONYM.test(m.text) || m.first < 2) return undefined;
  if (doc.tokens.surface(m.first - 1) !== '(' || doc.tokens.surface(m.last + 1) !== ')') return undefined;
  const before = all.find((x) => x.last === m.first - 2);
  if (!before || before.type === 'PERSON' || !abbreviates(m.text.replace(/\./g, ''), before.text)) return undefined;
  return byKey.get(classKey(before.type, before.text));
}

// An acronym used before its definition ("RSF" in a headline, then "Rapid Support Forces"), or
// defined in parentheses although its letters follow another language ("National Liberation
// Army (ELN)"), joins the named group.
function joinAcronyms(doc: Doc, groups: Group[]): Group[] {
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.type === 'PERSON' || !g.mentions.every((m) => ACRONYM.test(m.text))) continue;
    const letters = g.mentions[0].text.replace(/\./g, '');
    const named = groups.find((h) => h !== g && !gone.has(h) && h.type !== 'PERSON'
      && h.mentions.some((x) => initials(x.text) === letters || (h.type === 'ORG' && definedAfter(doc, x, letters))));
    if (!named) continue;
    named.mentions.push(...g.mentions);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

/** "Name (ABC)": the acronym follows the name in parentheses, and no dash follows as in a dateline ("PARIS (AFP) -"). */
function definedAfter(doc: Doc, m: Mention, letters: string): boolean {
  const t = doc.tokens;
  return m.last + 3 < t.length && t.surface(m.last + 1) === '(' && t.surface(m.last + 3) === ')' && t.surface(m.last + 2).replace(/\./g, '') === letters
    && (m.last + 4 >= t.length || !/^[-–—]$/.test(t.surface(m.last + 4)));
}

// "IAEA" and a group named "International Atomic Energy Agency".
function initialsOf(m: Mention, groups: Group[]): Group | undefined {
  if (!ACRONYM.test(m.text)) return undefined;
  const letters = m.text.replace(/\./g, '');
  return groups.find((g) => g.type !== 'PERSON' && g.mentions.some((x) => initials(x.text) === letters));
}

function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  return words.length > 1 ? words.map((w) => w.charAt(0)).join('').toUpperCase() : '';
}

// A one-word mention that is the last word of a person's full name elsewhere in the article
// ("Baker" after "Tom Baker"), whichever of the two comes first; or the first word of exactly
// one person's full name ("Sonia" and "Sonia O'Sullivan").
function personSurnames(mentions: Mention[]) {
  const byLast = new Map<string, Mention[]>();
  const byFirst = new Map<string, Set<string>>();
  const fullByText = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.first === m.last) continue;
    const words = m.text.split(/\s+/);
    byLast.set(words[words.length - 1], [...(byLast.get(words[words.length - 1]) ?? []), m]);
    byFirst.set(words[0], (byFirst.get(words[0]) ?? new Set()).add(m.text));
    fullByText.set(m.text, m);
  }
  return {
    get(m: Mention, groups: Group[], byKey: Map<string, Group>): Group | undefined {
      // the tagger confuses people with organisations, rarely with places
      if (m.first !== m.last || (m.type !== 'PERSON' && m.type !== 'ORG')) return undefined;
      let target: Mention | undefined;
      const candidates = byLast.get(m.text);
      if (candidates) {
        // the nearest full name before the mention, else the first after it
        target = candidates.filter((c) => c.start < m.start).pop() ?? candidates[0];
      } else {
        const firsts = byFirst.get(m.text);
        if (m.type !== 'PERSON' || !firsts || firsts.size !== 1) return undefined;
        target = fullByText.get([...firsts][0]);
      }
      if (!target) return undefined;
      let g = byKey.get(classKey('PERSON', target.text));
      if (!g) {
        g = { mentions: [], name: '', type: 'PERSON' };
        groups.push(g);
        byKey.set(classKey('PERSON', target.text), g);
      }
      return g;
    },
  };
}

// The group's type is a person's when a full name is among its mentions, else the vote of its
// mentions weighted by length; its name is the longest form, the formal "Republic of ..."
// only when the article never uses the short one.
function settle(g: Group): Group {
  g.mentions.sort((a, b) => a.start - b.start);
  const votes = new Map<EntityType, number>();
  for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.last - m.first + 1);
  const fullName = g.mentions.some((m) => m.type === 'PERSON' && m.last > m.first);
  g.type = fullName ? 'PERSON' : [...votes].sort((a, b) => b[1] - a[1])[0][0];
  let name = '';
  const forms = g.mentions.map((m) => canonical(m.text) ?? m.text.replace(/\s+/g, ' ').replace(GROUP_PREFIX, ''));
  const plain = forms.filter((f) => !stateFormOf(f));
  // the longest form, and in mixed case when there is one ("Nairobi" over a dateline's "NAIROBI")
  const rank = (f: string) => f.length + (f !== f.toUpperCase() ? 1000 : 0);
  for (const f of plain.length ? plain : forms) if (rank(f) > rank(name)) name = f;
  g.name = titleCasePlace(name);
  return g;
}

/** A place only named in upper case, as in a dateline ("KHARTOUM"), is named as the gazetteer knows it ("Khartoum"). */
function titleCasePlace(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  const titled = name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return knownPlace(titled) ? titled : name;
}

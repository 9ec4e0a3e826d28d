import type { Entity, EntityType, Ref, Span } from '../../doc/types.js';
import type { MentionAt, QuoteContext } from './context.js';
import { descriptionFamily, descriptionHeads, functionWords, type Gender, genderWords } from './lexicon.js';
import type { TokenRange } from './phrases.js';

/** A speaker as the contract has it, plus the span of the words that name them. */
export interface Speaker extends Ref, Span {}

// how far back (in sentences) a pronoun or description looks for its referent
const REFERENT_WINDOW = 6;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const PRONOUN_GENDER: Record<string, Gender | undefined> = { he: 'male', she: 'female' };
const PRONOUN_TYPES: Record<string, readonly EntityType[]> = {
  he: ['PERSON'],
  she: ['PERSON'],
  it: ['ORG', 'GPE'],
  they: ['ORG', 'NORP'],
};

/**
 * Resolves who the words of a speaker phrase are: a named entity whose mention heads the
 * phrase; a pronoun's latest compatible referent (a recent speaker first); a definite
 * description's latest matching entity ("the former finance minister"); else the words alone.
 */
export class SpeakerResolver {
  /** speakers resolved so far, in text order, for pronouns that point back at them */
  private readonly said: { sentence: number; entity: Entity | null; kind: EntityType | 'GROUP'; gender?: Gender }[] = [];
  private readonly genders = new Map<Entity, Gender | null>();

  constructor(private readonly ctx: QuoteContext) {}

  resolve(range: TokenRange): Speaker {
    const ctx = this.ctx;
    const [from, to] = authorOf(ctx, range);
    const span = { start: ctx.start(from), end: ctx.end(to - 1) };
    const text = ctx.text.slice(span.start, span.end);
    const entity = to - from === 1 && functionWords().pronoun.has(ctx.lower(from)) ? this.pronounReferent(ctx.lower(from), span.start) : this.phraseReferent(from, to);
    const sentence = ctx.doc.sentenceAt(span.start);
    if (entity) this.said.push({ sentence, entity, kind: entity.type });
    else {
      // an unnamed speaker ("a council spokeswoman", "the firm", "residents") is the one a
      // pronoun after it points back to, rather than someone named before
      const head = ctx.lower(headToken(ctx, from, to));
      const kind = descriptionHeads().get(head);
      if (kind && kind !== 'DOCUMENT') this.said.push({ sentence, entity: null, kind, gender: genderWords().get(head) });
    }
    return { entity: entity?.id ?? null, text, start: span.start, end: span.end };
  }

  /** the entity a phrase names at its head, or the one a definite description points back to */
  private phraseReferent(from: number, to: number): Entity | null {
    const ctx = this.ctx;
    const head = headToken(ctx, from, to);
    const named = ctx.mentionAt(head);
    if (named) return named.entity;
    const kind = descriptionHeads().get(ctx.lower(head));
    if (kind === 'ORG') {
      // "the IG Metall union", "the UN's humanitarian office": the organisation named inside
      const inner = this.organisationIn(from, head);
      if (inner) return inner;
    }
    if (!DEFINITE.has(ctx.lower(from)) || (kind !== 'PERSON' && kind !== 'ORG')) return null;
    const word = ctx.lower(head);
    const at = ctx.start(from);
    const matching = this.latest(at, [kind], (e) => e.name.toLowerCase().includes(word) || e.descriptors.some((d) => d.toLowerCase().includes(word)));
    if (matching) return matching;
    if (kind === 'ORG') return this.latestOrganisation(from, head);
    // without a matching descriptor, the latest person only if they were also the latest
    // speaker ("... the minister said ... “...,” the former finance minister told AFP")
    const latest = this.latest(at, [kind], () => true);
    return latest && this.said.length && this.said[this.said.length - 1].entity === latest ? latest : null;
  }

  /** an organisation mentioned among a phrase's words before its head */
  private organisationIn(from: number, head: number): Entity | null {
    for (let k = from; k < head; k++) {
      const m = this.ctx.mentionAt(k);
      if (m && m.entity.type === 'ORG') return m.entity;
    }
    return null;
  }

  /**
   * "the company" without a matching name: the latest organisation that no other noun
   * describes ("the IG Metall union" is no company, "German carmaker Volkswagen" is) and that
   * is not only a news outlet. A description with its own modifiers ("the national disaster
   * agency") names a body of its own and resolves to nothing.
   */
  private latestOrganisation(from: number, head: number): Entity | null {
    const ctx = this.ctx;
    for (let k = from + 1; k < head; k++) if (ctx.isWord(k) && !ctx.isCapitalized(k)) return null;
    const family = familyOf(ctx.lower(head));
    return this.latest(ctx.start(from), ['ORG'], (e) => {
      const known = this.knownAs(e);
      return known.size ? family === ANY || known.has(family) || known.has(ANY) : !this.isOutlet(e);
    });
  }

  /** "the Securities and Exchange Commission" is known as a commission, "the Shell company" as a company */
  private nameFamily(e: Entity): string | null {
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    return descriptionHeads().get(last) === 'ORG' ? familyOf(last) : null;
  }

  private readonly known = new Map<Entity, Set<string>>();

  /** the families of the organisation nouns written right before or after an entity's mentions */
  private knownAs(e: Entity): Set<string> {
    let known = this.known.get(e);
    if (known) return known;
    known = new Set();
    const named = this.nameFamily(e);
    if (named) known.add(named);
    const ctx = this.ctx;
    const heads = descriptionHeads();
    for (const m of e.mentions) {
      const first = ctx.doc.tokens.indexAt(m.start);
      const last = ctx.doc.tokens.indexAt(m.end - 1);
      for (const k of [first - 1, last + 1]) {
        if (k < 0 || k >= ctx.tokenCount || ctx.isCapitalized(k)) continue;
        if (heads.get(ctx.lower(k)) === 'ORG') known.add(familyOf(ctx.lower(k)));
      }
    }
    this.known.set(e, known);
    return known;
  }

  /** a news organisation seen only in datelines and as a listener or source: "(AFP)", "told Reuters", "seen by Reuters" */
  private isOutlet(e: Entity): boolean {
    const ctx = this.ctx;
    return e.mentions.every((m) => {
      const k = ctx.doc.tokens.indexAt(m.start) - 1;
      return k >= 0 && OUTLET_BEFORE.has(ctx.lower(k));
    });
  }

  private pronounReferent(pronoun: string, at: number): Entity | null {
    const types = PRONOUN_TYPES[pronoun];
    if (!types) return null;
    const ctx = this.ctx;
    const sentence = ctx.doc.sentenceAt(at);
    // a referent named earlier in the same sentence wins ("the president appealed ... what he called")
    const gender = PRONOUN_GENDER[pronoun];
    const fits = (e: Entity) => !gender || (this.genderOf(e) ?? gender) === gender;
    const near = this.latest(at, types, fits);
    if (near && ctx.doc.sentenceAt(this.lastSeen(near, at)) === sentence) return near;
    // else the latest compatible speaker, who is usually the one still talking
    for (let k = this.said.length - 1; k >= 0; k--) {
      const s = this.said[k];
      if (sentence - s.sentence > REFERENT_WINDOW) break;
      if (s.kind === 'GROUP' ? pronoun !== 'they' : !types.includes(s.kind)) continue;
      if (s.entity ? fits(s.entity) : !gender || (s.gender ?? gender) === gender) return s.entity;
    }
    return near;
  }

  /** a person's gender from a title or gendered noun before a mention ("Ms", "spokeswoman") or in a descriptor */
  private genderOf(e: Entity): Gender | null {
    if (e.type !== 'PERSON') return null;
    let gender = this.genders.get(e);
    if (gender !== undefined) return gender;
    gender = null;
    const ctx = this.ctx;
    const words = genderWords();
    for (const m of e.mentions) {
      let k = ctx.doc.tokens.indexAt(m.start) - 1;
      if (k > 0 && ctx.surface(k) === '.') k--;
      gender = k >= 0 ? words.get(ctx.lower(k)) ?? null : null;
      if (gender) break;
    }
    for (const d of e.descriptors) for (const w of d.toLowerCase().split(/\s+/)) gender ??= words.get(w) ?? null;
    this.genders.set(e, gender);
    return gender;
  }

  /** the latest entity of the given types mentioned before `at`, outside quotations and within the window */
  private latest(at: number, types: readonly EntityType[], accept: (e: Entity) => boolean): Entity | null {
    const ctx = this.ctx;
    const sentence = ctx.doc.sentenceAt(at);
    for (let k = ctx.lastMentionBefore(at); k >= 0; k--) {
      const m: MentionAt = ctx.mentions[k];
      if (sentence - ctx.doc.sentenceAt(m.start) > REFERENT_WINDOW) break;
      if (m.end > at || !types.includes(m.entity.type) || ctx.quotedAt(m.start)) continue;
      if (accept(m.entity)) return m.entity;
    }
    return null;
  }

  private lastSeen(entity: Entity, at: number): number {
    let best = -1;
    for (const m of entity.mentions) if (m.start < at && m.start > best) best = m.start;
    return best;
  }
}

const AUTHOR_PREPOSITIONS = new Set(['from', 'by', 'of']);

/** "a statement from the college", "a letter by the ministry": the author stands for the document. */
function authorOf(ctx: QuoteContext, [from, to]: TokenRange): TokenRange {
  for (let k = from + 1; k + 1 < to; k++) {
    if (AUTHOR_PREPOSITIONS.has(ctx.lower(k))) return descriptionHeads().get(ctx.lower(k - 1)) === 'DOCUMENT' ? [k + 1, to] : [from, to];
  }
  return [from, to];
}

const OUTLET_BEFORE = new Set(['(', 'told', 'by', 'telling']);

// the family of generic organisation nouns, which fit every organisation
const ANY = 'any';

function familyOf(noun: string): string {
  return descriptionFamily().get(noun) ?? noun;
}

/**
 * The head of a phrase: its last word before a preposition ("spokesman" in "a spokesman for
 * the ministry") and never a possessive ("campaign" in "Trump's campaign").
 */
function headToken(ctx: QuoteContext, from: number, to: number): number {
  const inner = functionWords().inner;
  for (let k = from + 1; k < to; k++) if (inner.has(ctx.lower(k)) && !ctx.isCapitalized(k)) return k - 1;
  return to - 1;
}

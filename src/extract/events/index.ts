import type { Doc } from '../../doc/document.js';
import type { Figure, SitEvent, Span } from '../../doc/types.js';
import { gatherHappenings, type Happening } from './happenings.js';
import { findMentions, type Mention } from './mentions.js';
import { clauseSides, roleSides, firstOfRole, type Sides } from './participants.js';
import { sentenceSources } from './sources.js';
import { demonstrating } from './lexicon.js';
import { codeEvent } from './typing.js';

const DEFINITE = /\b(?:the|these|those)\s+$/i;

// Which figures belong to which kind of event: casualties to violence, detentions to
// arrests and violence, crowd sizes to protests and riots, abductions to abductions.
const LINKS: Partial<Record<Figure['category'], (e: SitEvent) => boolean>> = {
  killed: (e) => e.type !== 'Strategic developments' && e.subType !== 'Peaceful protest' && e.subType !== 'Protest with intervention',
  injured: (e) => e.type !== 'Strategic developments',
  detained: (e) => e.subType === 'Arrests' || e.type !== 'Strategic developments',
  participants: (e) => e.type === 'Protests' || e.type === 'Riots',
  kidnapped: (e) => e.subType === 'Abduction/forced disappearance',
};

/** ACLED-coded events resting on evidence spans (see docs/events.md). */
export function extractEvents(doc: Doc): void {
  const mentions = findMentions(doc);
  const demonstration = demonstrating().test(doc.text);
  const happenings = gatherHappenings(doc, mentions, (h) => {
    const sentences = sentenceSpans(doc, h);
    const clauseText = h.evidence.map((c) => doc.surface(c)).join(' ');
    const deaths = toldDeaths(doc, sentences, mentions.filter((m) => m.family.scope === 'violent' && !h.mentions.includes(m)));
    return codeEvent(h.families, clauseText, sentences.map((s) => doc.surface(s)).join(' '), paragraphText(doc, sentences), roleSides(doc, h.mentions), { deaths, demonstration });
  });
  doc.events = happenings.map((h, i) => toEvent(doc, h, `ev-${i + 1}`));
  linkFigures(doc, happenings);
}

/** Are deaths told in these sentences, outside the clauses of other violence? */
function toldDeaths(doc: Doc, sentences: Span[], otherViolence: Mention[]): boolean {
  const inside = (f: Figure, x: Span) => x.start <= f.start && f.end <= x.end;
  return doc.figures.some((f) => f.category === 'killed' && sentences.some((s) => inside(f, s)) && !otherViolence.some((m) => inside(f, m.clause)));
}

function toEvent(doc: Doc, h: Happening, id: string): SitEvent {
  const sentences = sentenceSpans(doc, h);
  const { label } = h;
  const sides: Sides = { actors: [], targets: [], actorsText: [] };
  for (const m of h.mentions) clauseSides(doc, m.clause, m.cue, sides);
  // arrests told in the passive ("112 people were arrested") are made by the state's forces its sentences name
  if (label.subType === 'Arrests' && !sides.actors.length && !sides.actorsText.length) {
    const state = sentences.map((s) => firstOfRole(doc, s, 'state')).find((x) => x);
    if (state) sides.actorsText.push(state);
  }
  const place = h.place?.entity.id ?? null;
  const sources: string[] = [];
  for (const s of sentences) sentenceSources(doc, s, sources);
  return {
    id,
    type: label.type,
    subType: label.subType,
    evidence: [...h.evidence].sort((a, b) => a.start - b.start),
    date: h.date?.date ?? null,
    place,
    actors: sides.actors.filter((a) => a !== place),
    targets: sides.targets.filter((t) => t !== place && !sides.actors.includes(t)),
    actorsText: sides.actorsText,
    fatalities: null,
    sources,
  };
}

function sentenceSpans(doc: Doc, h: Pick<Happening, 'mentions'>): Span[] {
  const idx = [...new Set(h.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
  return idx.map((i) => doc.sentences[i]);
}

function paragraphText(doc: Doc, sentences: Span[]): string {
  const paras = doc.paragraphs.filter((p) => sentences.some((s) => s.start < p.end && p.start < s.end));
  return paras.map((p) => doc.surface(p)).join(' ');
}

/**
 * Gives each figure to the event it counts: one whose clause holds it, else the nearest
 * fitting event of its sentence, else of the sentence before. Fatalities are the range of
 * the killed figures an event received.
 */
function linkFigures(doc: Doc, happenings: Happening[]): void {
  for (const f of doc.figures) {
    const fits = LINKS[f.category];
    if (!fits) continue;
    // "the two deaths": a toll told again belongs where it was first told
    const retold = retelling(doc, f);
    if (retold) {
      f.eventId = retold.eventId;
      continue;
    }
    const s = doc.sentenceAt(f.start);
    const distance = (i: number) => Math.min(...happenings[i].evidence.map((x) => (f.start < x.end && x.start < f.end ? 0 : Math.abs(f.start - x.start))));
    const fitting = doc.events.map((_, i) => i).filter((i) => fits(doc.events[i]));
    let near = fitting.filter((i) => happenings[i].mentions.some((m) => m.sentence === s));
    if (!near.length) near = fitting.filter((i) => happenings[i].lastSentence === s - 1);
    // a figure inside an event's clause is that event's, or no one's if it does not fit it
    const holder = happenings.findIndex((h) => h.evidence.some((x) => x.start <= f.start && f.end <= x.end));
    if (holder >= 0 && !fits(doc.events[holder])) continue;
    const best = near.sort((a, b) => distance(a) - distance(b))[0] ?? -1;
    if (best < 0) continue;
    f.eventId = doc.events[best].id;
  }
  for (const e of doc.events) {
    const killed = doc.figures.filter((f) => f.eventId === e.id && f.category === 'killed' && (f.low ?? f.value) !== null);
    if (!killed.length) continue;
    const lows = killed.map((f) => (f.low ?? f.value)!);
    const highs = killed.map((f) => f.high);
    e.fatalities = { low: Math.min(...lows), high: highs.every((x) => x !== null) ? Math.max(...(highs as number[])) : null };
  }
}

/** An earlier figure of the same count that a definite one ("the two deaths") tells again. */
function retelling(doc: Doc, f: Figure): Figure | undefined {
  if (!DEFINITE.test(doc.text.slice(Math.max(0, f.start - 8), f.start))) return undefined;
  return doc.figures.find((o) => o.start < f.start && o.category === f.category && o.value !== null && o.value === f.value);
}

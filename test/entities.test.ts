import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/doc/document.js';
import type { Entity } from '../src/doc/types.js';
import { SpanScore, spanMap } from '../src/extract/entities/conlleval.js';
import { loadModel, tagDocument } from '../src/extract/entities/model.js';
import { spansOf, TAGS, TYPES } from '../src/extract/entities/tags.js';
import { runPipeline } from '../src/pipeline.js';

const ARTICLE = [
  'NAIROBI - Kenyan police fired tear gas at protesters in Nairobi on Monday, the Interior Ministry said.',
  'President William Ruto met Britain’s Foreign Secretary David Lammy at State House, according to the World Health Organization (WHO).',
  'Ruto said the talks were useful. WHO officials said Kenya’s hospitals were full, and a London-based charity sent doctors.',
  'Amina Otieno, a 34-year-old nurse, said she had worked for two days without rest.',
  'Opposition leader Raila Odinga criticised the plan.',
  '“This cannot go on,” the former prime minister told reporters.',
].join('\n\n');

const entitiesOf = (text: string): { doc: Doc; byName: (name: string) => Entity } => {
  const doc = runPipeline({ id: 't', text }, { until: 'entities' });
  const byName = (name: string) => {
    const e = doc.entities.find((x) => x.name === name);
    assert.ok(e, `no entity named ${name}; got ${doc.entities.map((x) => `${x.type} ${x.name}`).join(', ')}`);
    return e;
  };
  return { doc, byName };
};
const surfaces = (doc: Doc, e: Entity) => e.mentions.map((m) => doc.surface(m));

test('names get contract types, one entity per referent', () => {
  const { doc, byName } = entitiesOf(ARTICLE);
  assert.equal(byName('William Ruto').type, 'PERSON');
  assert.deepEqual(surfaces(doc, byName('William Ruto')), ['William Ruto', 'Ruto']);
  assert.equal(byName('Nairobi').type, 'GPE');
  assert.equal(byName('Nairobi').mentions.length, 2, 'the dateline is a mention too');
  assert.equal(byName('Interior Ministry').type, 'ORG');
  assert.equal(byName('Kenyan').type, 'NORP');
  assert.equal(byName('Kenya').type, 'GPE');
  // a possessive is not part of the mention
  assert.deepEqual(surfaces(doc, byName('Kenya')), ['Kenya']);
  // a listed short form takes the full name
  assert.equal(byName('United Kingdom').type, 'GPE');
  assert.deepEqual(surfaces(doc, byName('United Kingdom')), ['Britain']);
  // a name inside a hyphenated compound is a mention of its own
  assert.deepEqual(surfaces(doc, byName('London')), ['London']);
});

test('an acronym defined in parentheses joins its organisation', () => {
  const { doc, byName } = entitiesOf(ARTICLE);
  const who = byName('World Health Organization');
  assert.equal(who.type, 'ORG');
  assert.deepEqual(surfaces(doc, who), ['World Health Organization', 'WHO', 'WHO']);
  assert.ok(!doc.entities.some((e) => e.name === 'WHO'));
});

test('descriptors come from titles, appositions and definite descriptions', () => {
  const { byName } = entitiesOf(ARTICLE);
  assert.deepEqual(byName('William Ruto').descriptors, ['President']);
  assert.deepEqual(byName('David Lammy').descriptors, ['Foreign Secretary']);
  assert.deepEqual(byName('Amina Otieno').descriptors, ['a 34-year-old nurse']);
  assert.deepEqual(byName('Raila Odinga').descriptors, ['Opposition leader', 'former prime minister']);
});

test('entities are sorted by first mention with sequential ids and geo left to the geo stage', () => {
  const { doc } = entitiesOf(ARTICLE);
  doc.entities.forEach((e, i) => {
    assert.equal(e.id, `ent-${i + 1}`);
    assert.equal(e.geo, null);
    if (i) assert.ok(doc.entities[i - 1].mentions[0].start < e.mentions[0].start);
    for (const m of e.mentions) assert.equal(doc.surface(m).trim(), doc.surface(m));
  });
});

test('organisations get descriptors from titles and appositions', () => {
  const { byName } = entitiesOf('The militant group Hamas said it fired rockets. Reuters, a news agency, reported the attack.');
  assert.deepEqual(byName('Hamas').descriptors, ['militant group']);
  assert.deepEqual(byName('Reuters').descriptors, ['a news agency']);
});

test('a Title Case headline does not turn ordinary words into names', () => {
  const { doc } = entitiesOf('Wealthy Voters Abandon Republican Party For Rival\n\nVoters in Ohio said on Monday they would back the rival.');
  assert.ok(!doc.entities.some((e) => /Wealthy|Voters|Abandon/.test(e.name)), doc.entities.map((e) => e.name).join(', '));
  assert.ok(doc.entities.some((e) => e.name === 'Ohio' && e.type === 'GPE'));
});

test('a dateline is a place and a credit line names people', () => {
  const { byName } = entitiesOf('JUBA (Reuters) - The army said on Tuesday it had repelled an attack near Yei.\n\n(Reporting by Denis Dumo; Editing by Toby Chopra)');
  // named as the gazetteer writes it; the mention keeps the dateline's capitals
  assert.equal(byName('Juba').type, 'GPE');
  assert.equal(byName('Reuters').type, 'ORG');
  assert.equal(byName('Denis Dumo').type, 'PERSON');
  assert.equal(byName('Toby Chopra').type, 'PERSON');
});

test('a business story has no invented people or places', () => {
  const { doc } = entitiesOf('Shares rose 3% on Tuesday as investors welcomed lower inflation. Analysts said the market could climb further next week.');
  assert.deepEqual(doc.entities, []);
});

test('the tagger reads CoNLL-style tokens and keeps to IOB2', () => {
  const model = loadModel();
  const words = 'German Chancellor Angela Merkel visited the European Commission in Brussels .'.split(' ');
  const tags = tagDocument(model, { words, sentStarts: [0] });
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag.startsWith('I-')) assert.ok(i > 0 && TAGS[tags[i - 1]].slice(2) === tag.slice(2), 'I- continues its own type');
  }
  const found = spansOf(tags).map((s) => `${TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`);
  assert.ok(found.includes('PER Angela Merkel'), found.join(', '));
  assert.ok(found.includes('ORG European Commission'), found.join(', '));
  assert.ok(found.includes('LOC Brussels'), found.join(', '));
});

test('span scoring counts exact spans and types as conlleval does', () => {
  const score = new SpanScore();
  const label = (t: number) => TYPES[t];
  // gold: B-PER I-PER O B-LOC; predicted: B-PER O O B-LOC
  score.add(spanMap([1, 2, 0, 5], label), spanMap([1, 0, 0, 5], label));
  assert.deepEqual(score.prf(['LOC']), { p: 1, r: 1, f1: 1, gold: 1, pred: 1 });
  const per = score.prf(['PER']);
  assert.equal(per.p, 0);
  assert.equal(per.r, 0);
  assert.equal(score.prf(['PER', 'LOC']).f1, 0.5);
});

test('unknown names in clear places of place are places, people there stay people', () => {
  const { byName } = entitiesOf([
    'Witnesses said Wamuyu residents fled.',
    'Riots have rocked Kithimani, Machakos County.',
    'Two teachers were abducted in Ngarua Sub-County on Tuesday.',
    'In Toronto, Kevin Tapani allowed two runs.',
    'A letter from Jane Njeri in Nairobi was read out.',
  ].join('\n\n'));
  // missed by the tagger, found by "residents"; read as a person and an organisation, placed by the county
  assert.equal(byName('Wamuyu').type, 'GPE');
  assert.equal(byName('Kithimani').type, 'GPE');
  assert.equal(byName('Machakos County').type, 'GPE');
  assert.equal(byName('Ngarua Sub-County').type, 'GPE');
  assert.equal(byName('Kevin Tapani').type, 'PERSON');
  assert.equal(byName('Jane Njeri').type, 'PERSON');
});

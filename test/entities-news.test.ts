import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Doc } from '../src/doc/document.js';
import type { Entity } from '../src/doc/types.js';
import { runPipeline } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';

// Hand-written news stories (test/fixtures/entities/*.txt) with hand-checked entities
// (*.expected.json): datelines, credit lines, agencies, armed groups, facilities.
const FIXTURES = join(packageRoot, 'test', 'fixtures', 'entities');

interface Expected { name: string; type: string; mentions?: string[] }

const stories = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => {
  const id = f.replace(/\.txt$/, '');
  const doc = runPipeline({ id, text: readFileSync(join(FIXTURES, f), 'utf8') }, { until: 'entities' });
  const expected = (JSON.parse(readFileSync(join(FIXTURES, `${id}.expected.json`), 'utf8')) as { entities: Expected[] }).entities;
  return { id, doc, expected };
});

const surfaces = (doc: Doc, e: Entity) => e.mentions.map((m) => doc.surface(m));
const story = (id: string) => {
  const s = stories.find((x) => x.id === id);
  assert.ok(s, `no fixture ${id}`);
  const entity = (name: string) => {
    const e = s.doc.entities.find((x) => x.name === name);
    assert.ok(e, `${id}: no entity named ${name}; got ${s.doc.entities.map((x) => `${x.type} ${x.name}`).join(', ')}`);
    return e;
  };
  return { doc: s.doc, entity };
};

test('the fixture stories score at least 0.9 on names with types, and mentions where listed', () => {
  let expected = 0, found = 0, predicted = 0, listed = 0, sameMentions = 0;
  for (const { doc, expected: gold } of stories) {
    expected += gold.length;
    predicted += doc.entities.length;
    for (const g of gold) {
      const e = doc.entities.find((x) => x.name === g.name && x.type === g.type);
      if (e) found++;
      if (g.mentions) {
        listed++;
        if (e && surfaces(doc, e).join('|') === g.mentions.join('|')) sameMentions++;
      }
    }
  }
  assert.ok(found / expected >= 0.9, `recall ${found}/${expected}`);
  assert.ok(found / predicted >= 0.9, `precision ${found}/${predicted}`);
  assert.ok(sameMentions / listed >= 0.95, `mention lists ${sameMentions}/${listed}`);
});

test('facility heads make FAC whatever the tagger read: parks, roads, squares, airports', () => {
  const kenya = story('kenya-protest');
  for (const name of ['Uhuru Park', 'Kenyatta Avenue', 'Parliament Road', 'Kenyatta National Hospital']) assert.equal(kenya.entity(name).type, 'FAC', name);
  const gaza = story('gaza-strike');
  assert.equal(gaza.entity('Salah al-Din Road').type, 'FAC');
  const france = story('france-strike');
  for (const name of ['Place de la Nation', 'Gare du Nord']) assert.equal(france.entity(name).type, 'FAC', name);
  // "Charles de Gaulle airport": the name before a facility noun
  assert.equal(france.entity('Charles de Gaulle').type, 'FAC');
  assert.equal(story('russia-journalist').entity('Matrosskaya Tishina').type, 'FAC');
  // a known town before a facility noun stays the town
  assert.equal(story('pakistan-blast').entity('Quetta').type, 'GPE');
});

test('datelines mention the place, the agency is an organisation, credit lines name people', () => {
  const sudan = story('sudan-rsf');
  assert.deepEqual(surfaces(sudan.doc, sudan.entity('Khartoum')), ['KHARTOUM'], 'an upper-case dateline is named as the gazetteer knows it');
  assert.equal(sudan.entity('Magdy').type, 'PERSON', '"Magdy reported from Cairo." names its reporter');
  assert.equal(sudan.entity('Cairo').type, 'GPE');
  const gaza = story('gaza-strike');
  assert.equal(gaza.entity('Al Jazeera').type, 'ORG');
  const mali = story('mali-jnim');
  assert.equal(mali.entity('Reuters').type, 'ORG');
  for (const name of ['Tiemoko Diallo', 'Anne Mimault', 'Sofia Christensen', 'Andrew Heavens']) assert.equal(mali.entity(name).type, 'PERSON', name);
  assert.equal(mali.entity('Niamey').type, 'GPE', 'the place after "in" stays a place');
  const pakistan = story('pakistan-blast');
  for (const name of ['Gul Yousafzai', 'Asif Shahzad', 'William Mallard']) assert.equal(pakistan.entity(name).type, 'PERSON', name);
});

test('organisation nouns and defined acronyms correct the tagger', () => {
  const russia = story('russia-journalist');
  const paper = russia.entity('Novaya Gazeta');
  assert.equal(paper.type, 'ORG');
  assert.equal(paper.mentions.length, 3);
  const mali = story('mali-jnim');
  assert.equal(mali.entity("Jama'at Nusrat al-Islam wal-Muslimin").type, 'ORG');
  assert.deepEqual(surfaces(mali.doc, mali.entity("Jama'at Nusrat al-Islam wal-Muslimin")), ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM']);
  assert.equal(story('colombia-eln').entity('Democratic Centre').type, 'ORG');
});

test('acronyms join their names before the definition and in other languages', () => {
  const sudan = story('sudan-rsf');
  assert.deepEqual(surfaces(sudan.doc, sudan.entity('Rapid Support Forces')), ['RSF', 'Rapid Support Forces', 'RSF', 'RSF', 'RSF']);
  const colombia = story('colombia-eln');
  assert.deepEqual(surfaces(colombia.doc, colombia.entity('National Liberation Army')), ['ELN', 'National Liberation Army', 'ELN', 'ELN']);
  const us = story('us-shooting');
  assert.deepEqual(surfaces(us.doc, us.entity('Tennessee')), ['Tenn', 'Tennessee'], 'a state abbreviation is the state');
});

test('a surname alone is a person, not the town that shares it', () => {
  const lebanon = story('lebanon-politics');
  assert.equal(lebanon.entity('Obama').type, 'PERSON');
  assert.equal(lebanon.entity('Hezbollah').type, 'ORG');
  assert.equal(lebanon.entity('Prince Faisal bin Farhan').type, 'PERSON');
  const us = story('us-shooting');
  assert.deepEqual(surfaces(us.doc, us.entity('Barack Obama')), ['Barack Obama', 'Obama']);
});

test('"the former minister" goes to the recent person whose title shares its words', () => {
  const text = [
    'Former finance minister Jane Kamau criticised the budget on Monday. Prime Minister John Otieno defended it in parliament and Treasury official Peter Mwangi said more cuts were coming.',
    '"It is reckless," the former minister told reporters.',
  ].join('\n\n');
  const doc = runPipeline({ id: 't', text }, { until: 'entities' });
  const descriptors = (name: string) => doc.entities.find((e) => e.name === name)?.descriptors ?? [];
  assert.ok(descriptors('Jane Kamau').includes('former minister'), JSON.stringify(descriptors('Jane Kamau')));
  assert.ok(!descriptors('Peter Mwangi').includes('former minister'));
});

test('"the town of X" is a place whatever the tagger read', () => {
  const doc = runPipeline({ id: 't', text: 'Government forces recaptured the town of Adan Yabaal from militants on Friday, the defence ministry said.' }, { until: 'entities' });
  assert.equal(doc.entities.find((e) => e.name === 'Adan Yabaal')?.type, 'GPE', JSON.stringify(doc.entities.map((e) => `${e.type} ${e.name}`)));
});

test('"The attorney general, Jane Doe," describes the name after the comma, not the person before', () => {
  const text = 'Opposition leader Maria Lopez said agents had detained her campaign manager. The attorney general, Tarek Saab, said the man was accused of treason.';
  const doc = runPipeline({ id: 't', text }, { until: 'entities' });
  const descriptors = (name: string) => doc.entities.find((e) => e.name === name)?.descriptors ?? [];
  assert.deepEqual(descriptors('Tarek Saab'), ['attorney general']);
  assert.deepEqual(descriptors('Maria Lopez'), ['Opposition leader']);
});

test('a nationality the tagger left out is a NORP; party words are not added', () => {
  const doc = runPipeline({ id: 't', text: 'Somali government forces recaptured the town on Friday. A Somali official said the Conservative plan had failed.' }, { until: 'entities' });
  const somali = doc.entities.find((e) => e.name === 'Somali');
  assert.equal(somali?.type, 'NORP', JSON.stringify(doc.entities.map((e) => `${e.type} ${e.name}`)));
  assert.equal(somali.mentions.length, 2);
});

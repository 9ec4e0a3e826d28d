import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Doc } from '../src/doc/document.js';
import type { Entity, EntityType, Quote } from '../src/doc/types.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { analyze } from '../src/index.js';
import { segment } from '../src/text/index.js';
import { SHARED } from './helpers.js';

interface Named { type: EntityType; name: string; descriptors?: string[] }

/**
 * Runs the text stage and the quotes stage on `text`. Entities, when given, are placed as the
 * entity stage would: one per name, with a mention at every occurrence of each listed form.
 */
function quotesOf(text: string, named: Record<string, Named & { forms?: string[] }> = {}): { doc: Doc; quotes: Quote[] } {
  const doc = new Doc({ id: 't', text });
  segment(doc);
  doc.entities = Object.entries(named).map(([id, n]): Entity => {
    const mentions = [];
    for (const form of n.forms ?? [n.name]) for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
    return { id, type: n.type, name: n.name, mentions: mentions.sort((a, b) => a.start - b.start), descriptors: n.descriptors ?? [], geo: null };
  });
  extractQuotes(doc);
  return { doc, quotes: doc.quotes };
}

const surface = (doc: Doc, q: { start: number; end: number }) => doc.text.slice(q.start, q.end);

function find(doc: Doc, quotes: Quote[], words: string, kind?: 'direct' | 'indirect'): Quote {
  const q = quotes.find((x) => surface(doc, x).includes(words) && (!kind || x.kind === kind));
  assert.ok(q, `no ${kind ?? ''} quote with "${words}" in ${JSON.stringify(quotes.map((x) => surface(doc, x)))}`);
  return q;
}

test('a direct quote with the speaker after it, its apposition skipped', () => {
  const { doc, quotes } = quotesOf('“I did not know that,” Diallo, a 29-year-old teacher, told AFP near the residence.', { 'ent-1': { type: 'PERSON', name: 'Diallo' } });
  assert.equal(quotes.length, 1);
  const q = quotes[0];
  assert.equal(surface(doc, q), 'I did not know that');
  assert.equal(q.kind, 'direct');
  assert.deepEqual([q.speaker?.entity, q.speaker?.text], ['ent-1', 'Diallo']);
  assert.equal(surface(doc, q.cue!), 'told');
});

test('straight quotes reopened at each new sentence belong to one speaker', () => {
  const text = 'Ms Hewitt said: "We have doubled maternity pay already. "We are going to extend the pay to nine months." She said more was planned.';
  const { doc, quotes } = quotesOf(text);
  const first = find(doc, quotes, 'We have doubled');
  const second = find(doc, quotes, 'We are going');
  assert.equal(first.speaker?.text, 'Ms Hewitt');
  assert.equal(second.speaker?.text, 'Ms Hewitt', 'the reopened quote is not given to the next sentence');
  assert.equal(surface(doc, find(doc, quotes, 'more was planned', 'indirect')), 'more was planned');
});

test('nested single quotes stay inside the double quote', () => {
  const { doc, quotes } = quotesOf('“They shouted ‘go home’ at us all night,” a resident said.');
  assert.equal(quotes.length, 1);
  assert.equal(surface(doc, quotes[0]), 'They shouted ‘go home’ at us all night');
  assert.equal(quotes[0].speaker?.text, 'a resident');
});

test('a quote running over paragraphs keeps its speaker, an unattributed next paragraph continues it', () => {
  const text = '“It is just a question of how long,” the former energy minister told AFP.\n\n“Literally in three days a revolution took place.\n\n“People understood that they are not weak.”';
  const { doc, quotes } = quotesOf(text);
  assert.equal(quotes.length, 3);
  for (const q of quotes) assert.equal(q.speaker?.text, 'the former energy minister', surface(doc, q));
  assert.equal(surface(doc, quotes[1]), 'Literally in three days a revolution took place.');
});

test('a heading that is only a quote is no quote; a short unattributed scare quote is none either', () => {
  const text = 'Protests spread across the country on Monday.\n\n“So scary”\n\nThe so-called “reforms” were never published by anyone at all.';
  const { quotes } = quotesOf(text);
  assert.deepEqual(quotes, []);
});

test('partial quotes and scare quotes take the speaker of their sentence', () => {
  const text = 'Mr Okonjo appealed to the alliance to fight what he called “terrorist groups” that had “received extensive training abroad.” In the worst violence, police said dozens of people were “eliminated” in battles.';
  const { doc, quotes } = quotesOf(text, { 'ent-1': { type: 'PERSON', name: 'Peter Okonjo', forms: ['Okonjo'] } });
  for (const words of ['terrorist groups', 'received extensive training']) {
    const q = find(doc, quotes, words, 'direct');
    assert.equal(q.speaker?.entity, 'ent-1', `"he" resolves to Okonjo for ${words}`);
    assert.equal(surface(doc, q.cue!), 'called');
  }
  assert.ok(!quotes.some((q) => q.kind === 'indirect' && surface(doc, q).startsWith('“terrorist')), 'a naming verb reports no content');
  const scare = find(doc, quotes, 'eliminated', 'direct');
  assert.equal(scare.speaker?.text, 'police');
  const reported = find(doc, quotes, 'dozens of people', 'indirect');
  assert.equal(surface(doc, reported), 'dozens of people were “eliminated” in battles');
  assert.deepEqual(reported.speaker, scare.speaker);
});

test('shouted slogans are quotes of the crowd', () => {
  const { doc, quotes } = quotesOf('Many protesters shouted “Old Man Out!” referring to the former leader.');
  const q = find(doc, quotes, 'Old Man Out!');
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.entity, null);
  assert.equal(q.speaker?.text, 'Many protesters');
});

test('reported speech: said that, told X that, trailing said, according to', () => {
  const text = [
    'Local media reported that security forces had cleared the square.',
    'The first units had meanwhile arrived in the capital, the Defense Ministry said, after the government appealed for help.',
    'Several witnesses confirmed to AFP that a statue had been demolished.',
    'According to the Interior Ministry, about 2,300 people were detained.',
    'More than 1,000 people were injured, according to officials.',
  ].join(' ');
  const { doc, quotes } = quotesOf(text, { 'ent-1': { type: 'ORG', name: 'Defense Ministry' }, 'ent-2': { type: 'ORG', name: 'Interior Ministry' } });
  const expect: [string, string, string | null, string][] = [
    ['security forces had cleared the square', 'Local media', null, 'reported'],
    ['The first units had meanwhile arrived in the capital', 'the Defense Ministry', 'ent-1', 'said'],
    ['a statue had been demolished', 'Several witnesses', null, 'confirmed'],
    ['about 2,300 people were detained', 'the Interior Ministry', 'ent-2', 'According to'],
    ['More than 1,000 people were injured', 'officials', null, 'according to'],
  ];
  assert.equal(quotes.length, expect.length);
  for (const [content, speaker, entity, cue] of expect) {
    const q = find(doc, quotes, content, 'indirect');
    assert.equal(surface(doc, q), content);
    assert.equal(q.speaker?.text, speaker);
    assert.equal(q.speaker?.entity, entity);
    assert.equal(surface(doc, q.cue!), cue);
  }
});

test('participles and coordinated cues share their clause subject or the earlier speaker', () => {
  const text = 'The government set new fuel price limits, saying measures were needed to stabilize prices. Mr. Trump will speak in Washington this month, Mr. Manafort said, adding that he would hold similar events. Gary Emineth became a delegate and said he is leaning toward Trump.';
  const { doc, quotes } = quotesOf(text);
  assert.equal(find(doc, quotes, 'measures were needed').speaker?.text, 'The government');
  assert.equal(find(doc, quotes, 'Mr. Trump will speak').speaker?.text, 'Mr. Manafort');
  assert.equal(find(doc, quotes, 'he would hold similar events').speaker?.text, 'Mr. Manafort');
  assert.equal(find(doc, quotes, 'he is leaning').speaker?.text, 'Gary Emineth');
});

test('pronouns and definite descriptions resolve to the latest compatible referent', () => {
  const text = 'Opposition leader Maria Petrova said the regime was coming to an end. “It is just a question of how long,” the former energy minister told AFP. The alliance was formed by the Northern Defence Organization. Within hours, the alliance said that the first troops had been sent. “We will stay,” it said.';
  const { doc, quotes } = quotesOf(text, {
    'ent-1': { type: 'PERSON', name: 'Maria Petrova' },
    'ent-2': { type: 'ORG', name: 'Northern Defence Organization' },
  });
  assert.equal(find(doc, quotes, 'question of how long').speaker?.entity, 'ent-1');
  assert.equal(find(doc, quotes, 'the first troops').speaker?.entity, 'ent-2');
  const it = find(doc, quotes, 'We will stay');
  assert.deepEqual([it.speaker?.text, it.speaker?.entity], ['it', 'ent-2']);
});

test('appositions with commas and brackets, and inversions only when the phrase ends the clause', () => {
  const text = 'Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he already received overtime pay. Rep. Elijah Cummings (D-Md.), chair of the committee, said Clinton did not appear concerned. Prices will rise sharply next year, said the finance minister.';
  const { doc, quotes } = quotesOf(text);
  assert.equal(find(doc, quotes, 'he already received').speaker?.text, 'Paul Porter');
  assert.equal(find(doc, quotes, 'Clinton did not appear').speaker?.text, 'Rep. Elijah Cummings');
  assert.equal(find(doc, quotes, 'Prices will rise').speaker?.text, 'the finance minister');
});

test('a description resolves to a person only through a descriptor or as the one still speaking', () => {
  const named = { 'ent-1': { type: 'PERSON' as const, name: 'John Kasich' }, 'ent-2': { type: 'PERSON' as const, name: 'Angela Merkel' } };
  const { doc, quotes } = quotesOf('John Kasich said the family deserved better. Angela Merkel visited Paris on Monday. Prices will rise, said the minister.', named);
  assert.equal(find(doc, quotes, 'Prices will rise').speaker?.entity, null);
  const described = quotesOf('Angela Merkel visited Paris. John Kasich spoke later. Prices will rise, said the chancellor.', { ...named, 'ent-2': { ...named['ent-2'], descriptors: ['German Chancellor'] } });
  assert.equal(find(described.doc, described.quotes, 'Prices will rise').speaker?.entity, 'ent-2');
});

test('verbs that also take a plain object report nothing without a clause', () => {
  const text = 'When the protests escalated, the authorities declared a nationwide state of emergency until January 19. The president announced the resignation of the government. The country remains in a state of shock.';
  assert.deepEqual(quotesOf(text).quotes, []);
});

test("wire copy's doubled apostrophes quote too", () => {
  const { doc, quotes } = quotesOf("''You'll start to see more depth to the person,'' Mr. Manafort continued.\n\n''The key was timing,'' said Mr. Hedge.");
  assert.equal(surface(doc, find(doc, quotes, 'more depth')), "You'll start to see more depth to the person");
  assert.equal(find(doc, quotes, 'The key was timing').speaker?.text, 'Mr. Hedge');
});

test('a name and a colon before a quotation, or a dash and a name after it, attribute it without a cue', () => {
  const text = 'City lost the derby at home.\n\n- Manchester City boss Kevin Keegan: "We had a great chance to take the lead early on."\n\n“Trump must stop portraying Latinos as dangerous gangsters.” ― Carla Sanchez';
  const { doc, quotes } = quotesOf(text);
  const colon = find(doc, quotes, 'We had a great chance');
  assert.deepEqual([colon.speaker?.text, colon.cue], ['Manchester City boss Kevin Keegan', null]);
  assert.equal(find(doc, quotes, 'Trump must stop').speaker?.text, 'Carla Sanchez');
});

test('a frame ending in a colon attributes the quotation of the next paragraph', () => {
  const { doc, quotes } = quotesOf('The newspaper responded:\n\n“If there are people who are so prone to violence, they should be watched.”');
  const q = find(doc, quotes, 'If there are people');
  assert.equal(q.speaker?.text, 'The newspaper');
  assert.equal(surface(doc, q.cue!), 'responded');
  const read = quotesOf('The statement read: “We reject these accusations entirely.” He read a statement to reporters outside the court.');
  assert.deepEqual(read.quotes.map((x) => [surface(read.doc, x), x.speaker?.text]), [['We reject these accusations entirely.', 'The statement']]);
});

test('a sports and a business story yield no spurious speech', () => {
  const text = 'Chelsea beat Arsenal 2-0 on Saturday to go top of the league.\n\nThe company reported a 5% rise in profits, with sales up in Asia.\n\nShares closed higher in London.';
  assert.deepEqual(quotesOf(text).quotes, []);
});

test('passives, relative-clause frames, infinitives and nouns are no speech', () => {
  const text = [
    'The tax, which would raise the price of petrol by about 8 percent, was announced three weeks ago and is due to take effect on July 1.',
    'No deaths had been reported by Sunday evening in the flooded districts.',
    'The men, whom police said were armed, were taken to a station nearby.',
    'An official, who asked not to be named, described the talks as tense.',
    'The mayor declared himself satisfied with how the vote was run.',
    'High demand for steel has driven prices to a record, and the extra demand that had driven sales is fading.',
    'Police have not said how many people were arrested, and the mayor didn’t say whether the curfew would stay.',
  ].join(' ');
  assert.deepEqual(quotesOf(text).quotes.map((q) => q.start), []);
});

test('a frame inside a content without a break is embedded in it; a break ends the content', () => {
  const text = 'Her daughter said staff had told her the ward was full. She said she had complained to the trust but had no reply. Prices rose sharply, the ministry said.';
  const { doc, quotes } = quotesOf(text);
  assert.equal(surface(doc, find(doc, quotes, 'staff had told', 'indirect')), 'staff had told her the ward was full');
  assert.equal(find(doc, quotes, 'the ward was full', 'indirect').speaker?.text, 'Her daughter');
  assert.equal(surface(doc, find(doc, quotes, 'she had complained', 'indirect')), 'she had complained to the trust but had no reply');
  assert.equal(surface(doc, find(doc, quotes, 'Prices rose', 'indirect')), 'Prices rose sharply');
});

test('"at least" and datelines around reported content', () => {
  const text = 'NAIROBI, Kenya (AP) — At least 12 people died in the floods, officials said.\n\nPolice said at least three people were killed.';
  const { doc, quotes } = quotesOf(text);
  assert.equal(surface(doc, find(doc, quotes, 'people died', 'indirect')), 'At least 12 people died in the floods');
  assert.equal(surface(doc, find(doc, quotes, 'three people', 'indirect')), 'at least three people were killed');
});

test('organisation descriptions: the name inside, the noun around a mention, never a news outlet', () => {
  const named = {
    'ent-1': { type: 'ORG' as const, name: 'Volkswagen' },
    'ent-2': { type: 'ORG' as const, name: 'IG Metall' },
    'ent-3': { type: 'ORG' as const, name: 'Reuters' },
  };
  const text = 'German carmaker Volkswagen will cut jobs, according to a letter seen by Reuters. The IG Metall union called the cuts “a slap in the face” for workers. The cuts will be completed by 2026, the company said. The plan is unwise, said the national labour agency.';
  const { doc, quotes } = quotesOf(text, named);
  assert.equal(find(doc, quotes, 'a slap in the face').speaker?.entity, 'ent-2');
  assert.equal(find(doc, quotes, 'The cuts will be completed').speaker?.entity, 'ent-1');
  assert.equal(find(doc, quotes, 'The plan is unwise').speaker?.entity, null, 'a description with modifiers of its own');
  assert.equal(find(doc, quotes, 'will cut jobs').speaker?.text, 'a letter seen');
});

test('a document stands for its author; "many of whom say" takes the phrase before', () => {
  const named = { 'ent-1': { type: 'ORG' as const, name: 'Royal College of Nursing' } };
  const text = 'The Royal College of Nursing warned of shortages. According to a statement from the college, more than 100,000 posts are vacant. The law was opposed by relatives of the victims, many of whom say the ban is unfair.';
  const { doc, quotes } = quotesOf(text, named);
  const q = find(doc, quotes, '100,000 posts are vacant', 'indirect');
  assert.deepEqual([q.speaker?.text, q.speaker?.entity], ['the college', 'ent-1']);
  assert.equal(find(doc, quotes, 'the ban is unfair', 'indirect').speaker?.text, 'relatives of the victims');
  const report = quotesOf('The report, published on Tuesday, said the number of refugees had doubled.');
  assert.equal(find(report.doc, report.quotes, 'the number of refugees').speaker?.text, 'The report');
});

test('a pronoun after an unnamed speaker points to them, not to someone named before', () => {
  const named = { 'ent-1': { type: 'PERSON' as const, name: 'John Smith' }, 'ent-2': { type: 'ORG' as const, name: 'Acme Holdings' } };
  const text = 'John Smith said the plan was sound. A council spokeswoman said work would begin in May. She added that the road would stay open. Acme Holdings won the contract. Residents said the noise was unbearable. They said nobody had asked them.';
  const { doc, quotes } = quotesOf(text, named);
  assert.deepEqual([find(doc, quotes, 'the road would stay open').speaker?.text, find(doc, quotes, 'the road would stay open').speaker?.entity], ['She', null]);
  assert.equal(find(doc, quotes, 'nobody had asked them').speaker?.entity, null);
  assert.equal(find(doc, quotes, 'the plan was sound').speaker?.entity, 'ent-1');
});

test('he and she skip people of the other gender, told by a title or a gendered noun', () => {
  const named = { 'ent-1': { type: 'PERSON' as const, name: 'Jane Doe' }, 'ent-2': { type: 'PERSON' as const, name: 'John Roe' } };
  const text = 'Ms Jane Doe said the plan was sound. Spokesman John Roe said work would begin in May. She added that the road would stay open. He said it would cost more.';
  const { doc, quotes } = quotesOf(text, named);
  assert.equal(find(doc, quotes, 'the road would stay open').speaker?.entity, 'ent-1');
  assert.equal(find(doc, quotes, 'it would cost more').speaker?.entity, 'ent-2');
});

test('a relative clause on the subject is skipped to find the speaker', () => {
  const { doc, quotes } = quotesOf('Doctors who treated the victims said most had gunshot wounds. The man who said he was a doctor told police he had been robbed.');
  assert.equal(find(doc, quotes, 'most had gunshot wounds').speaker?.text, 'Doctors');
  assert.equal(surface(doc, find(doc, quotes, 'he was a doctor')), 'he was a doctor');
  assert.equal(find(doc, quotes, 'he had been robbed').speaker?.text, 'The man');
  const who = quotesOf('The lanes were approved despite objections from shop owners who say trade will suffer. Members of the union, who said they were not consulted, walked out.');
  assert.equal(find(who.doc, who.quotes, 'trade will suffer').speaker?.text, 'shop owners');
  const aside = find(who.doc, who.quotes, 'they were not consulted');
  assert.deepEqual([surface(who.doc, aside), aside.speaker?.text], ['they were not consulted', 'Members of the union']);
});

test('"continued" attributes a quotation but reports no plain clause; a cue may open its sentence', () => {
  const { doc, quotes } = quotesOf('“We must recognise that we cannot stop every attack,” Prof Etzioni continues. Rebels continued to shell the city on Sunday. He continued: “We will never give up the fight.”');
  assert.equal(find(doc, quotes, 'cannot stop every attack').speaker?.text, 'Prof Etzioni');
  assert.equal(find(doc, quotes, 'never give up').speaker?.text, 'He');
  assert.equal(quotes.length, 2);
  const opening = quotesOf('Said one resident: “We have nowhere else to go.”');
  assert.equal(find(opening.doc, opening.quotes, 'nowhere else').speaker?.text, 'one resident');
});

test('seed article: every gold quote is found with its kind and speaker', () => {
  const text = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SHARED, 'seed', 'gold.json'), 'utf8')) as { quotes: { anchor: string; kind: string; speaker: string[]; optional?: boolean }[] };
  const doc = analyze({ id: 'seed', text, published: '2022-01-06' });
  const named = new Map(doc.entities.map((e) => [e.id, e.name.toLowerCase()]));
  for (const g of gold.quotes.filter((x) => !x.optional)) {
    const at = text.indexOf(g.anchor);
    const q = doc.quotes.find((x) => x.start < at + g.anchor.length && at < x.end && x.kind === g.kind);
    assert.ok(q, `missing ${g.kind} quote ${g.anchor}`);
    const who = `${q.speaker?.text ?? ''} ${named.get(q.speaker?.entity ?? '') ?? ''}`.toLowerCase();
    // the speaker's words or its entity name the gold speaker (by its last name)
    assert.ok(g.speaker.some((s) => who.includes(s.toLowerCase().split(' ').pop()!)), `speaker of ${g.anchor}: ${who}`);
  }
});

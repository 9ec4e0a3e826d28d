// Sentence tests for the figures layer, written for sitrep in the styles of AFP, AP, Reuters,
// Al Jazeera and local papers: every category and every vague-quantity rule of CONTRACT.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure, FigureCategory } from '../src/doc/types.js';
import { Doc } from '../src/doc/document.js';
import { extractEntities } from '../src/extract/entities/index.js';
import { extractFigures, killedTotal } from '../src/extract/figures/index.js';
import { segment } from '../src/text/index.js';

interface Want {
  /** the figure's span must contain these words */
  has: string;
  category: FigureCategory;
  value: number;
  low?: number | null;
  high?: number | null;
  approximate?: boolean;
  subject?: string | null;
  attribution?: string | null;
}

/** The figures stage reads only the text stage (and entities, for linking attributions). */
function analyse(text: string, withEntities = false): Doc {
  const doc = new Doc({ id: 't', text });
  segment(doc);
  if (withEntities) extractEntities(doc);
  extractFigures(doc);
  return doc;
}
const figuresOf = (text: string): Figure[] => analyse(text).figures;

function check(text: string, wants: Want[]): void {
  const figures = figuresOf(text);
  for (const f of figures) assert.equal(f.text, text.slice(f.start, f.end), 'text is the span');
  const casualties = figures.filter((f) => f.category !== 'other');
  assert.equal(casualties.length, wants.length, `${text}\n  got ${JSON.stringify(casualties.map((f) => [f.text, f.category, f.value]))}`);
  wants.forEach((want, k) => {
    const f = casualties[k];
    const where = `${text}\n  figure ${k}: ${JSON.stringify(f)}`;
    assert.ok(f.text.includes(want.has), where);
    assert.equal(f.category, want.category, where);
    assert.equal(f.value, want.value, where);
    if (want.low !== undefined) assert.equal(f.low, want.low, where);
    if (want.high !== undefined) assert.equal(f.high, want.high, where);
    if (want.approximate !== undefined) assert.equal(f.approximate, want.approximate, where);
    if (want.subject !== undefined) assert.equal(f.subject, want.subject, where);
    if (want.attribution !== undefined) assert.equal(f.attribution?.text ?? null, want.attribution, where);
    assert.equal(f.eventId, null);
  });
}

const cases: Array<[string, Want[]]> = [
  // --- killed -----------------------------------------------------------------------------
  ['At least 12 people were killed when gunmen opened fire on a market, police said.',
    [{ has: 'At least 12 people were killed', category: 'killed', value: 12, low: 12, high: null, approximate: true, subject: 'people', attribution: 'police' }]],
  ['A suicide bomber struck a crowded bus station in the capital on Monday, killing five and wounding 23, according to the Interior Ministry.',
    [{ has: 'killing five', category: 'killed', value: 5, approximate: false }, { has: 'wounding 23', category: 'injured', value: 23, attribution: 'Interior Ministry' }]],
  ['The blast left three dead and dozens injured, witnesses told AFP.',
    [{ has: 'three dead', category: 'killed', value: 3 }, { has: 'dozens injured', category: 'injured', value: 12, low: 12, high: null, approximate: true, attribution: 'witnesses' }]],
  ['The death toll from the floods rose to 40 on Tuesday.',
    [{ has: 'death toll from the floods rose to 40', category: 'killed', value: 40, approximate: false }]],
  ['Eighteen soldiers died in the ambush, the army said in a statement.',
    [{ has: 'Eighteen soldiers died', category: 'killed', value: 18, subject: 'soldiers', attribution: 'army' }]],
  ['Militants stormed the village overnight, shooting dead 14 civilians.',
    [{ has: 'shooting dead 14 civilians', category: 'killed', value: 14, subject: 'civilians' }]],
  ['The attack claimed 31 lives, Al Jazeera has learned.',
    [{ has: 'claimed 31 lives', category: 'killed', value: 31 }]],
  ['Nearly 300 people have died since the outbreak of fighting, the UN said.',
    [{ has: 'Nearly 300 people have died', category: 'killed', value: 300, low: null, high: 300, approximate: true, attribution: 'UN' }]],
  ['Residents stoned two suspected robbers to death on Sunday evening.',
    [{ has: 'stoned two suspected robbers to death', category: 'killed', value: 2, subject: 'suspected robbers' }]],
  ['Hospital sources reported 62 deaths in the first 48 hours.',
    [{ has: '62 deaths', category: 'killed', value: 62 }]],
  ['Police said dozens of people were “eliminated” in overnight battles.',
    [{ has: 'dozens of people were “eliminated”', category: 'killed', value: 12, approximate: true, subject: 'people', attribution: 'Police' }]],
  ['Four police officers and one reservist were killed in the raid.',
    [{ has: 'Four police officers', category: 'killed', value: 4 }, { has: 'one reservist were killed', category: 'killed', value: 1 }]],
  ['Security forces shot dead one boy and two men near the polling station.',
    [{ has: 'shot dead one boy', category: 'killed', value: 1 }, { has: 'two men', category: 'killed', value: 2 }]],
  ['Twenty-one thousand people lost their lives in the earthquake.',
    [{ has: 'Twenty-one thousand people lost their lives', category: 'killed', value: 21000 }]],
  ['"Many" were killed, the group claimed, though officials put the toll at nine.',
    [{ has: 'Many', category: 'killed', value: 3, approximate: true }, { has: 'toll at nine', category: 'killed', value: 9 }]],

  // --- injured, critical, hospitalized ------------------------------------------------------
  ['Officials said 748 security officers were injured and 18 killed.',
    [{ has: '748 security officers were injured', category: 'injured', value: 748, subject: 'security officers', attribution: 'Officials' },
      { has: '18 killed', category: 'killed', value: 18, subject: 'security officers', attribution: 'Officials' }]],
  ['Scores were wounded as police fired tear gas into the crowd.',
    [{ has: 'Scores were wounded', category: 'injured', value: 20, low: 20, high: null, approximate: true }]],
  ['More than 1,000 people had been injured in the riots, with nearly 400 hospitalized and 62 in intensive care, officials said.',
    [{ has: 'More than 1,000 people had been injured', category: 'injured', value: 1000, low: 1001, high: null, approximate: true, attribution: 'officials' },
      { has: 'nearly 400 hospitalized', category: 'hospitalized', value: 400, low: null, high: 400, approximate: true },
      { has: '62 in intensive care', category: 'critical', value: 62, approximate: false }]],
  ['Seven others are admitted to the district hospital with serious injuries.',
    [{ has: 'Seven others are admitted to the', category: 'hospitalized', value: 7, subject: 'others' }]],
  ['Two of the wounded were in critical condition, a hospital spokesman said.',
    [{ has: 'Two of the wounded were in critical condition', category: 'critical', value: 2, attribution: 'hospital spokesman' }]],
  ['Some 45 people were taken to hospital after inhaling smoke.',
    [{ has: 'Some 45 people were taken to hospital', category: 'hospitalized', value: 45, low: 45, high: 45, approximate: true }]],
  ['The clashes left about a dozen people critically injured.',
    [{ has: 'about a dozen people critically injured', category: 'critical', value: 12, low: 12, high: 12, approximate: true }]],

  // --- detained ---------------------------------------------------------------------------
  ['The Interior Ministry said police had detained about 2,300 people so far.',
    [{ has: 'detained about 2,300 people', category: 'detained', value: 2300, low: 2300, high: 2300, approximate: true, attribution: 'Interior Ministry' }]],
  ['Hundreds were arrested as the crackdown widened.',
    [{ has: 'Hundreds were arrested', category: 'detained', value: 100, approximate: true }]],
  ['Police arrested 40 protesters in Nairobi on Tuesday, a police spokesman said.',
    [{ has: 'arrested 40 protesters', category: 'detained', value: 40, subject: 'protesters', attribution: 'police spokesman' }]],
  ['Over 2,000 detainees',
    [{ has: 'Over 2,000 detainees', category: 'detained', value: 2000, low: 2000, high: null, approximate: true }]],
  ['Thirty people remain in police custody, the court heard.',
    [{ has: 'Thirty people remain in police custody', category: 'detained', value: 30 }]],
  ['The raids yielded the arrests of 59 suspects.',
    [{ has: 'arrests of 59 suspects', category: 'detained', value: 59 }]],
  ['Up to 500 people were held in makeshift jails, rights groups said.',
    [{ has: 'Up to 500 people were held', category: 'detained', value: 500, low: null, high: 500, approximate: true, attribution: 'rights groups' }]],

  // --- missing, displaced, kidnapped, evacuated ------------------------------------------
  ['Tens of thousands of people are still missing after the tsunami.',
    [{ has: 'Tens of thousands of people are still missing', category: 'missing', value: 10000, approximate: true }]],
  ['Four fishermen remain unaccounted for, the coast guard said.',
    [{ has: 'Four fishermen remain unaccounted for', category: 'missing', value: 4, attribution: 'coast guard' }]],
  ['The fighting has displaced 1.5 million people, the UN refugee agency said.',
    [{ has: 'displaced 1.5 million people', category: 'displaced', value: 1500000, attribution: 'UN refugee agency' }]],
  ['Thousands have fled their homes since the offensive began.',
    [{ has: 'Thousands have fled their homes', category: 'displaced', value: 1000, approximate: true }]],
  ['Millions have been left homeless by the cyclone.',
    [{ has: 'Millions have been left homeless', category: 'displaced', value: 1000000, approximate: true }]],
  ['Gunmen abducted 27 students from a boarding school in the northwest.',
    [{ has: 'abducted 27 students', category: 'kidnapped', value: 27, subject: 'students' }]],
  ['Three foreign engineers were taken hostage at the site.',
    [{ has: 'Three foreign engineers were taken hostage', category: 'kidnapped', value: 3, subject: 'foreign engineers' }]],
  ['Rescuers evacuated more than 600 residents from the flooded district.',
    [{ has: 'evacuated more than 600 residents', category: 'evacuated', value: 600, low: 601, high: null, approximate: true }]],
  ['Roughly 4,000 people were evacuated as the fire spread.',
    [{ has: 'Roughly 4,000 people were evacuated', category: 'evacuated', value: 4000, low: 4000, high: 4000, approximate: true }]],

  // --- participants, affected -------------------------------------------------------------
  ['Thousands took to the streets of the capital on Saturday.',
    [{ has: 'Thousands took to the streets', category: 'participants', value: 1000, low: 1000, high: null, approximate: true }]],
  ['Tens of thousands marched through the city centre, organisers said.',
    [{ has: 'Tens of thousands marched', category: 'participants', value: 10000, approximate: true, attribution: 'organisers' }]],
  ['A crowd of 5,000 gathered outside parliament.',
    [{ has: '5,000', category: 'participants', value: 5000 }]],
  ['Hundreds of protesters blocked the highway for several hours.',
    [{ has: 'Hundreds of protesters', category: 'participants', value: 100, approximate: true, subject: 'protesters' }]],
  ['The drought has affected an estimated 2.3 million people across the region.',
    [{ has: 'affected an estimated 2.3 million people', category: 'affected', value: 2300000, low: 2300000, high: 2300000, approximate: true }]],

  // --- vague quantities -------------------------------------------------------------------
  ['Several people were injured in the stampede.',
    [{ has: 'Several people were injured', category: 'injured', value: 3, low: 3, high: null, approximate: true }]],
  ['A few demonstrators were detained briefly.',
    [{ has: 'A few demonstrators were detained', category: 'detained', value: 3, approximate: true }]],
  ['A dozen villagers were kidnapped by bandits.',
    [{ has: 'A dozen villagers were kidnapped', category: 'kidnapped', value: 12, low: 12, high: null, approximate: true }]],
  ['Several hundred people were evacuated from the building.',
    [{ has: 'Several hundred people were evacuated', category: 'evacuated', value: 300, approximate: true }]],
  ['Between 10 and 15 people were killed, local media reported.',
    [{ has: 'Between 10 and 15 people were killed', category: 'killed', value: 10, low: 10, high: 15, approximate: true, attribution: 'local media' }]],
  ['Almost 90 people were hurt, the Red Cross said.',
    [{ has: 'Almost 90 people were hurt', category: 'injured', value: 90, low: null, high: 90, approximate: true, attribution: 'Red Cross' }]],
  ['As many as 40 people may have died, the governor told reporters.',
    [{ has: 'As many as 40 people may have died', category: 'killed', value: 40, low: null, high: 40, approximate: true, attribution: 'governor' }]],
  ['Two or three people were wounded in the exchange of fire.',
    [{ has: 'Two or three people were wounded', category: 'injured', value: 2, low: 2, high: 3, approximate: true }]],
  ['An estimated 300 were killed in the massacre.',
    [{ has: 'An estimated 300 were killed', category: 'killed', value: 300, low: 300, high: 300, approximate: true }]],
  ['Many people were arrested in the sweep, witnesses said.',
    [{ has: 'Many people were arrested', category: 'detained', value: 3, approximate: true }]],

  // --- local-paper style and agency wire style ----------------------------------------------
  ['2 killed, 5 injured as matatu overturns on Thika Road',
    [{ has: '2 killed', category: 'killed', value: 2 }, { has: '5 injured', category: 'injured', value: 5 }]],
  ['NAIROBI (Reuters) - Kenyan police killed five suspected militants in a shootout on Friday, a police spokesman said.',
    [{ has: 'killed five suspected militants', category: 'killed', value: 5, subject: 'suspected militants', attribution: 'police spokesman' }]],
  ['Two policemen were Friday afternoon shot dead by unknown gunmen while on patrol.',
    [{ has: 'Two policemen were Friday afternoon shot dead', category: 'killed', value: 2 }]],
  ['Eight people including four school children were killed in a roadside bomb attack.',
    [{ has: 'Eight people including four school children were killed', category: 'killed', value: 8 }]],
  ['21 people (including the attackers) were killed in the attack.',
    [{ has: '21 people (including the attackers) were killed', category: 'killed', value: 21 }]],
  ['Police found 16 charred bodies in the gutted houses.',
    [{ has: '16 charred bodies', category: 'killed', value: 16 }]],
  ['Protesters said two of their colleagues had died in police custody.',
    [{ has: 'two of their colleagues had died', category: 'killed', value: 2 }]],
  ['The toll from Sunday\'s blast has risen to 19, a police spokesman told AFP.',
    [{ has: 'toll from Sunday\'s blast has risen to 19', category: 'killed', value: 19, attribution: 'police spokesman' }]],
  ['Police estimated the crowd at 20,000, while organisers said 100,000 had marched.',
    [{ has: 'crowd at 20,000', category: 'participants', value: 20000, attribution: 'Police' }, { has: '100,000 had marched', category: 'participants', value: 100000, attribution: 'organisers' }]],
  ['Two children were among the dead.',
    [{ has: 'Two children were among the dead', category: 'killed', value: 2, subject: 'children' }]],
  ['Fourteen people have been confirmed dead and 21 remain missing.',
    [{ has: 'Fourteen people have been confirmed dead', category: 'killed', value: 14, attribution: null }, { has: '21 remain missing', category: 'missing', value: 21, attribution: null }]],
  ['Gunmen seized 30 passengers from a bus near the border.',
    [{ has: 'seized 30 passengers', category: 'kidnapped', value: 30 }]],
  // one person, told with an article: a count of 1 (the goats are no count)
  ['Raiders killed a herder and stole 150 goats and 30 cattle.',
    [{ has: 'killed a herder', category: 'killed', value: 1, low: 1, high: 1, approximate: false, subject: 'herder' }]],
  ['A policeman was killed and two others were wounded when the patrol was ambushed.',
    [{ has: 'A policeman was killed', category: 'killed', value: 1, approximate: false, subject: 'policeman' }, { has: 'two others were wounded', category: 'injured', value: 2 }]],
  ['A 35-year-old man was arrested over the attack, police said.',
    [{ has: 'A 35-year-old man was arrested', category: 'detained', value: 1, attribution: 'police' }]],
  ['Gunmen shot dead two herders and a child near the river.',
    [{ has: 'shot dead two herders', category: 'killed', value: 2 }, { has: 'a child', category: 'killed', value: 1 }]],
  ['Seven police officers and a civilian were killed when the vehicle hit a roadside bomb.',
    [{ has: 'Seven police officers', category: 'killed', value: 7 }, { has: 'a civilian were killed', category: 'killed', value: 1 }]],
  ['Five suspects linked to the two attacks have been shot dead by security personnel.',
    [{ has: 'Five suspects linked to the two attacks have been shot dead', category: 'killed', value: 5, subject: 'suspects' }]],
  ['Residents reportedly beat up two men to death after a street brawl.',
    [{ has: 'beat up two men to death', category: 'killed', value: 2, subject: 'men' }]],
  ['He faces charges relating to the murder of one student and the disappearance of nine others.',
    [{ has: 'the murder of one student', category: 'killed', value: 1 }]],
  ['Two women who were accused of witchcraft were lynched in the village.',
    [{ has: 'Two women who were accused of witchcraft were lynched', category: 'killed', value: 2, subject: 'women' }]],
  ['Unconfirmed reports said that one man died in the violence.',
    [{ has: 'one man died', category: 'killed', value: 1, subject: 'man' }]],
  ['Between 1.1 and 1.5 million people were displaced by the war.',
    [{ has: 'Between 1.1 and 1.5 million people were displaced', category: 'displaced', value: 1100000, low: 1100000, high: 1500000, approximate: true }]],
];

for (const [text, wants] of cases) test(`figures: ${text.slice(0, 70)}`, () => check(text, wants));

// --- not counts of people: never a casualty figure --------------------------------------------
const notCasualties = [
  'Protests spread across the nation of 19 million this week.',
  'The alliance includes five other ex-Soviet states.',
  'Samal, a 29-year-old preschool teacher, told AFP she was scared.',
  'The company cut 200 jobs and its shares fell 5% to $3.2 billion.',
  'Chelsea beat Arsenal 2-1 with three injured players on the bench.',
  'Raiders stole 150 goats and 30 cattle.',
  'The minister, who resigned in 2019, had ruled since 1989.',
  'Seventy search warrants were executed across the country.',
  'The film took $30 million in its opening weekend, with many critics impressed.',
  'Fathers 4 Justice campaigners staged a rooftop stunt.',
  'No one was hurt in the fire, the fire brigade said.',
  'Twenty national Olympic bodies backed the bid.',
  'The bill passed with 312 votes to 94.',
  'Customs officers seized 30 kilograms of heroin and 12 rifles.',
  'There were 230 fewer serious injuries on the roads last year.',
  'At least 111 appointed bodies were abolished.',
  'Millions go missing at China bank',
  // an article counts one person only: not a thing, not a group, not a nominal death
  'A car was damaged and a crowd was dispersed.',
  'A woman was sentenced to death for the crime.',
  'Residents protested the killing of a trader by police.',
  "And that day, you'll be the one imprisoned without the chance of justice.",
  'The bill makes it a hate crime to kill a police officer.',
  'The gunmen threatened to kill 20 villagers unless their demands were met.',
];
for (const text of notCasualties) {
  test(`figures: no casualty in "${text.slice(0, 60)}"`, () => {
    const casualties = figuresOf(text).filter((f) => f.category !== 'other');
    assert.deepEqual(casualties.map((f) => f.text), []);
  });
}

// --- crowds and the affected count only in their context (data/figures/contexts.tsv) ---------
const outOfContext = [
  'Thousands of mobile industry experts are gathered in Cannes, France, for the 3GSM which runs from 14 to 17 February.',
  'Hundreds of gamers gathered at US shops, some waiting for more than 36 hours, to be the first to get their hands on the gadget.',
  'The stadium was revamped to allow for a record crowd for a competitive tennis event of 27,000 spectators.',
  'An event on the sea front attracted 250,000 people, while a later one in Rio achieved a crowd of 360,000.',
  'The airline had to cancel 77 flights, affecting about 5,000 passengers.',
  'The new rules are expected to come into force next year, affecting several hundred properties.',
  'About 900,000 staff at the department are among the 1.2 million affected, according to a spokesman.',
  'Computer failures left 30,000 passengers stranded and 10,000 pieces of baggage undelivered.',
];
for (const text of outOfContext) {
  test(`figures: no crowd or affected figure in "${text.slice(0, 60)}"`, () => {
    assert.deepEqual(figuresOf(text).filter((f) => f.category !== 'other').map((f) => f.text), []);
  });
}

test('figures: crowds and the affected count in a protest or a disaster, also told a sentence before', () => {
  const categories = (text: string) => figuresOf(text).filter((f) => f.category !== 'other').map((f) => `${f.category} ${f.value}`);
  assert.deepEqual(categories('Thousands gathered in the capital, chanting slogans against the president.'), ['participants 1000']);
  assert.deepEqual(categories('Protests spread to the north on Sunday. A crowd of 5,000 gathered in the main square.'), ['participants 5000']);
  assert.deepEqual(categories('About 300 fans protested outside the ground.'), ['participants 300']);
  assert.deepEqual(categories('The floods have affected 1.2 million people, the UN said.'), ['affected 1200000']);
  assert.deepEqual(categories('The cyclone struck on Friday. About 5,000 passengers were stranded at the airport.'), ['affected 5000']);
});

test('figures: attribution links to an entity when one covers the source words', () => {
  const doc = analyse('The Interior Ministry said police had detained about 2,300 people.', true);
  const [f] = doc.figures;
  assert.equal(f.attribution?.text, 'Interior Ministry');
  const ent = doc.entities.find((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end).includes('Interior Ministry')));
  assert.equal(f.attribution?.entity, ent?.id ?? null);
});

test('figures: killedTotal sums one report of the dead and leaves out parts and background', () => {
  const total = (text: string) => killedTotal(analyse(text));
  assert.equal(total('Four police and one reservist were killed, including two commanders.'), 5);
  assert.equal(total('Residents protested after five guards were killed by unknown persons.'), null);
  assert.equal(total('Twelve people were killed on Monday. The toll was later raised to 14.'), 12);
  assert.equal(total('Nobody was hurt.'), null);
  assert.equal(total('A soldier was killed and six others injured in the blast.'), 1);
  assert.equal(total('Nine people were killed. Two children were among the dead.'), 9);
  // a single death that is a figure is counted once, with the figures it is joined to
  assert.equal(total('A 35-year-old man was killed and a police officer was wounded.'), 1);
  assert.equal(total('Security forces shot dead two herders and a child.'), 3);
  assert.equal(total('A police officer and a civilian died in a firefight.'), 2);
  assert.equal(total('A General Service Unit officer has shot dead a colleague.'), 1);
  // the past of the event, a breakdown of a total, and later deaths said to add to it
  assert.equal(total('Parents camped outside the court. A few days before, a part of the school collapsed, killing eight children.'), null);
  assert.equal(total('Six soldiers were killed in the attack, four were killed in the raid on the camp while two were killed in an ambush.'), 6);
  assert.equal(total('A policeman was killed and three others injured in the blast. Three civilians were also killed.'), 4);
  assert.equal(total('10 killed during a raid by cattle rustlers. 4 more bodies were found in the days following the raid.'), 14);
  assert.equal(total('The two herdsmen were suspected to have killed a driver.'), null);
  assert.equal(total('Drivers rioted on Monday. The man was arrested because his motorbike hit and killed a person.'), null);
});

import type { Doc } from '../../doc/document.js';
import type { Figure } from '../../doc/types.js';
import { lazy } from '../../util/lazy.js';
import { figureLexicon } from './lexicon.js';

// "including two children", "among them three police officers", "of whom": a part of a total
// already counted.
const SUBSET_CUE = /(?:\bincluding|\bamong(?: them| the dead| those killed)?(?: were)?|\bof whom|\bof them)\s*$/i;

// Deaths told as the background of what happened: "protested after five guards were killed",
// "accused of killing three people", "killed … the previous evening".
const BACKGROUND_BEFORE = /\b(?:after|following|over the (?:death|killing)s? of|in response to|because|(?:accused|suspected|convicted|blamed|responsible) (?:of|for)|accusing \w+ of|(?:suspected|alleged|believed|said|thought) to have|(?:revenge|retaliation|reprisal)(?: attacks?)? for|in connection with|charged (?:with|over)|arrested (?:for|over)|since|protest(?:ed|ing)? (?:against|over)|protest(?:ed|ing|s)?(?: (?:against|over|of|to))? the (?:\w+ )?(?:deaths?|killings?|murders?|shooting|lynching) of)\b[^,;.)]*$/i;
const BACKGROUND_AFTER = /^(?:(?!\b(?:who|which|that|when|while|because|as)\b)[^,;.()]){0,60}?\b(?:earlier|previously|the (?:previous|day before|night before)|last (?:week|month|year)|(?:days|weeks|months) (?:before|earlier|ago)|in \d{4})\b/i;

/** Is the figure told as the cause or background of the text's event rather than its toll? */
function background(text: string, start: number, end: number): boolean {
  return BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || BACKGROUND_AFTER.test(text.slice(end, end + 80));
}

// One person killed, told without a number: "a soldier was killed", "shot dead a priest".
// Not a figure (figures are counts), but one death for an event's toll.
const PERSON = lazy(() => {
  const nouns = [...figureLexicon().onePerson].sort((a, b) => b.length - a.length).join('|');
  return String.raw`\b(?:a|an)\s+(?:[\w'-]+\s+){0,4}?(?:${nouns})\b(?:\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)?`;
});
// one more dead joined to a killed figure: "shot dead two herders and a child", "a police officer and two youths were killed"
const JOINED_AFTER = lazy(() => new RegExp(String.raw`^\s*,?\s*and\s+${PERSON()}(?=\s*(?:[,.;)]|$|(?:in|at|on|near|during|when|as|while|from|by|inside|outside)\b))`, 'i'));
const JOINED_BEFORE = lazy(() => new RegExp(String.raw`${PERSON()}\s+and\s*$`, 'i'));

const SINGLE_DEATH = lazy(() => {
  const person = PERSON();
  const died = String.raw`(?:killed|shot dead|murdered|lynched|beheaded|\w+ed to death|found dead|died|shot and killed)`;
  // "an officer shot dead two colleagues" is the killer, not the dead
  const active = String.raw`(?!\s+(?:a|an|the|his|her|their|one|two|three|four|five|\d+)\b)`;
  return new RegExp(String.raw`${person}\s+(?:(?:was|is|has been|had been|also|reportedly|allegedly)\s+){0,2}${died}\b${active}|\b(?:killed|killing|kills|kill|shot dead|shooting dead|shot and killed|murdered|lynched|lynches)\s+${person}\b`, 'gi');
});

/** Is [start, end) of the text (partly) a killed figure already? A single death told as one is counted once. */
function counted(figures: readonly Figure[], start: number, end: number): boolean {
  return figures.some((f) => f.category === 'killed' && f.start < end && f.end > start);
}

function singleDeaths(doc: Pick<Doc, 'text' | 'figures'>, start: number, end: number): number {
  const re = SINGLE_DEATH();
  re.lastIndex = 0;
  let n = 0;
  const text = doc.text.slice(start, end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!background(text, m.index, m.index + m[0].length) && !counted(doc.figures, start + m.index, start + m.index + m[0].length)) n++;
  }
  return n;
}

/** One more dead joined to a killed figure and not a figure itself: "shot dead two herders and a priest's son". */
function joinedDeath(doc: Pick<Doc, 'text' | 'figures'>, f: Figure): number {
  const after = JOINED_AFTER().exec(doc.text.slice(f.end, f.end + 60));
  if (after && !counted(doc.figures, f.end, f.end + after[0].length)) return 1;
  const from = Math.max(0, f.start - 60);
  const before = JOINED_BEFORE().exec(doc.text.slice(from, f.start));
  return before && !counted(doc.figures, from + before.index, f.start) ? 1 : 0;
}

/** Is the offset inside an unclosed bracket opened since `from`? ("(FATALITIES: 4 reported later)": an aside) */
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if ((c === 41 || c === 93) && depth > 0) depth--; // ) ]
  }
  return depth > 0;
}

/** A toll with its bounds: `low`/`high` null when open ("at least 5" has no high). */
export interface Toll { value: number; low: number | null; high: number | null }

const add = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
const plus = (a: Toll, b: Toll): Toll => ({ value: a.value + b.value, low: add(a.low, b.low), high: add(a.high, b.high) });
const NONE: Toll = { value: 0, low: 0, high: 0 };

// A sentence told as the past of the event: "A few days before, a part of the school collapsed, killing eight children."
const PAST_OPENER = /^\W*(?:(?:a few|several|two|three|four|\d+) (?:days|weeks|months|years) (?:before|earlier|ago)|(?:the )?(?:day|night|week|month) before|earlier|previously|last (?:week|month|year)|in \d{4})\b\s*,/i;
// deaths a later sentence adds to the toll: "Three civilians were also killed", "4 more bodies were found"
const ADDED = /\b(?:also|more|further|additional|another)\b/i;
const ADDED_AFTER = /^[^,;.]{0,40}?\b(?:as well|too)\b/i;

/** The toll of one sentence's figures: their sum, or the one the others break down ("six were killed: four in the raid, two in an ambush"). */
function sentenceToll(tolls: readonly Toll[]): Toll {
  const sum = tolls.reduce(plus, NONE);
  if (tolls.length >= 3) for (const t of tolls) if (2 * t.value === sum.value) return t;
  return sum;
}

/**
 * The dead a text reports, for an event's fatalities or an ACLED comparison: the killed
 * figures of the first sentence that reports any death, summed with its single deaths
 * ("four police and one reservist killed" = 5, "a soldier was killed and six injured" = 1),
 * leaving out figures that are part of another ("including two children"), asides in
 * brackets, and those told as background ("protested after five guards were killed",
 * "A few days before, …"). Later sentences mostly restate the toll, add a side's claim or
 * give background, so they are added only when they say so ("three civilians were also
 * killed", "4 more bodies were found"). Null when no death is reported (within the span,
 * when one is passed).
 */
export function killedToll(doc: Pick<Doc, 'text' | 'figures' | 'sentences'>, within?: { start: number; end: number }): Toll | null {
  // per sentence: the tolls outside brackets, those inside (used only when there is no other), and those said to add to the toll
  const outside = new Map<number, Toll[]>();
  const inside = new Map<number, Toll[]>();
  const added = new Map<number, Toll[]>();
  const past = (s: number): boolean => PAST_OPENER.test(doc.text.slice(doc.sentences[s].start, doc.sentences[s].start + 60));
  let k = 0;
  for (const f of doc.figures) {
    if (f.category !== 'killed' || f.value === null) continue;
    if (within && (f.start < within.start || f.end > within.end)) continue;
    // "two children were among the dead" is part of a total told elsewhere
    if (SUBSET_CUE.test(doc.text.slice(Math.max(0, f.start - 30), f.start)) || /\bamong\b/i.test(f.text) || background(doc.text, f.start, f.end)) continue;
    while (k < doc.sentences.length && doc.sentences[k].end <= f.start) k++;
    if (k >= doc.sentences.length || past(k)) continue;
    const joined = joinedDeath(doc, f);
    const toll = { value: f.value + joined, low: f.low === null ? null : f.low + joined, high: f.high === null ? null : f.high + joined };
    const tolls = insideBrackets(doc.text, doc.sentences[k].start, f.start) ? inside : outside;
    push(tolls, k, toll);
    if (ADDED.test(f.text) || ADDED_AFTER.test(doc.text.slice(f.end, f.end + 50))) push(added, k, toll);
  }
  for (let s = 0; s < doc.sentences.length; s++) {
    const { start, end } = doc.sentences[s];
    if ((within && (end <= within.start || start >= within.end)) || past(s)) continue;
    const single = singleDeaths(doc, Math.max(start, within?.start ?? 0), Math.min(end, within?.end ?? end));
    const t = plus(sentenceToll(outside.get(s) ?? inside.get(s) ?? []), { value: single, low: single, high: single });
    if (t.value === 0) continue;
    let total = t;
    for (const [later, tolls] of added) if (later > s) total = plus(total, sentenceToll(tolls));
    return total;
  }
  return null;
}

function push(map: Map<number, Toll[]>, key: number, toll: Toll): void {
  const list = map.get(key);
  if (list) list.push(toll);
  else map.set(key, [toll]);
}

/** killedToll's value: the number of dead, or null when none is reported. */
export function killedTotal(doc: Pick<Doc, 'text' | 'figures' | 'sentences'>, within?: { start: number; end: number }): number | null {
  return killedToll(doc, within)?.value ?? null;
}

// Recognises a quantity at a token: a number in digits or words, a vague plural, a range,
// each with an optional modifier, and codes it by CONTRACT.md "Vague quantities".
import { lazy } from '../../util/lazy.js';
import { parseNumber } from '../../util/numbers.js';
import { figureLexicon, numberWords, type ModifierRule } from './lexicon.js';

export interface Quantity {
  /** token indices in the sentence window: [from, to) */
  from: number;
  to: number;
  value: number;
  low: number | null;
  high: number | null;
  approximate: boolean;
  /** false for "many", "several"…: only a count when a casualty word says what was counted */
  standalone: boolean;
  /** "a"/"an": one, if a person noun follows ("a policeman was killed"); the recognisers check */
  single: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'mn', 'bn', 'dozen']);
const LARGE_SCALES = new Set(['thousand', 'million', 'billion', 'mn', 'bn']);
const RANGE_LINKS = new Set(['to', 'or', '-', '–', '—']);

const isNumberWord = (w: string): boolean => numberWords().has(w) || (w.includes('-') && w.split('-').every((p) => numberWords().has(p)));

// Words that may open a vague plural or a modifier ("tens of thousands", "at least", "up to").
const openers = lazy(() => new Set([...figureLexicon().vague.words(), ...figureLexicon().modifiers.words()]));

/** True when the token could begin a quantity: a cheap test before `quantityAt`. */
export function mayStartQuantity(w: string): boolean {
  return DIGITS.test(w) || isNumberWord(w) || w === 'between' || ARTICLES.has(w) || openers().has(w);
}

interface Core { to: number; value: number; vague: boolean; standalone: boolean }

/** A bare number or vague plural at token i, without modifier or range. */
function coreAt(words: readonly string[], i: number, end: number): Core | null {
  const lex = figureLexicon();
  const vague = lex.vague.matchAt(words, i);
  if (vague && vague.to <= end) {
    let value = vague.value.value;
    let to = vague.to;
    // "several hundred", "a few thousand": the vague word multiplies the scale
    if (to < end && SCALES.has(words[to])) value *= parseNumber(words[to]) ?? 1, to++;
    return { to, value, vague: true, standalone: vague.value.standalone || to > vague.to };
  }
  let j = i;
  if ((words[j] === 'a' || words[j] === 'an') && j + 1 < end && SCALES.has(words[j + 1])) j++;
  else if (!DIGITS.test(words[j]) && !isNumberWord(words[j]) || SCALES.has(words[j])) return null; // "Million Dollar Baby"
  let k = j;
  let digits = false;
  while (k < end) {
    const w = words[k];
    if (DIGITS.test(w)) {
      if (k > j && !digits) break;
      if (digits) break; // "5 3" is two numbers
      digits = true;
    } else if (isNumberWord(w) || SCALES.has(w)) {
      if (digits && !SCALES.has(w)) break;
    } else if (w === 'and' && k > j && (words[k - 1] === 'hundred' || words[k - 1] === 'thousand') && k + 1 < end && isNumberWord(words[k + 1])) {
      // "two hundred and five"
    } else break;
    k++;
  }
  if (k === i) return null;
  const value = parseNumber(words.slice(i, k).join(' '));
  if (value === null) return null;
  return { to: k, value, vague: words.slice(i, k).includes('dozen'), standalone: true };
}

/** "between 1.1 and 1.5 million", "two or three thousand": the scale of the upper bound applies to the lower. */
function sharedScale(words: readonly string[], a: Core, b: Core): number {
  const scale = parseNumber(words[b.to - 1]);
  if (scale === null || !LARGE_SCALES.has(words[b.to - 1]) || LARGE_SCALES.has(words[a.to - 1])) return a.value;
  return a.value * scale <= b.value ? a.value * scale : a.value;
}

/** The quantity starting at token i of a sentence window ending at `end`, or null. */
export function quantityAt(words: readonly string[], i: number, end: number): Quantity | null {
  const lex = figureLexicon();
  const mod = lex.modifiers.matchAt(words, i);
  const start = mod && mod.to < end ? mod.to : i;
  const rule: ModifierRule | null = mod && mod.to < end ? mod.value : null;
  if (words[start] === 'between') {
    const a = coreAt(words, start + 1, end);
    if (!a || words[a.to] !== 'and') return null;
    const b = coreAt(words, a.to + 1, end);
    const low = b ? sharedScale(words, a, b) : 0;
    if (!b || b.value <= low) return null;
    return { from: i, to: b.to, value: low, low, high: b.value, approximate: true, standalone: true, single: false };
  }
  const core = coreAt(words, start, end);
  if (!core) return rule === null && ARTICLES.has(words[i]) && i + 1 < end ? one(i) : null;
  // "10 to 15", "two or three", "20-25": the lower reading, bounded
  if (!core.vague && core.to + 1 < end && RANGE_LINKS.has(words[core.to])) {
    const b = coreAt(words, core.to + 1, end);
    const low = b ? sharedScale(words, core, b) : 0;
    if (b && !b.vague && b.value > low) return { from: i, to: b.to, value: low, low, high: b.value, approximate: true, standalone: true, single: false };
  }
  return { from: i, to: core.to, standalone: core.standalone, single: false, ...code(core.value, core.vague, rule) };
}

const ARTICLES = new Set(['a', 'an']);
/** "a policeman": one, exact (the recognisers keep it only before a person noun) */
const one = (i: number): Quantity => ({ from: i, to: i + 1, value: 1, low: 1, high: 1, approximate: false, standalone: false, single: true });

/** CONTRACT.md "Vague quantities". */
function code(n: number, vague: boolean, rule: ModifierRule | null): Pick<Quantity, 'value' | 'low' | 'high' | 'approximate'> {
  switch (rule) {
    case 'about': return { value: n, low: n, high: n, approximate: true };
    case 'nearly': return { value: n, low: null, high: n, approximate: true };
    case 'more': return { value: n, low: n + 1, high: null, approximate: true };
    case 'atleast': return { value: n, low: n, high: null, approximate: true };
    case 'upto': return { value: n, low: null, high: n, approximate: true };
    default: return vague ? { value: n, low: n, high: null, approximate: true } : { value: n, low: n, high: n, approximate: false };
  }
}

// Expressions that count from another time: "two weeks ago" (from publication), "a year
// earlier", "the next day", "one day after", "later that year" (from the narrative anchor).
import { UNIT_GRANULARITY, type Unit } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { fromAnchor, fromDct } from '../resolve.js';
import type { Parser } from '../types.js';
import { countOf, MODIFIER } from './durations.js';

const NEXT: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, same: 0, that: 0, very: 1 };

export function anchoredParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  return [
    {
      name: 'ago',
      pattern: new RegExp(`\\b(?:${MODIFIER}\\s+)?(an?|${re.number}|a\\s+few|a\\s+couple\\s+of|several|many)\\s+(${re.unit})\\s+ago\\b`, 'gi'),
      extract(m) {
        const unit = lex.units.get(m[2].toLowerCase())!;
        const n = countOf(m[1]);
        const start = m.index;
        const end = m.index + m[0].length;
        if (n === null) return { start, end, type: 'DATE', value: 'PAST_REF' };
        if (!Number.isInteger(n)) return null;
        return { start, end, type: 'DATE', value: fromDct(-n, unit, UNIT_GRANULARITY[unit]) };
      },
    },
    {
      // "a year earlier", "two days later", "one day after [protesters stormed ...]"
      name: 'offset',
      pattern: new RegExp(`\\b(?:${MODIFIER}\\s+)?(an?|${re.number})\\s+(${re.unit})\\s+(earlier|later|before|after|afterwards|afterward|previously)\\b`, 'gi'),
      extract(m, text) {
        const unit = lex.units.get(m[2].toLowerCase())!;
        const n = countOf(m[1]);
        if (n === null || !Number.isInteger(n)) return null;
        const word = m[3].toLowerCase();
        // "one day after the storming" names the later time, so the storming is n days before the anchor
        const hasComplement = (word === 'before' || word === 'after') && /^\s+[a-z]/i.test(text.slice(m.index + m[0].length));
        let sign = word === 'earlier' || word === 'before' || word === 'previously' ? -1 : 1;
        if (hasComplement) sign = -sign;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fromAnchor(sign * n, unit) };
      },
    },
    {
      // "the next day", "the following week", "that year", "the same day", "the next morning"
      name: 'anaphoric',
      pattern: new RegExp(`\\b(?:(earlier|later)\\s+)?(?:the\\s+(next|following|previous|preceding|same|very\\s+next)|(that))\\s+(day|morning|afternoon|evening|night|week|weekend|month|year|quarter)\\b`, 'gi'),
      extract(m) {
        const which = (m[2] ?? m[3]).toLowerCase().replace(/^very\s+/, '');
        const word = m[4].toLowerCase();
        const part = lex.partsOfDay.get(word);
        const unit: Unit = part ? 'D' : (lex.units.get(word) as Unit);
        return {
          start: m.index, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE',
          value: fromAnchor(NEXT[which], unit, part ?? ''),
        };
      },
    },
  ];
}

// Times of day: "at 3 pm", "10:35 a.m. EDT", "14:30 GMT", "noon", "shortly after midnight",
// "4 in the morning". The day is the one the narrative is at (the last day named, else the
// publication date); a day written beside the time joins it
// ("Tuesday at 9 a.m.", the merge refiner).
import { formatDay } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import { parseNumber } from '../../../util/numbers.js';
import type { Parser, Resolver } from '../types.js';

// a zone, or the same time in GMT in brackets ("10:35 a.m. (0735 GMT)")
const ZONE = '(?:\\s+(?:(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|local\\s+time)\\b|\\(\\d{4}\\s+GMT\\)))?';
const APPROX = '(?:(?:shortly|just|soon|right|immediately)\\s+(?:before|after)|around|about|at|by|before|after|until|till)\\s+';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A clock time on the day the narrative is at (the last day named), else the publication day. */
function onAnchorDay(clock: string): Resolver {
  return (ref) => {
    const day = ref.anchor('day');
    return day ? `${formatDay(day.date)}${clock}` : null;
  };
}

export function clockParsers(lex: Lexicon): Parser[] {
  const { re } = lex;
  return [
    {
      name: 'clock-ampm',
      keys: ['#digit'],
      pattern: new RegExp(`\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:(a)|(p))(?:\\.\\s?m\\.(?!\\w)|\\.?\\s?m\\b)${ZONE}`, 'gi'),
      extract(m) {
        let h = +m[1];
        const min = m[2] ? +m[2] : 0;
        if (h < 1 || h > 12 || min > 59) return null;
        if (m[4] && h < 12) h += 12;
        if (m[3] && h === 12) h = 0;
        return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(`T${pad2(h)}:${pad2(min)}`) };
      },
    },
    {
      // 24-hour clock needs a zone or "hrs" or a preposition before it, so that scores ("2:1") stay out
      name: 'clock-24h',
      keys: ['#digit'],
      pattern: new RegExp(`\\b([01]?\\d|2[0-3])([:.h])([0-5]\\d)\\b(\\s*hrs\\b)?${ZONE}`, 'gi'),
      extract(m, text) {
        const h = +m[1];
        const min = +m[3];
        const marked = Boolean(m[4]) || /[a-z)]$/i.test(m[0]);
        const afterPreposition = /\b(?:at|from|until|till|by|around|about|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
        // "10:35" after "at" is a time; "2.46" or "0.55" is one only with a zone or "hrs"
        if (!marked && !(afterPreposition && m[2] === ':')) return null;
        return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(`T${pad2(h)}:${pad2(min)}`) };
      },
    },
    {
      // "0600 GMT", "(0735 GMT)": four-digit clock times need the zone
      name: 'clock-military',
      keys: ['#digit'],
      pattern: /\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|Z|[ECMP][SD]T|hrs|hours\s+(?:GMT|local\s+time))\b/g,
      extract(m) {
        return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(`T${m[1]}:${m[2]}`) };
      },
    },
    {
      // "noon", "midnight", "midday", "shortly after midnight"
      name: 'clock-word',
      lowerCase: true,
      keys: ['noon', 'midnight', 'midday', 'dawn', 'daybreak', 'dusk', 'nightfall'],
      pattern: new RegExp(`\\b(?:${APPROX})?(${re.partOfDay})\\b`, 'gi'),
      extract(m) {
        const suffix = lex.partsOfDay.get(m[1].toLowerCase()) ?? '';
        if (!suffix.includes(':')) return null;
        const start = /^(?:at|by|before|after|until|till)\s/i.test(m[0]) ? m.index + m[0].indexOf(' ') + 1 : m.index;
        return { start, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(suffix) };
      },
    },
    {
      // "in the morning", "during the afternoon", "by mid-afternoon": a part of the day the narrative is at
      name: 'part-of-that-day',
      lowerCase: true,
      keys: ['morning', 'afternoon', 'evening', 'mid-morning', 'mid-afternoon', 'midmorning', 'midafternoon'],
      pattern: /\b(?:(?:in|during|by|until|through|throughout|at|from)\s+)(?:the\s+(?:(?:early|late)\s+)?(morning|afternoon|evening)|(?:mid[\s-]?|late\s+)(morning|afternoon))\b(?!\s+(?:of|after|before|news|paper|papers|show|edition|session|shift|rush|prayers?|star|hours?)\b|-)/gi,
      extract(m) {
        const part = (m[1] ?? m[2]).toLowerCase();
        const start = m.index + m[0].search(/\s/) + 1;
        return { start, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(lex.partsOfDay.get(part) ?? '') };
      },
    },
    {
      // "4 in the morning", "ten o'clock"
      name: 'clock-words',
      keys: ["o'clock", 'o’clock', 'morning', 'afternoon', 'evening'],
      pattern: new RegExp(`\\b(\\d{1,2}|${re.number})\\s+(?:o['’]clock(?:\\s+in\\s+the\\s+(morning|afternoon|evening|night))?|in\\s+the\\s+(morning|afternoon|evening))\\b`, 'gi'),
      extract(m) {
        let h = parseNumber(m[1]) ?? 0;
        if (!(Number.isInteger(h) && h >= 1 && h <= 12)) return null;
        const part = (m[2] ?? m[3] ?? '').toLowerCase();
        if (part && part !== 'morning' && h < 12) h += 12;
        return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: onAnchorDay(`T${pad2(h)}:00`) };
      },
    },
  ];
}

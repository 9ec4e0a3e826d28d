// Numbers as news writes them: digits ("2,300", "1.5"), words ("eighteen", "two hundred
// and five", "1.5 million", "a dozen"). Shared by the times and figures layers.

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** Words that can be part of a number written out; for building recognisers. */
export const NUMBER_WORDS = [...Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

/**
 * Parses a number written in digits, words or both ("2,300", "1.5 million",
 * "twenty-five", "two hundred and five", "a dozen"). Returns null when it is not a number.
 */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/[\u2010-\u2015]/g, '-').trim();
  if (!s) return null;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of s.split(/[\s-]+/)) {
    if (word === 'and') continue;
    const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word) ? Number(word.replace(/,/g, '')) : null;
    if (digits !== null) current += digits;
    else if (word in UNITS) current += UNITS[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word in SCALES) {
      const scale = SCALES[word];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? Math.round((total + current) * 1e6) / 1e6 : null;
}

/** An acronym: two to eight capitals, dotted or not ("NATO", "U.N."). */
export const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;

/** Each letter of the acronym starts a word of the name, in order (loosely: "UNHCR", "Hezbollah" no). */
export function abbreviates(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/);
  let w = 0;
  for (const letter of acronym) {
    while (w < words.length && words[w].charAt(0).toUpperCase() !== letter) w++;
    if (w++ >= words.length) return false;
  }
  return words.length > 1 && words[0].charAt(0).toUpperCase() === acronym.charAt(0);
}

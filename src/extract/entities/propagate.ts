import type { Doc } from '../../doc/document.js';
import { ACRONYM } from './acronyms.js';
import type { Group } from './coref.js';
import type { Mention } from './mentions.js';
import { tokenWords } from './words.js';
import { wordTable } from './tagger.js';

const MAX_WORDS = 4;
const WORDLIKE = /[\p{L}\p{N}]/u;
/** a word capitalised this often mid-sentence (0-9) is a name even at a sentence start */
const NAME_CAP_RATE = 6;

/**
 * Adds the mentions the tagger missed: later uses of a name (or a person's surname) that
 * the article has already established. A sentence-initial word counts only when news
 * capitalises it mid-sentence too, so "May" or "Baker" opening a sentence is left alone
 * unless it is usually a name.
 */
export function propagateNames(doc: Doc, groups: Group[]): void {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  const forms = new Map<string, { words: string[]; group: Group }[]>();
  const addForm = (text: string, group: Group) => {
    const words = text.split(/\s+/);
    if (words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0]) || words[0].length < 2) return;
    const list = forms.get(words[0]) ?? [];
    if (!list.some((f) => f.words.join(' ') === words.join(' '))) list.push({ words, group });
    forms.set(words[0], list);
  };
  for (const g of groups) {
    for (const m of g.mentions) {
      covered.fill(1, m.first, m.last + 1);
      if (m.end === tokens.end[m.last]) addForm(m.text, g);
      if (g.type === 'PERSON' && m.first !== m.last) addForm(m.text.split(/\s+/).pop()!, g);
    }
  }
  const surface = tokenWords(doc);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const candidates = forms.get(surface[i]);
    if (!candidates) continue;
    for (const { words, group } of candidates.sort((a, b) => b.words.length - a.words.length)) {
      const last = i + words.length - 1;
      if (last >= tokens.length || tokens.sentence[last] !== tokens.sentence[i]) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = !covered[i + k] && surface[i + k] === words[k];
      if (!ok || (isSentenceStart(doc, i) && !usuallyCapitalised(words[0]))) continue;
      // a name glued to a following capitalised word is part of some other name
      if (last + 1 < tokens.length && tokens.sentence[last + 1] === tokens.sentence[i] && /^\p{Lu}/u.test(surface[last + 1])) continue;
      const m: Mention = { first: i, last, start: tokens.start[i], end: tokens.end[last], type: group.type, text: doc.text.slice(tokens.start[i], tokens.end[last]) };
      group.mentions.push(m);
      covered.fill(1, i, last + 1);
      break;
    }
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  for (let j = i - 1; j >= 0 && t.sentence[j] === t.sentence[i]; j--) if (WORDLIKE.test(tokenWords(doc)[j])) return false;
  return true;
}

function usuallyCapitalised(word: string): boolean {
  if (ACRONYM.test(word)) return true;
  const info = wordTable().get(word.toLowerCase());
  return !info || info.capRate >= NAME_CAP_RATE;
}

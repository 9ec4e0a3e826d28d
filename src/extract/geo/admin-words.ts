// The division words of data/gazetteer/admin-words.txt ("state", "province", "oblast"), shared
// by the gazetteer build, the name variants and the mention cues.
import { lazy } from '../../util/lazy.js';
import { readTable } from '../../util/lexicon.js';

export interface AdminWords {
  /** every word: "Borno State", "Atyrau Oblisi" */
  after: string[];
  /** the words that also work before a name: "the province of Kandahar" */
  before: string[];
}

export const adminWords = lazy((): AdminWords => {
  const rows = readTable('gazetteer', 'admin-words.txt');
  return { after: rows.map(([w]) => w), before: rows.filter(([, where]) => where !== 'after').map(([w]) => w) };
});

import { readFileSync } from 'node:fs';
import type { TagDoc } from './features.js';
import { TAGS } from './tags.js';

/** A CoNLL-2003 document with its gold tags (IOB2 indices into TAGS). */
export interface ConllDoc extends TagDoc { gold: Uint8Array }

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Reads a CoNLL file (word first column, IOB tag last; IOB1 is converted); -DOCSTART- separates documents. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  let sentStarts: number[] = [];
  let inSentence = false;
  const flush = () => {
    if (words.length) docs.push({ words, sentStarts, gold: Uint8Array.from(tags) });
    words = []; tags = []; sentStarts = []; inSentence = false;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flush(); continue; }
    if (!cols[0]) { inSentence = false; continue; }
    if (!inSentence) { sentStarts.push(words.length); inSentence = true; }
    let tag = cols[cols.length - 1];
    // IOB1: I-X that starts an entity becomes B-X
    if (tag.startsWith('I-') && (!tags.length || !inSentenceContinues(tags, sentStarts, words.length, tag))) tag = 'B-' + tag.slice(2);
    words.push(cols[0]);
    tags.push(TAG_INDEX.get(tag) ?? 0);
  }
  flush();
  return docs;
}

function inSentenceContinues(tags: number[], sentStarts: number[], at: number, tag: string): boolean {
  if (sentStarts[sentStarts.length - 1] === at) return false;
  const prev = TAGS[tags[at - 1]];
  return prev !== 'O' && prev.slice(2) === tag.slice(2);
}

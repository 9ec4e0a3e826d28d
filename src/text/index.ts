import type { Doc } from '../doc/document.js';
import { paragraphs, splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** The text stage: paragraphs, sentences (with headings) and tokens. */
export function segment(doc: Doc): void {
  doc.paragraphs = paragraphs(doc.text);
  doc.sentences = splitSentences(doc.text);
  doc.tokens = tokenize(doc.text, Int32Array.from(doc.sentences, (s) => s.start));
}

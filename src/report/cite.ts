import { sentenceIndexAt } from '../doc/document.js';
import type { SitrepDocument, Span } from '../doc/types.js';

// Every line of the report says where it comes from: the sentence number ("s.4", counting
// from 1 as a reader would) and, where it helps, the words themselves.

/** 1-based number of the sentence holding an offset, or null. */
export function sentenceNumber(doc: SitrepDocument, offset: number): number | null {
  const i = sentenceIndexAt(doc.sentences, offset);
  return i < 0 ? null : i + 1;
}

/** "s.4" or "s.4, s.7" for spans. */
export function cite(doc: SitrepDocument, spans: Span[]): string {
  const numbers = [...new Set(spans.map((s) => sentenceNumber(doc, s.start)).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  return numbers.map((n) => `s.${n}`).join(', ');
}

/** The words of a span in quotation marks, shortened in the middle when long. */
export function quote(doc: SitrepDocument, span: Span, max = 140): string {
  let words = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (words.length > max) words = `${words.slice(0, max - 40).trimEnd()} … ${words.slice(-30).trimStart()}`;
  return `“${escapeMarkdown(words)}”`;
}

/** Text safe inside a Markdown table cell or list item. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\|*_`[\]<>])/g, '\\$1');
}

export function entityName(doc: SitrepDocument, id: string | null): string | null {
  if (!id) return null;
  return doc.entities.find((e) => e.id === id)?.name ?? null;
}

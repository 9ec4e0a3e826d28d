import type { SitrepDocument } from '../doc/types.js';

/** A readable situation report for one analysed article. */
export function renderMarkdown(doc: SitrepDocument): string {
  const lines = [`# ${doc.title ?? doc.id}`, ''];
  if (doc.published) lines.push(`Published ${doc.published}${doc.source ? ` by ${doc.source}` : ''}`, '');
  lines.push(`${doc.sentences.length} sentences, ${doc.entities.length} entities, ${doc.events.length} events.`);
  return lines.join('\n') + '\n';
}

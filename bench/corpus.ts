import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths.js';

export interface BenchDoc { id: string; text: string; published: string | null }

const SHARED = join(packageRoot, '..', 'shared');

/** The 2,225 BBC articles (first line the title) and the seed article. */
export function loadCorpus(): BenchDoc[] {
  const root = join(SHARED, 'data', 'news', 'bbc');
  const docs: BenchDoc[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.txt')).sort()) {
      docs.push({ id: `bbc/${topic}/${file}`, text: readFileSync(join(root, topic, file), 'utf8'), published: '2005-01-01' });
    }
  }
  docs.push({ id: 'seed', text: readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8'), published: '2022-01-06' });
  return docs;
}

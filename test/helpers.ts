import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths.js';
import { Doc } from '../src/doc/document.js';
import type { Entity, EntityType } from '../src/doc/types.js';
import { resolvePlaces } from '../src/extract/geo/index.js';

export const CLI = join(packageRoot, 'dist', 'src', 'cli.js');
export const SHARED = join(packageRoot, '..', 'shared');

export interface RunResult { code: number; stdout: string; stderr: string }

/** Runs the real CLI in a child process, optionally feeding stdin. */
export function runCli(args: string[], stdin?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdin ?? '');
  });
}

/** A document whose entities are exactly the listed names (each mention found in the text), run through the geo stage. */
export function placesResolved(text: string, names: [string, EntityType][]): Doc {
  const doc = new Doc({ id: 't', text });
  doc.entities = names.map(([name, type], i): Entity => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
    return { id: `ent-${i}`, type, name, mentions, descriptors: [], geo: null };
  });
  resolvePlaces(doc);
  return doc;
}

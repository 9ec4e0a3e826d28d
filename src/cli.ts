#!/usr/bin/env node
import { readFileSync, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runBatch } from './batch/run.js';
import type { SitrepDocument } from './doc/types.js';
import { analyze, analyzeUrl } from './index.js';
import { DEFAULT_MAX_BYTES, InputError, isIsoDate, looksLikeHtml } from './input.js';
import { renderMarkdown } from './report/markdown.js';
import { FetchError } from './text/url.js';

/** A problem with how sitrep was called: one line on stderr, exit 2. */
class UsageError extends Error {}

const MAIN_HELP = `sitrep: news articles in, structured situation data out (sitrep/document@1)

Usage:
  sitrep extract FILE|URL|-  [--published DATE] [--format json|md]
  sitrep extract --input docs.jsonl --output out.jsonl [--concurrency N]

Commands:
  extract   analyse one article, or a JSONL batch

Run "sitrep COMMAND --help" for a command's options.`;

const EXTRACT_HELP = `sitrep extract: analyse articles

One article (plain text, an HTML page, a URL, or - for stdin), printed as JSON or Markdown:
  sitrep extract FILE|URL|- [options]
    --published DATE   publication date (ISO, e.g. 2022-01-06); anchors "on Thursday" etc.
    --title TEXT       --source TEXT (outlet)   --id ID
    --format json|md   JSON document (default) or a situation report
    --allow-private    allow URLs on loopback or private addresses
    --timeout MS       URL fetch timeout (default 15000)

A batch, one JSON object a line ({"id","text"[,"published","title","url","source"]}):
  sitrep extract --input docs.jsonl --output out.jsonl [options]
    --concurrency N    worker threads (default: ${availableParallelism()} here)
    --progress / --no-progress   progress bar on stderr (default: when stderr is a terminal)
    --stats            print a summary line (documents, failures, rate, peak memory) on stderr
  Lines that cannot be analysed give {"id","error":{"code","message"}}; the exit code is
  the number of failed lines (at most 255).

Common:
  --max-bytes N      size limit of one article (default ${DEFAULT_MAX_BYTES})
  -h, --help         this help`;

const EXTRACT_OPTIONS = {
  input: { type: 'string' },
  output: { type: 'string' },
  concurrency: { type: 'string' },
  published: { type: 'string' },
  title: { type: 'string' },
  source: { type: 'string' },
  id: { type: 'string' },
  format: { type: 'string' },
  'allow-private': { type: 'boolean' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  stats: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, not "${raw}"`);
  return n;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function extract(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: EXTRACT_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(EXTRACT_HELP);
    return 0;
  }
  const maxBytes = positiveInt('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, not "${format}"`);
  if (values.published !== undefined && !isIsoDate(values.published)) throw new UsageError(`--published must be an ISO date such as 2022-01-06, not "${values.published}"`);

  if (values.input !== undefined || values.output !== undefined) {
    if (positionals.length) throw new UsageError('give either FILE or --input/--output, not both');
    if (!values.input) throw new UsageError('--output needs --input (a JSONL file, or - for stdin)');
    if (values.input !== '-' && !existsSync(values.input)) throw new UsageError(`no such file: ${values.input}`);
    const summary = await runBatch({
      input: values.input,
      output: values.output ?? '-',
      concurrency: positiveInt('concurrency', values.concurrency, availableParallelism()),
      maxBytes,
      progress: values['no-progress'] ? false : values.progress,
    });
    if (values.stats) {
      const rss = process.resourceUsage().maxRSS / 1024;
      console.error(`sitrep: ${summary.documents} documents, ${summary.failed} failed, ${summary.seconds.toFixed(2)} s, ${(summary.documents / summary.seconds).toFixed(1)} docs/s, ${(summary.bytes / 1e6 / summary.seconds).toFixed(2)} MB/s, peak RSS ${rss.toFixed(0)} MB`);
    }
    return Math.min(summary.failed, 255);
  }

  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one article at a time (got ${positionals.length}); use --input for batches` : 'nothing to analyse: give a FILE, a URL, - for stdin, or --input docs.jsonl');
  const target = positionals[0];
  const meta = { published: values.published ?? null, title: values.title ?? null, source: values.source ?? null };
  let doc: SitrepDocument;
  if (/^https?:\/\//i.test(target)) {
    doc = await analyzeUrl(target, { ...meta, published: values.published, id: values.id, allowPrivate: values['allow-private'], timeoutMs: positiveInt('timeout', values.timeout, 15000), maxBytes });
  } else {
    let raw: string;
    if (target === '-') raw = await readStdin();
    else {
      if (!existsSync(target) || !statSync(target).isFile()) throw new UsageError(`no such file: ${target}`);
      raw = readFileSync(target, 'utf8');
    }
    const id = values.id ?? (target === '-' ? 'stdin' : basename(target).replace(/\.[^.]+$/, ''));
    doc = analyze(looksLikeHtml(raw) ? { ...meta, id, html: raw } : { ...meta, id, text: raw }, { maxBytes });
  }
  process.stdout.write(format === 'md' ? renderMarkdown(doc) : JSON.stringify(doc, null, 2) + '\n');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    console.log(MAIN_HELP);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extract(rest);
  throw new UsageError(`unknown command "${command}" (try: sitrep --help)`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`sitrep: ${err.message}`);
      process.exitCode = 2;
    } else if (err instanceof InputError || err instanceof FetchError) {
      console.error(`sitrep: ${err.code}: ${err.message}`);
      process.exitCode = 1;
    } else {
      console.error(`sitrep: ${(err as Error).stack ?? err}`);
      process.exitCode = 1;
    }
  },
);

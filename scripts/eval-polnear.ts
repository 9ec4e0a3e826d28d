// npm run eval:polnear -- [DIR] [--verbose N]
// Scores the quotes stage on PolNeAR (Newell et al. 2018) brat files: DIR/text/*.txt beside
// DIR/attributions/*.ann (default ../shared/data/quotes/polnear/dev). PolNeAR's attributions
// are broader than speech (beliefs, polls), so recall counts only those whose Cue holds a
// speech cue of data/quotes/cues.tsv. Reports content-span overlap precision and recall and
// source accuracy: our speaker's words overlap their Source span, or name the same referent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/doc/types.js';
import { cueAt } from '../src/extract/quotes/lexicon.js';
import type { FoundQuote } from '../src/extract/quotes/index.js';
import { runPipeline } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';

interface Attribution { content: Span[]; cue: string; source: Span | null; sourceText: string }

const args = process.argv.slice(2);
const verboseAt = args.indexOf('--verbose');
const verbose = verboseAt >= 0 ? Number(args[verboseAt + 1] ?? 20) : 0;
const dir = args.find((a, i) => !a.startsWith('--') && (verboseAt < 0 || i !== verboseAt + 1)) ?? join(packageRoot, '..', 'shared', 'data', 'quotes', 'polnear', 'dev');

const PRONOUN = /^(?:he|she|it|they|i|we|you)$/i;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const lastWord = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).pop() ?? '';

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function unitOffsets(text: string): (cp: number) => number {
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(cp, units.length - 1)];
}

function parseAnn(ann: string, text: string): Attribution[] {
  const at = unitOffsets(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const out: Attribution[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) spans.set(t[1], { type: t[2], spans: t[3].split(';').map((p) => p.trim().split(' ').map(Number)).map(([s, e]) => ({ start: at(s), end: at(e) })) });
  }
  for (const line of ann.split('\n')) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles = e[1].trim().split(/\s+/).map((r) => r.split(':'));
    const get = (role: string) => roles.filter(([r]) => r === role || r.startsWith(role)).map(([, id]) => spans.get(id)).filter((x) => x !== undefined);
    const content = get('Content').flatMap((c) => c.spans);
    const cue = get('Cue').flatMap((c) => c.spans).map((s) => text.slice(s.start, s.end)).join(' ');
    const source = get('Source').flatMap((c) => c.spans);
    if (!content.length) continue;
    const src = source.length ? { start: Math.min(...source.map((s) => s.start)), end: Math.max(...source.map((s) => s.end)) } : null;
    out.push({ content, cue, source: src, sourceText: src ? text.slice(src.start, src.end) : '' });
  }
  return out;
}

function isSpeech(cue: string): boolean {
  const words = cue.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((_, i) => cueAt((k) => words[k] ?? null, i) !== null);
}

function sourceMatches(q: FoundQuote, a: Attribution, entities: Map<string, Span[]>): boolean {
  if (!a.source || !q.speaker) return false;
  const sp = q.speaker;
  if (overlaps(sp, a.source)) return true;
  // co-reference: our speaker's entity has a mention there, or both name the same head word
  if (sp.entity && (entities.get(sp.entity) ?? []).some((m) => overlaps(m, a.source!))) return true;
  const ours = lastWord(sp.text ?? '');
  return ours !== '' && !PRONOUN.test(ours) && ours === lastWord(a.sourceText);
}

const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
let gold = 0, found = 0, predicted = 0, correctPred = 0, withSource = 0, sourceOk = 0, docs = 0;
const stageMs: number[] = [];
const misses: string[] = [];
const wrongSources: string[] = [];
const spurious: string[] = [];
for (const file of texts) {
  const stem = file.replace(/\.txt$/, '');
  const annFile = anns.find((a) => a.startsWith(stem + '_') || a === stem + '.ann');
  if (!annFile) continue;
  const text = readFileSync(join(dir, 'text', file), 'utf8');
  const attributions = parseAnn(readFileSync(join(dir, 'attributions', annFile), 'utf8'), text);
  let quoteMs = 0;
  const doc = runPipeline({ id: stem, text }, { onStage: (name, t) => { if (name === 'quotes') quoteMs = t; } });
  stageMs.push(quoteMs);
  docs++;
  const quotes = doc.quotes as FoundQuote[];
  const entities = new Map(doc.entities.map((e) => [e.id, e.mentions]));
  predicted += quotes.length;
  for (const q of quotes) {
    if (attributions.some((a) => a.content.some((c) => overlaps(c, q)))) correctPred++;
    else spurious.push(`${stem}: ${text.slice(q.start, q.end).slice(0, 100)}`);
  }
  for (const a of attributions) {
    if (!isSpeech(a.cue)) continue;
    gold++;
    // our quote with the largest overlap answers for this attribution
    let best: FoundQuote | null = null;
    let bestOverlap = 0;
    for (const q of quotes) {
      const o = a.content.reduce((sum, c) => sum + Math.max(0, Math.min(c.end, q.end) - Math.max(c.start, q.start)), 0);
      if (o > bestOverlap) [best, bestOverlap] = [q, o];
    }
    if (!best) {
      misses.push(`${stem}: [${a.cue}] ${a.sourceText} | ${text.slice(a.content[0].start, a.content[0].end).slice(0, 100)}`);
      continue;
    }
    found++;
    if (!a.source) continue;
    withSource++;
    if (sourceMatches(best, a, entities)) sourceOk++;
    else wrongSources.push(`${stem}: gold "${a.sourceText}" ours "${best.speaker?.text ?? null}" [${a.cue}] ${text.slice(best.start, best.end).slice(0, 70)}`);
  }
}

const f = (x: number) => x.toFixed(3);
const p = predicted ? correctPred / predicted : 0;
const r = gold ? found / gold : 0;
console.log(`PolNeAR ${dir}: ${docs} articles, ${gold} speech attributions, ${predicted} quotes predicted`);
console.log(`content  P ${f(p)}  R ${f(r)}  F1 ${f(p + r ? (2 * p * r) / (p + r) : 0)}   (P: our quotes overlapping any gold Content; R: speech attributions overlapped)`);
console.log(`source   acc ${f(withSource ? sourceOk / withSource : 0)} of ${withSource} found attributions with a Source`);
stageMs.sort((a, b) => a - b);
console.log(`speed    quotes stage ${f(stageMs[stageMs.length >> 1])} ms/article median, ${f(stageMs.reduce((a, b) => a + b, 0) / docs)} mean (one cold pass, JIT and GC included)`);
if (verbose) {
  const show = (title: string, list: string[]) => {
    console.log(`\n${title} (${list.length}, first ${Math.min(verbose, list.length)}):`);
    for (const line of list.slice(0, verbose)) console.log('  ' + line);
  };
  show('missed', misses);
  show('wrong source', wrongSources);
  show('spurious', spurious);
}

// npm run eval:timeml -- DIR [DIR...] [--errors]
// Reads TimeML .tml files (TempEval-3 style: <DCT> and inline <TIMEX3> in <TEXT>), strips
// the tags, runs the text stage and the times stage with the DCT as `published`, and prints the
// TempEval-3 measures: strict and relaxed span P/R/F1, type accuracy, value accuracy and
// value F1 (a relaxed match whose value is also right counts; P over system, R over gold).
// --errors also lists misses, spurious expressions and wrong values (with a rough class), then
// the wrong values counted by class.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeExpression } from '../src/doc/types.js';
import { Doc } from '../src/doc/document.js';
import { extractTimes } from '../src/extract/times/index.js';
import { segment } from '../src/text/index.js';

interface GoldTimex { start: number; end: number; type: string; value: string; text: string }
interface TimemlDoc { file: string; text: string; dct: string | null; gold: GoldTimex[] }

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Plain text of the <TEXT> element and the TIMEX3 spans in it. */
export function readTimeml(file: string): TimemlDoc {
  const xml = readFileSync(file, 'utf8');
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? /value="([^"]*)"/.exec(dctTag[1])?.[1] ?? null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  const open: { start: number; attrs: string }[] = [];
  const tag = /<(\/?)(\w+)([^>]*)>|([^<]+)/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m[4] !== undefined) { text += decode(m[4]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open.push({ start: text.length, attrs: m[3] });
    else {
      const o = open.pop()!;
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(o.attrs)?.[1] ?? '';
      gold.push({ start: o.start, end: text.length, type: attr('type'), value: attr('value'), text: text.slice(o.start, text.length) });
    }
  }
  return { file, text, dct, gold };
}

function tmlFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => tmlFiles(join(path, name))).filter((f) => f.endsWith('.tml'));
}

interface Tally { gold: number; sys: number; strict: number; relaxed: number; typeOk: number; valueOk: number }
const tally = (): Tally => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 });
const f1 = (tp: number, sys: number, gold: number) => {
  const p = sys ? tp / sys : 0, r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const norm = (v: string | null) => (v ?? '').toUpperCase();

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (!dirs.length) {
    console.error('usage: npm run eval:timeml -- DIR [DIR...] [--errors]');
    process.exit(2);
  }
  const total = tally();
  const byType = new Map<string, Tally>();
  const typeTally = (t: string) => byType.get(t) ?? byType.set(t, tally()).get(t)!;
  const classes = new Map<string, number>();
  let ms = 0;
  let chars = 0;
  // load the vocabulary and compile the patterns before timing
  const warm = new Doc({ id: 'warm-up', text: 'On Monday, two weeks ago.', published: '2000-01-01' });
  segment(warm);
  extractTimes(warm);
  for (const file of dirs.flatMap(tmlFiles)) {
    const doc = readTimeml(file);
    // the text stage and ours only: the times layer reads sentences and tokens, nothing else
    const result = new Doc({ id: file, text: doc.text, published: doc.dct });
    segment(result);
    const cpu0 = process.cpuUsage();
    extractTimes(result);
    const cpu = process.cpuUsage(cpu0);
    ms += (cpu.user + cpu.system) / 1000;
    chars += doc.text.length;
    const sys: TimeExpression[] = result.times;
    total.gold += doc.gold.length;
    total.sys += sys.length;
    for (const g of doc.gold) typeTally(g.type).gold++;
    for (const s of sys) typeTally(s.type).sys++;
    const used = new Set<number>();
    for (const g of doc.gold) {
      // the best overlapping system expression: exact span first
      let best = -1;
      for (let i = 0; i < sys.length; i++) {
        if (used.has(i) || sys[i].start >= g.end || g.start >= sys[i].end) continue;
        if (best < 0 || (sys[i].start === g.start && sys[i].end === g.end)) best = i;
      }
      if (best < 0) {
        if (showErrors) console.log(`MISS\t${g.type}\t${g.value}\t${JSON.stringify(g.text)}\t${context(doc.text, g)}`);
        continue;
      }
      used.add(best);
      const s = sys[best];
      const tt = typeTally(g.type);
      for (const t of [total, tt]) {
        t.relaxed++;
        if (s.start === g.start && s.end === g.end) t.strict++;
        if (s.type === g.type) t.typeOk++;
        if (norm(s.value) === norm(g.value)) t.valueOk++;
      }
      if (showErrors && norm(s.value) !== norm(g.value)) {
        const cls = errorClass(g, s);
        classes.set(cls, (classes.get(cls) ?? 0) + 1);
        console.log(`VALUE\t${cls}\t${g.type}\tgold ${g.value}\tsys ${s.value}\t${JSON.stringify(g.text)}/${JSON.stringify(s.text)}\tdct ${doc.dct}\t${context(doc.text, g)}`);
      }
    }
    if (showErrors) sys.forEach((s, i) => { if (!used.has(i)) console.log(`EXTRA\t${s.type}\t${s.value}\t${JSON.stringify(s.text)}\t${context(doc.text, s)}`); });
  }
  const row = (name: string, t: Tally) => {
    const strict = f1(t.strict, t.sys, t.gold);
    const relaxed = f1(t.relaxed, t.sys, t.gold);
    const value = f1(t.valueOk, t.sys, t.gold);
    const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
    return `${name.padEnd(9)} ${String(t.gold).padStart(5)} ${String(t.sys).padStart(5)}  ${pct(strict.p)} ${pct(strict.r)} ${pct(strict.f)}  ${pct(relaxed.p)} ${pct(relaxed.r)} ${pct(relaxed.f)}  ${pct(t.relaxed ? t.typeOk / t.relaxed : 0)} ${pct(t.relaxed ? t.valueOk / t.relaxed : 0)}  ${pct(value.f)}`;
  };
  if (showErrors) {
    console.log('value errors by class:');
    for (const [cls, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${cls.padEnd(22)} ${n}`);
  }
  console.log('          gold   sys  strict P    R    F1  relaxed P    R    F1   type   value  value F1');
  for (const [type, t] of [...byType].sort()) console.log(row(type, t));
  console.log(row('overall', total));
  console.log(`(per-type rows: gold by gold type, sys by system type; times stage ${(ms / (chars / 2500)).toFixed(3)} ms CPU per 2.5 KB after loading)`);
}

const REF = /^(PRESENT|PAST|FUTURE)_REF$/;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const PART = /T(MO|AF|EV|NI|DT)$/;

/** A rough class for a wrong value, to work through the errors by kind (see docs/times.md). */
function errorClass(g: GoldTimex, s: TimeExpression): string {
  const gv = norm(g.value), sv = norm(s.value);
  const period = (v: string) => v.startsWith('P');
  if (!sv) return 'unresolved';
  if (REF.test(gv) || REF.test(sv)) return 'vague reference';
  if (g.type === 'SET' || s.type === 'SET') return 'set';
  if (period(gv) !== period(sv)) return 'duration vs date';
  if (period(gv)) return /X/.test(gv + sv) ? 'vague duration' : 'duration amount';
  if (PART.test(gv) !== PART.test(sv) && gv.replace(PART, '') === sv.replace(PART, '')) return 'part of day';
  if (/T\d/.test(gv) || /T\d/.test(sv)) return 'clock time';
  if (/X/.test(gv) && !/X/.test(sv)) return 'gold unspecified (X)';
  if (/Q|H\d/.test(gv + sv)) return 'quarter/half';
  if (WEEKDAY.test(g.text) && /^\d{4}-\d\d-\d\d/.test(gv)) return 'weekday direction';
  if (/W/.test(gv) !== /W/.test(sv) || gv.length !== sv.length) return sv.startsWith(gv) || gv.startsWith(sv) ? 'granularity (nested)' : 'granularity';
  if (gv.slice(0, 4) !== sv.slice(0, 4) && gv.slice(4) === sv.slice(4)) return 'year (anchoring/tense)';
  return 'anchoring';
}

function context(text: string, span: { start: number; end: number }): string {
  return JSON.stringify(text.slice(Math.max(0, span.start - 50), span.start) + '[' + text.slice(span.start, span.end) + ']' + text.slice(span.end, span.end + 30)).replace(/\\n/g, ' ');
}

main();

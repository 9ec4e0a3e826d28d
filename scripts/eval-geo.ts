// npm run eval:geo -- FILE.xml [--verbose] [--gold-only] [--article=N]
// Reads GeoWebNews / TR-News / LGL-style XML (<article> with <text> and <toponym>s carrying
// start/end offsets and coordinates) and reports:
//   gold spans: accuracy within 161 km when the toponyms are given (grouped by name per
//               article and resolved together by the same resolver the pipeline uses);
//   end to end: recall (a GPE/LOC/FAC/NORP entity of ours covers the toponym) and accuracy
//               (its geo within 161 km), over what we found and over all gold toponyms;
//   mean and median error in km of the answers given.
import { readFileSync } from 'node:fs';
import { resolvePlaceQueries, type PlaceQuery } from '../src/extract/geo/resolve.js';
import { demonymCountry } from '../src/extract/geo/lookup.js';
import { matchName } from '../src/extract/geo/candidates.js';
import { gazetteer } from '../src/extract/geo/gazetteer.js';
import type { Geo } from '../src/doc/types.js';
import { haversineKm } from '../src/util/distance.js';

interface Toponym { name: string; start: number; end: number; lat: number; lon: number; linked: boolean }
interface Article { text: string; toponyms: Toponym[] }

const ACCURATE_KM = 161;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}

function field(xml: string, ...tags: string[]): string | null {
  for (const tag of tags) {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
    if (m) return decode(m[1]);
  }
  return null;
}

/** The gold offsets, moved by up to 3 characters when the name is not where they point (TR-News). */
function locate(text: string, name: string, start: number): number {
  for (const d of [0, -1, 1, -2, 2, -3, 3]) if (text.startsWith(name, start + d)) return start + d;
  return start;
}

function readArticles(file: string): Article[] {
  const xml = readFileSync(file, 'utf8');
  const articles: Article[] = [];
  for (const [, body] of xml.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/g)) {
    const text = field(body, 'text');
    if (text === null) continue;
    const toponyms: Toponym[] = [];
    for (const [, t] of body.matchAll(/<toponym\b[^>]*>([\s\S]*?)<\/toponym>/g)) {
      const name = field(t, 'extractedName', 'phrase');
      const lat = Number(field(t, 'latitude', 'lat')), lon = Number(field(t, 'longitude', 'lon'));
      const startText = field(t, 'start');
      if (!name || startText === null || field(t, 'latitude', 'lat') === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const start = locate(text, name, Number(startText));
      // linked: the gold names a GeoNames entry (GWN leaves streets and buildings unlinked)
      const linked = /<geonamesID>\d+|geonameid="\d+"/.test(t);
      toponyms.push({ name, start, end: start + name.length, lat, lon, linked });
    }
    articles.push({ text, toponyms });
  }
  return articles;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, b.lat, b.lon);

/** The gold toponyms of one article as resolver queries: one per distinct name. */
function goldQueries(a: Article): { queries: PlaceQuery[]; queryOf: number[] } {
  const byName = new Map<string, number>();
  const queries: PlaceQuery[] = [];
  const queryOf = a.toponyms.map((t) => {
    let q = byName.get(t.name);
    if (q === undefined) {
      byName.set(t.name, (q = queries.length));
      queries.push({ name: t.name, spans: [], demonym: demonymCountry(t.name) !== null });
    }
    queries[q].spans.push({ start: t.start, end: t.end });
    return q;
  });
  return { queries, queryOf };
}

class Errors {
  readonly km: number[] = [];
  unanswered = 0;
  add(geo: Geo | null, t: Toponym): boolean {
    if (!geo) { this.unanswered++; return false; }
    const d = km(geo, t);
    this.km.push(d);
    return d <= ACCURATE_KM;
  }
  summary(): string {
    const sorted = [...this.km].sort((x, y) => x - y);
    const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
    const median = sorted.length ? sorted[sorted.length >> 1] : 0;
    return `mean error ${mean.toFixed(0)} km, median ${median.toFixed(1)} km over ${sorted.length} answers (${this.unanswered} unanswered)`;
  }
}

/** A miss the ranking could have avoided: some candidate of the name lies within 161 km of the gold point. */
function rankable(t: { name: string; lat: number; lon: number }): boolean {
  const g = gazetteer();
  return matchName(t.name).candidates.some((c) => km({ lat: g.lat[c.row], lon: g.lon[c.row] }, t) <= ACCURATE_KM);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run eval:geo -- FILE.xml [--verbose] [--gold-only]');
  const verbose = args.includes('--verbose');
  /** --article=N: print every gold name of article N with our answer (to study a miss) */
  const studied = Number(args.find((a) => a.startsWith('--article='))?.slice(10) ?? -1);
  const articles = readArticles(file);
  const gold = articles.reduce((n, a) => n + a.toponyms.length, 0);

  const goldErrors = new Errors();
  let goldCorrect = 0, linked = 0, linkedCorrect = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const { queries, queryOf } = goldQueries(a);
    const geos = resolvePlaceQueries(a.text, queries);
    if (articles.indexOf(a) === studied) queries.forEach((q, i) => console.log(`  ${q.name} x${q.spans.length}: ${JSON.stringify(geos[i])}`));
    a.toponyms.forEach((t, i) => {
      const geo = geos[queryOf[i]];
      const ok = goldErrors.add(geo, t);
      if (t.linked) { linked++; if (ok) linkedCorrect++; }
      if (ok) goldCorrect++;
      else if (verbose) console.log(`miss${t.linked ? '' : '-unlinked'}${rankable(t) ? '-ranked' : ''} [${articles.indexOf(a)}] ${t.name} gold ${t.lat},${t.lon} got ${geo ? `${geo.lat},${geo.lon} ${geo.countryCode} ${geo.precision}` : 'null'}`);
    });
  }
  const goldMs = performance.now() - t0;
  console.log(`${file}: ${articles.length} articles, ${gold} geocoded toponyms`);
  console.log(`gold spans: accuracy@161km ${(goldCorrect / gold).toFixed(3)} (${goldCorrect}/${gold}); ${goldErrors.summary()}; ${goldMs.toFixed(0)} ms`);
  console.log(`  of those with a GeoNames id: ${(linkedCorrect / (linked || 1)).toFixed(3)} (${linkedCorrect}/${linked})`);
  if (args.includes('--gold-only')) return;

  const { runPipeline } = await import('../src/pipeline.js'); // the whole pipeline only for this mode
  const e2eErrors = new Errors();
  let found = 0, correct = 0;
  for (const [i, a] of articles.entries()) {
    const doc = runPipeline({ id: String(i), text: a.text }, { until: 'geo' }); // the stages geo depends on
    for (const t of a.toponyms) {
      const e = doc.entities.find((x) => x.type !== 'PERSON' && x.type !== 'ORG' && x.mentions.some((m) => m.start < t.end && t.start < m.end));
      if (!e) continue;
      found++;
      if (e2eErrors.add(e.geo, t)) correct++;
      else if (verbose) console.log(`e2e miss ${t.name} as ${e.type} "${e.name}" gold ${t.lat},${t.lon} got ${e.geo ? `${e.geo.lat},${e.geo.lon} ${e.geo.countryCode} ${e.geo.precision}` : 'null'}`);
    }
  }
  console.log(`end to end: recall ${(found / gold).toFixed(3)} (${found}/${gold}), accuracy@161km of found ${(correct / (found || 1)).toFixed(3)}, of all ${(correct / gold).toFixed(3)}; ${e2eErrors.summary()}`);
}

await main();

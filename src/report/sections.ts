import type { Figure, FigureCategory, SitEvent, SitrepDocument } from '../doc/types.js';
import { cite, entityName, escapeMarkdown, quote } from './cite.js';

// The sections of the situation report, each a list of Markdown lines.

const SEVERITY: Record<SitEvent['type'], number> = {
  Battles: 0,
  'Explosions/Remote violence': 1,
  'Violence against civilians': 2,
  Riots: 3,
  Protests: 4,
  'Strategic developments': 5,
};
const TYPE_WORDS: Record<SitEvent['type'], string> = {
  Battles: 'armed clashes',
  'Explosions/Remote violence': 'explosions and remote violence',
  'Violence against civilians': 'violence against civilians',
  Riots: 'riots',
  Protests: 'protests',
  'Strategic developments': 'political developments',
};

function placeLabel(doc: SitrepDocument, id: string | null): string | null {
  const e = doc.entities.find((x) => x.id === id);
  if (!e) return null;
  const country = e.geo?.countryCode && e.geo.precision !== 'country' ? doc.entities.find((c) => c.geo?.precision === 'country' && c.geo.countryCode === e.geo?.countryCode) : null;
  return escapeMarkdown(country ? `${e.name}, ${country.name}` : e.name);
}

const byTextOrder = (a: SitEvent, b: SitEvent) => a.evidence[0].start - b.evidence[0].start;

// "after days of protests …" tells what led to an event; quote a clause that tells the event
const BACKGROUND_CLAUSE = /^(?:after|following|before|amid)\b/i;
const leadEvidence = (doc: SitrepDocument, e: SitEvent) =>
  e.evidence.find((s) => !BACKGROUND_CLAUSE.test(doc.text.slice(s.start, s.end))) ?? e.evidence[0];

/** What, where, when: the kinds of events by severity, the most reported place, the dates, the main event. */
export function headline(doc: SitrepDocument): string[] {
  if (!doc.events.length) return [`# ${escapeMarkdown(doc.title ?? doc.id)}`, '', 'No conflict or protest events found in this article.'];
  const types = [...new Set([...doc.events].sort((a, b) => SEVERITY[a.type] - SEVERITY[b.type]).map((e) => e.type))];
  const what = types.slice(0, 3).map((t) => TYPE_WORDS[t]);
  const whatText = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0];
  const places = new Map<string, number>();
  for (const e of doc.events) if (e.place) places.set(e.place, (places.get(e.place) ?? 0) + e.evidence.length);
  const where = [...places].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const days = doc.events.filter((e) => e.date?.precision === 'day').map((e) => e.date!.value!).sort();
  const when = days.length ? (days[0] === days.at(-1) ? days[0] : `${days[0]} to ${days.at(-1)}`) : null;
  // the deadliest event leads, then the most severe kind, then the first told
  const deaths = (e: SitEvent) => e.fatalities?.low ?? 0;
  const main = [...doc.events].sort((a, b) => deaths(b) - deaths(a) || SEVERITY[a.type] - SEVERITY[b.type] || byTextOrder(a, b))[0];
  const lines = [`# ${whatText[0].toUpperCase()}${whatText.slice(1)}${where ? ` in ${placeLabel(doc, where)}` : ''}${when ? `, ${when}` : ''}`, ''];
  if (doc.title) lines.push(`*${escapeMarkdown(doc.title)}*`, '');
  const meta = [doc.source && `Source: ${escapeMarkdown(doc.source)}`, doc.published && `published ${doc.published}`].filter(Boolean);
  if (meta.length) lines.push(`${meta.join(', ')}.`, '');
  lines.push(`Main event: ${main.type} / ${main.subType} — ${quote(doc, leadEvidence(doc, main))} (${cite(doc, main.evidence)}). ${doc.events.length} event${doc.events.length === 1 ? '' : 's'} in all.`);
  return lines;
}

const CATEGORY_ORDER: FigureCategory[] = ['killed', 'injured', 'critical', 'hospitalized', 'missing', 'kidnapped', 'detained', 'displaced', 'evacuated', 'affected', 'participants'];

function figureText(f: Figure): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (f.value === null) return '?';
  if (f.low !== null && f.high !== null && f.low !== f.high) return `${n(f.low)}–${n(f.high)}`;
  const prefix = f.low !== null && f.high === null && f.approximate ? '≥ ' : f.high !== null && f.low === null ? '≤ ' : f.approximate ? '~' : '';
  return `${prefix}${n(f.value)}`;
}

/** Counts of people by category: the range across the figures given, and each figure's source. */
export function keyFigures(doc: SitrepDocument): string[] {
  const rows: string[] = [];
  for (const category of CATEGORY_ORDER) {
    const figures = doc.figures.filter((f) => f.category === category && f.value !== null);
    if (!figures.length) continue;
    const lows = figures.map((f) => f.low ?? f.value!);
    const highs = figures.map((f) => f.high ?? f.value!);
    const lo = Math.min(...lows);
    const hi = Math.max(...highs);
    const range = lo === hi ? lo.toLocaleString('en-US') : `${lo.toLocaleString('en-US')}–${hi.toLocaleString('en-US')}`;
    const reported = figures.map((f) => {
      const who = f.attribution ? (entityName(doc, f.attribution.entity) ?? f.attribution.text) : null;
      return `${figureText(f)} ${quote(doc, f, 60)}${who ? ` per ${escapeMarkdown(who)}` : ''} (${cite(doc, [f])})`;
    });
    rows.push(`| ${category} | ${range}${figures.length > 1 && lo !== hi ? ' (sources differ)' : ''} | ${reported.join('; ')} |`);
  }
  if (!rows.length) return [];
  return ['## Key figures', '', '| Category | Range | As reported |', '|---|---|---|', ...rows];
}

/** The events in date order, each with its place, toll, actors, sources and evidence. */
export function timeline(doc: SitrepDocument): string[] {
  if (!doc.events.length) return [];
  const sorted = [...doc.events].sort((a, b) => (a.date?.value ?? '9999').localeCompare(b.date?.value ?? '9999') || byTextOrder(a, b));
  const lines = ['## Timeline', ''];
  for (const e of sorted) {
    const date = e.date?.value ? `${e.date.value}${e.date.precision && e.date.precision !== 'day' ? ` (${e.date.precision})` : ''}` : 'undated';
    const parts = [`**${date}** — ${e.type} / ${e.subType}`];
    const place = placeLabel(doc, e.place);
    if (place) parts.push(`in ${place}`);
    if (e.fatalities) parts.push(`${e.fatalities.high !== null && e.fatalities.high !== e.fatalities.low ? `${e.fatalities.low}–${e.fatalities.high}` : `${e.fatalities.low}${e.fatalities.high === null ? '+' : ''}`} killed`);
    const who = [...e.actors.map((id) => entityName(doc, id)), ...e.actorsText].filter(Boolean) as string[];
    if (who.length) parts.push(`by ${escapeMarkdown(who.join(', '))}`);
    const sources = e.sources.map((id) => entityName(doc, id)).filter(Boolean) as string[];
    if (sources.length) parts.push(`per ${escapeMarkdown(sources.join(', '))}`);
    lines.push(`- ${parts.join(' · ')}: ${quote(doc, leadEvidence(doc, e))} (${cite(doc, e.evidence)})`);
  }
  return lines;
}

/** Quotations by speaker, in the article's order. */
export function whoSaidWhat(doc: SitrepDocument): string[] {
  const quotes = doc.quotes.filter((q) => q.speaker && (q.speaker.entity || q.speaker.text));
  if (!quotes.length) return [];
  const lines = ['## Who said what', ''];
  for (const q of quotes) {
    const speaker = entityName(doc, q.speaker!.entity) ?? q.speaker!.text!;
    lines.push(`- **${escapeMarkdown(speaker)}**${q.kind === 'indirect' ? ' (reported)' : ''}: ${quote(doc, q, 200)} (${cite(doc, [q])})`);
  }
  return lines;
}

/** The places named, most mentioned first, with coordinates and the events there. */
export function places(doc: SitrepDocument): string[] {
  const named = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC').sort((a, b) => b.mentions.length - a.mentions.length);
  if (!named.length) return [];
  const lines = ['## Places', ''];
  for (const e of named) {
    const geo = e.geo ? ` (${[e.geo.countryCode, e.geo.precision, `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}`].filter(Boolean).join(', ')})` : '';
    const events = doc.events.filter((ev) => ev.place === e.id).map((ev) => ev.id);
    lines.push(`- **${escapeMarkdown(e.name)}**${geo}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${events.length ? `, events ${events.join(', ')}` : ''} (${cite(doc, e.mentions)})`);
  }
  return lines;
}

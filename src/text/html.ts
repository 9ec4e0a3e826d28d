import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { lazy } from '../util/lazy.js';

// The DOM and readability cost ~25 MB when loaded; plain-text batches never need them, so
// they load on the first HTML page, not at import.
const require = createRequire(import.meta.url);
const dom = lazy(() => ({
  parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
  Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
}));

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'DD', 'DT']);

// Minimal structural view of a DOM node, enough to walk readability's output.
interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

/** Flattens article HTML into paragraphs separated by blank lines, whitespace collapsed. */
function blocksToText(root: NodeLike): string {
  const paras: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) paras.push(line);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

interface DocLike { querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null; querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }> }

function meta(document: DocLike, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** The first schema.org NewsArticle-like object in the page's JSON-LD, if any. */
function jsonLd(document: DocLike): Record<string, unknown> | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the meta tags still count
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && Array.isArray((d as Record<string, unknown>)['@graph']) ? ((d as Record<string, unknown>)['@graph'] as unknown[]) : [d]));
    for (const item of items) {
      if (item && typeof item === 'object' && ('datePublished' in item || 'headline' in item)) return item as Record<string, unknown>;
    }
  }
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** Extracts an article's main text and metadata from an HTML page. */
export function parseHtmlArticle(html: string, pageUrl: string | null = null): HtmlArticle {
  const { parseHTML, Readability } = dom();
  const { document } = parseHTML(html);
  const doc = document as unknown as DocLike;
  const ld = jsonLd(doc);
  const timeEl = document.querySelector('time[datetime]');
  const published = meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date') ?? str(ld?.datePublished) ?? timeEl?.getAttribute('datetime') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = meta(doc, 'og:url') ?? canonical ?? str(ld?.url) ?? pageUrl;
  const source = meta(doc, 'og:site_name', 'application-name') ?? str(ld?.publisher);
  const metaTitle = meta(doc, 'og:title') ?? str(ld?.headline);

  // Readability mutates the DOM it reads, so metadata is taken first.
  const article = new Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blocksToText(body.body as unknown as NodeLike);
  }
  if (!text) text = blocksToText(document.body as unknown as NodeLike);
  return { text, title: metaTitle ?? article?.title ?? null, published, source: source ?? article?.siteName ?? null, url };
}

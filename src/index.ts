import type { SitrepDocument } from './doc/types.js';
import { type ArticleInput, prepareInput } from './input.js';
import { runPipeline } from './pipeline.js';
import { fetchPage, type FetchOptions } from './text/url.js';

export type * from './doc/types.js';
export { Doc } from './doc/document.js';
export { InputError, looksLikeHtml, type ArticleInput } from './input.js';
export { FetchError } from './text/url.js';
export { renderMarkdown } from './report/markdown.js';

export interface AnalyzeOptions {
  /** size limit for the text or HTML, in bytes (default 2 MB) */
  maxBytes?: number;
  /** id to use when the input has none (default "doc") */
  id?: string;
}

/**
 * Analyses one article. A string is taken as plain text; an object may carry `text` or
 * `html` and metadata (`published` anchors relative dates).
 */
export function analyze(input: string | ArticleInput, options: AnalyzeOptions = {}): SitrepDocument {
  const article = typeof input === 'string' ? { text: input } : input;
  const init = prepareInput(article, { maxBytes: options.maxBytes, id: options.id ?? 'doc' });
  return runPipeline(init).toJSON();
}

/** Fetches an article page (see FetchOptions for the safety limits) and analyses it. */
export async function analyzeUrl(url: string, options: AnalyzeOptions & FetchOptions & Omit<ArticleInput, 'text' | 'html' | 'url'> = {}): Promise<SitrepDocument> {
  const page = await fetchPage(url, options);
  const isHtml = /html/i.test(page.contentType);
  return analyze({ id: options.id ?? page.url, published: options.published, title: options.title, source: options.source, url: page.url, ...(isHtml ? { html: page.body } : { text: page.body }) }, { maxBytes: options.maxBytes });
}

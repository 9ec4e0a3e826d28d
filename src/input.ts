import type { DocInit } from './doc/document.js';
import { parseHtmlArticle } from './text/html.js';
import { looksBinary, normalizePlain } from './text/plain.js';

/** One article as callers give it: plain text or an HTML page, with optional metadata. */
export interface ArticleInput {
  id?: string | number;
  text?: string;
  html?: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** An input that cannot be analysed; `code` is stable and machine-readable. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks an ISO 8601 date or datetime ("2022-01-06", "2022-01-06T08:30:00Z"). */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date found in a page, in whatever format the page used, as ISO, or null. */
function pageDate(value: string | null): string | null {
  if (!value) return null;
  if (isIsoDate(value.trim())) return value.trim();
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Validates an input and turns it into the pipeline's starting point. Throws InputError
 * with a stable code for anything that cannot be analysed.
 */
export function prepareInput(input: ArticleInput, options: { maxBytes?: number; id?: string } = {}): DocInit {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const id = input.id ?? options.id;
  if (id === undefined || id === null || (typeof id !== 'string' && typeof id !== 'number') || String(id) === '') {
    throw new InputError('missing_id', 'the document has no "id" (a non-empty string)');
  }
  if (input.published !== undefined && input.published !== null && (typeof input.published !== 'string' || !isIsoDate(input.published))) {
    throw new InputError('invalid_published', `"published" must be an ISO date or datetime such as 2022-01-06, not ${JSON.stringify(input.published)}`);
  }
  for (const key of ['title', 'url', 'source'] as const) {
    const v = input[key];
    if (v !== undefined && v !== null && typeof v !== 'string') throw new InputError('invalid_field', `"${key}" must be a string`);
  }
  const raw = input.html ?? input.text;
  if (raw === undefined || raw === null) throw new InputError('missing_text', 'the document has no "text"');
  if (typeof raw !== 'string') throw new InputError('missing_text', '"text" must be a string');
  if (byteLength(raw) > maxBytes) throw new InputError('too_large', `the text is ${byteLength(raw)} bytes, over the ${maxBytes}-byte limit`);
  if (looksBinary(raw)) throw new InputError('binary', 'the text looks like binary data, not UTF-8 text');

  let init: DocInit;
  if (input.html !== undefined) {
    const page = parseHtmlArticle(input.html, input.url ?? null);
    init = {
      id: String(id),
      text: normalizePlain(page.text),
      title: input.title ?? page.title,
      url: page.url, // the page's canonical URL when it names one, else the URL it came from
      source: input.source ?? page.source,
      published: input.published ?? pageDate(page.published),
    };
  } else {
    init = { id: String(id), text: normalizePlain(raw), title: input.title ?? null, url: input.url ?? null, source: input.source ?? null, published: input.published ?? null };
  }
  if (!init.text.trim()) throw new InputError('empty_text', 'the document has no text to analyse');
  return init;
}

/** True when a string is an HTML page rather than plain text. */
export function looksLikeHtml(raw: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(raw.replace(/^\uFEFF/, ''));
}

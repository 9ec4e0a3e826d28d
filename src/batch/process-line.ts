import type { ErrorRecord } from '../doc/types.js';
import { type ArticleInput, InputError, prepareInput } from '../input.js';
import { runPipeline } from '../pipeline.js';

export interface LineResult {
  /** the output line, JSON without the newline */
  json: string;
  ok: boolean;
}

function errorLine(id: string | null, code: string, message: string): LineResult {
  const record: ErrorRecord = { id, error: { code, message } };
  return { json: JSON.stringify(record), ok: false };
}

/** The id of a line too broken to parse, when its head still shows one. */
export function idFromHead(head: string | null): string | null {
  const m = head ? /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(head) : null;
  if (!m) return null;
  try {
    return String(JSON.parse(m[1]));
  } catch {
    return null;
  }
}

/** Analyses one JSONL input line into one output line; never throws. */
export function processLine(text: string | null, head: string | null, maxBytes: number): LineResult {
  if (text === null) return errorLine(idFromHead(head), 'too_large', `the line is over the ${maxBytes}-byte limit`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return errorLine(idFromHead(text.slice(0, 4096)), 'invalid_json', `the line is not valid JSON: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return errorLine(null, 'invalid_json', 'the line is not a JSON object');
  const input = parsed as ArticleInput;
  const id = typeof input.id === 'string' || typeof input.id === 'number' ? String(input.id) : null;
  try {
    const init = prepareInput(input, { maxBytes });
    return { json: JSON.stringify(runPipeline(init).toJSON()), ok: true };
  } catch (err) {
    if (err instanceof InputError) return errorLine(id, err.code, err.message);
    return errorLine(id, 'analysis_failed', `analysis failed: ${(err as Error).message}`);
  }
}

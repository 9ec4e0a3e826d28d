import type { Readable } from 'node:stream';

export interface Line {
  /** 0-based line number in the input */
  seq: number;
  /** the line's text, or null when it was longer than the cap and was skipped */
  text: string | null;
  /** the first bytes of a skipped line, enough to recover its id */
  head: string | null;
  /** bytes the line took in the input, newline included */
  bytes: number;
}

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one
 * line: a longer line is drained and reported with `text: null`, so a single huge line
 * cannot blow the memory.
 */
export async function* readLines(input: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let head: string | null = null;
  let seq = 0;
  const HEAD = 4096;
  const keepHead = () => {
    if (head === null) head = Buffer.concat(parts).subarray(0, HEAD).toString('utf8');
  };
  const finish = (extra: number): Line => {
    const text = overflow ? null : Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    const line = { seq: seq++, text, head: overflow ? head : null, bytes: size + extra };
    parts = [];
    head = null;
    size = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (!overflow) parts.push(chunk.subarray(from, nl));
      size += nl - from;
      if (size > maxLineBytes && !overflow) {
        keepHead();
        overflow = true;
      }
      yield finish(1);
      from = nl + 1;
    }
    const rest = chunk.length - from;
    size += rest;
    if (size > maxLineBytes) {
      if (!overflow) {
        parts.push(chunk.subarray(from));
        keepHead();
      }
      overflow = true;
      parts = [];
    } else if (rest > 0) {
      parts.push(chunk.subarray(from));
    }
  }
  if (size > 0 || parts.length > 0) yield finish(0);
}

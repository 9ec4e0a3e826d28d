import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface FetchOptions {
  /** allow loopback, private, link-local and other non-public addresses */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage { url: string; contentType: string; body: string }

export class FetchError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const ACCEPTED = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Refuses a host that resolves to any address outside the public unicast range. */
async function assertPublic(host: string): Promise<void> {
  const name = host.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(name) ? [{ address: name }] : await lookup(name, { all: true }).catch(() => {
    throw new FetchError('dns_failed', `cannot resolve host ${host}`);
  });
  for (const { address } of addresses) {
    let parsed = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    if (parsed.range() !== 'unicast') {
      throw new FetchError('private_address', `refusing ${host} (${address}, ${parsed.range()}): pass --allow-private to fetch from non-public addresses`);
    }
  }
}

/**
 * Fetches an article page with a timeout, a size cap, a bounded number of redirects (each
 * hop checked against private addresses) and a content-type check.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { allowPrivate = false, timeoutMs = 15000, maxBytes = 5 * 1024 * 1024, maxRedirects = 5 } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(rawUrl);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad_url', `unsupported protocol ${url.protocol}`);
    if (!allowPrivate) await assertPublic(url.hostname);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'sitrep/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' } });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError' || signal.aborted;
      throw new FetchError(timedOut ? 'timeout' : 'fetch_failed', timedOut ? `no answer from ${url.host} within ${timeoutMs} ms` : `cannot fetch ${url.href}: ${(err as Error).message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= maxRedirects) throw new FetchError('too_many_redirects', `more than ${maxRedirects} redirects from ${rawUrl}`);
      url = new URL(res.headers.get('location') as string, url);
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) throw new FetchError('http_error', `${url.href} answered HTTP ${res.status}`);
    const contentType = res.headers.get('content-type') ?? '';
    if (!ACCEPTED.test(contentType)) {
      await res.body?.cancel();
      throw new FetchError('bad_content_type', `${url.href} is ${contentType || 'of no stated type'}, not an HTML or text page`);
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new FetchError('too_large', `${url.href} is ${declared} bytes, over the ${maxBytes}-byte limit`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body ?? []) {
        size += chunk.length;
        if (size > maxBytes) throw new FetchError('too_large', `${url.href} is over the ${maxBytes}-byte limit`);
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      throw new FetchError(signal.aborted ? 'timeout' : 'fetch_failed', `reading ${url.href} failed: ${(err as Error).message}`);
    }
    const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim() ?? 'utf-8';
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    return { url: url.href, contentType, body: decoder.decode(Buffer.concat(chunks)) };
  }
}

/** A one-line progress bar on a terminal: documents done, rate, ETA (from bytes read). */
export class Progress {
  private readonly t0 = Date.now();
  private last = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly totalBytes: number | null) {}

  update(docs: number, failed: number, bytesRead: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? docs / secs : 0;
    let bar = '';
    let eta = '';
    if (this.totalBytes && bytesRead > 0) {
      const frac = Math.min(1, bytesRead / this.totalBytes);
      const width = 24;
      bar = `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${(frac * 100).toFixed(0).padStart(3)}% `;
      eta = frac > 0 && frac < 1 ? `  ETA ${formatDuration((secs / frac) * (1 - frac))}` : '';
    }
    this.stream.write(`\r${bar}${docs} docs (${failed} failed)  ${rate.toFixed(1)} docs/s${eta}\x1b[K`);
  }

  finish(docs: number, failed: number, bytesRead: number): void {
    this.update(docs, failed, bytesRead, true);
    this.stream.write('\n');
  }
}

export function formatDuration(secs: number): string {
  const s = Math.round(secs);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

// Small helpers shared by the training and build scripts.

/** A tiny seeded PRNG (mulberry32): training and builds are reproducible. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A progress logger that prefixes each line with the seconds since the script started. */
export function stopwatchLog(): (msg: string) => void {
  const t0 = performance.now();
  return (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}

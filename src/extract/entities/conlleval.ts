import { spansOf } from './tags.js';

/** Exact-span counts per type label, as conlleval counts them. */
export class SpanScore {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();

  /** Adds one sentence or document: entity spans as "first:last" keys with a type label. */
  add(gold: Map<string, string>, pred: Map<string, string>): void {
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const [span, type] of pred) {
      if (gold.get(span) === type) bump(this.tp, type);
      else bump(this.fp, type);
    }
    for (const [span, type] of gold) if (pred.get(span) !== type) bump(this.fn, type);
  }

  /** Precision, recall and F1 over the given labels together. */
  prf(labels: string[]): { p: number; r: number; f1: number; gold: number; pred: number } {
    let tp = 0, fp = 0, fn = 0;
    for (const l of labels) { tp += this.tp.get(l) ?? 0; fp += this.fp.get(l) ?? 0; fn += this.fn.get(l) ?? 0; }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: tp + fn, pred: tp + fp };
  }
}

/** Spans of a tag sequence keyed for SpanScore, labelled by `label(typeIndex)`. */
export function spanMap(tags: ArrayLike<number>, label: (type: number) => string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of spansOf(tags)) {
    const l = label(s.type);
    if (l) out.set(`${s.first}:${s.last}`, l);
  }
  return out;
}

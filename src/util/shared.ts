// Large read-only resources (the gazetteer) load once in the main thread and reach worker
// threads as SharedArrayBuffers, so N workers do not hold N copies.
import { lazy } from './lazy.js';

const loaders = new Map<string, () => Uint8Array>();
const given = new Map<string, SharedArrayBuffer>();

/**
 * Registers a shareable resource and returns its lazy getter: the bytes another thread
 * shared when there are some, else the loader's own.
 */
export function sharedBytes(name: string, load: () => Uint8Array): () => Buffer {
  loaders.set(name, load);
  return lazy(() => {
    const sab = given.get(name);
    if (sab) return Buffer.from(sab);
    const bytes = load();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
}

/** Loads every registered resource into shared memory (main thread, before workers start). */
export function shareAll(): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const [name, load] of loaders) {
    const sab = given.get(name) ?? copyToShared(load());
    given.set(name, sab);
    out[name] = sab;
  }
  return out;
}

/** Adopts the buffers the main thread shared (in a worker, before any resource loads). */
export function adoptShared(buffers: Record<string, SharedArrayBuffer>): void {
  for (const [name, sab] of Object.entries(buffers)) given.set(name, sab);
}

function copyToShared(bytes: Uint8Array): SharedArrayBuffer {
  const sab = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(sab).set(bytes);
  return sab;
}

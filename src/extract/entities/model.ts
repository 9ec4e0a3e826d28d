import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../util/paths.js';
import { FeatureBuffer, featurize, featurizeSecond, prepare, type Resources, type TagDoc } from './features.js';
import { decode, type Weights } from './perceptron.js';
import { loadGivenNames, loadNameList, loadWordTable, placeCode } from './resources.js';

/** The two-pass tagger: the second pass sees the first pass's tags across the document. */
export interface NerModel { bits: number; pass1: Weights; pass2: Weights; res: Resources }

// feature buffers reused from one document to the next
const firstBuffer = new FeatureBuffer();
const secondBuffer = new FeatureBuffer();

export function tagDocument(model: NerModel, doc: TagDoc): Uint8Array {
  const prep = prepare(doc, model.res);
  const base = featurize(prep, model.bits, firstBuffer);
  const first = decode(model.pass1, base, doc.sentStarts, prep.n);
  return decode(model.pass2, featurizeSecond(prep, model.bits, base, first, secondBuffer), doc.sentStarts, prep.n);
}

interface Header { format: 'sitrep-ner@1'; bits: number; pass1: { scale: number; trans: number[] }; pass2: { scale: number; trans: number[] } }

const HEADER = 'tagger.json';
const WEIGHTS = 'tagger.bin.gz';

/** Writes 8-bit weights: a small JSON header and the gzipped emission tables. */
export function saveModel(bits: number, pass1: Weights, pass2: Weights, dir = dataPath('ner')): void {
  const header: Header = {
    format: 'sitrep-ner@1',
    bits,
    pass1: { scale: pass1.scale, trans: Array.from(pass1.trans) },
    pass2: { scale: pass2.scale, trans: Array.from(pass2.trans) },
  };
  writeFileSync(`${dir}/${HEADER}`, JSON.stringify(header) + '\n');
  const a = pass1.emit as Int8Array;
  const b = pass2.emit as Int8Array;
  const both = Buffer.concat([Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)]);
  writeFileSync(`${dir}/${WEIGHTS}`, gzipSync(both, { level: 9 }));
}

export function loadModel(dir = dataPath('ner'), res: Resources = { words: loadWordTable(), names: loadNameList(), given: loadGivenNames(), place: placeCode }): NerModel {
  const header = JSON.parse(readFileSync(`${dir}/${HEADER}`, 'utf8')) as Header;
  const raw = gunzipSync(readFileSync(`${dir}/${WEIGHTS}`));
  const half = raw.byteLength / 2;
  const table = (offset: number) => new Int8Array(raw.buffer, raw.byteOffset + offset, half);
  return {
    bits: header.bits,
    pass1: { emit: table(0), scale: header.pass1.scale, trans: Float32Array.from(header.pass1.trans) },
    pass2: { emit: table(half), scale: header.pass2.scale, trans: Float32Array.from(header.pass2.trans) },
    res,
  };
}

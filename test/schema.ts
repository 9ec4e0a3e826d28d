import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { SHARED } from './helpers.js';

const schema = JSON.parse(readFileSync(join(SHARED, 'contract', 'document.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Throws with ajv's messages when a document does not match sitrep/document@1. */
export function assertSchemaValid(doc: unknown): void {
  if (!validate(doc)) throw new Error(`schema: ${ajv.errorsText(validate.errors)}`);
}

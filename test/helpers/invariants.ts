/** Checks every output must pass: the JSON Schema, and offsets that point back into the text. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ExtractResult } from '../../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/extract-1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validateResult = ajv.compile(schema);
const validateError = ajv.getSchema('https://extract.invalid/schema/extract-1.schema.json#/$defs/errorRecord')!;

export function schemaErrors(value: unknown): string[] {
  if (value && typeof value === 'object' && 'error' in value) {
    return validateError(value) ? [] : (validateError.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  }
  return validateResult(value) ? [] : (validateResult.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every object with text/start/end must satisfy text.slice(start, end) === text; ids referenced must exist. */
export function offsetErrors(text: string, result: ExtractResult): string[] {
  const errors: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (o.start > o.end || o.end > text.length) errors.push(`${path}: bad span ${o.start}-${o.end}`);
      if (typeof o.text === 'string' && text.slice(o.start, o.end) !== o.text) errors.push(`${path}: text does not match its offsets`);
    }
    for (const [key, value] of Object.entries(o)) visit(value, `${path}.${key}`);
  };
  visit(result, '$');
  const ids = new Set<string>();
  for (const list of [result.actors, result.places, result.weapons, result.dates, result.transfers, result.quotes]) for (const x of list ?? []) ids.add(x.id);
  const ref = (id: string | null | undefined, where: string) => {
    if (id && !ids.has(id)) errors.push(`${where}: unknown id ${id}`);
  };
  for (const a of result.actors ?? []) ref(a.memberOf, `actor ${a.id} memberOf`);
  for (const t of result.transfers ?? []) {
    ref(t.system, `transfer ${t.id} system`);
    ref(t.supplier, `transfer ${t.id} supplier`);
    ref(t.recipient, `transfer ${t.id} recipient`);
    ref(t.date, `transfer ${t.id} date`);
  }
  for (const q of result.quotes ?? []) {
    ref(q.speaker, `quote ${q.id} speaker`);
    ref(q.date, `quote ${q.id} date`);
    q.via.forEach((v) => ref(v, `quote ${q.id} via`));
    q.about.forEach((v) => ref(v, `quote ${q.id} about`));
  }
  return errors;
}

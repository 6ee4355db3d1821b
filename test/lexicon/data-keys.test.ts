/**
 * Every key a loader reads from its data file is in that file: a key renamed or mistyped in the JSON
 * would otherwise load as undefined, an empty list, and change the output silently. (The actors'
 * rules check their own keys as they load: src/lexicon/actor-rules.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOADERS: [loader: string, data: string][] = [
  ['src/5-assemble/transfers/rules.ts', 'data/transfers/rules.json'],
  ['src/lexicon/weapons.ts', 'data/transfers/noun-phrases.json'],
];

describe('data files hold every key their loader reads', () => {
  for (const [loader, data] of LOADERS) {
    it(`${data} has every "file.<key>" of ${loader}`, () => {
      const keys = new Set([...readFileSync(loader, 'utf8').matchAll(/\bfile\.(\w+)/g)].map((m) => m[1]!));
      const json = JSON.parse(readFileSync(data, 'utf8')) as Record<string, unknown>;
      expect(keys.size).toBeGreaterThan(5);
      expect([...keys].filter((key) => !(key in json))).toEqual([]);
    });
  }
});

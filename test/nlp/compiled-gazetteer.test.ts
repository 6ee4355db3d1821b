import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data.js';
import { COMPILED_ACTORS, compileActorLexicon } from '../../src/lexicon/actors.js';
import { COMPILED_WEAPONS, compileWeaponLexicon } from '../../src/lexicon/weapons.js';
import { CompiledGazetteer, compilePhrases, layered } from '../../src/nlp/compiled-gazetteer.js';
import { Gazetteer, type PhraseLookup } from '../../src/nlp/gazetteer.js';
import { tokenize } from '../../src/nlp/tokens.js';

const PHRASES: [string, number][] = [
  ['European Union', 0],
  ['EU', 1],
  ['Europe', 2],
  ['US', 3],
  ['the bloc', 4],
  ['Radio Free Europe', 5],
  ['Radio Free Europe', 6],
  ['Visa', 7],
  ['U.S.', 8],
  ['Côte d’Ivoire', 9],
  ['Free', 10],
];

const TEXTS = [
  'Radio Free Europe said the European Union and Europe differ',
  'the US told us. The bloc agreed, THE EUROPEAN UNION said',
  'a european union visa for Visa in the U.S. and Côte d’Ivoire or Côte d\'Ivoire',
  'RADIO FREE EUROPE, radio free europe, Radio free Europe, free',
];

function spans(g: PhraseLookup<number>, text: string): string[] {
  const tokens = tokenize(text, { start: 0, end: text.length }, 0);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const limit of new Set([tokens.length, i + 1, Math.min(i + 2, tokens.length)])) {
      const hit = g.longestAt(tokens, i, limit);
      if (hit) out.push(`${i}<${limit} ${text.slice(hit.start, hit.end)}=${hit.payloads.join('+')}`);
    }
  }
  return out;
}

describe('CompiledGazetteer', () => {
  const runtime = new Gazetteer<number>();
  for (const [phrase, payload] of PHRASES) runtime.add(phrase, payload);
  const compiled = new CompiledGazetteer(JSON.parse(JSON.stringify(compilePhrases(PHRASES))), (n) => n);

  it('finds what the run-time gazetteer finds, with the same case rules', () => {
    for (const text of TEXTS) expect(spans(compiled, text)).toEqual(spans(runtime, text));
    expect(spans(compiled, TEXTS[1]!)).toContain('1<2 US=3');
  });

  it('layered: the longest of two, both payloads on a tie', () => {
    const extra = new Gazetteer<number>();
    extra.add('Radio Free Europe Today', 20);
    extra.add('Europe', 21);
    const both = layered<number>(compiled, extra);
    const text = 'Radio Free Europe Today in Europe';
    const tokens = tokenize(text, { start: 0, end: text.length }, 0);
    expect(both.longestAt(tokens, 0)?.payloads).toEqual([20]);
    expect(both.longestAt(tokens, 0, 3)?.payloads).toEqual([5, 6]);
    expect(both.longestAt(tokens, 5)?.payloads).toEqual([2, 21]);
  });
});

describe('data/compiled/', () => {
  it.each([
    [COMPILED_ACTORS, compileActorLexicon],
    [COMPILED_WEAPONS, compileWeaponLexicon],
  ])('%s is current: npm run build (scripts/build-compiled-lexicons.mjs) rebuilds it from data/lexicons', (file, compile: () => unknown) => {
    const committed = readData<Record<string, unknown>>(file);
    expect({ comment: committed.comment, ...(JSON.parse(JSON.stringify(compile())) as object) }).toEqual(committed);
  });
});

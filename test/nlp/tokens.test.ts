import { describe, expect, it } from 'vitest';
import { isPossessiveMark, tokenize } from '../../src/nlp/tokens.js';
import { Gazetteer } from '../../src/nlp/gazetteer.js';

const words = (text: string) => tokenize(text, { start: 0, end: text.length }, 0).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations and dotted acronyms whole, splits sentence periods', () => {
    expect(words('Gen. Smith met U.S. envoys.')).toEqual(['Gen.', 'Smith', 'met', 'U.S.', 'envoys', '.']);
  });

  it('splits hyphens and possessives, keeps numbers whole', () => {
    expect(words("Serbia's Russian-made jets cost 1,500 or 3.5")).toEqual(['Serbia', "'s", 'Russian', '-', 'made', 'jets', 'cost', '1,500', 'or', '3.5']);
  });

  it('gives offsets into the text and marks spacing', () => {
    const text = '  “MiG-29s,” he said';
    const tokens = tokenize(text, { start: 2, end: text.length }, 3);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.spaceBefore)).toEqual([true, false, false, false, false, false, true, true]);
    expect(tokens[0]!.sentence).toBe(3);
  });

  it("reads a bare apostrophe after a name in -s as its possessive, not one that closes a quoted phrase", () => {
    const marks = (text: string) => tokenize(text, { start: 0, end: text.length }, 0).filter((t) => t.text === "'").map(isPossessiveMark);
    expect(marks("bought from the Netherlands' Damen Shipyards")).toEqual([true]);
    expect(marks("the Philippines' navy")).toEqual([true]);
    expect(marks("he called the deal 'a win for the Philippines' and left")).toEqual([false, false]);
    expect(marks("the ships' crews")).toEqual([false]);
  });
});

describe('Gazetteer', () => {
  const g = new Gazetteer<string>();
  g.add('European Union', 'eu');
  g.add('EU', 'eu');
  g.add('Europe', 'europe');
  g.add('US', 'usa');
  g.add('the bloc', 'bloc');
  g.add('Radio Free Europe', 'rfe');
  const hits = (text: string) => g.match(tokenize(text, { start: 0, end: text.length }, 0)).map((h) => `${text.slice(h.start, h.end)}=${h.payloads.join('+')}`);

  it('finds the longest phrase at each position', () => {
    expect(hits('Radio Free Europe said the European Union and Europe differ')).toEqual([
      'Radio Free Europe=rfe',
      'European Union=eu',
      'Europe=europe',
    ]);
  });

  it('matches acronyms only as written and lower-case phrases in any case', () => {
    expect(hits('the US told us. The bloc agreed, THE EUROPEAN UNION said')).toEqual(['US=usa', 'The bloc=bloc', 'EUROPEAN UNION=eu']);
  });

  it('does not match names written in lower case', () => {
    expect(hits('a european union')).toEqual([]);
  });
});

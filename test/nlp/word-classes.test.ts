import { describe, expect, it } from 'vitest';
import { continuesNounPhrase, isVerbForm } from '../../src/nlp/word-classes.js';

describe('word classes', () => {
  it('knows British spellings of verbs the lexicon has in American ones', () => {
    expect(isVerbForm('recognise')).toBe(true);
    expect(isVerbForm('recognised')).toBe(true);
    expect(isVerbForm('recognize')).toBe(true);
  });

  it('does not turn nouns ending in "-ise" into verbs', () => {
    expect(isVerbForm('expertise')).toBe(false);
  });

  it('ends a noun phrase at an unknown word in "-ed" (a past tense the lexicon lacks: "the ministry postponed")', () => {
    const word = (text: string) => ({ text, lower: text });
    expect(continuesNounPhrase(word('postponed'))).toBe(false);
    expect(continuesNounPhrase(word('shelved'))).toBe(false);
    expect(continuesNounPhrase(word('equipment'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isVerbForm } from '../../src/nlp/word-classes.js';

describe('word classes', () => {
  it('knows British spellings of verbs the lexicon has in American ones', () => {
    expect(isVerbForm('recognise')).toBe(true);
    expect(isVerbForm('recognised')).toBe(true);
    expect(isVerbForm('recognize')).toBe(true);
  });

  it('does not turn nouns ending in "-ise" into verbs', () => {
    expect(isVerbForm('expertise')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { segmented, slices } from '../helpers/segment.js';

const body = (text: string) => {
  const doc = segmented(text);
  return slices(text, doc.sentences);
};

describe('sentences', () => {
  it('splits at sentence ends', () => {
    expect(body('Troops arrived. They stayed! Why? Nobody knows.')).toEqual(['Troops arrived.', 'They stayed!', 'Why?', 'Nobody knows.']);
  });

  it('does not split at abbreviations, initials or dotted acronyms', () => {
    expect(body('Gen. Smith met U.S. officials in Feb. last year. John F. Kennedy was not there.')).toEqual([
      'Gen. Smith met U.S. officials in Feb. last year.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(body('He said: “We will win.” The crowd cheered.')).toEqual(['He said: “We will win.”', 'The crowd cheered.']);
  });

  it('does not split before a lower-case word or inside numbers', () => {
    expect(body('It cost 3.5 billion dollars. e.g. this is fine.')).toEqual(['It cost 3.5 billion dollars. e.g. this is fine.']);
  });
});

describe('a variant letter before a country', () => {
  it('ends the sentence after a single capital and its period when a country name follows, not after an initial', () => {
    expect(body("It lost to Saab's Gripen E. Sweden had offered the jet.")).toHaveLength(2);
    expect(body('President John F. Kennedy spoke.')).toHaveLength(1);
  });
});

describe('a middle initial before a country-named surname', () => {
  it('keeps "Vernon E. Jordan" in one sentence', () => {
    expect(body('Officials said Vernon E. Jordan approved the sale.')).toHaveLength(1);
  });
});

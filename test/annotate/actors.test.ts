import { describe, expect, it } from 'vitest';
import { extract, type Actor, type ExtractResult } from '../../src/index.js';

const run = (text: string, referenceDate = '2020-03-05'): ExtractResult => extract(text, { referenceDate, only: ['actors', 'places'] });
const actor = (result: ExtractResult, name: string): Actor | undefined => result.actors.find((a) => a.name === name);
const mentionsOf = (result: ExtractResult, name: string) => actor(result, name)?.mentions.map((m) => m.text);

describe('countries', () => {
  it('merges names, acronyms, capitals and adjectives into one country', () => {
    const r = run('The US said Washington would act. Moscow denied it; Russian officials and Russia-made arms were cited.');
    expect(actor(r, 'United States')).toMatchObject({ kind: 'country' });
    expect(mentionsOf(r, 'United States')).toEqual(['US', 'Washington']);
    expect(mentionsOf(r, 'Russia')).toEqual(['Moscow', 'Russian', 'Russia']);
  });

  it('keeps "us" the pronoun out', () => {
    expect(actor(run('They told us nothing.'), 'United States')).toBeUndefined();
  });
});

describe('organisations', () => {
  it('builds a state body from country and noun, and links "the embassy"', () => {
    const r = run('The US embassy to Serbia said on Thursday it was worried. Later the embassy told reporters more.');
    const embassy = actor(r, 'US Embassy in Serbia');
    expect(embassy).toMatchObject({ kind: 'organization', memberOf: actor(r, 'United States')?.id });
    expect(embassy?.mentions.map((m) => m.text)).toEqual(['The US embassy to Serbia', 'the embassy']);
  });

  it('does not take a body word that modifies a noun ("Russian military equipment")', () => {
    const r = run('Belgrade bought Russian military equipment.');
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Russia', 'Serbia']);
  });

  it('links an acronym defined in the text', () => {
    const r = run('The Balkan Energy Community (BEC) met. Later BEC said it would grow.');
    expect(mentionsOf(r, 'Balkan Energy Community')).toEqual(['Balkan Energy Community', 'BEC', 'BEC']);
  });

  it('types unknown names by their head word', () => {
    const r = run('The Serbian Progressive Party and the Novi Sad Trade Authority objected.');
    expect(actor(r, 'Serbian Progressive Party')?.kind).toBe('organization');
    expect(actor(r, 'Novi Sad Trade Authority')?.kind).toBe('organization');
  });

  it('resolves "the bloc" to the European Union', () => {
    const r = run('Serbia wants to join the European Union. It must align with the bloc.');
    expect(mentionsOf(r, 'European Union')).toEqual(['European Union', 'the bloc']);
  });

  it('skips laws and their acronyms', () => {
    const r = run('Sanctions under the Countering Foes Through Sanctions Act (CFTSA) were threatened.');
    expect(r.actors.map((a) => a.name)).toEqual([]);
  });
});

describe('people', () => {
  it('finds full names and later surnames, with roles from appositions', () => {
    const r = run('Peter Stano, a spokesperson for the commission, spoke. Later Stano added more.');
    expect(actor(r, 'Peter Stano')).toMatchObject({ kind: 'person', role: 'spokesperson for the commission' });
    expect(mentionsOf(r, 'Peter Stano')).toEqual(['Peter Stano', 'Stano']);
  });

  it('splits titles off names', () => {
    const r = run('Defence Minister Jana Novakova resigned on Monday.');
    expect(actor(r, 'Jana Novakova')).toMatchObject({ kind: 'person', role: 'Defence Minister' });
  });

  it('links a possessive title to the office holder at the reference date', () => {
    const r = run("Serbia's President confirmed the news.");
    expect(mentionsOf(r, 'Aleksandar Vucic')).toEqual(["Serbia's President"]);
  });
});

describe('places', () => {
  it('puts regions and unknown towns after a preposition in places', () => {
    const r = run('Tensions in the Western Balkans grew as jets were repaired in Baranovichi.');
    expect(r.places.map((p) => p.name).sort()).toEqual(['Baranovichi', 'Western Balkans']);
  });
});

describe('more constructions', () => {
  it('takes the home country from the dateline for an unnamed state body', () => {
    const r = run('Headline\n\nAnkara, Turkey - The first parts arrived, the defence ministry said. The ministry added more.');
    const ministry = actor(r, 'Turkish Defence Ministry');
    expect(ministry?.memberOf).toBe(actor(r, 'Turkey')?.id);
    expect(ministry?.mentions.map((m) => m.text)).toEqual(['the defence ministry', 'The ministry']);
  });

  it('gives a lower-case title before a name as a role', () => {
    expect(actor(run('Government spokesman Jan Kowalczyk said so.'), 'Jan Kowalczyk')?.role).toBe('Government spokesman');
  });

  it('splits a possessive owner off a name and finds newspapers by head word', () => {
    const r = run("Jakarta buys boats from France's Naval Group, The Jakarta Post reported.");
    expect(actor(r, 'Naval Group')?.kind).toBe('organization');
    expect(actor(r, 'Jakarta Post')).toMatchObject({ kind: 'media', mentions: [expect.objectContaining({ text: 'The Jakarta Post' })] });
  });

  it('does not take weapons, products, dates or market indices as actors', () => {
    const r = run('Airbus A380 jets, a Patriot battery and MiG-29s were sold on Monday as the Dow Jones Industrial Average fell.');
    expect(r.actors).toEqual([]);
  });

  it('adds actors from a user lexicon', async () => {
    const { loadUserLexicon } = await import('../../src/index.js');
    loadUserLexicon('actors:\n  - {name: Zastava Arms Works, kind: organization, aliases: [Zastava], country: SRB}\n', 'user.yaml');
    expect(actor(run('Zastava said it would export rifles.'), 'Zastava Arms Works')?.kind).toBe('organization');
  });

  it('refuses a bad user lexicon with the line', async () => {
    const { loadUserLexicon } = await import('../../src/index.js');
    expect(() => loadUserLexicon('actors:\n  - {kind: person}\n', 'bad.yaml')).toThrow('bad.yaml:2: entry has no name');
  });
});

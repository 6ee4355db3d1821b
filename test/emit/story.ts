/**
 * A small extract/1 result made by hand, independent of the extractors (which other work changes):
 * nested spans (mentions inside a quote, a direct quote inside a mixed one), a transfer whose
 * evidence crosses a quote, a date, a weapon, and markup in the story text.
 */
import type { ExtractResult, Quote, TextSpan } from '../../src/index.js';

export const STORY =
  'Serbia <b>buys</b> MiG-29 jets from Belarus\n\nN1\n\n' +
  'The embassy said on Thursday that "Serbia must stop buying arms from Russia," RFE reported. ' +
  'Belarus will deliver four MiG-29 jets to Serbia, officials said, "and <script>alert(1)</script> arrive very soon."\n';

/** The span of the n-th occurrence (from 0) of `words` in the story. */
export function span(words: string, nth = 0, text = STORY): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(words, start + 1);
    if (start === -1) throw new Error(`'${words}' (${nth}) not in the story`);
  }
  return { text: words, start, end: start + words.length };
}

function quote(id: string, kind: Quote['kind'], words: string, extra: Partial<Quote>): Quote {
  return { id, kind, ...span(words), speaker: null, speakerMention: null, cue: null, date: null, via: [], stance: 'claim', about: [], ...extra };
}

export function storyResult(): ExtractResult {
  const mixed = 'that "Serbia must stop buying arms from Russia,"';
  return {
    schema: 'extract/1',
    document: {
      path: 'stories/serbia.txt',
      sha256: '0'.repeat(64),
      chars: STORY.length,
      headline: span('Serbia <b>buys</b> MiG-29 jets from Belarus'),
      byline: span('N1'),
      dateline: null,
      referenceDate: '2020-03-05',
      referenceDateSource: 'option',
    },
    actors: [
      { id: 'serbia', name: 'Serbia', kind: 'country', aliases: [], mentions: [{ ...span('Serbia'), form: 'name' }, { ...span('Serbia', 1), form: 'name' }, { ...span('Serbia', 2), form: 'name' }] },
      { id: 'belarus', name: 'Belarus', kind: 'country', aliases: [], mentions: [{ ...span('Belarus'), form: 'name' }, { ...span('Belarus', 1), form: 'name' }] },
      { id: 'russia', name: 'Russia', kind: 'country', aliases: ['Russian Federation'], mentions: [{ ...span('Russia'), form: 'name' }] },
      { id: 'us-embassy-in-serbia', name: 'US Embassy in Serbia', kind: 'organization', aliases: [], mentions: [{ ...span('The embassy'), form: 'description' }] },
      { id: 'radio-free-europe', name: 'Radio Free Europe', kind: 'media', aliases: ['RFE'], mentions: [{ ...span('RFE'), form: 'acronym' }] },
      { id: 'n1', name: 'N1', kind: 'media', aliases: [], mentions: [{ ...span('N1'), form: 'name' }] },
    ],
    places: [],
    weapons: [{ id: 'mig-29', name: 'MiG-29', aliases: [], category: 'fighter aircraft', origin: 'russia', quantity: 4, mentions: [span('MiG-29'), span('MiG-29', 1)] }],
    transfers: [
      {
        id: 't1',
        system: 'mig-29',
        supplier: 'belarus',
        recipient: 'serbia',
        quantity: 4,
        status: 'pending',
        deal: 'donation',
        date: null,
        // Crosses the end of q3: the quote starts inside this evidence and goes on after it.
        evidence: span('Belarus will deliver four MiG-29 jets to Serbia, officials said, "and'),
      },
    ],
    dates: [{ id: 'd1', ...span('Thursday'), type: 'DATE', value: '2020-03-05' }],
    quotes: [
      quote('q1', 'mixed', mixed, {
        speaker: 'us-embassy-in-serbia',
        speakerMention: span('The embassy'),
        cue: span('said'),
        date: 'd1',
        via: ['radio-free-europe'],
        stance: 'demand',
        about: ['serbia', 'russia'],
      }),
      quote('q2', 'direct', 'Serbia must stop buying arms from Russia,', {
        speaker: 'us-embassy-in-serbia',
        speakerMention: span('The embassy'),
        cue: span('said'),
        date: 'd1',
        via: ['radio-free-europe'],
        stance: 'demand',
        about: ['serbia', 'russia'],
      }),
      quote('q3', 'direct', 'and <script>alert(1)</script> arrive very soon.', { speakerMention: span('officials'), cue: span('said', 1) }),
    ],
    warnings: [],
  };
}

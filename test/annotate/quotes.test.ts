/**
 * The quotes stage on short sentences: direct, indirect and mixed quotes, speakers, reporting
 * chains, dates and stance. Actors and dates are given by hand (the stages before this one are
 * tested on their own), so each case shows what this stage does with them.
 */
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/3-annotate/quotes/index.js';
import { segment } from '../../src/2-segment/segment.js';
import type { Actor, ActorKind, DateMention, Quote } from '../../src/model/contract.js';
import { emptyLayers } from '../../src/model/annotations.js';
import { createDocument, type AnalysisDocument } from '../../src/model/document.js';
import { resolveOptions } from '../../src/options.js';

type ActorSpec = [id: string, kind: ActorKind, ...names: string[]];

/** Runs segmentation and the quotes stage, with actors whose mentions are every occurrence of their names. */
function run(text: string, actors: ActorSpec[] = [], dates: [text: string, value: string][] = [], explain = false): AnalysisDocument {
  const doc = createDocument(text, resolveOptions({ explain }), emptyLayers());
  segment(doc);
  doc.layers.actors = actors.map(([id, kind, ...names]): Actor => ({ id, name: names[0]!, kind, aliases: [], mentions: occurrences(text, names) }));
  doc.layers.dates = dates.map(([t, value], i): DateMention => {
    const start = text.indexOf(t);
    return { id: `d${i + 1}`, text: t, start, end: start + t.length, type: 'DATE', value };
  });
  doc.layers.timexes = doc.layers.dates.map((d) => ({ ...d, sentence: 0, rule: 'test' }));
  annotateQuotes(doc);
  return doc;
}

function occurrences(text: string, names: string[]): Actor['mentions'] {
  const out: Actor['mentions'] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
      if (!out.some((m) => m.start < at + name.length && at < m.end)) out.push({ text: name, start: at, end: at + name.length, form: 'name' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The quotes as compact rows: kind, text, speaker mention, cue. */
function rows(doc: AnalysisDocument) {
  return doc.layers.quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speakerMention?.text ?? null, cue: q.cue?.text ?? null }));
}

function only(doc: AnalysisDocument): Quote {
  expect(doc.layers.quotes).toHaveLength(1);
  return doc.layers.quotes[0]!;
}

describe('direct quotes', () => {
  it('takes the speaker from a cue after the quotation', () => {
    expect(rows(run('“We will not buy more tanks,” the minister told reporters.'))).toEqual([
      { kind: 'direct', text: 'We will not buy more tanks', speaker: 'the minister', cue: 'told' },
    ]);
  });

  it('takes the speaker from a cue before the quotation, with a comma or a colon', () => {
    expect(rows(run('Vucic said: “Serbia will keep its army neutral.”'))).toEqual([
      { kind: 'direct', text: 'Serbia will keep its army neutral.', speaker: 'Vucic', cue: 'said' },
    ]);
    expect(rows(run('The general told the press, "Our pilots are ready."'))[0]).toMatchObject({ kind: 'direct', speaker: 'The general' });
  });

  it('reads an inverted cue ("said X") and drops the title from the name', () => {
    expect(rows(run('"The talks went well," said Ambassador Ana Petrovic.'))).toEqual([
      { kind: 'direct', text: 'The talks went well', speaker: 'Ana Petrovic', cue: 'said' },
    ]);
  });

  it('gives both halves of a split quotation the same speaker', () => {
    const found = rows(run('"We are ready," Marko Petrovic said, "but we need more time to train the crews."'));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready', 'Marko Petrovic'],
      ['but we need more time to train the crews.', 'Marko Petrovic'],
    ]);
  });

  it('keeps a quotation never closed, up to its paragraph end', () => {
    const doc = run('The colonel said that "the new radars will arrive in spring.\n\nThe ministry gave no date.');
    expect(rows(doc)).toEqual([{ kind: 'mixed', text: 'the new radars will arrive in spring.', speaker: 'The colonel', cue: 'said' }]);
  });

  it('gives a quotation over two paragraphs one quote per paragraph, same speaker', () => {
    const text = '"The first deliveries came in May. The rest will follow.\n\n"We expect all of them by the end of the year," the spokesman said.';
    expect(rows(run(text)).map((q) => [q.text, q.speaker])).toEqual([
      ['The first deliveries came in May. The rest will follow.', 'the spokesman'],
      ['We expect all of them by the end of the year', 'the spokesman'],
    ]);
  });

  it('lets a floating quotation continue the speaker of the quote before it', () => {
    const doc = run('Jovanovic said the army was ready. "We have trained for years. Nobody will surprise us."');
    expect(rows(doc).map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Jovanovic'],
      ['direct', 'Jovanovic'],
    ]);
  });

  it('gives a quotation after "X issued a statement." to X', () => {
    const doc = run('Senator Ana Ilic issued a statement on the sale. "This deal puts our pilots at risk and must be stopped."');
    expect(rows(doc)).toEqual([{ kind: 'direct', text: 'This deal puts our pilots at risk and must be stopped.', speaker: 'Ana Ilic', cue: 'issued a statement' }]);
  });

  it('reads a signed pull quote', () => {
    expect(rows(run('"This is a long game and it has only started."\u00a0- Mira Kovac\n\nThe war went on.'))[0]).toMatchObject({ speaker: 'Mira Kovac' });
  });
});

describe('more frames', () => {
  it('reads an attribution set off by commas inside the sentence', () => {
    expect(rows(run('The plan, the minister said, would cost millions.'))).toEqual([
      { kind: 'indirect', text: 'The plan, the minister said, would cost millions', speaker: 'the minister', cue: 'said' },
    ]);
  });

  it('reads "As X told Y, ..." and "in the words of X"', () => {
    expect(rows(run('As Kovac told the agency, the radars were old.'))[0]).toMatchObject({ text: 'the radars were old', speaker: 'Kovac', cue: 'told' });
    expect(rows(run('In the words of the prosecutor, Ana Ilic, "the case is closed."'))[0]).toMatchObject({ kind: 'direct', speaker: 'Ana Ilic' });
  });

  it('skips a relative clause between the speaker and the cue', () => {
    expect(rows(run('Smith, who heads the agency, said the plan would fail.'))[0]).toMatchObject({ speaker: 'Smith', text: 'the plan would fail' });
  });

  it('gives a quotation after a colon the speaker of the report before it', () => {
    const found = rows(run('Ilic told the agency the deal was "dead": "We will not sign it."'));
    expect(found.map((q) => [q.kind, q.text, q.speaker])).toContainEqual(['direct', 'We will not sign it.', 'Ilic']);
  });

  it('carries a frame ending its paragraph with a colon into the quotation below', () => {
    const found = rows(run('The ministry issued a statement on Friday. It said:\n\n"The jets will arrive in May."'));
    expect(found).toContainEqual({ kind: 'direct', text: 'The jets will arrive in May.', speaker: 'It', cue: 'said' });
  });

  it('continues a quote into a paragraph that lost its opening mark', () => {
    const text = 'The coach said, "We played well.\n\nWe will win the next one."\n\nThe match ended late.';
    expect(rows(run(text)).map((q) => [q.text, q.speaker])).toEqual([
      ['We played well.', 'The coach'],
      ['We will win the next one.', 'The coach'],
    ]);
  });

  it('gives a participle after a quotation the speaker of the quotation', () => {
    const found = rows(run('"The talks failed," Ilic said, adding that new talks would start in May.'));
    expect(found[1]).toMatchObject({ text: 'new talks would start in May', speaker: 'Ilic', cue: 'adding' });
  });

  it('tells nouns from verbs by agreement and place', () => {
    expect(rows(run('The bank sold its floating rate note offer to investors.'))).toEqual([]);
    expect(rows(run('Earnings estimates on the company rose sharply.'))).toEqual([]);
    expect(rows(run('Shoigu told state television the advance would continue.'))[0]).toMatchObject({ speaker: 'Shoigu', text: 'the advance would continue' });
  });
});

describe('not speech', () => {
  it('leaves names, titles and scare quotes alone', () => {
    expect(rows(run('The robot, named "Hope", won the prize.'))).toEqual([]);
    expect(rows(run('The team won a medal for "courageous achievement" on Tuesday.'))).toEqual([]);
    expect(rows(run('Visitors saw the print called "Cowboys and Indians" in the hall.'))).toEqual([]);
    expect(rows(run('On the website "Arms Watch", the group posted new photos.'))).toEqual([]);
  });

  it('finds nothing in a cue with nothing after it', () => {
    expect(rows(run('told reporters that'))).toEqual([]);
    expect(rows(run('He said, "'))).toEqual([]);
    expect(rows(run('According to'))).toEqual([]);
    expect(rows(run('"Yes," said'))).toEqual([]);
  });

  it('does not report passives, negated reports or nouns', () => {
    expect(rows(run('He was told the plan had failed.'))).toEqual([]);
    expect(rows(run('She did not say whether the talks had failed.'))).toEqual([]);
    expect(rows(run('The report says nothing.'))).toEqual([]);
    expect(rows(run('The claims were denied.'))).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('takes a "that" clause without "that"', () => {
    expect(rows(run('The embassy said that sanctions would follow.'))).toEqual([
      { kind: 'indirect', text: 'sanctions would follow', speaker: 'The embassy', cue: 'said' },
    ]);
  });

  it('takes a bare clause', () => {
    expect(rows(run('Vucic said Serbia would stop buying weapons.'))).toEqual([
      { kind: 'indirect', text: 'Serbia would stop buying weapons', speaker: 'Vucic', cue: 'said' },
    ]);
  });

  it('does not take an object for a clause', () => {
    expect(rows(run('The minister announced a new purchase of jets.'))).toEqual([]);
  });

  it('ends the content at a coordinated report and gives that report the same speaker', () => {
    const doc = run('Vucic said Serbia would stop buying weapons, but later announced a new purchase, adding that it was small.');
    expect(rows(doc)).toEqual([
      { kind: 'indirect', text: 'Serbia would stop buying weapons', speaker: 'Vucic', cue: 'said' },
      { kind: 'indirect', text: 'it was small', speaker: 'Vucic', cue: 'adding' },
    ]);
  });

  it('reads "according to X" before and after the content', () => {
    expect(rows(run('According to the ministry, the tanks arrived on Monday.'))).toEqual([
      { kind: 'indirect', text: 'the tanks arrived on Monday', speaker: 'the ministry', cue: 'According to' },
    ]);
    expect(rows(run('The tanks arrived on Monday, according to the ministry.'))).toEqual([
      { kind: 'indirect', text: 'The tanks arrived on Monday', speaker: 'the ministry', cue: 'according to' },
    ]);
  });

  it('reads a closing attribution', () => {
    expect(rows(run('Half of the jets cannot fly, analysts say.'))).toEqual([
      { kind: 'indirect', text: 'Half of the jets cannot fly', speaker: 'analysts', cue: 'say' },
    ]);
  });

  it('takes a demand with its addressee', () => {
    expect(rows(run('Washington urged Belgrade to stop buying Russian arms.'))[0]).toMatchObject({
      text: 'Belgrade to stop buying Russian arms',
      speaker: 'Washington',
      cue: 'urged',
    });
  });

  it('finds the name in an apposition and the antecedent of "who"', () => {
    expect(rows(run('Peter Stano, a spokesperson for the EU, said the bloc was concerned.'))[0]).toMatchObject({ speaker: 'Peter Stano' });
    expect(rows(run('Mira Kovac, the chief of staff, and a veteran pilot, said the jets were old.'))[0]).toMatchObject({ speaker: 'Mira Kovac' });
    expect(rows(run('The deal was signed by Devic, who told reporters it was final.'))[0]).toMatchObject({ speaker: 'Devic', text: 'it was final' });
  });

  it('keeps an unnamed source as written, with no speaker', () => {
    const q = only(run('A senior official said the talks had failed.'));
    expect(q.speakerMention?.text).toBe('A senior official');
    expect(q.speaker).toBeNull();
  });
});

describe('mixed quotes', () => {
  it('marks reported content with a quotation as mixed, and the quoted words too', () => {
    expect(rows(run('The envoy said the deal was "a grave mistake".'))).toEqual([
      { kind: 'mixed', text: 'the deal was "a grave mistake"', speaker: 'The envoy', cue: 'said' },
      { kind: 'mixed', text: 'a grave mistake', speaker: 'The envoy', cue: 'said' },
    ]);
  });

  it('gives one quote when the quotation is all of the content', () => {
    expect(rows(run('The embassy said that "the region needs stability".'))).toEqual([
      { kind: 'mixed', text: 'the region needs stability', speaker: 'The embassy', cue: 'said' },
    ]);
  });
});

describe('speakers and reporting chains', () => {
  const actors: ActorSpec[] = [
    ['embassy', 'organization', 'The US embassy', 'The embassy', 'the embassy'],
    ['rfe', 'media', 'RFE'],
    ['reuters', 'media', 'Reuters'],
    ['stano', 'person', 'Peter Stano', 'Stano'],
    ['serbia', 'country', 'Serbia'],
  ];

  it('maps the speaker phrase to the actor whose mention covers its head', () => {
    const q = only(run('The US embassy said Serbia should stop buying arms.', actors));
    expect(q.speaker).toBe('embassy');
    expect(q.about).toEqual(['serbia']);
  });

  it('makes a medium told the words an intermediary', () => {
    const q = only(run('"We are worried," the embassy told RFE.', actors));
    expect(q).toMatchObject({ speaker: 'embassy', via: ['rfe'] });
  });

  it('makes a closing reporter an intermediary of the report before it', () => {
    const q = only(run('The embassy confirmed that the jets arrived, RFE reported.', actors));
    expect(q).toMatchObject({ speaker: 'embassy', via: ['rfe'], text: 'the jets arrived' });
  });

  it('makes "according to" a source of a report inside its content an intermediary', () => {
    const q = only(run('According to Reuters, Stano said the bloc was worried.', actors));
    expect(q).toMatchObject({ speaker: 'stano', via: ['reuters'] });
  });

  it('makes the speaker of a report an intermediary of the reports nested in it', () => {
    const doc = run('RFE added that "the purchase caused concern, and that Peter Stano said Serbia had to adjust its policy.', actors);
    const nested = doc.layers.quotes.find((q) => q.cue?.text === 'said')!;
    expect(nested).toMatchObject({ speaker: 'stano', via: ['rfe'], text: 'Serbia had to adjust its policy.' });
  });

  it('resolves he/she to the last person and it to the last organisation or medium, and records the pronoun', () => {
    const doc = run('Stano met the press on Monday. He said the bloc was worried. RFE ran the story. It added that the embassy was silent.', actors);
    expect(doc.layers.quotes.map((q) => [q.speakerMention?.text, q.speaker])).toEqual([
      ['He', 'stano'],
      ['It', 'rfe'],
    ]);
    const stano = doc.layers.actors.find((a) => a.id === 'stano')!;
    expect(stano.mentions.map((m) => [m.text, m.form])).toContainEqual(['He', 'pronoun']);
  });

  it('takes "we" in an organisation\'s own words as that organisation, not as a speaker', () => {
    const doc = run('"We call on our partners to stop," the embassy said.', actors);
    expect(only(doc).speaker).toBe('embassy');
    expect(doc.layers.actors.find((a) => a.id === 'embassy')!.mentions.map((m) => m.text)).toContain('We');
  });
});

describe('dates', () => {
  it('dates a quote from the reporting clause, not from the content', () => {
    const doc = run('The ministry said on Thursday that the jets would arrive next month.', [], [
      ['Thursday', '2020-03-05'],
      ['next month', '2020-04'],
    ]);
    expect(only(doc).date).toBe('d1');
  });

  it('takes a date that opens the sentence', () => {
    expect(only(run('Next month, Vucic said Serbia would stop buying weapons.', [], [['Next month', '2019-12']])).date).toBe('d1');
  });

  it('does not date a closing attribution from its content', () => {
    expect(only(run('The tanks will arrive in December, the minister said.', [], [['December', '2020-12']])).date).toBeNull();
  });

  it('leaves the date empty when the frame has none', () => {
    expect(only(run('Vucic said Serbia would buy jets in May.', [], [['May', '2020-05']])).date).toBeNull();
  });
});

describe('stance', () => {
  const stance = (text: string) => run(text).layers.quotes.map((q) => q.stance);
  it('follows the cue first, then the words, else claim', () => {
    expect(stance('The embassy warned that sanctions could follow.')).toEqual(['warning']);
    expect(stance('The ministry denied that the jets had arrived.')).toEqual(['denial']);
    expect(stance('The ministry confirmed that the jets had arrived.')).toEqual(['confirmation']);
    expect(stance('The government announced that it would buy six jets.')).toEqual(['announcement']);
    expect(stance('"We call on Serbia to stop the purchase," the embassy said.')).toEqual(['demand']);
    expect(stance('The embassy said it was worried about the purchase.')).toEqual(['concern']);
    expect(stance('The envoy said the purchase could lead to sanctions.')).toEqual(['warning']);
    expect(stance('The minister said Washington strongly supports the plan.')).toEqual(['support']);
    expect(stance('The minister said the jets were old.')).toEqual(['claim']);
  });
});

describe('cost', () => {
  it('parses no sentence without a cue, and none where the words decide', () => {
    const doc = run('The jets arrived on Monday after a long flight over the sea. Vucic said Serbia would stop buying weapons.');
    expect(doc.layers.quotes).toHaveLength(1);
    expect(doc.parses.has(0)).toBe(false);
    expect(doc.parses.size).toBe(0);
  });
});

describe('output', () => {
  it('numbers quotes in text order, slices the text exactly and explains its rules', () => {
    const text = 'Vucic said Serbia would stop. "It is over," the minister told RFE. According to RFE, the deal collapsed.';
    const doc = run(text, [], [], true);
    expect(doc.layers.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    for (const q of doc.layers.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    const rules = doc.trace.filter((e) => e.stage === 'quotes' && e.target === 'q2').map((e) => e.rule);
    expect(rules).toContain('direct:followed');
    expect(rules).toContain('speaker:subject');
  });
});

describe('degenerate quotations', () => {
  it('gives no quote for an empty pair of marks', () => {
    for (const text of ['Gen.told that"",', 'He said: “”.', 'They said ""']) {
      expect(run(text).layers.quotes.filter((q) => q.text.trim() === '')).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { segmented, slices } from '../helpers/segment.js';

const span = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('layout', () => {
  it('finds headline and byline', () => {
    const text = 'Minister resigns over arms deal\n\nBy Jane Doe\n\nThe minister resigned on Monday.';
    const doc = segmented(text);
    expect(span(text, doc.layout.headline)).toBe('Minister resigns over arms deal');
    expect(span(text, doc.layout.byline)).toBe('By Jane Doe');
    expect(doc.paragraphs.map((p) => p.role)).toEqual(['headline', 'byline', 'body']);
  });

  it("passes over a writer's title under the byline to reach the wire dateline", () => {
    const text = 'Japan orders missiles\n\nBy Gabriel Dominguez\nStaff writer\n\nTOKYO, Dec 5, 2024 (The Japan Times) — The ministry ordered missiles.';
    const doc = segmented(text);
    expect(span(text, doc.layout.byline)).toBe('By Gabriel Dominguez');
    expect(span(text, doc.layout.dateline)).toBe('TOKYO, Dec 5, 2024 (The Japan Times) —');
    expect(doc.referenceDate).toBe('2024-12-05');
    // A short first paragraph that is a sentence is body, not a title.
    const lead = 'Headline here\n\nBy Jane Doe\n\nThe ministry ordered missiles.\n\nIt said so on Monday.';
    expect(segmented(lead).paragraphs.map((p) => p.role)).toEqual(['headline', 'byline', 'body', 'body']);
  });

  it('reads an outlet whose name opens with a number ("(1News)", "(24 Chasa)")', () => {
    const text = 'Headline here\n\nWELLINGTON, Nov 4 (1News) - New Zealand will contribute NZ$20 million.';
    expect(span(text, segmented(text).layout.dateline)).toBe('WELLINGTON, Nov 4 (1News) -');
    const spaced = 'Headline here\n\nSOFIA, Nov 20 (24 Chasa) - Bulgaria will buy 90 CV90s.';
    expect(span(spaced, segmented(spaced).layout.dateline)).toBe('SOFIA, Nov 20 (24 Chasa) -');
  });

  it('reads a wire dateline with a year as the reference date', () => {
    const text = 'Headline here\n\nBELGRADE, March 5, 2020 (Reuters) - Serbia said it would buy jets.';
    const doc = segmented(text);
    expect(span(text, doc.layout.dateline)).toBe('BELGRADE, March 5, 2020 (Reuters) -');
    expect(doc.referenceDate).toBe('2020-03-05');
    expect(doc.referenceDateSource).toBe('dateline');
    expect(slices(text, doc.sentences.filter((s) => s.role === 'body'))).toEqual(['Serbia said it would buy jets.']);
  });

  it('reads a "City, Country -" dateline', () => {
    const text = 'Headline\n\nAnkara, Turkey - The first parts arrived, the ministry said.';
    expect(span(text, segmented(text).layout.dateline)).toBe('Ankara, Turkey -');
  });

  it('reads mixed-case and state-qualified wire datelines', () => {
    const a = 'Headline\n\nNew Delhi, Apr 28 (PTI) - India signed the deal.';
    expect(span(a, segmented(a).layout.dateline)).toBe('New Delhi, Apr 28 (PTI) -');
    const b = 'Headline\n\nWEST CHESTER, Pa., March 26 - The company said.';
    expect(span(b, segmented(b).layout.dateline)).toBe('WEST CHESTER, Pa., March 26 -');
  });

  it('warns when a wire dateline has no year', () => {
    const doc = segmented('Headline\n\nWASHINGTON, Feb 26 - Officials met.');
    expect(doc.referenceDate).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toContain('no-reference-date');
  });

  it('takes a date on its own line as the dateline', () => {
    const text = 'Robotics team honoured\nFriday, July 21, 2017\nA group of students won a medal on Tuesday.';
    const doc = segmented(text);
    expect(span(text, doc.layout.dateline)).toBe('Friday, July 21, 2017');
    expect(doc.referenceDate).toBe('2017-07-21');
  });

  it("reads a press release's source line and its place and date", () => {
    const text = 'Latvia receives missiles\n\nMinistry of Defence of the Republic of Latvia | Press release\n\nRiga, 27 May 2025\n\nOn Tuesday the army received the first battery.';
    const doc = segmented(text);
    expect(span(text, doc.layout.byline)).toBe('Ministry of Defence of the Republic of Latvia | Press release');
    expect(span(text, doc.layout.dateline)).toBe('Riga, 27 May 2025');
    expect(doc.referenceDate).toBe('2025-05-27');
  });

  it('takes a headline that ends in an abbreviation ("... from U.S.")', () => {
    const text = 'Army receives first three Apache attack helicopters from U.S.\n\nAnjali Krishnan\n\nNEW DELHI\n\nThe Army on Tuesday received the first three helicopters.';
    const doc = segmented(text);
    expect(span(text, doc.layout.headline)).toBe('Army receives first three Apache attack helicopters from U.S.');
    expect(span(text, doc.layout.byline)).toBe('Anjali Krishnan');
    expect(span(text, doc.layout.dateline)).toBe('NEW DELHI');
  });

  it('reads "Written by" bylines, sources joined by a comma or "with", company releases and a byline with its date', () => {
    for (const byline of ['Written by Guy Martin', 'LRT English, BNS', 'Daily Sabah with AA', 'Embraer press release']) {
      const text = `Headline of the story\n\n${byline}\n\nThe ministry said on Monday that it had signed the contract.`;
      expect(span(text, segmented(text).layout.byline)).toBe(byline);
    }
    const text = 'Headline of the story\n\nWritten by Thandi Mokoena - Tuesday, 12 November 2024\n\nThe ministry said on Monday that it had signed the contract.';
    const doc = segmented(text);
    expect(span(text, doc.layout.byline)).toBe('Written by Thandi Mokoena');
    expect(doc.referenceDate).toBe('2024-11-12');
  });

  it('reads "Santiago, Dec 3 (EFE).-" and "Le Bourget, France, June 17, 2025 -" as wire datelines', () => {
    const a = 'Headline\n\nSantiago, Dec 3 (EFE).- Two frigates arrived on Thursday.';
    expect(span(a, segmented(a).layout.dateline)).toBe('Santiago, Dec 3 (EFE).-');
    const b = 'Headline\n\nLe Bourget, France, June 17, 2025 – Embraer signed a contract today.';
    expect(segmented(b).referenceDate).toBe('2025-06-17');
  });

  it('reads a mixed-case city with a full date, day first or month first, as a wire dateline', () => {
    const a = 'Headline\n\nTallinn, 2 October 2024 - The Estonian Centre for Defence Investment signed a contract.';
    expect(segmented(a).referenceDate).toBe('2024-10-02');
    const b = 'Headline\n\nWashington, May 5, 2023 - The State Department approved the sale.';
    expect(segmented(b).referenceDate).toBe('2023-05-05');
  });

  it('reads a day before its month with no year and an agency ("Ljubljana, 14 September (STA) -")', () => {
    const a = 'Headline\n\nLjubljana, 14 September (STA) - Slovenia on Thursday signed a contract.';
    expect(span(a, segmented(a).layout.dateline)).toBe('Ljubljana, 14 September (STA) -');
  });

  it('takes a full date opening the first paragraph as the dateline', () => {
    const text = 'Flag referendum\nThursday, May 7, 2015 On Tuesday, the panel met.';
    const doc = segmented(text);
    expect(span(text, doc.layout.dateline)).toBe('Thursday, May 7, 2015');
    expect(doc.referenceDate).toBe('2015-05-07');
  });

  it('lets the option win over the dateline', () => {
    const doc = segmented('Headline\n\nKYIV, June 1, 2023 (AP) - Text.', { referenceDate: '2023-06-02' });
    expect(doc.referenceDate).toBe('2023-06-02');
    expect(doc.referenceDateSource).toBe('option');
  });

  it('does not take an ordinary first sentence as a headline', () => {
    const doc = segmented('The army said on Monday it had taken the town.\n\nFighting went on.');
    expect(doc.layout.headline).toBeNull();
  });

  it('does not take a capitalised first word and a dash as a dateline', () => {
    const doc = segmented('Headline\n\nYesterday - as expected - the vote failed.');
    expect(doc.layout.dateline).toBeNull();
  });
});

describe('datelines with the country in brackets, an agency in slashes, an accented city', () => {
  it('reads "Abidjan (Côte d\'Ivoire), 10 March 2025 (APA) –"', () => {
    const text = "Ivorian army gets vehicles\n\nAbidjan (Côte d'Ivoire), 10 March 2025 (APA) – The army took delivery of vehicles.";
    const doc = segmented(text);
    expect(span(text, doc.layout.dateline)).toBe("Abidjan (Côte d'Ivoire), 10 March 2025 (APA) –");
    expect(doc.referenceDate).toBe('2025-03-10');
  });

  it('reads "CHISINAU, Oct. 8 /IPN/ –" and "BRASÍLIA, 14 July 2025 (Infodefensa) –"', () => {
    const one = 'Moldova gets vehicles\n\nCHISINAU, Oct. 8 /IPN/ – The army received vehicles.';
    expect(span(one, segmented(one).layout.dateline)).toBe('CHISINAU, Oct. 8 /IPN/ –');
    const two = 'Brazil gets tanks\n\nBRASÍLIA, 14 July 2025 (Infodefensa) – The army received tanks.';
    expect(span(two, segmented(two).layout.dateline)).toBe('BRASÍLIA, 14 July 2025 (Infodefensa) –');
  });

  it('keeps an agency in brackets right after the city an agency', () => {
    const text = 'Spain cancels deal\n\nMadrid (AFP) - Spain has cancelled a contract.';
    expect(span(text, segmented(text).layout.dateline)).toBe('Madrid (AFP) -');
  });
});

describe("TASS's and the South Asian press's datelines", () => {
  it('reads "MOSCOW, March 14. /TASS/." and "NEW DELHI:", not "NOTE:"', () => {
    const tass = 'Russia delivers jets\n\nMOSCOW, March 14. /TASS/. Russia has delivered six Su-30SME fighters to Myanmar.';
    expect(span(tass, segmented(tass).layout.dateline)).toBe('MOSCOW, March 14. /TASS/.');
    const delhi = 'India gifts aircraft\n\nNEW DELHI: India on Monday handed over a Dornier aircraft to Sri Lanka.';
    expect(span(delhi, segmented(delhi).layout.dateline)).toBe('NEW DELHI:');
    const note = 'Note\n\nNOTE: This story was updated.';
    expect(segmented(note).layout.dateline).toBeNull();
  });
});

describe('more wire shapes: two cities, accented agencies, no dash, an agency with no brackets, a full stop', () => {
  const dateline = (body: string) => {
    const text = `Headline\n\n${body}`;
    return span(text, segmented(text).layout.dateline);
  };

  it('reads two cities joined by a slash, and an agency with accents', () => {
    expect(dateline('LIMA/MADRID, Feb 6 (Reuters) - Peru signed a contract.')).toBe('LIMA/MADRID, Feb 6 (Reuters) -');
    expect(dateline('QUITO, Oct. 22 (Agência Andes) - Ecuador signed a contract.')).toBe('QUITO, Oct. 22 (Agência Andes) -');
  });

  it('reads a dated agency with no mark after it, a double dash, a weekday and a country in square brackets', () => {
    expect(dateline('Colombo, Nov 20 (PTI) The navy took delivery of a ship.')).toBe('Colombo, Nov 20 (PTI)');
    expect(dateline('OSAKA, Aug. 7 (Jiji Press)--The ministry said.')).toBe('OSAKA, Aug. 7 (Jiji Press)--');
    expect(dateline('BELMOPAN, Thurs. Aug. 15, 2019-- The army said.')).toBe('BELMOPAN, Thurs. Aug. 15, 2019--');
    expect(dateline('MUMBAI [India], November 21 (ANI): The navy said.')).toBe('MUMBAI [India], November 21 (ANI):');
  });

  it('reads an agency with no brackets after the date, and a full stop after the city', () => {
    expect(dateline('SEOUL, Sept. 12 Yonhap - The army said.')).toBe('SEOUL, Sept. 12 Yonhap -');
    expect(dateline('Lagos, Sept. 19, NAN - The army said.')).toBe('Lagos, Sept. 19, NAN -');
    expect(dateline('BISHKEK. Sept 12 (Interfax) - The army said.')).toBe('BISHKEK. Sept 12 (Interfax) -');
  });

  it('takes a city alone before a full stop or a dash only where the lexicon knows it', () => {
    expect(dateline('KAMPALA. The army said.')).toBe('KAMPALA.');
    expect(dateline('Nairobi - The army said.')).toBe('Nairobi -');
    // (A connector in lower case inside the name, looked up as written.)
    expect(dateline('Dar es Salaam. India on Monday handed over two boats.')).toBe('Dar es Salaam.');
    expect(segmented('Headline\n\nPort of Spain. The army said.').layout.dateline).not.toBeNull();
    const text = 'Headline\n\nSweden (AFP) The army said. Officials - The army said.';
    expect(segmented(text).layout.dateline).toBeNull();
    const mister = 'Headline\n\nMr. Smith said the jets arrived.';
    expect(segmented(mister).layout.dateline).toBeNull();
  });
});

describe('a wire dateline closed by a colon after its agency', () => {
  it('reads "KUWAIT CITY, Jan 19 (Agencies):" as the dateline', () => {
    const a = 'Kuwait inks deal\n\nKUWAIT CITY, Jan 19 (Agencies): Kuwait has signed a contract, the ministry said.';
    expect(span(a, segmented(a).layout.dateline)).toBe('KUWAIT CITY, Jan 19 (Agencies):');
  });

  it('takes no colon inside a sentence for one ("Officials (unnamed): the jets")', () => {
    const a = 'Headline\n\nOfficials said two things (in private): the jets arrived.';
    expect(segmented(a).layout.dateline).toBeNull();
  });
});

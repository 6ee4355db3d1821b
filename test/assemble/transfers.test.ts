import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../../src/index.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { findCues } from '../../src/5-assemble/transfers/cues.js';

const run = (text: string, explain = false): ExtractResult =>
  extract(text, { referenceDate: '2023-05-10', only: ['actors', 'weapons', 'transfers', 'dates'], explain });

/** Transfers as "system supplier -> recipient status", with names for ids. */
function summary(r: ExtractResult): string[] {
  const actor = (id: string | null) => r.actors.find((a) => a.id === id)?.name ?? String(id);
  const weapon = (id: string | null) => r.weapons.find((w) => w.id === id)?.name ?? null;
  return r.transfers.map((t) => `${weapon(t.system) ?? t.description} ${actor(t.supplier)} -> ${actor(t.recipient)} ${t.status}`);
}

describe('status from cue verbs and nouns', () => {
  it('reads purchases, deliveries, approvals and cancellations', () => {
    expect(summary(run('Serbia bought the Pantsir system from Russia.'))).toEqual(['Pantsir Russia -> Serbia ordered']);
    expect(summary(run('Germany delivered 14 Leopard 2 tanks to Ukraine.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
    expect(summary(run('Washington approved the sale of 66 F-16 jets to Taiwan.'))).toEqual(['F-16 United States -> Taiwan approved']);
    expect(summary(run('Indonesia abandoned its plan to buy Su-35 jets from Russia.'))).toEqual(['Su-35 Russia -> Indonesia cancelled']);
  });

  it('tells a plan from a stage: announced, pending', () => {
    expect(summary(run('The United States will send four HIMARS launchers to Ukraine.'))).toEqual(['HIMARS United States -> Ukraine announced']);
    expect(summary(run('Poland is set to receive 12 FA-50 jets from South Korea.'))).toEqual(['FA-50 South Korea -> Poland pending']);
    expect(summary(run('The Rafale jets ordered from France by India will be delivered next year.'))).toEqual(['Rafale France -> India pending']);
  });

  it('states no transfer under a negation', () => {
    expect(summary(run('Vucic said Serbia would stop buying MiG-29 jets from Russia.'))).toEqual([]);
    expect(summary(run('Spain again ruled out buying the F-35 from the United States.'))).toEqual([]);
    expect(summary(run('Ukraine asked for ATACMS missiles, which Washington refused to provide.'))).toEqual([]);
  });

  it('reads the deal a planned purchase is to be made under as planned too, unless it is told as signed', () => {
    expect(summary(run('Colombia intends to buy Meteor missiles from MBDA under separate contracts, which the ministry expects to sign next year.'))).toEqual(['Meteor MBDA -> Colombia announced']);
    expect(summary(run('Colombia will buy 17 Gripen jets from Sweden under a contract signed on Friday.'))).toEqual(['Gripen Sweden -> Colombia ordered']);
  });

  it('gives a stage noun with goods of its own after "of" to those goods ("following earlier deliveries of GM200 radars")', () => {
    expect(summary(run('Armenia signed a contract with France for 36 CAESAR howitzers, following earlier French deliveries of GM200 radars from Thales.'))).toEqual(['Caesar France -> Armenia ordered', 'GM200 Thales -> Armenia delivered']);
  });

  it('reads a past form after "the first" and a count as the verb of part of the goods ("The first two arrived in October")', () => {
    expect(summary(run('Lithuania bought four UH-60M Black Hawk helicopters from the United States. The first two arrived in October.'))).toEqual(['UH-60 Black Hawk United States -> Lithuania delivered']);
    expect(summary(run('Poland ordered 96 Apaches from the United States. The first three ships are to be built in Gdansk.'))).toEqual(['Apache United States -> Poland ordered']);
  });

  it('gives goods that arrive with no supplier named to the state a running total says has given them', () => {
    const text = 'The ministry said a further batch of Leopard 2A4 tanks, refurbished by Santa Bárbara Sistemas, had arrived in Ukraine, bringing the total Spain has delivered to 19.';
    expect(summary(run(text))).toEqual(['Leopard 2 Spain -> Ukraine delivered']);
  });

  it('reads the bare form of a cue before a deal noun as its modifier ("the largest land deal")', () => {
    expect(summary(run('Qatar signed a contract with KNDS for 24 RCH 155 howitzers, the largest land deal announced on the opening day.'))).toEqual(['RCH 155 KNDS -> Qatar ordered']);
  });

  it('takes the firm a relative on the goods names as their maker for the supplier ("that the Israeli company Rafael was to produce")', () => {
    const text = 'Spain cancelled a contract for 168 Spike LR2 anti-tank missile launchers that the Israeli company Rafael was to produce under licence with the Spanish firm PAP Tecnos.';
    expect(summary(run(text))).toEqual(['Spike Rafael Advanced Defense Systems -> Spain cancelled']);
  });

  it('reads a passive with its agent', () => {
    expect(summary(run('Fourteen Leopard 2 tanks were delivered to Ukraine by Germany.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
    expect(summary(run('Six Rafale jets were bought from France by Greece.'))).toEqual(['Rafale France -> Greece ordered']);
  });
});

describe('supplier and recipient', () => {
  it('reads the seed: a donation noun with its possessor, a "from" phrase for one system only', () => {
    const r = run('Belgrade still expects the delivery of the Moscow donation of T-72 tanks and some BRDM-2 vehicles, as well four Russian-made MiG-29 fighter aircraft from Belarus.');
    expect(summary(r)).toEqual(['T-72 Russia -> Serbia pending', 'BRDM-2 Russia -> Serbia pending', 'MiG-29 Belarus -> Serbia pending']);
    expect(r.transfers.map((t) => [t.deal, t.quantity])).toEqual([['donation', null], ['donation', null], ['donation', 4]]);
  });

  it('reads who pays ("paid for by", "funded by") as the supplier only when the clause names no other, and not one who pays a part', () => {
    expect(summary(run('Kiribati will receive three Bushmaster vehicles paid for by Japan.'))).toEqual(['Bushmaster Japan -> Kiribati pending']);
    expect(summary(run('Fiji will receive two Bushmaster vehicles funded by Australia.'))).toEqual(['Bushmaster Australia -> Fiji pending']);
    expect(summary(run('Excalibur Army handed over a batch of RM-70 launchers to Ukraine, paid for by the Netherlands and Denmark.'))).toEqual(['RM-70 Excalibur Army -> Ukraine delivered']);
    expect(summary(run('Lithuania received four UH-60M Black Hawk helicopters, partly paid for by Washington.'))).toEqual(['UH-60 Black Hawk United States -> Lithuania delivered']);
  });

  it('takes a company named in the system\'s own name as its supplier ("two Airbus C295 aircraft"), unless its state sells its arms ("Boeing KC-46")', () => {
    expect(summary(run('Chile shelved a plan to buy two Airbus C295 aircraft.'))).toEqual(['C-295 Airbus -> Chile cancelled']);
    expect(summary(run('Peru received two Embraer C-390 transport aircraft.'))).toEqual(['Embraer C-390 Embraer -> Peru delivered']);
    expect(summary(run('Israel will receive two Boeing KC-46 tankers from the United States next year.'))).toEqual(['KC-46 United States -> Israel pending']);
  });

  it('takes the stated origin as supplier when the clause names none ("arrived in Serbia")', () => {
    expect(summary(run('The Russian-made Pantsir system arrived in Serbia.'))).toEqual(['Pantsir Russia -> Serbia delivered']);
  });

  it('gives coordinated actors a transfer each', () => {
    expect(summary(run('Poland and Norway are expected to send Leopard 2 tanks to Ukraine.'))).toEqual([
      'Leopard 2 Norway -> Ukraine pending',
      'Leopard 2 Poland -> Ukraine pending',
    ]);
  });

  it('reads an indirect object and a "with" counterpart', () => {
    expect(summary(run('Germany gave Ukraine Leopard 2 tanks.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
    expect(summary(run('India signed a deal with France for 26 Rafale jets.'))).toEqual(['Rafale France -> India ordered']);
  });

  it('does not take a name that modifies a noun, or a place of war, as a party', () => {
    expect(summary(run('Poland signed a deal to buy 48 FA-50 jets from South Korea for the NATO member.'))).toEqual(['FA-50 South Korea -> Poland ordered']);
    expect(summary(run('The delivery of S-400 systems from Russia has been delayed by the war in Ukraine.'))).toEqual([]);
  });

  it('does not transfer the planes that carry the goods', () => {
    const r = run('Chinese Y-20 planes landed in Belgrade to deliver HQ-22 missiles to Serbia.');
    expect(r.transfers.some((t) => r.weapons.find((w) => w.id === t.system)?.name === 'Y-20')).toBe(false);
  });

  it('drops a transfer whose supplier is an unnamed party', () => {
    expect(summary(run('Berlin authorized other countries to re-export Leopard 2 tanks to Kyiv.'))).toEqual([]);
  });
});

describe('clause structure', () => {
  it('reads no cue inside a system name ("F-16 Block 70")', () => {
    expect(summary(run('Washington approved the sale of 40 F-16 Block 70 jets to Turkey.'))).toEqual(['F-16 United States -> Turkey approved']);
  });

  it('does not take the maker after "built by" as a party', () => {
    expect(summary(run('The Indian Army is inducting K9 howitzers built by Larsen & Toubro.'))).toEqual([]);
    expect(summary(run('India is inducting K9 howitzers built by Larsen & Toubro under licence from South Korea.'))).toEqual(['K9 South Korea -> India delivered']);
  });

  it('reads the subject of a passive giving verb as the recipient', () => {
    expect(summary(run('Turkey was removed from the F-35 program by the United States.'))).toEqual(['F-35 United States -> Turkey cancelled']);
    expect(summary(run('Ukraine was given 14 Leopard 2 tanks by Germany.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('reads "placed an order" as the verb "ordered"', () => {
    expect(summary(run('Greece placed an order for six more Rafale jets from France.'))).toEqual(['Rafale France -> Greece ordered']);
  });

  it('reads a light verb with a delivery noun, and "contribute"', () => {
    expect(summary(run('Russia has completed the delivery of six Su-30 fighters to Myanmar.'))).toEqual(['Su-30 Russia -> Myanmar delivered']);
    expect(summary(run('Denmark will contribute 19 Caesar howitzers to Ukraine.'))).toEqual(['Caesar Denmark -> Ukraine announced']);
  });

  it('opens a clause at a subordinator with a subject pronoun', () => {
    const r = run('Turkey was removed from the US-led F-35 program in 2019 after it bought S-400 systems from Russia.');
    expect(summary(r)).toEqual(['F-35 United States -> Turkey cancelled', 'S-400 Russia -> Turkey ordered']);
  });

  it('opens a clause at ", and" before a subject and a finite verb of its own', () => {
    const r = run('Ukraine has received 50 CV90 vehicles from Denmark, and Swedish-made Archer howitzers were delivered to Ukraine last year.');
    expect(summary(r)).toEqual(['CV90 Denmark -> Ukraine delivered', 'Archer Sweden -> Ukraine delivered']);
  });

  it('does not take a comma with no "and" for a list of parties', () => {
    const r = run('Indonesia abandoned its plan to buy 11 Su-35 jets from Russia, Air Force chief Fadjar Prasetyo said on Thursday, citing the threat of sanctions.');
    expect(summary(r)).toEqual(['Su-35 Russia -> Indonesia cancelled']);
  });

  it('keeps a system set aside when a relative clause of its own transfers it', () => {
    const r = run('Romania wants F-35 jets to replace its fleet of F-16s, which were supplied by Portugal.');
    expect(summary(r)).toEqual(['F-16 Portugal -> Romania delivered']);
  });

  it('reads the parties of a definite deal noun only where the clause names none', () => {
    const r = run('Turkey bought S-400 systems from Russia. Washington has since approved the sale of 40 F-16 jets to Ankara.');
    expect(summary(r)).toEqual(['S-400 Russia -> Turkey ordered', 'F-16 United States -> Turkey approved']);
  });
});

describe('lists and makers', () => {
  it('reads "X and Y" after a preposition as two parties', () => {
    expect(summary(run('Russia delivered S-400 systems to India and China.'))).toEqual(['S-400 Russia -> India delivered', 'S-400 Russia -> China delivered']);
  });

  it('reads the parties an "including" list names', () => {
    const r = run('Turkey has exported Bayraktar TB2 drones to more than 30 countries, including Ukraine, Poland and Morocco.');
    expect(summary(r)).toEqual(['Bayraktar TB2 Turkey -> Ukraine delivered', 'Bayraktar TB2 Turkey -> Poland delivered', 'Bayraktar TB2 Turkey -> Morocco delivered']);
  });

  it('takes the maker the clause names when no supplier is named', () => {
    expect(summary(run('Hungary has taken delivery of 44 Lynx infantry fighting vehicles built by Rheinmetall.'))).toEqual(['Lynx Rheinmetall -> Hungary delivered']);
  });

  it('reads "handed over" as a cue, not as "over" setting the goods aside', () => {
    expect(summary(run('Moscow handed over two Kilo-class submarines to Algeria in 2018.'))).toEqual(['Kilo-class submarine Russia -> Algeria delivered']);
  });

  it('reads a future delivery under a deal already made as pending', () => {
    expect(summary(run('Lockheed Martin will deliver 40 F-35 jets to Poland under a $4.6 billion contract.'))).toEqual(['F-35 Lockheed Martin -> Poland pending']);
    expect(summary(run('Germany has approved the export of 18 Leopard 2 tanks to Ukraine.'))).toEqual(['Leopard 2 Germany -> Ukraine approved']);
  });
});

describe('statuses read from two cues, and procurement at home', () => {
  it('reads "an order to supply" as the order, "approved the transfer" as the approval', () => {
    expect(summary(run("Germany's Rheinmetall said it had won an order to supply Skynex air defence systems to Ukraine."))).toEqual(['Skynex Rheinmetall -> Ukraine ordered']);
    expect(summary(run('Washington approved the transfer of 18 F-16s from Norway to Argentina.'))).toEqual(['F-16 Norway -> Argentina approved']);
  });

  it('moves a transfer along from ", and the first were delivered"', () => {
    expect(summary(run('Vietnam ordered 12 Yak-130 trainers from Russia in 2019, and the first were delivered in 2021.'))).toEqual(['Yak-130 Russia -> Vietnam delivered']);
  });

  it('states no transfer when a company supplies its own country', () => {
    expect(summary(run('India will buy 97 more Tejas jets from Hindustan Aeronautics Limited.'))).toEqual([]);
  });
});

describe('topics, failures and repeated prepositions', () => {
  it('takes no party from the subject of an act whose topic the transfer is', () => {
    expect(summary(run("Washington sanctioned Turkey's defence agency over Ankara's purchase of S-400 systems from Russia."))).toEqual(['S-400 Russia -> Turkey ordered']);
    expect(summary(run('The European Union imposed sanctions on Iran over its supply of Shahed-136 drones to Russia.'))).toEqual(['Shahed-136 Iran -> Russia delivered']);
  });

  it('states no transfer that failed, cannot happen or is only weighed', () => {
    expect(summary(run('Ukraine failed to obtain ATACMS missiles from the United States last year.'))).toEqual([]);
    expect(summary(run('Sweden said it cannot send Gripen jets to Ukraine yet.'))).toEqual([]);
    expect(summary(run('Brazil weighed offers of F-16 jets from the United States.'))).toEqual([]);
  });

  it('continues a list of parties with a repeated preposition', () => {
    expect(summary(run('Sweden has sold Gripen jets to Brazil and to Hungary.'))).toEqual(['Gripen Sweden -> Brazil delivered', 'Gripen Sweden -> Hungary delivered']);
  });

  it('reads a country adjective other than the maker\'s as the supplier when the recipient is named', () => {
    const r = run('Poland sent tanks to Ukraine. Polish Leopard 2 tanks arrived in Ukraine in February.');
    expect(summary(r)).toEqual(['Leopard 2 Poland -> Ukraine delivered']);
    const k2 = run('Poland ordered K2 tanks from South Korea. The first Polish K2 tanks were delivered in December.');
    expect(summary(k2)).toEqual(['K2 South Korea -> Poland delivered']);
  });

  it('moves a transfer along from a partitive relative (", the first of which arrived")', () => {
    const r = run('Morocco will receive 24 AH-64E Apache helicopters from the United States, the first of which arrived in March.');
    expect(summary(r)).toEqual(['AH-64 Apache United States -> Morocco delivered']);
  });

  it('gives a "with" counterpart no side when the clause has no subject', () => {
    expect(summary(run('Among them is a deal with Algeria for Su-57 fighters.'))).toEqual([]);
  });

  it('reads licensed production as a transfer from the licensor', () => {
    expect(summary(run('Saudi Arabia is building 300 Karayel drones locally under licence from Turkey.'))).toEqual(['Karayel Turkey -> Saudi Arabia ordered']);
  });

  it('reads a delivery noun after an approving verb as the approval', () => {
    const r = run("Japan approved the export of Patriot missiles to the United States, the first such shipment since Tokyo relaxed its rules.");
    expect(summary(r)).toEqual(['Patriot Japan -> United States approved']);
  });

  it('ends the transfer told before with a clause that only cancels ("but dropped the plan")', () => {
    const r = run('Italy had planned to buy 125 Leopard 2 tanks from Germany but dropped the plan last year.');
    expect(summary(r)).toEqual(['Leopard 2 Germany -> Italy cancelled']);
  });

  it('takes no party from a joint venture partner', () => {
    const r = run("Rheinmetall will supply Italy's army with 1,050 Lynx infantry fighting vehicles under a joint venture with Leonardo.");
    expect(summary(r)).toEqual(['Lynx Rheinmetall -> Italy pending']);
  });

  it('keeps a statement coordinated by "and" to its own goods and parties', () => {
    const r = run('Croatia bought 12 Caesar howitzers from France last year and plans to buy Bradley fighting vehicles from the United States.');
    expect(summary(r)).toEqual(['Caesar France -> Croatia ordered', 'Bradley United States -> Croatia announced']);
  });

  it('opens a clause at ", and" before a name and a verb in the past tense', () => {
    const r = run('Britain said it would send 600 Brimstone missiles to Ukraine, and Sweden pledged 50 CV90 combat vehicles.');
    expect(summary(r)).toEqual(['Brimstone United Kingdom -> Ukraine announced', 'CV90 Sweden -> Ukraine announced']);
  });

  it('reads the previous transfer\'s subject as the partner of "donated together with"', () => {
    const r = run('Germany has delivered Gepard guns to Ukraine. A first Patriot battery, donated together with the United States, arrived in Ukraine in December.');
    expect(summary(r)).toEqual(['Gepard Germany -> Ukraine delivered', 'Patriot United States -> Ukraine delivered', 'Patriot Germany -> Ukraine delivered']);
  });

  it('reads "is expected to sign a deal" as a plan and "is sending" as a decision', () => {
    expect(summary(run('India is expected to sign a deal for 26 Rafale Marine jets with France next month.'))).toEqual(['Rafale France -> India announced']);
    expect(summary(run('Germany is sending Ukraine four more IRIS-T SLM systems, the defence ministry said.'))).toEqual(['IRIS-T SLM Germany -> Ukraine announced']);
  });

  it('reads "arms exports" as a noun', () => {
    expect(summary(run("South Korea's arms exports rose, boosted by orders from Poland for K2 tanks."))).toEqual(['K2 South Korea -> Poland ordered']);
  });
});

describe('brackets and code plurals', () => {
  it('reads a colon inside brackets as no clause break ("(Fuerza Aérea de Chile: FACh)")', () => {
    expect(summary(run('The Chilean Air Force (Fuerza Aérea de Chile: FACh) has ordered three Hermes 900 drones from Elbit Systems.'))).toEqual(['Hermes 900 Elbit Systems -> Chile ordered']);
  });

  it('names a code\'s plural after a name that ends in "s" of its own ("Hermes 900s")', () => {
    const r = run('Chile ordered three Hermes 900s from Elbit Systems.');
    expect(r.weapons.map((w) => [w.name, w.mentions.map((m) => m.text)])).toEqual([['Hermes 900', ['Hermes 900s']]]);
  });
});

describe('a cancellation of other things', () => {
  it('ends no transfer told before with "Other plans have been dropped", but does with "The plans have been dropped"', () => {
    expect(summary(run('Poland leased two Heron drones from Israel Aerospace Industries last year. Other plans have since been dropped.'))).toEqual(['Heron Israel Aerospace Industries -> Poland delivered']);
    expect(summary(run('Poland planned to lease two Heron drones from Israel Aerospace Industries. The plans have since been dropped.'))).toEqual(['Heron Israel Aerospace Industries -> Poland cancelled']);
  });
});

describe('addressees of a protest', () => {
  it('reads no recipient in "to protest to", "complained to", "wrote to"', () => {
    expect(summary(run('The deliveries follow the arrival in 2016 of some 50 T-72B1 tanks from Russia, a purchase that prompted Costa Rica to complain to the Organization of American States.'))).toEqual([]);
    expect(summary(run('Russia delivered 50 T-72B1 tanks in 2016, and Costa Rica wrote to the United Nations.'))).toEqual([]);
  });
});

describe('an old purchase still awaited', () => {
  it('keeps a purchase made years before the story pending when its sentence names a later year or says it is still awaited, not one that says "next year"', () => {
    const r = extract('Headline\n\nThe Emirates\' biggest purchase, 80 Rafale F4 fighters ordered from Dassault Aviation in 2021, remains on track, with the first jets due in 2027, an official said.', { referenceDate: '2025-02-18', only: ['actors', 'weapons', 'transfers', 'dates'] });
    expect(summary(r)).toEqual(['Rafale Dassault Aviation -> United Arab Emirates pending']);
    const awaited = extract('Headline\n\nFourteen Su-30MKA fighters that Algeria ordered from Moscow in 2019 are still awaited, a diplomat said.', { referenceDate: '2024-05-10', only: ['actors', 'weapons', 'transfers', 'dates'] });
    expect(summary(awaited)).toEqual(['Su-30 Russia -> Algeria pending']);
    const old = extract('Headline\n\nThe Kfir fighters Colombia bought from Israel in 2015 will be retired next year.', { referenceDate: '2025-02-18', only: ['actors', 'weapons', 'transfers', 'dates'] });
    expect(summary(old)).toEqual(['Kfir Israel -> Colombia delivered']);
  });

  it('reads the other ways a sentence says the goods are still coming: "on the way", "is being built", "not yet been delivered"', () => {
    const opts = { referenceDate: '2025-03-04', only: ['actors', 'weapons', 'transfers', 'dates'] } as const;
    const onTheWay = extract('Headline\n\nAlso on the way are six Mi-17 helicopters that Ghana ordered from Russia in 2021, an official said.', opts);
    expect(summary(onTheWay)).toEqual(['Mi-17 Russia -> Ghana pending']);
    const built = extract('Headline\n\nThe second of two MEKO A-200 frigates that Egypt bought from Germany in 2019 is being built in Kiel.', opts);
    expect(summary(built)).toEqual(['MEKO Germany -> Egypt pending']);
  });
});

describe('a deal named by its goods', () => {
  it('reads "the helicopter deal" as a deal, no later reference to the helicopters that takes the next verb', () => {
    const r = run('The ministry signed a contract with Airbus Helicopters for four H145M helicopters for the Dominican Air Force. The helicopter deal comes as the government halts spending on its border wall.');
    expect(summary(r)).toEqual(['H145M Airbus Helicopters -> Dominican Republic ordered']);
  });
});

describe('parties the clause leaves to the story', () => {
  it('makes a company that is part of a group a party of its own', () => {
    const r = run('The jets were supplied to Myanmar by Rosoboronexport, the state arms exporter that is part of the Rostec corporation, which delivered six Su-30 fighters.');
    expect(summary(r).every((t) => !t.includes('Rostec'))).toBe(true);
  });

  it('reads a ministry with no country in its name as the dateline country', () => {
    const r = run('Spike deal scrapped\n\nNEW DELHI\n\nThe Defence Ministry has cancelled a deal to buy 8,000 Spike missiles from Israel.');
    expect(summary(r)).toEqual(['Spike Israel -> India cancelled']);
  });

  it('gives a story with no dateline a ministry of no country that the headline opens with, unless that state supplies arms in the story', () => {
    const r = run('Kenya gets its first Bell 412 helicopters\n\nKenya has received two Bell 412 helicopters from the US, its Defense Ministry said. In 2022 the ministry dropped a plan to buy 12 MH-60R Seahawk helicopters from the US.');
    expect(summary(r)).toEqual(['Bell 412 United States -> Kenya delivered', 'MH-60R Seahawk United States -> Kenya cancelled']);
    const seller = run('Pakistan agrees to sell JF-17 jets to Nigeria\n\nPakistan will sell three JF-17 jets to Nigeria. The Defense Ministry also bought two Bell 412 helicopters from the US.');
    expect(summary(seller)).toContain('Bell 412 United States -> Defense Ministry ordered');
  });

  it('gives a story with neither a dateline nor a country in its headline the country it names far more often than any other', () => {
    const text = 'State signs deal for new helicopters\n\nThe Department of Defence has bought four AW139 helicopters from Leonardo, the first to patrol Ireland\'s west coast. Irish officials said Ireland would take the first in 2026, as Italy did in 2015.';
    expect(summary(run(text))).toEqual(['AW139 Leonardo -> Ireland ordered']);
    // (Named as often as another, no country is the story's.)
    const even = 'State signs deal for new helicopters\n\nThe Department of Defence has bought four AW139 helicopters from Leonardo. Officials from Ireland and Italy met in Dublin and Rome.';
    expect(summary(run(even))).toEqual(['AW139 Leonardo -> Department of Defence ordered']);
  });

  it('gives a fleet of no state named after a state\'s possessive, or a kind noun\'s, to that state', () => {
    expect(summary(run("Oman's Northern Fleet operates three Khareef corvettes delivered by BAE Systems."))).toEqual(['Khareef BAE Systems -> Oman delivered']);
    const kind = "LONDON (Reuters) - Jordan bought jets from France. The kingdom's Desert Brigade already operates 40 Challenger tanks delivered by Britain.";
    expect(summary(run(kind))).toContain('Challenger United Kingdom -> Jordan delivered');
  });

  it('reads "to the country" as the story\'s own state, and "to the kingdom" as the latest kingdom', () => {
    const text = 'Laos receives helicopters from Russia\n\nLaos has received four Mi-17 helicopters from Russia. In 2019 Moscow delivered Yak-130 trainers to Myanmar, and a batch of T-72 tanks was shipped to the country the following year.';
    expect(summary(run(text))).toContain('T-72 Russia -> Laos delivered');
    expect(summary(run('Britain sold jets to Jordan and Chad. Later 40 Challenger tanks were shipped to the kingdom.'))).toContain('Challenger United Kingdom -> Jordan delivered');
  });

  it('gives a transfer with no supplier the maker of the system, when the story names it', () => {
    const r = run('South Korean arms sales are booming. Poland received 24 more K9 howitzers last month.');
    expect(summary(r)).toEqual(['K9 South Korea -> Poland delivered']);
    expect(summary(run('Poland received 24 more K9 howitzers last month.'))).toEqual([]);
  });

  it('reads an elided system after a count ("12 from Oman")', () => {
    const r = run('Ankara will acquire 12 Typhoon jets from Qatar and 12 from Oman.');
    expect(summary(r)).toEqual(['Typhoon Qatar -> Turkey announced', 'Typhoon Oman -> Turkey announced']);
  });

  it('moves every transfer told in one sentence on with a statement that names no party', () => {
    const r = run('Denmark and Norway will contribute Caesar howitzers to Ukraine. The howitzers are due to arrive in the spring.');
    expect(summary(r)).toEqual(['Caesar Norway -> Ukraine pending', 'Caesar Denmark -> Ukraine pending']);
  });
});

describe('what is transferred', () => {
  it('leaves out alternatives, platforms and systems held by another verb', () => {
    expect(summary(run('Colombia chose the Gripen over the F-16 and will buy 24 jets from Sweden.'))).toEqual(['Gripen Sweden -> Colombia announced']);
    expect(summary(run("Colombia chose the Gripen over Lockheed Martin's F-16 and will buy 24 jets from Sweden."))).toEqual(['Gripen Sweden -> Colombia announced']);
    expect(summary(run("Norway bought 54 Leopard 2A8 tanks from Germany, choosing them over South Korea's K2 Black Panther."))).toEqual(['Leopard 2 Germany -> Norway ordered']);
    expect(summary(run('Washington approved the sale of AGM-88G missiles to Australia for its EA-18G Growler jets.'))).toEqual(['AGM-88G United States -> Australia approved']);
    expect(summary(run('Pakistan has bought J-10C jets from China and is co-producing the JF-17 with Beijing.'))).toEqual(['J-10 China -> Pakistan ordered']);
  });

  it('reads the subject of a relative clause and a pronoun object', () => {
    expect(summary(run('Egypt has turned to France, which agreed to sell it 30 Rafale jets.'))).toEqual(['Rafale France -> Egypt ordered']);
  });

  it('reads "its own" as the owner when the supplier is named', () => {
    expect(summary(run('Belgium is still waiting for the arrival of its own F-35 jets from the United States.'))).toEqual(['F-35 United States -> Belgium pending']);
  });

  it('splits a headline at its comma', () => {
    const r = run('Indonesia drops plan to buy Su-35 jets, turns to French Rafales\n\nThe Jakarta Post\n\nIndonesia has ordered 42 Rafale jets from France.');
    expect(summary(r)).toEqual(['Rafale France -> Indonesia ordered']);
  });
});

describe('unnamed arms and the story as a whole', () => {
  it('keeps unnamed arms with a verb cue and both parties', () => {
    const r = run('Serbia announced a new purchase of Israel-made arms.');
    expect(summary(r)).toEqual(['Israel-made arms Israel -> Serbia announced']);
    expect(r.transfers[0]).toMatchObject({ system: null, description: 'Israel-made arms' });
  });

  it('keeps no unnamed arms that say neither whose nor how many', () => {
    expect(summary(run('Taiwan will keep buying weapons from the United States.'))).toEqual([]);
  });

  it('keeps one transfer per system, supplier and recipient, at its latest stage', () => {
    const r = run('Poland ordered 250 Abrams tanks from the United States. The first tanks arrived in Poland in January.');
    expect(summary(r)).toEqual(['Abrams United States -> Poland delivered']);
    expect(r.transfers[0]!.quantity).toBe(250);
    expect(r.dates.find((d) => d.id === r.transfers[0]!.date)?.text).toBe('January');
  });

  it('moves a transfer along from a clause that names only its delivery', () => {
    const r = run('India signed a deal with France for 26 Rafale jets. Deliveries are expected to begin in 2028.');
    expect(summary(r)).toEqual(['Rafale France -> India pending']);
  });

  it('lends the parties of a package to the systems it includes', () => {
    const r = run('The United States will send HIMARS launchers to Ukraine as part of a military aid package. The package also includes 45 T-72 tanks from the Czech Republic and Phoenix Ghost drones.');
    expect(summary(r)).toEqual([
      'HIMARS United States -> Ukraine announced',
      'T-72 Czech Republic -> Ukraine announced',
      'Phoenix Ghost United States -> Ukraine announced',
    ]);
    expect(r.transfers.map((t) => t.deal)).toEqual(['aid', 'aid', 'aid']);
  });

  it('gives evidence spans that slice the text, and explains them', () => {
    const text = 'Serbia bought the Pantsir system from Russia, officials said.';
    const r = run(text, true);
    const t = r.transfers[0]!;
    expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
    expect(t.evidence.text).toBe('Serbia bought the Pantsir system from Russia');
    expect(r.explain?.find((e) => e.stage === 'transfers' && e.target === t.id)?.rule).toMatch(/status ordered from bought/);
  });
});

describe('landing: a delivery of aircraft, a strike of anything else', () => {
  it('reads "landed" as the arrival of aircraft, alone or moving a transfer told before along', () => {
    expect(summary(run('The first four Rafale jets from France landed in India on Wednesday.'))).toEqual(['Rafale France -> India delivered']);
    expect(summary(run('Hungary bought 14 Gripen jets from Sweden. The Swedish jets landed in Kecskemet in March.'))).toEqual(['Gripen Sweden -> Hungary delivered']);
  });

  it('reads no transfer in a drone or missile that lands, nor in the aircraft that carry other goods', () => {
    expect(summary(run('Two Iranian-made Shahed drones landed in Kyiv overnight.'))).toEqual([]);
    expect(summary(run('Poland ordered Patriot batteries from the United States. A stray missile landed in a field near the border on Tuesday.'))).toEqual(['Patriot United States -> Poland ordered']);
    expect(summary(run('Six Chinese Y-20 transport planes landed at Belgrade airport to deliver a missile system.'))).toEqual([]);
    expect(summary(run('Lockheed Martin landed a contract to supply 12 F-16 jets to Bulgaria.'))).toEqual(['F-16 Lockheed Martin -> Bulgaria ordered']);
  });
});

describe('a company named with its country', () => {
  it('takes the company as the party: "from South Korea\'s Hanwha Aerospace"', () => {
    expect(summary(run("India received 100 K9 howitzers from South Korea's Hanwha Aerospace."))).toEqual(['K9 Hanwha Aerospace -> India delivered']);
    expect(summary(run("Egypt bought 54 Rafale jets from France's Dassault Aviation."))).toEqual(['Rafale Dassault Aviation -> Egypt ordered']);
  });

  it('keeps the country when what follows it is a body of the state', () => {
    expect(summary(run("Germany delivered 14 Leopard 2 tanks to Ukraine's Defence Ministry."))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });
});

describe('a phrasal cue with the party between its words', () => {
  it('reads "removed Turkey from the F-35 programme" as a cancellation for Turkey', () => {
    expect(summary(run('Washington removed Turkey from the F-35 programme in 2019.'))).toEqual(['F-35 United States -> Turkey cancelled']);
    const r = run('The United States removed Turkey from the F-35 program in 2019, cancelling the planned sale of about 100 of the jets.');
    expect(summary(r)).toEqual(['F-35 United States -> Turkey cancelled']);
    expect(r.transfers[0]!.quantity).toBe(100);
  });

  it('needs an actor between the words', () => {
    expect(summary(run('The Pentagon removed the Turkish firms from the F-35 supply chain.'))).toEqual([]);
  });
});

describe('offers passed over, later references, approvals awaited', () => {
  it('gives the goods of a negated cue to no other cue: "after weighing offers of F-16s"', () => {
    expect(summary(run('Colombia bought 17 Gripen jets from Sweden after weighing offers of F-16s from the United States.'))).toEqual(['Gripen Sweden -> Colombia ordered']);
  });

  it('links "the stealth jets" to the stealth family, not to the jets named last', () => {
    const r = run('Romania will buy 32 F-35 jets from the United States and 12 Rafale jets from France. The first of the stealth jets will arrive in 2030.');
    expect(summary(r)).toEqual(['F-35 United States -> Romania pending', 'Rafale France -> Romania announced']);
  });

  it('keeps a sale only approved at approved when its delivery is told, and moves an ordered one on', () => {
    expect(summary(run('The United States approved the possible sale of 32 F-35 jets to Romania. The stealth jets would be delivered from 2030.'))).toEqual(['F-35 United States -> Romania approved']);
    expect(summary(run('Poland signed a contract for 96 Apache helicopters from the United States. The helicopters will be delivered from 2028.'))).toEqual(['Apache United States -> Poland pending']);
  });
});

describe('offers', () => {
  it('reads an offer made to a named recipient as announced', () => {
    expect(summary(run('Russia offered Serbia six MiG-29 jets.'))).toEqual(['MiG-29 Russia -> Serbia announced']);
    expect(summary(run("Russia's offer of six MiG-29 jets to Serbia was accepted."))).toEqual(['MiG-29 Russia -> Serbia announced']);
  });

  it('reads no transfer in an offer to no one named, and lets it set no status for the other goods', () => {
    expect(summary(run('France offered Rafale jets.'))).toEqual([]);
    expect(summary(run('Argentina bought 24 F-16 jets from Denmark, ending a search that had included a Chinese offer of JF-17 jets.'))).toEqual(['F-16 Denmark -> Argentina ordered']);
  });
});

describe('counts given "respectively"', () => {
  it('gives each listed party its count, in order', () => {
    const r = run('The Netherlands, Belgium and Denmark have pledged 24, 30 and 19 F-16s to Ukraine respectively.');
    const actor = (id: string | null) => r.actors.find((a) => a.id === id)?.name;
    expect(Object.fromEntries(r.transfers.map((t) => [actor(t.supplier), t.quantity]))).toEqual({ Netherlands: 24, Belgium: 30, Denmark: 19 });
    const s = run('Greece and Croatia bought 24 and 12 Rafale jets from France, respectively.');
    expect(Object.fromEntries(s.transfers.map((t) => [s.actors.find((a) => a.id === t.recipient)?.name, t.quantity]))).toEqual({ Greece: 24, Croatia: 12 });
  });
});

describe('clause boundaries', () => {
  it('reads a clause-break word set off by commas as an aside ("Norinco, meanwhile, is expected")', () => {
    expect(summary(run('Norinco, meanwhile, is expected to deliver VN-22 armoured vehicles to Burkina Faso.'))).toEqual(['VN-22 Norinco -> Burkina Faso pending']);
    expect(summary(run('Germany, however, delivered 14 Leopard 2 tanks to Ukraine.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('opens a clause at ", and" before a subject with an irregular past cue verb ("and Mali took delivery")', () => {
    expect(summary(run('Baykar has sold Bayraktar TB2 drones to Niger, and Mali took delivery of its first Bayraktar Akinci drones from Turkey in October.'))).toEqual([
      'Bayraktar TB2 Baykar -> Niger delivered',
      'Akinci Turkey -> Mali delivered',
    ]);
  });
});

describe('a lifted veto', () => {
  it('lends "the possible purchase of" a system named there first no party of the deal told before', () => {
    const text = 'Saudi Arabia has received three MH-60R helicopters from the United States. It took delivery of two Avante 2200 corvettes from Navantia last year. Norway bought six NH90 helicopters from NHIndustries in 2023. A memorandum signed with Moscow in 2017 on the possible purchase of Russian S-400 systems was quietly shelved.';
    expect(summary(run(text))).toContain('S-400 Russia -> Saudi Arabia cancelled');
  });

  it('reads a lease signed as a deal made, and the verb a deal with a counterpart is signed for as the signer\'s', () => {
    expect(summary(run('Oman signs lease for A330 MRTT tankers from Airbus'))).toEqual(['A330 MRTT Airbus -> Oman ordered']);
    expect(summary(run('Oman signed a contract with Airbus to lease two A330 MRTT tankers.'))).toEqual(['A330 MRTT Airbus -> Oman pending']);
  });

  it('reads no signing verb in "a sign", and still reads "the lease" as a noun', () => {
    const text = 'Kyrgyzstan received 12 BTR-82A vehicles from Russia. The BTR-82A delivery came days after Kyrgyz troops took part in exercises with Russian and Tajik forces, in a sign that Bishkek still sees Moscow as its main partner.';
    expect(summary(run(text))).toEqual(['BTR-82 Russia -> Kyrgyzstan delivered']);
    expect(summary(run('Greece has extended for two more years the lease of two Heron drones from Israel Aerospace Industries.'))).toEqual(['Heron Israel Aerospace Industries -> Greece delivered']);
  });

  it('reads "the ships" as goods, not a shipping verb', () => {
    const text = 'Last month Norway chose the British Type 26 design, and officials expect to sign a contract with the UK for five of the ships early next year.';
    expect(summary(run(text))).toEqual(['Type 26 United Kingdom -> Norway announced']);
  });

  it('gives a "by" after another passive verb to that verb, not to the cue before it', () => {
    const text = 'JUBA (Reuters) - South Sudan received two Mi-17 helicopters from Russia last year. Six years earlier, 33 T-72 tanks bought from Ukraine reached the south by way of Mombasa after the vessel carrying them had been held for months by Somali pirates.';
    expect(summary(run(text))).toContain('T-72 Ukraine -> South Sudan delivered');
  });

  it('reads a cancelling verb after "rarely" or "seldom" as no cancellation', () => {
    const text = 'The State Department approved the sale of 300 Stinger missiles to Jordan. Congress has 30 days to object, though lawmakers rarely block sales to Jordan.';
    expect(summary(run(text))).toEqual(['Stinger United States -> Jordan approved']);
    expect(summary(run('Washington approved the sale of Javelin missiles to Oman, which Congress seldom blocks.'))).toEqual(['Javelin United States -> Oman approved']);
  });

  it('reads a stage told as what usually happens ("are often blocked") as no event', () => {
    const text = 'The United States handed over 20 M1151 Humvee vehicles to Bosnia. The army has long tried to sell its surplus weapons, but decisions in the Presidency are often blocked by disagreements.';
    expect(summary(run(text))).toEqual(['M1151 Humvee United States -> Bosnia and Herzegovina delivered']);
  });

  it('reads "will no longer block the sale" as an approval, and "blocked" still as a cancellation', () => {
    expect(summary(run('Germany said it would no longer block the sale of two MEKO A-200 frigates to Algeria.'))).toEqual(['MEKO Germany -> Algeria approved']);
    expect(summary(run('Washington will not veto the sale of F-16 jets to Turkey.'))).toEqual(['F-16 United States -> Turkey approved']);
    expect(summary(run('Berlin blocked the sale of Eurofighter jets to Saudi Arabia.'))).toEqual(['Eurofighter Germany -> Saudi Arabia cancelled']);
  });
});

describe('clauses and lists', () => {
  it('opens a verb phrase at "and later sold", past an adverb of time', () => {
    const text = 'LIMA (Reuters) - Peru bought Spike missiles from Israel. The army received 80 Leopard 2A4 tanks from German surplus stocks in 2008, and later sold its older Leopard 1V tanks to Bolivia in 2010.';
    expect(summary(run(text))).toContain('Leopard 1 Peru -> Bolivia delivered');
  });

  it('opens a verb phrase at "and signed a contract" that names a seller of its own', () => {
    const text = "Botswana's army has taken delivery of two Airbus C295 aircraft and signed a contract for armoured vehicles from Paramount Group.";
    expect(summary(run(text))).toContain('C-295 Airbus -> Botswana delivered');
    const shared = 'France has agreed to deliver 24 Bastion carriers to Armenia and signed a contract for three Ground Master 200 radars.';
    expect(summary(run(shared)).some((t) => t.startsWith('Ground Master 200 France -> Armenia'))).toBe(true);
  });

  it('gives a second verb phrase after "and" its own parties, with the subject before', () => {
    expect(summary(run('Denmark handed over 19 Caesar howitzers to Kyiv in 2023 and ordered 19 ATMOS guns from Elbit Systems.'))).toEqual([
      'Caesar Denmark -> Ukraine delivered',
      'ATMOS Elbit Systems -> Denmark ordered',
    ]);
  });

  it('keeps two verbs that share their goods together ("ordered and received")', () => {
    expect(summary(run('Greece ordered and received 24 Rafale jets from France.'))).toEqual(['Rafale France -> Greece delivered']);
  });

  it('reads a list of suppliers whose last member takes "the"', () => {
    expect(summary(run('Denmark, Norway and the Netherlands have delivered F-16 fighter jets to Ukraine.'))).toHaveLength(3);
  });

  it('finds the company after a description with a region adjective', () => {
    expect(summary(run('Denmark signed a contract for VL MICA from European missile maker MBDA.'))).toEqual(['VL MICA MBDA -> Denmark ordered']);
  });

  it('reads "contributes to" with no goods as no delivery', () => {
    const r = run('The United States approved the sale of HIMARS to Croatia. The sale supports a NATO ally that contributes to stability.');
    expect(summary(r)).toEqual(['HIMARS United States -> Croatia approved']);
  });

  it('does not move a transfer with "the cancellation" of one told before', () => {
    const r = run('Spain cancelled a contract to buy Spike missiles from Rafael. It agreed to send Hawk missiles to Ukraine. The cancellation leaves the army without a missile.');
    expect(summary(r).find((s) => /^hawk/i.test(s))).toMatch(/Spain -> Ukraine (?!cancelled)/);
  });
});

describe('denials and counts', () => {
  it('reads the complement of a denial as no delivery', () => {
    const r = run('Iran expects to receive Su-35 fighter jets from Russia, although there is no evidence that any of the aircraft have arrived.');
    expect(summary(r)).toEqual(['Su-35 Russia -> Iran pending']);
  });

  it('reads a name before a count as the indirect object ("sent Russia hundreds of drones")', () => {
    expect(summary(run('Iran has sent Russia hundreds of Shahed-136 attack drones since 2022.'))).toEqual(['Shahed-136 Iran -> Russia delivered']);
  });
});

describe('references with a possessive', () => {
  it('reads "their first launchers" as the system the clause named', () => {
    const r = run('Latvia and Lithuania have also ordered HIMARS from the United States and expect their first launchers by the end of next year.');
    expect(summary(r).sort()).toEqual(['HIMARS United States -> Latvia pending', 'HIMARS United States -> Lithuania pending']);
  });
});

describe('which system a later reference takes', () => {
  it('prefers the system counted two sentences before to one named more often', () => {
    const r = run(
      'Washington says the HIMARS queue lengthens. The US told Estonia no more HIMARS could be built. Estonia signed a contract with Hanwha Aerospace for six K239 Chunmoo rocket launchers. The deal is Estonia\'s largest. The first two launchers are due to arrive next year.',
    );
    expect(summary(r)).toEqual(['K239 Chunmoo Hanwha Aerospace -> Estonia pending']);
  });
});

describe('cue words used as nouns', () => {
  it('reads "export deals" after a superlative as a noun, not a delivery', () => {
    const r = run('Baykar has signed an agreement to supply Indonesia with 60 Bayraktar TB3 drones, in one of the biggest export deals in its history.');
    expect(summary(r)).toEqual(['Bayraktar TB3 Baykar -> Indonesia ordered']);
  });
});

describe('sale notices', () => {
  it('reads what the buyer requested, listed after semicolons, as part of the sale approved to it', () => {
    const r = run(
      'The State Department has approved a possible sale to Croatia of HIMARS launchers, the United States said. Croatia has asked to buy eight M142 HIMARS launchers; 36 GMLRS pods; and six ATACMS missiles.',
    );
    expect(summary(r).sort()).toEqual(['ATACMS United States -> Croatia approved', 'GMLRS United States -> Croatia approved', 'HIMARS United States -> Croatia approved']);
  });

  it('keeps a request alone a request', () => {
    expect(summary(run('Croatia has requested to buy eight HIMARS launchers from the United States.'))).toEqual(['HIMARS United States -> Croatia announced']);
  });
});

describe('agreeing to give', () => {
  it('reads "promised to hand over ... by the end of the year" as a promise, not a delivery awaited', () => {
    expect(summary(run('Paris has promised to hand over 20 VAB armoured carriers to Benin by the end of the year.'))).toEqual(['VAB France -> Benin announced']);
    expect(summary(run('Paris will hand over 20 VAB armoured carriers to Benin by the end of the year.'))).toEqual(['VAB France -> Benin pending']);
  });

  it('reads "agreed to send" as a pledge and "agreed to buy" as a deal', () => {
    expect(summary(run('Spain agreed to send Hawk air defence missiles to Ukraine.'))).toEqual(['HAWK Spain -> Ukraine announced']);
    expect(summary(run('Spain agreed to buy 20 Leopard 2 tanks from Germany.'))).toEqual(['Leopard 2 Germany -> Spain ordered']);
  });
});

describe('partitives over a list', () => {
  it('moves every transfer of the list with "all of which"', () => {
    const r = run('Qatar bought 36 F-15QA jets from Boeing and 36 Rafales from France, all of which have now been delivered.');
    expect(summary(r).sort()).toEqual(['F-15 Boeing -> Qatar delivered', 'Rafale France -> Qatar delivered']);
  });
});

describe('fleets in service', () => {
  it('reads a system in service, bought from a named supplier, as delivered', () => {
    expect(summary(run('Estonia also operates 36 K9 self-propelled howitzers bought from South Korea.'))).toEqual(['K9 South Korea -> Estonia delivered']);
  });

  it('does not let a fleet in service move the sale of new ones', () => {
    const r = run('Washington approved the sale of 66 F-16 jets to Taiwan. Taiwan already operates F-16 jets bought from the United States.');
    expect(summary(r)).toEqual(['F-16 United States -> Taiwan approved']);
  });

  it('ignores "operated" in a plan or a passive, and a fleet whose supplier is not named with "from"', () => {
    expect(summary(run('India ordered 26 Rafale-M jets from France. The aircraft will be operated from the carrier INS Vikrant.'))).toEqual(['Rafale France -> India ordered']);
    expect(summary(run('Pakistan inducted J-10CE fighters from China, and flies the JF-17 fighter.'))).toEqual(['J-10 China -> Pakistan delivered']);
  });
});

describe('goods a deal lists', () => {
  it('gives what "the package includes" the parties, stage and deal of the sale told before', () => {
    const r = run('Poland signed an agreement with the US government for 96 AH-64E Apache helicopters. The package includes training, spare parts, Hellfire and JAGM missiles.');
    expect(summary(r)).toEqual(['AH-64 Apache United States -> Poland ordered', 'Hellfire United States -> Poland ordered', 'JAGM United States -> Poland ordered']);
    expect(r.transfers.every((t) => t.deal === 'sale')).toBe(true);
  });
});

describe('the company a story has supply a system', () => {
  it('supplies the same system where no statement names a supplier', () => {
    const r = run('Embraer won an order from Sweden for four C-390 transport aircraft. Portugal took delivery of its first C-390 last year.');
    expect(summary(r)).toEqual(['C-390 Embraer -> Sweden ordered', 'C-390 Embraer -> Portugal delivered']);
  });
});

describe('sanctions and militias', () => {
  it('reads an asset freeze as no cancellation of a transfer', () => {
    const r = run('Sudan bought Mohajer-6 drones from Iran. The measures freeze any assets of the firm that brokered the drones.');
    expect(summary(r)).toEqual(['Mohajer-6 Iran -> Sudan ordered']);
  });

  it('keeps a force with a name of its own apart from the dateline country', () => {
    const r = run('WASHINGTON (Reuters) - The Rapid Support Forces (RSF) had obtained Chinese-made AH-4 howitzers.');
    expect(summary(r)).toEqual(['AH-4 China -> Rapid Support Forces delivered']);
  });
});

describe('a later reference with a country adjective', () => {
  it('reads "the Danish jets" as Denmark\'s and "the Israeli howitzers" as the system of that origin', () => {
    const r = run('Denmark and Norway have pledged 19 and 6 F-16s respectively to Ukraine. The first six Danish jets arrived in Ukraine in July.');
    expect(summary(r)).toContain('F-16 Denmark -> Ukraine delivered');
    const h = run('Denmark handed over 19 Caesar howitzers to Kyiv and ordered 19 ATMOS guns from Elbit Systems. The first of the Israeli howitzers arrived this summer.');
    expect(summary(h)).toContain('ATMOS Elbit Systems -> Denmark delivered');
  });
});

describe('bids', () => {
  it('reads "competing to supply" as no transfer', () => {
    expect(summary(run('Embraer is also competing to supply India with as many as 80 C-390 transport planes.'))).toEqual([]);
  });
});

describe('relative clauses', () => {
  it('gives a cue inside ", which ..." to its antecedent only', () => {
    const r = run('Colombia signed a contract with Saab for 17 Gripen jets. The jets will replace the Kfir fighters, which were supplied by Israel in the 1980s.');
    expect(summary(r)).toEqual(['Gripen Saab -> Colombia ordered', 'Kfir Israel -> Colombia delivered']);
  });
});

describe('pronouns across sentences', () => {
  it('reads "it" as the actor that opened the sentence before, when no transfer was told there', () => {
    const r = run('The US approved the sale of 12 F-16 jets to Jordan. Algeria has long been one of Russia\'s biggest arms customers. Last year it received Wing Loong II drones from China.');
    expect(summary(r)).toContain('Wing Loong China -> Algeria delivered');
  });
});

describe('goods shown, delivered by someone', () => {
  it('reads "unveiled two Mi-24s and a Mi-8 delivered by Russia" as both delivered to the subject', () => {
    const r = run("Burkina Faso's military government on Wednesday unveiled two Mi-24 attack helicopters and a Mi-8 transport helicopter delivered by Russia.");
    expect(summary(r)).toEqual(['Mi-24 Russia -> Burkina Faso delivered', 'Mi-8 Russia -> Burkina Faso delivered']);
  });
});

describe('aid with no recipient named', () => {
  it('goes where the story\'s latest gift went', () => {
    const r = run('Denmark handed over 19 Caesar howitzers to Ukraine in 2023. On Wednesday, Copenhagen announced a further aid package that includes 30 Leopard 1A5 tanks.');
    expect(summary(r)).toContain('Leopard 1 Denmark -> Ukraine announced');
  });
});

describe('a subject of a verb that names no party', () => {
  it('takes the role the "from" or "to" phrase leaves', () => {
    const r = run('Slovakia is modernising its land forces. It signed in December 2022 for 152 CV90 infantry fighting vehicles from Sweden.');
    expect(summary(r)).toEqual(['CV90 Sweden -> Slovakia ordered']);
  });
});

describe('a participle set off after the goods', () => {
  it('reads "two 2K12 Kub batteries, also donated, in 2023" as a donation', () => {
    const r = run('Bratislava handed over its only S-300PMU battery to Kyiv in April 2022 and followed it with two 2K12 Kub batteries, also donated, in 2023.');
    expect(summary(r)).toEqual(['S-300 Slovakia -> Ukraine delivered', 'Kub Slovakia -> Ukraine delivered']);
  });
});

describe('stages and parties of shapes met in held-out stories', () => {
  it('reads a letter of intent as announced, and "technology transfer" as no delivery', () => {
    expect(summary(run('Croatia and Germany signed a letter of intent on the acquisition of 50 Leopard 2A8 tanks from Germany.'))).toEqual(['Leopard 2 Germany -> Croatia announced']);
    expect(summary(run('Romania ordered 54 K9 howitzers from South Korea. Later units will be assembled locally under a technology transfer arrangement.'))).toEqual(['K9 South Korea -> Romania ordered']);
  });

  it('gives goods bought with no buyer named to the armed force the clause names, and to the next goods of its list', () => {
    const text = 'Croatia donated 30 M-84 tanks to Ukraine. The modernisation of the Croatian Armed Forces also includes 12 Rafale fighters bought second-hand from France, the first six of which arrived in April, and six CAESAR howitzers ordered from KNDS France last month.';
    expect(summary(run(text))).toEqual(['M-84 Croatia -> Ukraine delivered', 'Rafale France -> Croatia delivered', 'Caesar KNDS -> Croatia ordered']);
  });

  it('reads a company the buyer signs a contract with as the supplier', () => {
    expect(summary(run('A contract with BAE Systems Hagglunds for 246 CV90 vehicles for the Czech army was signed on Monday.'))).toEqual(['CV90 BAE Systems Hagglunds -> Czech Republic ordered']);
  });

  it('reads a purchase dated three years or more before the story as delivered', () => {
    expect(summary(run('Armenia bought Su-30SM fighters from Russia in 2019.'))).toEqual(['Su-30 Russia -> Armenia delivered']);
    expect(summary(run('Morocco bought the Barak MX air defence system from Israel in 2022.'))).toEqual(['Barak MX Israel -> Morocco ordered']);
  });

  it('reads goods set aside by "replace" through their own relative clause, and a cancellation by their buyer', () => {
    const text = 'Oslo chose the MH-60R Seahawk last year to replace the 14 NH90 helicopters it had ordered from France; the Norwegian government cancelled that contract in 2022.';
    expect(summary(run(text))).toEqual(['NH90 France -> Norway cancelled']);
  });

  it('reads a company and a state that sign a purchase together as seller and buyer', () => {
    const text = 'Slovakia wants new planes. Embraer and the Slovak defence ministry signed a contract for the acquisition of three C-390 Millennium aircraft.';
    expect(summary(run(text))).toEqual(['C-390 Millennium Embraer -> Slovakia ordered']);
  });

  it('gives goods that are the subject the parties of each verb after them', () => {
    const text = 'Embraer sold the C-390 Millennium to Slovakia. The C-390 Millennium is in service with the Portuguese Air Force, and has been ordered by the Netherlands and Austria.';
    expect(summary(run(text))).toEqual(['C-390 Millennium Embraer -> Slovakia delivered', 'C-390 Millennium Embraer -> Portugal delivered', 'C-390 Millennium Embraer -> Netherlands ordered', 'C-390 Millennium Embraer -> Austria ordered']);
  });

  it('reads a relative clause opened by "that" and a name for the goods before it', () => {
    const text = 'Bern blocked Germany from passing on Swiss-made ammunition for the 52 Gepard anti-aircraft tanks that Berlin has given to Ukraine.';
    expect(summary(run(text))).toEqual(['Gepard Germany -> Ukraine delivered']);
  });

  it('reads a headline verb after a comma under the "to" of the clause before', () => {
    const r = extract('Croatia to buy 50 Leopard 2A8 tanks from Germany, donate M-84 tanks to Ukraine\n\nZAGREB (Reuters) - Croatia said on Friday it would modernise its army.', { referenceDate: '2024-12-13', only: ['actors', 'weapons', 'transfers', 'dates'] });
    expect(summary(r)).toEqual(['Leopard 2 Germany -> Croatia announced', 'M-84 Croatia -> Ukraine announced']);
  });

  it('reads the actor before a deal noun as its maker when no cue verb has a subject, and a partitive relative as the stage', () => {
    const text = 'The United States is helping Croatia to finance the purchase of eight UH-60M Black Hawk helicopters, the first of which are due next year.';
    expect(summary(run(text))).toEqual(['UH-60 Black Hawk United States -> Croatia pending']);
    expect(summary(run('The United States imposed sanctions on Sudan over the army\'s purchase of Iranian Mohajer-6 drones.'))).toEqual([]);
  });

  it('reads a fleet in service with a force and the buyers of the same goods as two groups', () => {
    const text = 'Embraer sold the C-390 Millennium to Slovakia. The C-390 Millennium is in service with Portugal, and has been ordered by the Netherlands and Austria.';
    expect(summary(run(text))).toEqual(['C-390 Millennium Embraer -> Slovakia delivered', 'C-390 Millennium Embraer -> Portugal delivered', 'C-390 Millennium Embraer -> Netherlands ordered', 'C-390 Millennium Embraer -> Austria ordered']);
    expect(summary(run('Japan has ordered 147 F-35 jets from the United States, and more than 40 of them are already in service.'))).toEqual(['F-35 United States -> Japan delivered']);
  });

  it('reads "should" and "must" as modals: a delivery still to come', () => {
    expect(summary(run('Greece ordered 20 F-35 jets from the United States. The first of the stealth jets should arrive in 2028.'))).toEqual(['F-35 United States -> Greece pending']);
  });

  it('leaves a deal noun after another statement of the clause to that statement', () => {
    const text = 'Taiwan has also received the first 11 of 29 HIMARS launchers it bought from the United States, and expects to take delivery of 66 F-16V jets after years of delays.';
    expect(summary(run(text))).toEqual(['HIMARS United States -> Taiwan delivered', 'F-16 United States -> Taiwan pending']);
  });

  it('reads the possessor of a fleet as the holder of the goods after "fleet of", and sets aside goods after "over" and a country', () => {
    const text = 'Brazil and Hungary bought Gripen jets. The jets will replace Colombia\'s ageing fleet of Kfir fighters, which were supplied by Israel in the late 1980s.';
    expect(summary(run(text))).toContain('Kfir Israel -> Colombia delivered');
    expect(summary(run('Colombia picks Swedish Gripen jets over US F-16s'))).toEqual(['Gripen Sweden -> Colombia announced']);
  });

  it('reads a relative clause on goods with its own subject, a month named May, and a lent role a preposition already fills', () => {
    expect(summary(run('The S-400, which Turkey bought from Russia in 2017, is not operational.'))).toEqual(['S-400 Russia -> Turkey delivered']);
    expect(summary(run('Deliveries of the 32 F-35 jets to Poland from the United States began in May.'))).toEqual(['F-35 United States -> Poland delivered']);
    expect(summary(run('Switzerland suspended the delivery of Patriot systems from the United States.'))).toEqual(['Patriot United States -> Switzerland cancelled']);
  });

  it('reads "similar" goods as a reference, supplied by the one supplier the story gives the system', () => {
    const text = 'The United States handed over a Hamilton-class cutter to Vietnam. Similar cutters have also been transferred to the Philippines and Nigeria.';
    expect(summary(run(text))).toEqual(['Hamilton-class cutter United States -> Vietnam delivered', 'Hamilton-class cutter United States -> Philippines delivered', 'Hamilton-class cutter United States -> Nigeria delivered']);
  });

  it('reads the company a contract is awarded to as its seller', () => {
    expect(summary(run('The contract for 44 Lynx infantry fighting vehicles for Hungary was awarded to Rheinmetall in 2022.'))).toEqual(['Lynx Rheinmetall -> Hungary ordered']);
  });

  it('reads a delivery "not yet" made as awaited', () => {
    expect(summary(run('Poland has not yet received the K2 tanks it ordered from South Korea.'))).toEqual(['K2 South Korea -> Poland pending']);
  });

  it('reads a delivery negated up to a time as awaited, or as late when told in the past', () => {
    expect(summary(run('Iraq bought 36 F-16 fighters from the United States, but the jets are not expected to arrive until 2027.'))).toEqual(['F-16 United States -> Iraq pending']);
    expect(summary(run('The 36 F-16 fighters Iraq bought from the United States will not be delivered until 2027.'))).toEqual(['F-16 United States -> Iraq pending']);
    expect(summary(run('Iraq bought 36 F-16 fighters from the United States, but the jets did not arrive until 2019.'))).toEqual(['F-16 United States -> Iraq delivered']);
    expect(summary(run('Iraq bought 36 F-16 fighters from the United States, but the jets did not arrive.'))).toEqual(['F-16 United States -> Iraq ordered']);
  });

  it('reads the subject of a qualifier that leads on to a delivery noun as its supplier', () => {
    expect(summary(run('Hanwha Aerospace is due to begin deliveries of the 54 K9 howitzers to Romania next year.'))).toEqual(['K9 Hanwha Aerospace -> Romania pending']);
  });

  it('reads a relative opened by a preposition, with its own subject and verb, as a transfer of its own', () => {
    expect(summary(run('Slovakia sent 30 BMP-1 vehicles to Ukraine under a swap in which Germany supplied Bratislava with 15 Leopard 2A4 tanks.'))).toEqual(['BMP-1 Slovakia -> Ukraine delivered', 'Leopard 2 Germany -> Slovakia delivered']);
  });

  it('holds goods after a participle that a determiner makes an adjective', () => {
    expect(summary(run('Canada will buy an upgraded version of the Type 26 frigate from Britain.'))).toEqual(['Type 26 frigate United Kingdom -> Canada announced']);
  });

  it('reads a country right before the goods after "for" as their origin, not the recipient', () => {
    expect(summary(run('Morocco signed a contract for U.S. F-16 jets.'))).toEqual(['F-16 United States -> Morocco ordered']);
    expect(summary(run('Germany delivered to Ukraine Leopard tanks.'))).toEqual(['Leopard Germany -> Ukraine delivered']);
  });

  it('reads a verb-only cue word after a count as a noun, no cue ("the first three ships are")', () => {
    expect(summary(run('Canada chose the Type 26 frigate from Britain. The first three ships are to be built in Halifax.'))).toEqual(['Type 26 frigate United Kingdom -> Canada announced']);
    expect(summary(run('Romania has 17 F-16s purchased from Portugal.'))).toEqual(['F-16 Portugal -> Romania ordered']);
  });

  it('reads a released shipment as delivered, and the place it arrived at as in the recipient\'s country', () => {
    const text = 'Israel has asked Washington for more munitions. The United States released a shipment of 500 Mk 84 bombs; the bombs arrived at the port of Haifa a week later.';
    expect(summary(run(text))).toEqual(['Mk 84 United States -> Israel delivered']);
  });

  it('reads a relative after a list of goods as about all of them ("X and all 24 Y it ordered from Z")', () => {
    expect(summary(run('Norway has received most of the 54 Leopard 2A8 tanks and all 24 K9 howitzers it ordered from Germany in 2023.'))).toEqual(['Leopard 2 Germany -> Norway delivered', 'K9 Germany -> Norway delivered']);
    expect(summary(run('Norway chose the Seahawk to replace the NH90 helicopters it had ordered from France.'))).toEqual(['NH90 France -> Norway ordered']);
  });

  it('gives goods the stage an object relative with a named subject right after them tells', () => {
    expect(summary(run('Norway pledged 10 more of the tanks to Ukraine, on top of the 8 Leopard 2A4 tanks Oslo has already sent to Kyiv.'))).toEqual(['Leopard 2 Norway -> Ukraine delivered']);
  });

  it('reads a deal noun after a participle\'s "by" as a cause, no statement ("stocks depleted by its military aid to Ukraine")', () => {
    const r = run('Japan has begun shipping Patriot interceptors to the United States, helping Washington replenish stocks depleted by its military aid to Ukraine.', true);
    expect(summary(r)).toEqual(['Patriot Japan -> United States delivered']);
    expect(r.explain?.find((e) => e.stage === 'transfers' && e.target === r.transfers[0]!.id)?.rule).toMatch(/status delivered from shipping;/);
  });

  it('reads a ship named beside a transfer of its class as one of its units, no transfer of its own', () => {
    const text = "Pakistan's navy took delivery of PNS Taimur, the second of four Type 054A/P frigates ordered from China.";
    expect(summary(run(text))).toEqual(['Type 054A China -> Pakistan delivered']);
  });

  it('keeps a reduced relative on goods to those goods, not the goods listed after them', () => {
    expect(summary(run("Chile's fleet includes Leopard 2A4 tanks bought from Germany in 2008, M113 carriers and Marder vehicles."))).toEqual(['Leopard 2 Germany -> Chile delivered']);
    expect(summary(run('Chile has four Type 23 frigates bought from Britain in 2005, as well as two Scorpene submarines from France.'))).toEqual(['Type 23 frigate United Kingdom -> Chile delivered', 'Scorpene France -> Chile delivered']);
  });

  it('counts no military trucks as arms', () => {
    expect(summary(run('Germany supplied the Slovenian army with 40 military trucks.'))).toEqual([]);
  });

  it('gives goods that a deal covers the deal\'s stage, not the stage of what came under it', () => {
    expect(summary(run('Peru took delivery of two KT-1 trainers from South Korea under a 2019 contract that also covers four FA-50 jets.'))).toEqual(['KT-1 South Korea -> Peru delivered', 'FA-50 South Korea -> Peru ordered']);
  });

  it('lets a deal noun hold goods whose own relative clause tells their stage', () => {
    expect(summary(run('Iraq signed contracts for 36 F-16 fighters from the United States, which are not due to arrive until the autumn.'))).toEqual(['F-16 United States -> Iraq pending']);
  });

  it('reads no cue in a hyphenated compound, and a delivery dated after the story as awaited', () => {
    expect(summary(run('The Philippines signed a deal with India for three BrahMos anti-ship missile batteries in 2022.'))).toEqual(['BrahMos India -> Philippines ordered']);
    // (A signed deal stays ordered: its delivery date alone does not move it, as the golds read it both ways.)
    expect(summary(run('India and Russia signed a deal for the delivery of two more S-400 squadrons to India by 2026.'))).toEqual(['S-400 Russia -> India ordered']);
    expect(summary(run('Russia delivered two S-400 squadrons to India by 2026.'))).toEqual(['S-400 Russia -> India pending']);
  });

  it('lets a participle with its agent describe the goods before it without ending the cue\'s hold', () => {
    const text = 'The United States will provide Vietnam with six Defiant-class patrol boats built by Metal Shark and a ScanEagle unmanned aerial system.';
    expect(summary(run(text))).toEqual(['Defiant-class patrol boat United States -> Vietnam announced', 'ScanEagle United States -> Vietnam announced']);
  });

  it('gives goods that arrived at a place no party names to the story\'s own country', () => {
    const r = extract('Slovakia modernises its air force\n\nBy A Reporter\n\nThe first two of 14 F-16 Block 70 fighters ordered from the United States arrived at Kuchyna Air Base in July.', { referenceDate: '2024-09-23', only: ['actors', 'weapons', 'transfers', 'dates'] });
    expect(summary(r)).toEqual(['F-16 United States -> Slovakia delivered']);
  });

  it('keeps the review\'s counter-examples out: protests, offers, other parties\' acts, unrelated dates', () => {
    expect(summary(run('Russia condemned the delivery of F-16 jets to Ukraine.'))).not.toContain('F-16 Russia -> Ukraine delivered');
    expect(summary(run('Rheinmetall has offered to deliver 50 Leopard 2 tanks to Ukraine.'))).toEqual(['Leopard 2 Rheinmetall -> Ukraine announced']);
    expect(summary(run('Germany agreed to sell 12 Leopard 2 tanks to Qatar in May. Sweden later suspended deliveries to Qatar.'))).toEqual(['Leopard 2 Germany -> Qatar ordered']);
    expect(summary(run('Under a 2019 framework agreement, Poland ordered 96 Apache helicopters from the United States on Monday.'))).toEqual(['Apache United States -> Poland ordered']);
    expect(summary(run('In 2019, Armenia bought Su-30SM fighters from Russia.'))).toEqual(['Su-30 Russia -> Armenia delivered']);
  });

  it('reads unnamed goods with a vague count as described', () => {
    expect(summary(run('Iran sent hundreds of drones to Russia.'))).toEqual(['hundreds of drones Iran -> Russia delivered']);
  });

  it('reads an offer for a competition as no transfer, and its maker as the seller elsewhere', () => {
    const text = 'Hanwha is also offering its Redback infantry fighting vehicle for a Romanian program, competing with Germany\'s Rheinmetall. The Redback is already on order for Australia, which signed for 129 of the vehicles last year.';
    expect(summary(run(text))).toEqual(['Redback Hanwha Aerospace -> Australia ordered']);
  });

  it('reads "32 more" as more of the system named before, apart from a relative clause closed before it', () => {
    const text = 'Romania, which received its first F-16s from Portugal in 2016, is now buying 32 more from Norway.';
    expect(summary(run(text))).toEqual(['F-16 Portugal -> Romania delivered', 'F-16 Norway -> Romania ordered']);
  });

  it('reads a Dutch order from KNDS as a transfer, not procurement at home', () => {
    expect(summary(run("The Netherlands said on Friday it would buy 46 Leopard 2A8 tanks from Germany's KNDS."))).toEqual(['Leopard 2 KNDS -> Netherlands announced']);
  });

  it('reads parts or services for a system as no transfer of the system', () => {
    expect(summary(run('Washington approved a $1.5 billion sale of F-16 parts to Turkey.'))).toEqual([]);
  });

  it('reads goods a deal is made to build as its goods', () => {
    expect(summary(run("South Korea's Hanwha Ocean won a contract to build two submarines for the Philippines."))).toEqual(['two submarines Hanwha Aerospace -> Philippines ordered']);
  });

  it('reads the first batch after the goods as their stage, and a deal signed years ago as delivered', () => {
    expect(summary(run('Indonesia finalised the purchase of 42 Rafale jets from France, with the first six to be delivered in early 2026.'))).toEqual(['Rafale France -> Indonesia pending']);
    expect(summary(run('Greece signed a deal for 18 Rafale jets with France in January 2019.'))).toEqual(['Rafale France -> Greece delivered']);
  });

  it('reads the agent of a maker verb as the maker, even with words between the verb and "by"', () => {
    const text = "Egypt's navy took delivery of the fourth and last Type 209 submarine built for it by Germany's ThyssenKrupp Marine Systems.";
    expect(summary(run(text))).toEqual(['Type 209 ThyssenKrupp Marine Systems -> Egypt delivered']);
  });
});

describe('transfers: blind rounds six and seven, read as dev stories', () => {
  it('reads a name and its head noun with adjectives between them as one phrase', () => {
    const text = 'Helicopters arrive\n\nMANILA – The first five of 32 S-70i Black Hawk combat utility helicopters ordered from PZL Mielec arrived at Clark Air Base on Tuesday.';
    expect(summary(run(text))).toEqual(['S-70i Black Hawk PZL Mielec -> Philippines delivered']);
    expect(summary(run('Serbia has also bought Mistral 3 short-range missiles from the pan-European group MBDA.'))).toEqual(['Mistral 3 MBDA -> Serbia ordered']);
  });

  it('reads a passive relative after the goods, or after their party, as the goods\' stage', () => {
    expect(summary(run('Romania bought 12 used F-16s from Portugal, which were delivered in 2016 and 2017.'))).toEqual(['F-16 Portugal -> Romania delivered']);
    expect(summary(run('Hungary signed a contract with Saab for four more Gripen jets, which are due to be delivered in 2026.'))).toEqual(['Gripen Saab -> Hungary pending']);
  });

  it("merges a headline's seller country into the body's company of that country", () => {
    const text = 'Poland receives first Bayraktar TB2 drones from Türkiye\n\nPoland has taken delivery of the first Bayraktar TB2 drones it bought from Turkish defense company Baykar.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Poland delivered']);
  });
});

describe('transfers: cues read in their context', () => {
  it('reads a deal that collapsed as cancelled, and "Block V" as a variant, no blocking', () => {
    expect(summary(run('A 2018 deal for Pakistan to buy 30 T129 ATAK helicopters from Turkey collapsed after Washington withheld export licences.'))).toEqual(['T129 ATAK Turkey -> Pakistan cancelled']);
    expect(summary(run('Japan signed a contract to buy 400 Tomahawk missiles from the United States. The agreement covers 200 of the latest Block V Tomahawks.'))).toEqual(['Tomahawk United States -> Japan ordered']);
  });

  it('reads an approval received as an approval, and shipments still to be sped up as pending', () => {
    expect(summary(run('Australia received US approval in March to buy up to 220 Tomahawk missiles.'))).toEqual(['Tomahawk United States -> Australia approved']);
    expect(summary(run('Japan ordered 400 Tomahawk missiles from the United States, and Washington agreed to speed up shipments.'))).toEqual(['Tomahawk United States -> Japan pending']);
  });

  it("reads the possessor of the defences a clause strengthens as the recipient, and a participle's subject as the sentence's", () => {
    expect(summary(run("Germany has been strengthening Ukraine's defenses, handing over a Patriot battery from its own stocks in April."))).toEqual(['Patriot Germany -> Ukraine delivered']);
  });
});

describe('transfers: companies the story names by description or as makers', () => {
  it("reads 'the German company' as the story's German company named before", () => {
    expect(summary(run('Hungary signed a deal with Rheinmetall in 2020. Budapest ordered 218 of the tracked KF41 vehicles from the German company.'))).toEqual(['Lynx KF41 Rheinmetall -> Hungary ordered']);
  });

  it('reads the maker of goods "being built ... by" a described company as the supplier', () => {
    const text = 'The first of four Babur-class corvettes being built for Pakistan by Turkish state-owned shipbuilder ASFAT is expected to be delivered next year.';
    expect(summary(run(text))).toEqual(['Babur-class corvettes ASFAT -> Pakistan pending']);
  });

  it("lends only the buyer of an earlier deal to a sale of another system", () => {
    const text = 'Pakistan signed the deal for 25 J-10C jets with China in 2021. Islamabad had wanted more US-built F-16s, but the purchase of eight of the jets was abandoned in 2016.';
    expect(summary(run(text))).toEqual(['J-10 China -> Pakistan ordered', 'F-16 United States -> Pakistan cancelled']);
  });
});

describe('transfers: lists and partitive relatives', () => {
  it('reads a relative after a list of goods as about each of them', () => {
    const text = 'The Iskander-M tactical missile systems and the S-400 Triumf air defense system that Russia handed over to Belarus have been put on combat duty.';
    expect(summary(run(text))).toEqual(['Iskander Russia -> Belarus delivered', 'S-400 Russia -> Belarus delivered']);
  });

  it('reads part of the goods given on by a partitive relative as a transfer from their holder', () => {
    const text = 'The Romanian Armed Forces have received four Patriot systems from the United States, one of which was donated to Ukraine in October.';
    expect(summary(run(text))).toEqual(['Patriot United States -> Romania delivered', 'Patriot Romania -> Ukraine delivered']);
  });
});

describe('transfers: sanctions, unplaced state bodies, decades', () => {
  it('reads the one sanctioned for buying as the buyer, not the subject that sanctions', () => {
    const text = "The United States imposed sanctions on the Chinese military's equipment procurement agency for buying Su-35 combat aircraft from Russia.";
    expect(summary(run(text))).toEqual(['Su-35 Russia -> China ordered']);
    expect(summary(run('Washington penalized Turkey for buying the S-400 from Russia.'))).toEqual(['S-400 Russia -> Turkey ordered']);
  });

  it('reads a state body tied to no country as the country its system goes to from the same supplier', () => {
    const text = 'The Equipment Development Department (EDD) took delivery of 10 Su-35s from Russia in 2017. China ordered 24 of the aircraft in 2015.';
    expect(summary(run(text))).toEqual(['Su-35 Russia -> China delivered']);
  });

  it('dates a purchase "in the 1990s" to that decade', () => {
    const text = 'China was Russia\'s biggest arms customer in the 1990s, buying Su-30 fighters and Kilo-class submarines.';
    expect(summary(run(text))).toEqual(['Su-30 Russia -> China delivered', 'Kilo-class submarine Russia -> China delivered']);
  });
});

describe('transfers: home state bodies and makers set aside', () => {
  it("reads a maker's aside after the goods as no party, and 'the government' in a datelined story as the home state", () => {
    const text = 'TOKYO (AP) — Last month the government also eased its arms export rules and decided to send Patriot missiles, built in Japan by Mitsubishi Heavy Industries under license from U.S. firms, to the United States.';
    expect(summary(run(text))).toEqual(['Patriot Japan -> United States announced']);
  });

  it('keeps an approval with deliveries expected after it an approval', () => {
    const text = "Prague, Dec 19 (CTK) - The government also approved on Monday the purchase of 44 Leopard 2A8 tanks from Germany's KNDS, with deliveries expected to begin in 2028.";
    expect(summary(run(text))).toEqual(['Leopard 2 KNDS -> Czech Republic approved']);
  });
});

describe('transfers: buying for another', () => {
  it('reads who buys for another, or on its behalf, as the supplier to it', () => {
    const text = 'The first of 200 Senator armoured personnel carriers that Canada bought for Ukraine from Ontario-based manufacturer Roshel had arrived in the country.';
    expect(summary(run(text))).toEqual(['Senator Canada -> Ukraine delivered']);
    expect(summary(run('Canada agreed to buy a NASAMS from the United States on behalf of Ukraine.'))).toEqual(['NASAMS Canada -> Ukraine ordered']);
    expect(summary(run("Canada agreed in January to buy a NASAMS from the United States on Ukraine's behalf."))).toEqual(['NASAMS Canada -> Ukraine ordered']);
    expect(summary(run('Germany bought 20 Leopard 2 tanks for its army from KNDS.'))).toEqual(['Leopard 2 KNDS -> Germany ordered']);
  });
});

describe('transfers: building for a buyer', () => {
  it('reads "is building ... for" a named buyer as ordered, and goods "of the same design" as the system before', () => {
    expect(summary(run('Naval Group is building four Scorpene submarines for Brazil.'))).toEqual(['Scorpene Naval Group -> Brazil ordered']);
    expect(summary(run('Turkey is building its own KAAN fighter jet.'))).toEqual([]);
    const text = 'Türkiye handed over the first MILGEM corvette to Pakistan. Türkiye is also building two corvettes of the same design for Ukraine, which ordered them in 2020.';
    expect(summary(run(text))).toEqual(['MILGEM Turkey -> Pakistan delivered', 'MILGEM Turkey -> Ukraine ordered']);
  });
});

describe('transfers: giving verbs and holders', () => {
  it('reads "handed Kyiv" and "take over X\'s jets" as transfers, and a plan to receive as announced', () => {
    expect(summary(run('In 2022, Tallinn handed Kyiv all of its FH70 towed howitzers.'))).toEqual(['FH70 Estonia -> Ukraine delivered']);
    expect(summary(run("Malaysia will take over all 33 of Kuwait's F/A-18C/D Hornet fighter jets."))).toEqual(['F/A-18 Hornet Kuwait -> Malaysia pending']);
    expect(summary(run('Malaysia plans to take over 33 F/A-18 Hornet fighters retired by Kuwait, pending approval from Washington.'))).toEqual(['F/A-18 Hornet Kuwait -> Malaysia announced']);
  });

  it('reads a verb and its particle with the object between them as one cue', () => {
    expect(summary(run('Lithuania received a Bayraktar TB2 drone from Baykar. Vilnius later turned the drone over to Ukraine.'))).toEqual(['Bayraktar TB2 Baykar -> Lithuania delivered', 'Bayraktar TB2 Lithuania -> Ukraine delivered']);
  });

  it('reads a state body "of" a country as that country', () => {
    expect(summary(run('Last week the National Air Force of Angola took delivery of the second of three C295 transport aircraft ordered from Airbus.'))).toEqual(['C-295 Airbus -> Angola delivered']);
  });
});

describe('transfers: competitions', () => {
  it('reads bidders after a losing verb as no goods, and who approves a sale as no buyer', () => {
    const text = "Helsinki, 10 December 2021 - Finland chose the F-35. Washington had also cleared the sale of Boeing's F/A-18E/F Super Hornet, which lost out along with Dassault Aviation's Rafale, the Eurofighter Typhoon offered by Britain and Saab's Gripen E. Sweden had offered the Gripen together with two GlobalEye surveillance planes.";
    const systems = summary(run(text)).map((t) => t.split(' ')[0]);
    expect(systems).not.toContain('Rafale');
    expect(systems).not.toContain('Gripen');
    expect(summary(run(text)).some((t) => t.includes('-> United States'))).toBe(false);
  });
});

describe('transfers: goods as subjects', () => {
  it('reads goods that give in the active voice as giving a capability, no transfer', () => {
    const text = 'Estonia signed a contract with KNDS France for six Caesar howitzers. "The Caesar gives our artillery the range it needs," the director said.';
    expect(summary(run(text))).toEqual(['Caesar KNDS -> Estonia ordered']);
  });

  it('hands over the goods that opened the clause before, when the verb after "and" has no goods of its own', () => {
    const text = 'Kazakhstan ordered 30 Anka drones from Turkish Aerospace. The first three Anka drones were built in Türkiye and handed over to the Kazakh Air Defence Forces last year.';
    expect(summary(run(text))).toEqual(['Anka Turkish Aerospace -> Kazakhstan delivered']);
  });
});

describe('transfers: described companies as subjects', () => {
  it("reads 'The Turkish firm' opening a clause as the story's Turkish company", () => {
    const text = 'In May, Malaysia signed a contract with Turkish shipbuilder STM for three Littoral Mission Ships. The Turkish firm is due to hand over the first of the vessels in 2026.';
    expect(summary(run(text))).toEqual(['Littoral Mission Ships STM -> Malaysia pending']);
  });
});

describe('transfers: co-agents, lists after "by", talks', () => {
  it('reads a co-agent before the subject, and every donor after "by", as suppliers', () => {
    expect(summary(run('Together with Germany, Denmark has so far delivered more than 100 Leopard 1A5 tanks to Ukraine.'))).toEqual(['Leopard 1 Denmark -> Ukraine delivered', 'Leopard 1 Germany -> Ukraine delivered']);
    expect(summary(run('Ukrainian brigades already operate CV90s donated earlier by Denmark and Sweden.'))).toEqual(['CV90 Denmark -> Ukraine delivered', 'CV90 Sweden -> Ukraine delivered']);
  });

  it('reads the topic of talks as no deal', () => {
    expect(summary(run('The air force had earlier held talks with China on buying J-10C fighters, but no agreement was reached.'))).toEqual([]);
  });
});

describe('transfers: aid packages told before their goods', () => {
  it('lends the parties of a package told with no goods to "The package also includes ...", and reads a donor approving its gift as announced', () => {
    const text = 'The Danish government has approved a new donation package for Ukraine worth DKK 4.2 billion. The package also includes 50 M113 armoured personnel carriers from Danish Army stocks.';
    expect(summary(run(text))).toEqual(['M113 Denmark -> Ukraine announced']);
  });
});

describe('transfers: sentences a reviewer wrote against the rules of this round', () => {
  const cases: [string, string[]][] = [
    ['India bought 36 Rafale jets for the Indian Air Force from France.', ['Rafale France -> India ordered']],
    ['Poland Buys 48 K9 Howitzers From South Korea', ['K9 South Korea -> Poland ordered']],
    ['Netherlands Delivers 24 F-16s To Ukraine', ['F-16 Netherlands -> Ukraine delivered']],
    ['On the other hand, Poland bought 180 K2 tanks from South Korea.', ['K2 South Korea -> Poland ordered']],
    ['As Russia pressed its offensive, the United States acted quickly, sending Patriot systems to Ukraine.', ['Patriot United States -> Ukraine delivered']],
    ['After Russia invaded Ukraine, Poland moved fast, buying 1,000 K2 tanks from South Korea.', ['K2 South Korea -> Poland ordered']],
    ['After Armenia lost the 2020 war, four Su-30SM jets were delivered to Armenia by Russia.', ['Su-30 Russia -> Armenia delivered']],
    ['Despite fierce competition from rivals, 12 Gripen jets were sold to Thailand by Saab.', ['Gripen Saab -> Thailand ordered']],
    ['The Senate passed the measure on Friday, clearing the sale of 40 F-16 jets to Turkey.', []],
    ['Airbus will take over production of the Eurofighter Typhoon from BAE Systems.', []],
    ['The ruble collapsed in 2022 as Russia delivered S-400 systems to India.', ['S-400 Russia -> India delivered']],
    ["The United States will replenish Poland's stocks after Warsaw sent 200 T-72 tanks to Ukraine.", ['T-72 Poland -> Ukraine delivered']],
    ['The Armed Forces of the Philippines (AFP) received 12 FA-50 jets from South Korea.', ['FA-50 South Korea -> Philippines delivered']],
  ];
  for (const [text, want] of cases) {
    it(`reads "${text.slice(0, 60)}"`, () => {
      expect(summary(run(text))).toEqual(want);
    });
  }

  it('keeps a militia with a name of its own apart from a country the same system goes to', () => {
    const text = 'Turkey sold 20 Bayraktar TB2 drones to Mali in 2022. Turkey also delivered Bayraktar TB2 drones to the Liberation Army in 2023.';
    expect(summary(run(text))).toContain('Bayraktar TB2 Turkey -> Liberation Army delivered');
  });
});

describe('transfers: reduced relatives after the goods', () => {
  it('reads a participle right after the goods, with its "from", as their transfer', () => {
    // The buyer of goods "acquired from" a seller is the story's: the dateline's state, which the story has receive other goods.
    const text = 'Santiago, Dec 3 (EFE).- Chile received two Adelaide-class frigates from Australia on Thursday. The backbone of the surface fleet remains the three Type 23 frigates acquired from the United Kingdom between 2006 and 2008.';
    expect(summary(run(text))).toContain('Type 23 frigate United Kingdom -> Chile delivered');
    expect(summary(run('WASHINGTON (Reuters) - The firm arranged the delivery of Mohajer-6 drones from Iran.'))).toEqual([]);
  });
});

describe('transfers: names of actors and variants', () => {
  it('reads no cue inside an actor name, and no system in a variant after its system', () => {
    const text = 'The UAE signed a contract for 12 L-15 jets from China. The deal was signed with China National Aero-Technology Import and Export Corporation, the state-owned exporter.';
    expect(summary(run(text)).every((t) => !t.endsWith('delivered'))).toBe(true);
    expect(summary(run('The first batch of JF-17C Block III fighter jets ordered from Pakistan has arrived in Azerbaijan.'))).toEqual(['JF-17 Pakistan -> Azerbaijan delivered']);
  });
});

describe('transfers: coordinated partitives', () => {
  it('reads ", and the first of them arrived in ..." as the stage of the goods before', () => {
    const text = 'France agreed in October 2023 to sell Armenia three Ground Master 200 air surveillance radars made by Thales, and the first of them arrived in Yerevan last year.';
    expect(summary(run(text))).toEqual(['Ground Master 200 France -> Armenia delivered']);
  });
});

describe('transfers: operational dates', () => {
  it('reads goods due to be operational at the buyer as awaited', () => {
    const text = "Germany on Thursday signed a deal to buy Israel's Arrow 3 missile defense system. Israel Aerospace Industries will produce the launchers and radars, and the first battery is to be operational in Germany by the end of 2025.";
    expect(summary(run(text))).toEqual(['Arrow 3 Israel -> Germany pending']);
  });
});

describe("transfers: the headline's buyer", () => {
  it('gives a purchase with no buyer named to the buyer the headline names', () => {
    const text = 'Latvia receives first Naval Strike Missile battery\n\nThe first IRIS-T SLM air defence system, procured from the German company Diehl Defence, is expected to arrive later this year. Latvia has handed over to Ukraine all of its M109 howitzers. It also sent Ukraine Stinger missiles.';
    expect(summary(run(text))).toContain('IRIS-T SLM Diehl Defence -> Latvia pending');
  });

  it("gives it to the dateline's state, not to the buyer of that state's own export the headline names", () => {
    const text = "Egypt's AOI signs deal to export Temsah armoured vehicles to Djibouti\n\nCAIRO, Dec 2 (Daily News Egypt) - Egypt's Arab Organization for Industrialization signed a contract on Tuesday to export 24 Temsah-3 armoured personnel carriers to Djibouti. The Egyptian Navy received a MEKO A-200 frigate from Germany in October. Deliveries of 30 additional Rafale fighter jets ordered from France in 2021 are due to begin next year.";
    expect(summary(run(text))).toContain('Rafale France -> Egypt pending');
  });
});

describe('transfers: variant names and partitive relatives on goods set aside', () => {
  it('reads a name right after a known system as its variant, and a partitive relative on goods set aside as their transfer', () => {
    const r = run('Norway signed a contract with Hanwha Aerospace for 24 additional K9 VIDAR self-propelled howitzers.');
    expect(r.weapons.map((w) => w.name)).toEqual(['K9']);
    expect(summary(run('They replaced the M109A3GN howitzers, 22 of which Norway donated to Ukraine in 2022.'))).toEqual(['M109 Norway -> Ukraine delivered']);
  });
});

describe('transfers: a company signing with a state', () => {
  it('reads a company that signs a contract with a state as its seller, whichever is the subject, and "land vehicle" as no landing', () => {
    const text = "Turkish defense company Otokar has signed a contract with Romania's Defense Ministry for 1,059 Cobra II tactical wheeled armored vehicles, the largest land vehicle export in the history of the Turkish defense industry.";
    expect(summary(run(text))).toEqual(['Cobra II Otokar -> Romania ordered']);
  });
});

describe("transfers: Japan's self-defense forces", () => {
  it("reads the Air Self-Defense Force of a story datelined in Tokyo as Japan's", () => {
    expect(summary(run('TOKYO (Kyodo) -- The Air Self-Defense Force will receive 42 more F-35 fighters from the United States.'))).toEqual(['F-35 United States -> Japan pending']);
  });
});

describe('transfers: a fleet told with its delivery', () => {
  it('reads a fleet in service told with its delivery as a delivery of the same transfer', () => {
    const text = "Oslo, 12 December 2024 - Norway signed a contract with South Korea's Hanwha Aerospace for 24 additional K9 howitzers. The Army already operates 28 K9 howitzers, delivered by Hanwha Aerospace from 2019 onwards.";
    expect(summary(run(text))).toEqual(['K9 Hanwha Aerospace -> Norway delivered']);
  });
});

describe('transfers: the opener of a sentence with a subordinate clause', () => {
  it("reads 'It' as the main clause's opener, past an opening 'Since ...,' clause", () => {
    const text = 'Since Washington fully lifted a decades-old arms embargo on the island in 2022, Cyprus has turned increasingly to Western suppliers. It has ordered six H145M helicopters from Airbus, the first of which are due next year.';
    expect(summary(run(text))).toEqual(['H145M Airbus -> Cyprus pending']);
  });
});

describe('transfers: verbs with objects of their own', () => {
  it('reads "received its initial operational clearance" as moving no goods', () => {
    const text = 'India plans to acquire 200 Ka-226T utility helicopters from Russia. The Army will instead rely on the Light Utility Helicopter, which received its initial operational clearance in 2022.';
    expect(summary(run(text))).toEqual(['Ka-226 Russia -> India announced']);
  });
});

describe('transfers: ", of which 140 were ..."', () => {
  it('reads ", of which 140 ..." as a partitive relative, so that the plan it interrupts can be shelved', () => {
    const text = 'India ordered 22 Apache helicopters from Boeing. Meanwhile, a plan to acquire 200 Ka-226T utility helicopters from Russia, of which 140 were to be built by Hindustan Aeronautics Limited under licence, has been shelved, officials said.';
    expect(summary(run(text))).toEqual(['Apache Boeing -> India ordered', 'Ka-226 Russia -> India cancelled']);
  });
});

describe('transfers: paused shipments', () => {
  it('reads a paused shipment, still on hold, as cancelled', () => {
    const text = 'The Biden administration paused a shipment of 1,800 MK-84 2,000-pound bombs to Israel over concerns about their use in Gaza. That shipment remains on hold, U.S. officials said.';
    expect(summary(run(text))).toEqual(['Mk 84 United States -> Israel cancelled']);
  });
});

describe('goods before their own relative clause, and a state body that owns them', () => {
  it('reads a relative clause after the head noun the name leaves out', () => {
    const r = run('The aircraft replace the eight P-3C Orion patrol planes that the German navy took over second-hand from the Netherlands in 2006.');
    expect(summary(r)).toContain('P-3 Orion Netherlands -> Germany delivered');
  });

  it('does not take a pronoun subject for a head noun', () => {
    const r = run('Oslo chose the Seahawk last year to replace the 14 NH90 helicopters it had ordered from NHIndustries; the Norwegian government cancelled that contract in 2022.');
    expect(summary(r)).toContain('NH90 NHIndustries -> Norway cancelled');
  });

  it("gives goods a state body owns to its state (\"the Indian Navy's four ...\")", () => {
    const r = run("The Indian Navy's four Kilo-class submarines were bought from Russia in 1998.");
    expect(summary(r)).toContain('Kilo-class submarine Russia -> India delivered');
  });
});

describe('object relatives with a transfer verb of their own', () => {
  it('reads ", which it had bought from Austria" as an earlier transfer of the goods to the main subject', () => {
    const text = 'Since 2022 Latvia has handed over to Ukraine all of its M109 self-propelled howitzers, which it had bought second-hand from Austria in 2017.';
    expect(summary(run(text))).toEqual(['M109 Latvia -> Ukraine delivered', 'M109 Austria -> Latvia delivered']);
  });

  it('keeps the verbs of one relative together ("which it bought from Boeing ... and inducted")', () => {
    const text = 'The Indian Air Force already operates 22 Apaches, which it bought from Boeing under a 2015 contract and inducted between 2019 and 2020.';
    expect(summary(run(text))).toEqual(['Apache Boeing -> India delivered']);
  });

  it('reads the relative after a head noun and brackets ("the Naval Strike Missile (NSM) coastal defence system, which")', () => {
    const text = 'The Latvian army received the first battery of the Naval Strike Missile (NSM) coastal defence system, which Latvia procured from the Norwegian company Kongsberg in 2023.';
    expect(summary(run(text))).toEqual(['Naval Strike Missile Kongsberg -> Latvia delivered']);
  });

  it('lets the interrupted clause go on after the relative', () => {
    expect(summary(run('The first four Leopard 2 tanks, which Ottawa pledged in January, have already been delivered to Ukraine.'))).toEqual(['Leopard 2 Canada -> Ukraine delivered']);
  });

  it('takes no fleet in service for a transfer of its own (", which the air force operated until 2022,")', () => {
    expect(summary(run('Romania bought 32 F-16s from Norway. The jets, which the Royal Norwegian Air Force operated until 2022, were upgraded.'))).toEqual(['F-16 Norway -> Romania ordered']);
  });
});

describe('subjects after "that", colons and contact relatives', () => {
  it('reads "confirmed that three of its Leopard 2 tanks were handed over to Kyiv" with the holder as supplier', () => {
    expect(summary(run('Finland has previously confirmed that three of its Leopard 2 mine-clearing tanks were handed over to Kyiv.'))).toEqual(['Leopard 2 Finland -> Ukraine delivered']);
  });

  it('reads a clause after a colon with its own subject', () => {
    expect(summary(run("The ships are the most heavily armed in the navy's fleet: MBDA has supplied Marte anti-ship missiles to Senegal for all three."))).toEqual(['Marte MBDA -> Senegal delivered']);
  });

  it('reads a contact relative whose subject has an article ("drones the Philippine Air Force received from Elbit")', () => {
    expect(summary(run("Other acquisitions include Hermes 900 drones the Philippine Air Force received from Israel's Elbit Systems in 2019."))).toContain('Hermes 900 Elbit Systems -> Philippines delivered');
  });

  it('moves nothing on for a fleet in service that names no supplier, nor for a cancellation only urged', () => {
    const text = 'The United States approved the sale of 66 F-16 jets to Taiwan. Taiwan already flies older F-16s. China urged Washington to cancel the deal immediately.';
    expect(summary(run(text))).toEqual(['F-16 United States -> Taiwan approved']);
  });
});

describe("a force with no country, and a maker after its country's name", () => {
  it('reads "the military" that received goods as the dateline\'s state', () => {
    const text = "MANILA, Feb 10 (Reuters) - Teodoro said the military had also received the last five of 32 S-70i Black Hawk helicopters built by Poland's PZL Mielec.";
    expect(summary(run(text))).toEqual(['S-70i Black Hawk PZL Mielec -> Philippines delivered']);
  });

  it('names no state for "the army" with no dateline', () => {
    expect(summary(run("The army had also received 32 S-70i Black Hawk helicopters built by Poland's PZL Mielec."))).toEqual([]);
  });

  it('takes the company after its country for the maker ("made by U.S. startup Anduril Industries")', () => {
    const text = 'TAIPEI, March 3 (Reuters) - Taiwan took delivery last year of Altius-600M loitering munitions made by U.S. startup Anduril Industries.';
    expect(summary(run(text))).toEqual(['Altius-600 Anduril -> Taiwan delivered']);
  });
});

describe('goods in hand: shown with their supplier, or bought second-hand', () => {
  it('reads launchers displayed, "acquired from China", as delivered', () => {
    expect(summary(run('PHNOM PENH, Jan 5 (Xinhua) - Last year, the Royal Cambodian Armed Forces displayed PHL-03 multiple rocket launchers acquired from China during an exercise.'))).toEqual(['PHL-03 China -> Cambodia delivered']);
  });

  it('takes nothing from a display with no supplier', () => {
    expect(summary(run('Russia deployed S-400 systems in Crimea.'))).toEqual([]);
  });

  it('reads a past purchase of used goods or goods from stocks as delivered, not a headline\'s "buys" nor a sale', () => {
    expect(summary(run('Finland acquired 48 used K9 howitzers from South Korea.'))).toEqual(['K9 South Korea -> Finland delivered']);
    expect(summary(run('Estonia acquired 18 K9 howitzers from South Korean army stocks.'))).toEqual(['K9 South Korea -> Estonia delivered']);
    expect(summary(run('Argentina buys 24 used F-16 fighters from Denmark\n\nThe first aircraft will arrive next year.'))).toEqual(['F-16 Denmark -> Argentina pending']);
    expect(summary(run('Excalibur Army has sold dozens of refurbished RM-70 rocket launchers to Georgia.'))).toEqual(['RM-70 Excalibur Army -> Georgia delivered']);
  });
});

describe('companies as subjects and makers', () => {
  it('reads the subject before an apposition, and a verb with its object after it as active', () => {
    const text = 'Leonardo is Italian. The company, then known as AgustaWestland, delivered two AW109 Power helicopters to the Bangladesh Navy in 2011.';
    expect(summary(run(text))).toEqual(['AW109 Leonardo -> Bangladesh delivered']);
  });

  it("takes the company a system's name belongs to for its maker (\"Nurol Makina's Ejder Yalcin\")", () => {
    const text = "Turkey is a big exporter. Hungary has been receiving Gidran armored vehicles, a licensed version of Nurol Makina's Ejder Yalcin, since 2021.";
    expect(summary(run(text))).toEqual(['Ejder Yalcin Nurol Makina -> Hungary delivered']);
  });

  it('still reads a participle after a comma with no object as passive (", donated by Denmark")', () => {
    expect(summary(run('Ukraine received a Patriot battery, donated by Germany, in 2023.'))).toEqual(['Patriot Germany -> Ukraine delivered']);
  });
});

describe('deliveries under way and a second subject after ", and"', () => {
  it('splits ", and the last of the new tanks, which ..., are due" and reads deliveries under way as delivered', () => {
    const text = 'In 2018, Hungary signed a contract with Krauss-Maffei Wegmann for 44 Leopard 2A7HU tanks and 24 PzH 2000 howitzers. All of the howitzers have been delivered, and the last of the new tanks, which began arriving last year, are due by the end of 2025.';
    expect(summary(run(text))).toEqual(['Leopard 2 Krauss-Maffei Wegmann -> Hungary delivered', 'PzH 2000 Krauss-Maffei Wegmann -> Hungary delivered']);
  });

  it('keeps a delivery only due as pending', () => {
    expect(summary(run('Hungary ordered 44 Leopard 2A7HU tanks from Krauss-Maffei Wegmann. The tanks are due by the end of 2025.'))).toEqual(['Leopard 2 Krauss-Maffei Wegmann -> Hungary pending']);
  });
});

describe('a second verb phrase after ", and" with its auxiliary', () => {
  it('does not date the first verb by the second one ("and has earmarked 2 billion euros in military aid for 2025")', () => {
    const text = 'It has given Ukraine 196 YPR-765 armoured personnel carriers from its own stocks, and has earmarked 2 billion euros in military aid for 2025.';
    expect(summary(run('The Netherlands is a close ally. ' + text))).toEqual(['YPR-765 Netherlands -> Ukraine delivered']);
  });
});

describe('"the country" as a subject, and the maker as possessor after a preposition', () => {
  it('reads "The country was the first export customer for Russia\'s Pantsir-S1, taking delivery of ..."', () => {
    const text = "Abu Dhabi ordered 12 L-15 jets from China. The country was also the first export customer for Russia's Pantsir-S1, taking delivery of about 50 of the systems by 2013.";
    expect(summary(run(text))).toContain('Pantsir Russia -> United Arab Emirates delivered');
  });

  it('keeps the possessor after "for" as the recipient when it is no maker ("rockets for Ukraine\'s HIMARS")', () => {
    expect(summary(run("The package includes four Avenger air defense systems and more rockets for Ukraine's HIMARS, the Pentagon said. The United States will send it soon."))).toContain('Avenger United States -> Ukraine announced');
  });
});

describe("a headline's present tense beside an aid package", () => {
  it('reads "US sends Strykers to Ukraine in aid package" as announced, a headline delivery elsewhere as told', () => {
    const text = 'US sends Strykers to Ukraine for first time in $2.5 billion aid package\n\nWASHINGTON (AP) - The Pentagon on Thursday announced a new military aid package for Ukraine that includes 90 Stryker combat vehicles.';
    expect(summary(run(text))).toEqual(['Stryker United States -> Ukraine announced']);
    expect(summary(run('Japan ships first Patriot missiles to U.S.\n\nTOKYO (Kyodo) - The missiles arrived this month.'))).toEqual(['Patriot Japan -> United States delivered']);
  });
});

describe('a bare force name in a datelined story', () => {
  it('reads "The Army" in a story datelined NEW DELHI as India', () => {
    const text = 'Army receives Apache helicopters\n\nNEW DELHI\n\nThe Army on Tuesday received the first three of six AH-64E Apache attack helicopters it ordered from the United States in 2020.';
    expect(summary(run(text))).toEqual(['AH-64 Apache United States -> India delivered']);
  });
});

describe("an agency of the dateline's state as the recipient", () => {
  it('gives goods that a defence agency the lexicon lacks receives to the dateline state', () => {
    const text = 'Tallinn, 2 October 2024 - The Centre for Defence Investment has taken delivery of six Caesar howitzers from KNDS France.';
    expect(summary(run(text))).toEqual(['Caesar KNDS -> Estonia delivered']);
  });

  it('keeps a company the lexicon lacks as the recipient it is', () => {
    const text = 'Tallinn, 2 October 2024 - Milrem Robotics has taken delivery of six Caesar howitzers from KNDS France.';
    expect(summary(run(text))).not.toContain('Caesar KNDS -> Estonia delivered');
  });
});

describe('parties of goods set apart', () => {
  it('leaves "from the United States" to the Patriot missiles Ankara failed to get', () => {
    const text = 'Turkey bought the S-400 from Russia in 2017. Ankara has said it was forced to buy the S-400s after failing to get Patriot missiles from the United States on satisfactory terms.';
    expect(summary(run(text))).toEqual(['S-400 Russia -> Turkey delivered']);
  });

  it('still gives a list of goods its one supplier', () => {
    expect(summary(run('Poland bought K2 tanks and K9 howitzers from South Korea.'))).toEqual(['K2 South Korea -> Poland ordered', 'K9 South Korea -> Poland ordered']);
  });
});

describe('goods passed on by their holder, and what only may happen', () => {
  it('gives goods "passed on" with no supplier named from the latest state they were delivered to', () => {
    const text = 'Moscow delivered Tor-M1 systems to Cyprus in 1999. The Tor systems could be passed on to Ukraine through a third country.';
    expect(summary(run(text))).toEqual(['Tor Russia -> Cyprus delivered', 'Tor Cyprus -> Ukraine announced']);
  });

  it('reads "could deliver ... could be delivered" as no claim (an option) and "will be delivered" as pending', () => {
    expect(summary(run('Sweden could deliver Gripen jets to Ukraine. The jets could be delivered next year.'))).toEqual([]);
    expect(summary(run('Sweden ordered Gripen jets for Ukraine. The jets will be delivered to Ukraine next year.'))).toContain('Gripen Sweden -> Ukraine pending');
  });
});

describe('"the service" in a datelined story', () => {
  it('reads "the service had taken delivery" as the dateline state receiving', () => {
    const text = 'ABUJA, May 2 (Reuters) - Mr Gabkwet said the service had also taken delivery of a batch of Bayraktar TB2 drones from Turkey last year.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Turkey -> Nigeria delivered']);
  });
});

describe('a sentence that opens with the kind of a state', () => {
  it('reads "It" after "The Andean country ..." as the dateline state', () => {
    const text = 'QUITO, Feb 16 (Reuters) - Russia said the hardware had been sold on condition. The Andean country has a troubled record with foreign military purchases. It bought seven Dhruv utility helicopters from India\'s Hindustan Aeronautics Ltd in 2008.';
    expect(summary(run(text))).toContain('Dhruv Hindustan Aeronautics -> Ecuador delivered');
  });
});

describe("review mends: the rules above on a reviewer's sentences", () => {
  it('keeps a relative inside its clause when the clause goes on with a party ("..., which it had bought ..., to Ukraine")', () => {
    expect(summary(run('Norway sent 22 M109 howitzers, which it had bought from the United States in the 1960s, to Ukraine in 2022.'))).toContain('M109 Norway -> Ukraine delivered');
    expect(summary(run('Slovakia donated its 13 MiG-29 fighters, which Russia had supplied in the 1990s, to Ukraine last year.'))).toContain('MiG-29 Slovakia -> Ukraine delivered');
  });

  it('reads no delivery in a deployment, and a second-hand purchase still awaited as pending', () => {
    expect(summary(run('The Pentagon deployed six F-35 jets from Italy to Poland last week.'))).toEqual([]);
    expect(summary(run('Argentina bought 24 used F-16 fighter jets from Denmark in April; the first six are expected to arrive in December.'))).toEqual(['F-16 Denmark -> Argentina pending']);
    expect(summary(run('Croatia bought 12 Rafale jets from France for its fleet.'))).toEqual(['Rafale France -> Croatia ordered']);
  });

  it('keeps a participle with its agent later in the aside passive (", delivered the previous month by Germany,")', () => {
    expect(summary(run("Kyiv's Leopard 2 tanks, delivered the previous month by Germany, were deployed near Bakhmut."))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('does not take a headline\'s "first" unit under an aid package for a decision', () => {
    const text = 'Germany delivers first IRIS-T air defence system to Ukraine under aid package\n\nBERLIN (dpa) - The first unit of the air defence system is now in Ukraine, the ministry said.';
    expect(summary(run(text))).toEqual(['IRIS-T Germany -> Ukraine delivered']);
  });

  it('takes the state that speaks of its army over the dateline\'s ("PARIS - Kyiv said the army has received ... from France")', () => {
    expect(summary(run('PARIS (AFP) - Kyiv said the army has received 18 Caesar howitzers from France.'))).toEqual(['Caesar France -> Ukraine delivered']);
  });
});

describe('session 7: stages left untold, and deliveries of a listed contract', () => {
  it('reads no stage in a verb whose object is denied ("He gave no figures")', () => {
    expect(summary(run('Bolivia will acquire Mohajer-6 drones from Iran, the minister said. He gave no figures on the number of drones or their cost.'))).toEqual(['Mohajer-6 Iran -> Bolivia announced']);
  });

  it('reads no stage in what a negated telling verb left untold ("did not disclose ... a delivery schedule")', () => {
    expect(summary(run('Indonesia signed a contract with Turkish Aerospace for 48 KAAN fighters. The ministry did not disclose the value of the deal or a delivery schedule.'))).toEqual(['KAAN Turkish Aerospace -> Indonesia ordered']);
  });

  it('moves every system of one contract clause along with a delivery told after it', () => {
    const text = 'Norway signed a contract with Hanwha Aerospace for 24 K9 howitzers and six K10 resupply vehicles. Deliveries are scheduled for 2027.';
    expect(summary(run(text))).toEqual(['K9 Hanwha Aerospace -> Norway pending', 'K10 Hanwha Aerospace -> Norway pending']);
  });
});

describe('goods bought and in use were delivered', () => {
  it('reads a past purchase whose goods the sentence has in use as delivered', () => {
    expect(summary(run('Before the war, Khartoum bought Su-24 bombers from Belarus and Mi-24 helicopters from Russia, and both fleets have been used in the fighting.'))).toEqual(['Su-24 Belarus -> Sudan delivered', 'Mi-24 Russia -> Sudan delivered']);
    expect(summary(run('During the conflict Ethiopia relied heavily on armed drones bought abroad, including Bayraktar TB2 drones from Turkey.'))).toEqual(['Bayraktar TB2 Turkey -> Ethiopia delivered']);
  });

  it('keeps a purchase ordered when the use is still to come or the verb is no purchase', () => {
    expect(summary(run('Poland bought 48 K2 tanks from South Korea, which will be used by the 16th division.'))).toEqual(['K2 South Korea -> Poland ordered']);
    expect(summary(run('Bulgaria signed agreements to buy eight F-16 jets from the United States, its largest purchase since 1990.'))).toEqual(['F-16 United States -> Bulgaria ordered']);
  });
});

describe('a subordinate clause opened by a name, and a firm described by where it is based', () => {
  it('reads the name after "after" as the subject of its own transfer verb', () => {
    expect(summary(run('The US punished Turkey after Ankara bought S-400 air defense systems from Russia.'))).toEqual(['S-400 Russia -> Turkey ordered']);
    expect(summary(run('The jets arrive weeks after Kyiv received the second Patriot system supplied by Germany.'))).toEqual(['Patriot Germany -> Ukraine delivered']);
  });

  it('takes the firm after "from San Diego-based" as the supplier', () => {
    expect(summary(run('Canada ordered 11 MQ-9B drones from San Diego-based General Atomics.'))).toEqual(['MQ-9 Reaper General Atomics -> Canada ordered']);
  });

  it('keeps "it was used against" from making a purchase in use', () => {
    expect(summary(run('The law was used against Turkey after Ankara bought S-400 systems from Russia.'))).toEqual(['S-400 Russia -> Turkey ordered']);
  });
});

describe('goods with a reduced relative after their head nouns, and goods built for an unnamed force', () => {
  it('reads "Four KC-46 refueling tankers ordered from the United States" as the goods, not an agent', () => {
    expect(summary(run('JERUSALEM - Four KC-46 refueling tankers ordered from the United States in 2022 are expected to be delivered starting next year.'))).toEqual(['KC-46 United States -> Israel pending']);
  });

  it("gives goods built 'for the Navy' to the dateline's state", () => {
    expect(summary(run('MANILA - The shipbuilder Austal is building six Cape-class patrol boats for the Navy.'))).toEqual(['Cape-class patrol boat Austal -> Philippines ordered']);
  });
});

describe("an approved sale's seller, and a firm described by its country", () => {
  it('gives a sale cleared with no seller named to the state that approves the story\'s other sales', () => {
    const text = 'WASHINGTON - The State Department has approved the possible sale of 400 AIM-120D missiles to Japan. Norway was cleared to buy six MH-60R helicopters, built by the Lockheed Martin subsidiary Sikorsky.';
    expect(summary(run(text))).toEqual(['AIM-120D United States -> Japan approved', 'MH-60R United States -> Norway approved']);
  });

  it('takes the firm in "from US manufacturer Kaman" as the supplier, not its country', () => {
    expect(summary(run('WELLINGTON - The navy bought 10 SH-2G(I) Super Seasprites from US manufacturer Kaman in 2021.'))).toEqual(['SH-2G Seasprite Kaman -> New Zealand ordered']);
    // ("to Algeria by shipbuilder ThyssenKrupp": a preposition between, so Algeria stays the buyer.)
    expect(summary(run('Germany approved the sale of two MEKO A-200 frigates to Algeria by shipbuilder ThyssenKrupp Marine Systems.'))).toEqual([expect.stringMatching(/^MEKO .* -> Algeria approved$/)]);
  });

  it('opens a clause at "after" whose subject approved a sale, over "the" and a short date: the contract before it stays the stage', () => {
    expect(summary(run('In March, Bahrain signed a contract for the Patriot system, after the US State Department in May last year approved the possible sale of PAC-3 missiles.'))).toEqual(['Patriot United States -> Bahrain ordered']);
    // ("it" in the next sentence is the main clause's subject, not the subordinate one's.)
    const text = 'Baghdad dropped plans to buy 24 AH-64E Apache helicopters, two years after Washington approved the sale to Iraq. It has instead received Mi-28 helicopters from Russia.';
    expect(summary(run(text))).toContain('Mi-28 Russia -> Iraq delivered');
  });

  it('reads an approval a deal "required" as a condition, no stage of it', () => {
    expect(summary(run("In 2008 Kenya bought 15 F-5 jets second-hand from Jordan in a deal that required Washington's approval."))).toEqual(['F-5 Jordan -> Kenya delivered']);
  });

  it('awaits no transfer in "due for a mid-life refit", but still in "due for delivery"', () => {
    expect(summary(run("Malaysia's two Scorpene submarines, bought from France under a 2002 deal, were delivered in 2009 and are due for a mid-life refit."))).toEqual(['Scorpene France -> Malaysia delivered']);
    expect(summary(run('The two Scorpene submarines Malaysia bought from France are due for delivery in 2024.'))).toEqual(['Scorpene France -> Malaysia pending']);
  });

  it('reads a deal that "never went ahead" as cancelled, and "notified to Congress" as no recipient', () => {
    expect(summary(run('The US sale of THAAD to Qatar, notified to Congress in 2012, never went ahead.'))).toEqual(['THAAD United States -> Qatar cancelled']);
    expect(summary(run('A US sale of THAAD to Qatar did not go ahead.'))).toEqual(['THAAD United States -> Qatar cancelled']);
  });

  it("gives a sale called off or cleared that names no party to the story's main recipient", () => {
    const text = 'Qatar bought NASAMS from the United States in 2022. A sale of THAAD, notified to Congress in 2012, was approved.';
    expect(summary(run(text))).toEqual(['NASAMS United States -> Qatar ordered', 'THAAD United States -> Qatar approved']);
  });

  it("gives a transfer with no recipient to the dateline's state over a neighbour's one purchase told in passing", () => {
    const text = 'Togo flies Turkish drones\n\nLOME - In September the United States handed over 12 MaxxPro armoured vehicles to the army. Neighbouring Benin ordered Chinese-made drones this year.';
    expect(summary(run(text))).toEqual(['MaxxPro United States -> Togo delivered', 'Chinese-made drones China -> Benin ordered']);
  });

  it('keeps an armed group the lexicon knows as the party, and reads a leader\'s name before it as its owner', () => {
    expect(summary(run("Pakistan has agreed to sell 16 JF-17 fighter jets to Khalifa Haftar's Libyan National Army."))).toEqual(['JF-17 Pakistan -> Libyan National Army ordered']);
  });

  it('keeps an armed group a country owns as the party ("Sudan\'s Rapid Support Forces"), not a state\'s own force', () => {
    expect(summary(run("The United Arab Emirates has supplied Sudan's Rapid Support Forces (RSF) with GB50A guided bombs."))).toEqual(['GB50A United Arab Emirates -> Rapid Support Forces delivered']);
    expect(summary(run("Egypt sent 20 K9 howitzers to Sudan's army."))).toEqual(['K9 Egypt -> Sudan delivered']);
  });

  it('reads a verb after a one-word aside between commas as active ("Qatar, however, bought")', () => {
    expect(summary(run('Qatar, however, bought AH-4 howitzers from China in 2019.'))).toEqual(['AH-4 China -> Qatar delivered']);
  });

  it('reads a name joined to a participle as describing the party after it ("the UN-recognised Government of National Accord")', () => {
    const r = run('Turkey sent Bayraktar TB2 drones to the UN-recognised Government of National Accord (GNA) in 2019. The GNA used them.');
    expect(summary(r)).toEqual(['Bayraktar TB2 Turkey -> Government of National Accord delivered']);
    expect(summary(run('A deal to buy 30 T129 ATAK helicopters from Turkey collapsed after the US refused licences for their American-made engines.'))).toEqual([]);
  });

  it('reads goods after "used on" as the platform, and a cancelling verb with its own subject after a subordinator as a clause of its own', () => {
    const text = 'Baykar exported the TB2 to Azerbaijan in 2020. The company fits camera systems to the TB2 after Canada suspended export permits for the Wescam sensors used on the drone.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Azerbaijan delivered']);
  });

  it('names no party by "with" after a border or a war, and reads a list after "including" back to its preposition over a longer phrase', () => {
    const text = 'Chad received Anka drones from Turkey in 2023. Ankara also agreed to supply Cobra II armoured vehicles, built by Otokar, for units deployed on the border with Sudan.';
    expect(summary(run(text))).toEqual(['Anka Turkey -> Chad delivered', 'Cobra II Turkey -> Chad announced']);
    expect(summary(run('Turkey has sold its Bayraktar TB2 to more than a dozen countries on the continent, including Niger and Mali.'))).toEqual(['Bayraktar TB2 Turkey -> Niger delivered', 'Bayraktar TB2 Turkey -> Mali delivered']);
  });

  it('reads a cue form that ends a weapons head noun as that noun ("patrol ships"), and folds unnamed arms into the named system of the same parties and stage', () => {
    const text = 'Gabon orders two French patrol ships to guard oil fields\n\nLIBREVILLE (Reuters) - Gabon has signed a contract with French shipbuilder Piriou for two OPV 58 offshore patrol vessels.\n\nThe ships are due to be handed over to the Gabonese Navy in 2026.';
    expect(summary(run(text))).toEqual(['OPV 58 Piriou -> Gabon pending']);
    const keris = 'Malaysia receives last China-built patrol ship\n\nKUALA LUMPUR (Reuters) - Malaysia on Tuesday received the final Keris-class littoral mission ship ordered from China.';
    expect(summary(run(keris))).toEqual(['Keris-class ship China -> Malaysia delivered']);
  });

  it('names no party by the "to" of an infinitive after a noun of purpose ("in an attempt to counter Turkey\'s rivals")', () => {
    expect(summary(run("Russia sent the S-400 systems in an attempt to counter Turkey's rivals."))).toEqual([]);
    expect(summary(run("Russia sent the S-400 systems to Turkey in an attempt to counter NATO's influence."))).toEqual(['S-400 Russia -> Turkey delivered']);
  });

  it('reads a buyer that refused to accept the goods it ordered as a cancellation', () => {
    expect(summary(run('Brunei ordered three Nakhoda Ragam-class corvettes from BAE Systems in the 1990s but refused to accept them.'))).toEqual(['Nakhoda Ragam-class corvette BAE Systems -> Brunei cancelled']);
  });

  it('names no supplier in the losing bids ("over rival bids from France")', () => {
    expect(summary(run('Norway picked the Type 26 frigates of Britain over rival bids from France and Germany.'))).toEqual(['Type 26 frigate United Kingdom -> Norway announced']);
  });

  it('names no supplier in the origin of unnamed firms ("has drawn on suppliers from Türkiye, Israel and Italy")', () => {
    expect(summary(run('Azerbaijan ordered 40 JF-17 fighters from Pakistan. The JF-17 deal is part of a modernisation that has drawn on suppliers from Turkey, Israel and Italy.'))).toEqual(['JF-17 Pakistan -> Azerbaijan ordered']);
  });

  it('reads a package of agreements as deals, not aid: the state that signs them buys', () => {
    expect(summary(run('Doha signed a package of agreements with Washington in 2014, which included 24 AH-64E Apache helicopters.'))).toEqual(['AH-64 Apache United States -> Qatar delivered']);
  });

  it('reads a state that signs with another state, with no deal noun in its clause, as the buyer', () => {
    expect(summary(run('The agreements that Doha signed with Washington in 2014 included 24 AH-64E Apache helicopters.'))).toEqual(['AH-64 Apache United States -> Qatar delivered']);
  });

  it('reads a sale in the past perfect as delivered long since, of a part of goods named before too', () => {
    expect(summary(run('Before the war, Belarus had sold 18 MiG-29 jets to Peru.'))).toEqual(['MiG-29 Belarus -> Peru delivered']);
    expect(summary(run('Moldova received 34 MiG-29 jets in 1992. By 1997 Chisinau had sold several of the jets to Yemen.'))).toEqual(['MiG-29 Moldova -> Yemen delivered']);
  });

  it('opens a clause at a subordinator whose named subject comes before auxiliaries and adverbs ("after Moldova had already sold")', () => {
    expect(summary(run('The United States bought 21 MiG-29 jets in 1997, after Moldova had already sold several MiG-29s to Yemen.'))).toContain('MiG-29 Moldova -> Yemen delivered');
  });

  it('names no supplier by "from" after a verb of taking that tells no transfer ("inherited from", "captured from")', () => {
    expect(summary(run('Moldova sold the MiG-29 fighters it had inherited from the Soviet Union to the United States.'))).toEqual(['MiG-29 Moldova -> United States delivered']);
    expect(summary(run('Ukraine sent Poland the T-72 tanks it had captured from Russian forces.'))).toEqual(['T-72 Ukraine -> Poland delivered']);
  });

  it('takes a firm set off after the noun that describes it ("from the manufacturer, Baykar") as the supplier', () => {
    expect(summary(run('Kenya bought six Bayraktar TB2 drones from the manufacturer, Baykar, in 2022.'))).toEqual(['Bayraktar TB2 Baykar -> Kenya ordered']);
    expect(summary(run('Ghana ordered four patrol boats from its usual maker, Dearsan.'))).toEqual(['four patrol boats Dearsan Shipyard -> Ghana ordered']);
  });
});

describe("review mends, session 7: the reviewer's sentences", () => {
  it('keeps a purchase ordered when the use in the sentence is of other goods or of nothing bought', () => {
    expect(summary(run('Bulgaria bought eight F-16 Block 70 jets from the United States, its largest arms purchase since 1990.'))).toEqual(['F-16 United States -> Bulgaria ordered']);
    expect(summary(run('Switzerland bought five Patriot units from the United States last month, as NATO deployed more troops to Eastern Europe.'))).toEqual(['Patriot United States -> Switzerland ordered']);
    expect(summary(run('Slovakia purchased 14 F-16 jets from the United States, replacing MiG-29s that the air force operated since the 1990s.'))).toContain('F-16 United States -> Slovakia ordered');
  });

  it('reads "no fewer than" as a count, not a denial', () => {
    expect(summary(run('The United States delivered no fewer than 40 F-16 jets to Pakistan.'))).toEqual(['F-16 United States -> Pakistan delivered']);
  });

  it('keeps a stage named inside what a negated telling verb left untold ("the size of the latest shipment")', () => {
    expect(summary(run('The British defence ministry did not disclose the size of the latest shipment of Storm Shadow missiles to Ukraine.'))).toEqual(['Storm Shadow United Kingdom -> Ukraine delivered']);
  });

  it('gives goods built "for the Army of Hungary" to Hungary, not to the dateline\'s state', () => {
    expect(summary(run('KYIV - Rheinmetall is building Lynx vehicles for the Army of Hungary.'))).toEqual(['Lynx Rheinmetall -> Hungary ordered']);
  });

  it('splits no subordinate clause that names neither goods nor a party ("as Cairo received the last of its first batch")', () => {
    expect(summary(run('Egypt ordered 30 more Rafale jets from France as Cairo received the last of its first batch.'))).toEqual(['Rafale France -> Egypt ordered']);
  });
});

describe('a delivery in the present tense after a subordinator of time is still to come', () => {
  it('reads "until the tanks are delivered", "Once the jets arrive" as pending', () => {
    expect(summary(run('Crews are training in Poland until the Leopard 2 tanks are delivered to Ukraine by Canada.'))).toEqual(['Leopard 2 Canada -> Ukraine pending']);
    expect(summary(run('Once the F-16 jets arrive in Ukraine from Denmark, pilots will fly them.'))).toEqual(['F-16 Denmark -> Ukraine pending']);
  });

  it('keeps a past delivery before something else delivered', () => {
    expect(summary(run('Germany delivered the Leopard 2 tanks to Ukraine before they were needed.'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });
});

describe('parties after an alternative are not the goods\' parties', () => {
  it('leaves "in favor of ... with the U.S. and Britain" out of the cancelled contract', () => {
    const text = 'Canberra scrapped the contract for a dozen Attack-class submarines built by Naval Group in 2021 in favor of nuclear-powered boats under the AUKUS pact with the U.S. and Britain.';
    expect(summary(run(text))).toEqual(['Attack-class submarine Naval Group -> Australia cancelled']);
  });
});

describe('a fleet in service, told beside a statement that names no party', () => {
  it('keeps "The Hornets now in service were bought from the United States" when "assembled under licence" names no one', () => {
    const text = 'Finland picks F-35 to replace Hornets\n\nHelsinki, 10 December 2021 - Finland chose the F-35A to replace its ageing F/A-18 Hornets. The Hornets now in service were bought from the United States in 1992. Most of the Hornets were assembled in Finland by Valmet under licence.';
    expect(summary(run(text))).toContain('F/A-18 Hornet United States -> Finland delivered');
  });
});

describe('a fleet in service with its maker named after it', () => {
  it('takes the maker of "frigates, which were built by Spain\'s Navantia" as the supplier of the fleet', () => {
    expect(summary(run("Norway operates five Fridtjof Nansen-class frigates, which were built by Spain's Navantia and delivered between 2006 and 2011."))).toEqual(['Fridtjof Nansen-class frigate Navantia -> Norway delivered']);
  });

  it('leaves a fleet built at home out', () => {
    expect(summary(run('India operates 36 howitzers built by Larsen & Toubro.'))).toEqual([]);
  });
});

describe("second review, session 7: the reviewer's sentences", () => {
  it('keeps past tenses and headlines delivered next to "before"/"once"', () => {
    expect(summary(run('Before the invasion, Britain gave Ukraine 2,000 NLAW missiles.'))).toEqual(['NLAW United Kingdom -> Ukraine delivered']);
    expect(summary(run('Once the contract was signed, Poland took delivery of the first K2 tanks from South Korea.'))).toEqual(['K2 South Korea -> Poland delivered']);
    expect(summary(run('Weeks before counteroffensive, Ukraine gets Leopard 2 tanks from Germany'))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('keeps a home company named with its country out, and a country that modifies a deal a party', () => {
    expect(summary(run('Thales Australia will deliver 30 Hawkei vehicles to the Australian Army.'))).toEqual([]);
    expect(summary(run('Under the Hanwha Poland contract, Hanwha Aerospace will deliver 212 K9 howitzers.'))).toEqual(['K9 Hanwha Aerospace -> Poland pending']);
  });

  it('scopes "in favour of" to an alternative of no named system, up to a comma', () => {
    expect(summary(run('Argentina, instead of buying new jets, ordered 24 used F-16 fighters from Denmark.'))).toEqual(['F-16 Denmark -> Argentina delivered']);
    expect(summary(run('The first K2 tanks will arrive in Poland in December rather than next year under the deal with Hyundai Rotem.'))).toEqual(['K2 Hyundai Rotem -> Poland pending']);
  });

  it('takes no licensed builder for the supplier of a fleet', () => {
    expect(summary(run('Norway flies F-16 fighters which were built by Fokker in the Netherlands under licence.'))).toEqual([]);
  });
});

describe('part of an order delivered, and "the first country to receive"', () => {
  it('reads "has received four of the six ..., with the last two expected" as delivered', () => {
    expect(summary(run('MANILA - The Philippine Air Force has received four of the six T129 ATAK attack helicopters it ordered from Turkish Aerospace Industries, with the last two expected to arrive later this year.'))).toEqual(['T129 ATAK Turkish Aerospace -> Philippines delivered']);
  });

  it('reads "became the first foreign country to receive" as a fact, "will be the first ... to receive" as awaited', () => {
    expect(summary(run("YEREVAN - In 2016 Armenia became the first foreign country to receive Russia's Iskander short-range ballistic missile system."))).toEqual(['Iskander Russia -> Armenia delivered']);
    expect(summary(run('Poland will be the first country to receive the F-35 from the United States in the region.'))).toEqual(['F-35 United States -> Poland pending']);
  });
});

describe('a head noun that modifies the noun after it', () => {
  it('takes "tank destroyers" for armoured vehicles, not for the story\'s tank or ship', () => {
    const text = 'BRASÍLIA, 14 July 2025 (Infodefensa) – The Brazilian Army has taken delivery of its first two Centauro II 8x8 wheeled tank destroyers, the opening batch of a 98-vehicle programme that commanders hope to complete before the end of the decade. The Army still operates Leopard 1A5 tanks bought second-hand from Germany in 2009. The Navy flies from the helicopter carrier Atlântico, the former HMS Ocean, which Britain sold to Brazil in 2018.';
    const found = summary(run(text));
    expect(found).toContain('Leopard 1 Germany -> Brazil delivered');
    expect(found).toContain('HMS Ocean United Kingdom -> Brazil delivered');
  });
});

describe('a receiving verb whose subject is no goods', () => {
  it('reads "no formal offer has been received" as no delivery of the goods planned', () => {
    const text = 'Manila plans to acquire CH-47 Chinook helicopters from the United States, although no formal offer has been received yet.';
    expect(summary(run(text))).toEqual(['CH-47 Chinook United States -> Philippines announced']);
  });
});

describe('a state that builds a fleet holds the goods listed in it', () => {
  it('gives "Polonez launchers delivered by Belarus" in Azerbaijan\'s arsenal to Azerbaijan, not the dateline\'s state', () => {
    const text = 'YEREVAN - Armenian analysts note that Azerbaijan has itself built up a large arsenal of long-range artillery, including Polonez multiple rocket launchers delivered by Belarus in 2018.';
    expect(summary(run(text))).toEqual(['Polonez Belarus -> Azerbaijan delivered']);
  });
});

describe('a delivery named as what a deal is for', () => {
  it('reads "signed a contract in Paris for the supply of 36 CAESAR howitzers" as awaited, not delivered', () => {
    expect(summary(run("YEREVAN - Armenia's defence minister and France's armed forces minister signed a contract in Paris for the supply of 36 CAESAR self-propelled howitzers to Armenia."))).toEqual(['Caesar France -> Armenia pending']);
  });
});

describe('goods sold for a system', () => {
  it('reads no transfer of the tanks in "a request to sell ammunition for Leopard 1 tanks", and no count in "Leopard 1"', () => {
    const text = 'Last year Brazil refused a German request to sell ammunition for Leopard 1 tanks that Berlin wanted to pass on to Ukraine.';
    expect(summary(run(text))).toEqual([]);
    expect(summary(run('Germany will sell spare parts for Leopard 1 tanks to Brazil.'))).toEqual([]);
  });

  it('keeps the jets of "24 F-16 fighters and spare parts for them"', () => {
    expect(summary(run('The US approved the sale of 24 F-16 fighters and spare parts for them to Jordan.'))).toEqual(['F-16 United States -> Jordan approved']);
  });
});

describe('the fate of a plan whose object the goods are', () => {
  const lead = 'ULAANBAATAR, July 3 - Mongolia received two Mi-171 helicopters from Russia on Thursday, the defence ministry said. ';
  it('reads "An earlier plan to acquire four MiG-29 jets from Belarus was abandoned" as cancelled', () => {
    expect(summary(run(lead + 'An earlier plan to acquire four second-hand MiG-29 fighter jets from Belarus was abandoned in 2020.'))).toContain('MiG-29 Belarus -> Mongolia cancelled');
  });

  it('looks past an aside between the goods and the fate ("..., which parliament approved in 2023, was put on hold")', () => {
    expect(summary(run('A decision to give Ukraine S-300 missiles from Bulgaria, which parliament approved in December 2023, was put on hold last year.'))).toEqual(['S-300 Bulgaria -> Ukraine cancelled']);
  });

  it('keeps a plan told as such when no fate follows', () => {
    expect(summary(run(lead + 'A plan to acquire four MiG-29 fighter jets from Belarus was announced in 2020.'))).toContain('MiG-29 Belarus -> Mongolia announced');
  });
});

describe('a country right after a verb with an indirect object', () => {
  it('reads "give Ukraine S-300 missiles" with Ukraine the recipient, even when Ukraine was named before', () => {
    expect(summary(run('Bulgaria sent trucks to Ukraine. Bulgaria decided to give Ukraine S-300 missiles.'))).toEqual(['S-300 Bulgaria -> Ukraine announced']);
  });

  it('keeps "US" a word of the goods in "sent US Patriot systems to Ukraine"', () => {
    expect(summary(run('Germany sent US Patriot systems to Ukraine.'))).toEqual(['Patriot Germany -> Ukraine delivered']);
  });
});

describe('a maker that no longer exists', () => {
  it('does not make the Soviet Union the supplier of Soviet-era missiles given away today', () => {
    const found = summary(run('Bulgaria still operates Soviet-era S-300 batteries. A decision to give Ukraine S-300 missiles was put on hold last year.'));
    expect(found.some((t) => t.includes('Soviet Union'))).toBe(false);
  });
});

describe('an owner in an opening phrase', () => {
  it('reads "Since Russia\'s full-scale invasion in 2022 it has handed over M113s" with "it" the giver, not Russia', () => {
    expect(summary(run("Lithuania bought trucks. Since Russia's full-scale invasion in February 2022 it has handed over M113 armoured personnel carriers to Ukraine."))).toContain('M113 Lithuania -> Ukraine delivered');
  });
});

describe('platforms the goods are for', () => {
  it('reads neither the destroyers nor the frigates of "for its Hobart-class destroyers and Anzac-class frigates" as goods', () => {
    expect(summary(run("Canberra has ordered Naval Strike Missiles from Norway's Kongsberg for its Hobart-class destroyers and Anzac-class frigates."))).toEqual(['Naval Strike Missile Kongsberg -> Australia ordered']);
  });
});

describe('a deal noun told before, with words between its determiner and it', () => {
  it('gives "The proposed package includes ... Sentinel radars and AMRAAM missiles" the approved sale\'s parties', () => {
    const text = 'The US State Department has approved the possible sale to Kuwait of the NASAMS air defence system. The proposed package includes seven NASAMS fire units with launchers, Sentinel radars and AMRAAM missiles, the embassy said.';
    const found = summary(run(text));
    expect(found).toContain('Sentinel United States -> Kuwait approved');
    expect(found).toContain('AMRAAM United States -> Kuwait approved');
  });

  it('reads "overriding a veto" as no cancellation of the deal', () => {
    const text = 'Bulgaria signed a deal to buy eight F-16 jets from the United States. The State Department cleared the possible sale in June, and parliament ratified the agreements last week, overriding a veto by the president.';
    expect(summary(run(text)).some((t) => t.endsWith('cancelled'))).toBe(false);
  });
});

describe('a headline with two statements joined by "as"', () => {
  it('does not land the howitzers of "Last Rafale jets land in Croatia as Zagreb signs for French howitzers"', () => {
    const text = 'Last Rafale jets land in Croatia as Zagreb signs for French howitzers\n\nZAGREB, Nov 14 (Hina) - Defence Minister Ivan Anusic signed a contract with KNDS France for 18 Caesar howitzers. The French group is expected to deliver the guns from 2027, the ministry said.';
    const found = summary(run(text));
    expect(found).toContain('Caesar KNDS -> Croatia pending');
    expect(found.some((t) => t.startsWith('Caesar') && t.endsWith('delivered'))).toBe(false);
  });
});

describe('a maker named after a head the lexicon lacks', () => {
  it('reads the maker of "four KT-1S turboprop trainer and light attack aircraft made by Korea Aerospace Industries"', () => {
    expect(summary(run('Senegal took delivery in 2021 of four KT-1S turboprop trainer and light attack aircraft made by Korea Aerospace Industries.'))).toEqual(['KT-1 Woongbi Korea Aerospace Industries -> Senegal delivered']);
  });

  it('finds an unknown designation with describing words before its head, and its builder ("two CPV-46 coastal patrol vessels being built by ... COTECMAR")', () => {
    const text = 'SANTO DOMINGO - The Dominican Navy is awaiting two CPV-46 coastal patrol vessels being built by the Colombian state shipyard COTECMAR in Cartagena.';
    expect(summary(run(text))).toEqual(['CPV-46 Cotecmar -> Dominican Republic pending']);
  });
});

describe('a count of "them"', () => {
  it('reads "handed over 14 of them" as part of the system the sentence before named', () => {
    expect(summary(run('Croatia is also replacing its Soviet-designed Mi-8 transport helicopters. Zagreb handed over 14 of them to Ukraine last year.'))).toEqual(['Mi-8 Croatia -> Ukraine delivered']);
  });

  it('does not reach past the sentence before', () => {
    expect(summary(run('Croatia flies Mi-8 transport helicopters. The budget rose. Parliament met. Zagreb handed over 14 of them to Ukraine last year.'))).toEqual([]);
  });
});

describe('a reduced relative past a head the noun phrase did not take', () => {
  it('reads "remain the A-29 Super Tucano light attack planes bought from Brazil\'s Embraer in 2010" as delivered', () => {
    const text = "QUITO - The Ecuadorian Air Force's main combat aircraft remain the A-29 Super Tucano light attack planes bought from Brazil's Embraer in 2010.";
    expect(summary(run(text))).toEqual(['A-29 Super Tucano Embraer -> Ecuador delivered']);
  });
});

describe('a kind of goods among many', () => {
  it('does not take "a series of retired warships Seoul has handed over" for the story\'s one corvette', () => {
    const text = 'SEOUL - The Navy plans to donate a decommissioned Pohang-class corvette to Peru later this year, the latest in a series of retired warships Seoul has handed over to partner navies.';
    expect(summary(run(text))).toEqual(['Pohang-class corvette South Korea -> Peru announced']);
  });
});

describe('a participle set off after the goods that names its party', () => {
  it('reads "its ageing fleet of Panhard AML-90 armoured cars, acquired from France in the 1980s" as a delivery from France', () => {
    expect(summary(run("Senegal's army will retire part of its ageing fleet of Panhard AML-90 armoured cars, acquired from France in the 1980s."))).toEqual(['AML-90 France -> Senegal delivered']);
  });
});

describe('review, session 8: rules held to their cases', () => {
  const one = (text: string) => summary(run(text));
  it('keeps an owner the subject when its act is no hostile one ("After Turkey\'s removal ..., it bought")', () => {
    expect(one("After Turkey's removal from the F-35 programme, it bought 40 F-16 jets from the United States.")).toEqual(['F-16 United States -> Turkey ordered']);
  });

  it('opens no clause at "after Kyiv signed a deal" in the body', () => {
    expect(one('Ukraine will receive 80 Leopard 1 tanks after Kyiv signed a deal with Denmark in February.')).toEqual(['Leopard 1 Denmark -> Ukraine pending']);
  });

  it('does not make counted goods of another kind a platform ("for its destroyers and 12 MH-60R helicopters")', () => {
    expect(one('Australia ordered Naval Strike Missiles for its Hobart-class destroyers and 12 MH-60R helicopters from the United States.')).toContain('MH-60R United States -> Australia ordered');
  });

  it('does not take the maker of other goods joined by "and" ("12 Mi-8 helicopters and some transport planes made by Airbus")', () => {
    expect(one('Ukraine received 12 Mi-8 helicopters and some transport planes made by Airbus last year.').some((t) => t.includes('Airbus'))).toBe(false);
  });

  it('does not take "the last aircraft" for helicopters named in an aside', () => {
    expect(one('Brazil ordered 36 Gripen fighters from Saab in 2014. The air force, which already flies H225M helicopters, expects the last aircraft to be delivered in 2027.')).toEqual(['Gripen Saab -> Brazil pending']);
  });

  it('reads no deal told before in "the navy signed a contract"', () => {
    expect(one('Egypt bought 24 Rafale jets from France in 2015. In 2020 the navy signed a contract for two FREMM frigates.').some((t) => t.startsWith('FREMM'))).toBe(false);
  });

  it('reads no fate in an aside ("A plan to buy 12 Rafale jets from France, shelved in 2019, was revived")', () => {
    expect(one('Argentina is buying 24 F-16 jets from Denmark. A plan to buy 12 Rafale jets from France, shelved in 2019, was revived this week.')).toContain('Rafale France -> Argentina announced');
  });

  it('serves a system after "for its 40" and one joined to it ("spare parts for F-16 and F-5 fighters")', () => {
    expect(one('Chile ordered ammunition for its 40 Leopard 1 tanks from Germany.')).toEqual([]);
    expect(one('Germany will sell spare parts for F-16 and F-5 fighters to Brazil.')).toEqual([]);
  });

  it('keeps the system a relative clause after it says was given ("ammunition for the 52 Gepard tanks that Berlin has given to Ukraine")', () => {
    expect(one('Bern blocked Germany from passing on ammunition for the 52 Gepard anti-aircraft tanks that Berlin has given to Ukraine.')).toContain('Gepard Germany -> Ukraine delivered');
  });

  it('runs no reduced relative past a subordinator ("grounded the JF-17 jets after engine parts bought from Russia failed")', () => {
    expect(one('Nigeria grounded the JF-17 jets after engine parts bought from Russia failed.')).toEqual([]);
  });

  it('takes "all 14 of them" for the system there are fourteen of', () => {
    expect(one('Croatia operated 14 Mi-8 helicopters and 12 Rafale jets. Zagreb handed over all 14 of them to Ukraine.')).toEqual(['Mi-8 Croatia -> Ukraine delivered']);
  });

  it('gives no state that no longer exists as a holder or stated origin ("30 Soviet BMP-1 vehicles")', () => {
    expect(one('Ukraine received 30 Soviet BMP-1 vehicles last year.').some((t) => t.includes('Soviet Union'))).toBe(false);
  });
});

describe('a state that signs with no other party named', () => {
  it('reads "Mozambique has signed for ... Paramount\'s Mbombe 4 armoured personnel carriers" as Mozambique buying from Paramount', () => {
    const text = "Paramount Group delivers more Marauder vehicles to Mozambique. Mozambique has additionally signed for an undisclosed number of Paramount's Mbombe 4 armoured personnel carriers.";
    expect(summary(run(text))).toContain('Mbombe 4 Paramount Group -> Mozambique ordered');
  });
});

describe('a stage a statement leaves open', () => {
  it('reads "though he did not say when they would be shipped" as no word on delivery', () => {
    expect(summary(run('Canberra would also give Papua New Guinea four Bushmaster protected mobility vehicles, though he did not say when they would be shipped.'))).toEqual(['Bushmaster Australia -> Papua New Guinea announced']);
  });

  it('keeps a delivery whose count only is left open ("without saying how many of the jets had been delivered by Russia")', () => {
    expect(summary(run('Ethiopia unveiled Su-30 jets, without saying how many of the jets had been delivered by Russia.'))).toContain('Su-30 Russia -> Ethiopia delivered');
  });
});

describe('relatives whose subject gives', () => {
  it('reads "Mi-17 helicopters, two of which Russia delivered in 2019" with Russia the supplier', () => {
    expect(summary(run('MAPUTO - Mozambique operates a handful of Mi-17 helicopters, two of which Russia delivered in 2019.'))).toContain('Mi-17 Russia -> Mozambique delivered');
  });

  it('gives a relative opened by "from which" its antecedent as supplier, and its pronoun the clause before\'s subject', () => {
    const found = summary(run('Abuja has also turned to China, which has supplied Wing Loong II armed drones to Nigeria, and to Russia, from which Nigeria took delivery of Mi-35M attack helicopters in the 2010s.'));
    expect(found).toContain('Mi-35 Russia -> Nigeria delivered');
    expect(found).toContain('Wing Loong China -> Nigeria delivered');
    expect(summary(run('Tashkent has also turned to China, from which it acquired the FD-2000 long-range air defence system in 2020.'))).toEqual(['FD-2000 China -> Uzbekistan delivered']);
  });
});

describe('goods bought and shown in use by a participle set off after them', () => {
  it('reads "has bought FD-2000 systems from China, first displayed at a military parade in 2016" as delivered', () => {
    expect(summary(run('ASHGABAT - Turkmenistan has bought FD-2000 long-range surface-to-air missile systems from China, first displayed at a military parade in 2016.'))).toEqual(['FD-2000 China -> Turkmenistan delivered']);
  });

  it('keeps a plan a plan ("plans to buy FD-2000 systems from China, to be displayed next year")', () => {
    expect(summary(run('ASHGABAT - Turkmenistan plans to buy FD-2000 surface-to-air missile systems from China, to be displayed at a parade next year.'))).not.toContain('FD-2000 China -> Turkmenistan delivered');
  });
});

describe('an infinitive after "to" is no party\'s preposition', () => {
  it('keeps "to recognise Beijing" from making China the recipient', () => {
    const text = 'TEGUCIGALPA - The Honduran Air Force still relies on a dozen Bell UH-1H utility helicopters, most of which were donated by Taiwan before Honduras broke diplomatic relations with Taipei in 2023 to recognise Beijing.';
    expect(summary(run(text)).some((t) => t.endsWith('China delivered'))).toBe(false);
  });
});

describe('the fate of goods an object relative interrupted', () => {
  it('reads "a planned transfer of three Gazelle helicopters ..., which had been agreed in 2023, was called off" as cancelled', () => {
    expect(summary(run('NDJAMENA - French officials said a planned transfer of three Gazelle helicopters from France to the Chadian air force, which had been agreed in 2023, was called off after the break.'))).toEqual(['Gazelle France -> Chad cancelled']);
  });

  it('reads "The sale was called off" as a cancellation, not a report', () => {
    expect(summary(run('France sold three Gazelle helicopters to Chad. The sale was called off after the break.'))).toEqual(['Gazelle France -> Chad cancelled']);
  });

  it('reads "fields Aksungur drones that it bought from Turkey in 2023" as delivered', () => {
    expect(summary(run("NDJAMENA - Chad's army also fields Aksungur drones that it bought from Turkey in 2023."))).toEqual(['Aksungur Turkey -> Chad delivered']);
  });
});

describe('goods inside a relative aside', () => {
  it('gives "which supplied Georgia with Javelin missiles in 2018" none of the cues after the aside ("had frozen aid")', () => {
    expect(summary(run('TBILISI - The United States, which supplied Georgia with Javelin anti-tank missiles in 2018, had already frozen $95 million in aid over the summer.'))).toEqual(['Javelin United States -> Georgia delivered']);
  });
});

describe('phrases a participle after a comma does not own', () => {
  it('leaves "turned largely to Israel" to its own verb ("..., buying Hermes 450 drones from Elbit Systems")', () => {
    const found = summary(run('TBILISI - Georgia bought trucks. Before that conflict Georgia had turned largely to Israel, buying Hermes 450 reconnaissance drones from Elbit Systems.'));
    expect(found.some((t) => t.startsWith('Hermes 450') && t.includes('-> Israel'))).toBe(false);
  });

  it('reads "Under an earlier agreement Georgia took delivery" with Georgia the subject', () => {
    expect(summary(run('TBILISI - Under an earlier agreement Georgia took delivery in 2018 of Ground Master 200 radars built by French electronics group Thales.'))).toEqual(['Ground Master 200 Thales -> Georgia delivered']);
  });
});

describe('review, session 8 (second): rules held to their cases', () => {
  const one = (text: string) => summary(run(text));
  it('ends a relative opened by "from which" where the sentence goes on, and takes its pronoun for the sentence\'s subject', () => {
    expect(one('Kyiv thanked Germany, from which it has received Leopard 2 tanks, and Poland, which sent T-72 tanks in 2022.')).toEqual(['Leopard 2 Germany -> Ukraine delivered', 'T-72 Poland -> Ukraine delivered']);
    expect(one('Ukraine praised Poland, from which it received T-72 tanks, and Slovakia, from which it received MiG-29 jets.')).toEqual(['T-72 Poland -> Ukraine delivered', 'MiG-29 Slovakia -> Ukraine delivered']);
  });

  it('keeps a maker\'s possessive after "for" out of the recipient\'s place, and a platform a platform', () => {
    expect(one("Paramount Group delivers Marauder vehicles to Mozambique. Mozambique has also signed for Paramount's Mbombe 4 armoured personnel carriers.")).toContain('Mbombe 4 Paramount Group -> Mozambique ordered');
    expect(one("Saudi Arabia ordered missiles for Lockheed Martin's F-15 jets.")).toEqual([]);
  });

  it("reads another's use after a comma as no delivery (\", used by Ukraine against Russian forces\")", () => {
    expect(one('Estonia has bought six HIMARS launchers from the United States, used by Ukraine against Russian forces since 2022.')).toEqual(['HIMARS United States -> Estonia ordered']);
  });

  it('keeps a delivery that "did not say when" presupposes', () => {
    expect(one('The ministry did not say when Russia delivered the S-400 systems to India.')).toEqual(['S-400 Russia -> India delivered']);
  });

  it('reads no ship in "the frigate Fincantieri built for Indonesia"', () => {
    expect(one('Italy delivered the frigate Fincantieri built for Indonesia in 2024.').some((t) => t.startsWith('Fincantieri'))).toBe(false);
  });

  it('reads "from that same Russian exporter Rosoboronexport" as the supplier', () => {
    expect(one('Algeria also bought Su-30 jets from that same Russian exporter Rosoboronexport in 2019.')[0]).toMatch(/^Su-30 Rosoboronexport -> Algeria/);
  });
});

describe('a maker the story names in a sentence of its own', () => {
  it('gives "The 91-metre ship was built by Turkish shipyard Dearsan" as the supplier of the corvette commissioned before', () => {
    const text = 'ASHGABAT - At sea, the Turkmen Naval Forces commissioned the corvette Deniz Han in 2021. The 91-metre ship was built by Turkish shipyard Dearsan.';
    expect(summary(run(text))).toEqual(['Deniz Han Dearsan Shipyard -> Turkmenistan delivered']);
  });
});

describe("a currency's letters", () => {
  it('reads no United States in "financed through a US$23.27 million line of credit from the Government of India"', () => {
    const text = 'GEORGETOWN, Guyana, Feb 20 - The first of two Dornier 228 aircraft bought from India landed at Timehri yesterday. The two aircraft are being financed through a US$23.27 million line of credit from the Government of India.';
    expect(summary(run(text)).some((t) => t.includes('United States'))).toBe(false);
  });
});

describe('goods a package lists with no delivery told', () => {
  it('reads "The package also includes ScanEagle drones ..., without giving a delivery date for the drones" as announced', () => {
    const text = 'TUNIS, Sept 18 (Reuters) - The United States handed over two patrol boats to Tunisia on Wednesday under a security assistance package. The package also includes ScanEagle surveillance drones and ammunition, it said, without giving a delivery date for the drones.';
    expect(summary(run(text))).toContain('ScanEagle United States -> Tunisia announced');
  });
});

describe('a cancelling verb with an object of its own', () => {
  it('moves no transfer along for "to store or scrap the old hulls"', () => {
    const text = 'CANBERRA - Australia ordered 75 Abrams tanks from the United States in 2022. The first were handed over to the army last month. The decision eased a problem for the army, which would otherwise have had to pay to store or scrap the old hulls.';
    expect(summary(run(text))).toEqual(['Abrams United States -> Australia delivered']);
  });

  it('still ends the transfer told before with "the deal was later scrapped" or "cancelled that contract"', () => {
    const text = 'Norway ordered 14 NH90 helicopters from NHIndustries in 2001. The Norwegian government cancelled that contract in 2022.';
    expect(summary(run(text))).toEqual(['NH90 NHIndustries -> Norway cancelled']);
  });
});

describe('denials', () => {
  const one = (text: string) => summary(run(text));

  it('reads no transfer that a party denies making ("denied supplying", "denied it had supplied", "has denied selling")', () => {
    expect(one('Iran denied supplying Shahed drones to Russia.')).toEqual([]);
    expect(one('Seoul denied it had supplied K9 howitzers to Ukraine.')).toEqual([]);
    expect(one('Russia has denied selling S-400 systems to Iran.')).toEqual([]);
  });

  it('reads no transfer in the reports a party denies or rejects ("denied reports that it had sold")', () => {
    expect(one('China denied reports that it had sold Wing Loong drones to Russia.')).toEqual([]);
    expect(one('Turkey has rejected reports that it sold Bayraktar TB2 drones to Ethiopia.')).toEqual([]);
  });

  it('keeps a report no one denies', () => {
    expect(one('Ukrainian officials said reports showed Iran sold Shahed drones to Russia.')).toEqual(['Shahed Iran -> Russia delivered']);
  });

  it('reads no transfer in hearsay its sentence denies or leaves unconfirmed, wherever the denial stands', () => {
    const denied = [
      // the denial before a long noun phrase of hearsay, whose last noun could open a relative
      'The ministry denied reports in several Russian Telegram channels that Kazakhstan was preparing to buy J-10C fighters from China.',
      'The air force dismissed reports circulating on social media that it had signed a contract for J-10C fighters from China.',
      // the denial after the hearsay, or a refusal to confirm it
      'Reports in foreign media that Egypt has ordered J-10C fighters from China have not been confirmed by Cairo.',
      'Rumours that Uzbekistan was close to buying L-15 trainers from China were false, the ministry said.',
      'Officials were asked about reports that China will supply J-35 fighters to Pakistan, but the government has not confirmed any agreement.',
    ];
    for (const text of denied) expect(one(text), text).toEqual([]);
  });

  it('reads no transfer in hearsay a verb tells when a sentence refers to it and disavows it, its own or the next', () => {
    expect(one('Telegram channels claimed last month that Algeria had already received its first Su-57E jets from Russia. Asked about the reports, a ministry official said "no such aircraft" were in Algeria.')).toEqual([]);
    expect(one('Local media reported last week that China had offered to supply armoured vehicles to Honduras, but the minister dismissed the reports.')).toEqual([]);
    expect(one('Reuters reported that Germany had delivered 14 Leopard 2 tanks to Ukraine. Berlin did not comment.')).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('reads no transfer in hearsay a verb tells and an accusation in apposition calls a lie', () => {
    expect(one('A US official claimed that Moscow was preparing to deliver Yak-130 trainers to Managua, an accusation the Nicaraguan government described as "an infamous lie".')).toEqual([]);
  });

  it('keeps hearsay a party confirms', () => {
    expect(one('The minister confirmed reports that Pakistan had approved the export of six Super Mushshak trainers to Zambia.')).toEqual(['Super Mushshak Pakistan -> Zambia approved']);
  });
});

describe("a state body's state as the party", () => {
  const one = (text: string) => summary(run(text));

  it('reads the United States for "The State Department" and "The Pentagon" in a story that names it nowhere else', () => {
    expect(one('The State Department approved the sale of 12 Apache helicopters to Morocco.')).toEqual(['Apache United States -> Morocco approved']);
    expect(one('The Pentagon said it would send Abrams tanks to Ukraine.')).toEqual(['Abrams United States -> Ukraine announced']);
  });
});

describe('wishes, options and talks', () => {
  const one = (text: string) => summary(run(text));

  it('reads no transfer in "has expressed interest in buying", "is considering buying", "may buy", "wants to buy", "is in talks ... to acquire"', () => {
    expect(one('Argentina has expressed interest in buying JF-17 fighters from China.')).toEqual([]);
    expect(one('Iraq is considering buying K9 howitzers from South Korea.')).toEqual([]);
    expect(one('Kazakhstan may buy Su-30SM jets from Russia, officials said.')).toEqual([]);
    expect(one('Saudi Arabia wants to buy F-35 jets from the United States.')).toEqual([]);
    expect(one('Vietnam is in talks with Russia to acquire more Su-30 fighter jets.')).toEqual([]);
  });

  it('keeps a plan, and a deal that "could see" a party acquire the goods', () => {
    expect(one('Poland plans to buy 96 Apache helicopters from the United States.')).toEqual(['Apache United States -> Poland announced']);
    expect(one('Ukraine signed a letter of intent with Sweden that could see Kyiv acquire up to 150 Gripen fighter jets.')).toEqual(['Gripen Sweden -> Ukraine announced']);
  });

  it('lets a wish name the parties of a statement that ends it', () => {
    expect(one('Poland has frozen an export licence for Piorun missiles that Georgia had sought to buy.')).toEqual(['Piorun Poland -> Georgia cancelled']);
  });
});

describe('goods a party uses, given by another', () => {
  const one = (text: string) => summary(run(text));

  it('reads the subject of a use word as the recipient of goods a participle after them has given ("has used ... provided by Britain")', () => {
    expect(one('Ukraine has used Storm Shadow missiles provided by Britain against targets in Crimea.')).toEqual(['Storm Shadow United Kingdom -> Ukraine delivered']);
    expect(one("Ukraine's air force is flying MiG-29 jets donated by Poland and Slovakia.")).toEqual(['MiG-29 Poland -> Ukraine delivered', 'MiG-29 Slovakia -> Ukraine delivered']);
  });

  it('reads no recipient in a hostile act on such goods, or in "the used aircraft"', () => {
    expect(one('Russia destroyed HIMARS launchers supplied by the United States.')).toEqual([]);
    expect(one('Turkey will buy 12 Typhoons from Qatar. The used aircraft, built by a consortium of British firms, are to be handed over next year.')).toEqual(['Typhoon Qatar -> Turkey pending']);
  });
});

describe('an acronym set off by commas inside the goods', () => {
  it('reads "the Terminal High Altitude Area Defense, or THAAD, system, which it bought from the U.S." as the relative\'s goods', () => {
    const text = 'The Emirates was the first foreign customer for the Terminal High Altitude Area Defense, or THAAD, system, which it bought from the U.S. in a deal signed in 2011 and took delivery of in 2015.';
    expect(summary(run(text))).toEqual(['THAAD United States -> United Arab Emirates delivered']);
  });
});

describe('a telling verb and the one told', () => {
  it('reads "it" after "told Washington" as the teller', () => {
    const text = 'In December, the UAE told Washington it would buy 50 F-35 jets from the United States.';
    expect(summary(run(text))).toEqual(['F-35 United States -> United Arab Emirates announced']);
  });

  it('reads a package that suspended talks are "on" as their topic: ended, the buyer no giver of it', () => {
    const text = 'In December, the UAE told Washington it was suspending discussions on the $23 billion package that included 50 F-35 jets. The Emirates was the first foreign customer for the THAAD system, which it bought from the U.S. in 2011.';
    expect(summary(run(text))).toEqual(['F-35 United States -> United Arab Emirates cancelled', 'THAAD United States -> United Arab Emirates delivered']);
  });
});

describe('what is awaited or pressed for', () => {
  const one = (text: string) => summary(run(text));

  it('reads no stage in "is expected to be retired", and keeps "expected to be installed"', () => {
    expect(one('Greece bought the S-300 from Russia in 1997. The S-300 is expected to be retired next year.')).toEqual(['S-300 Russia -> Greece delivered']);
    expect(one('Mongolia signed a contract with Thales for two Ground Master 200 radars, which are expected to be installed by the end of next year.')).toEqual(['Ground Master 200 Thales -> Mongolia pending']);
  });

  it('reads a party "under pressure to send" goods as no claim, even when a later clause names them', () => {
    expect(one('Athens has come under pressure from its allies to send the S-300 systems to Ukraine, but they will stay until the new shield is operational.')).toEqual([]);
  });
});

describe('"it" and "them" as the goods', () => {
  const one = (text: string) => summary(run(text));

  it('passes the goods of the transfer told before on from their holder ("Nicosia handed it over to Greece")', () => {
    const text = 'Cyprus bought the S-300 system from Russia in 1997 and took delivery of it, but after Turkey threatened to strike it, Nicosia handed it over to Greece.';
    expect(one(text)).toEqual(['S-300 Russia -> Cyprus delivered', 'S-300 Cyprus -> Greece delivered']);
  });

  it('reads goods sent on with no giver named as their holder\'s ("Sending them to Ukraine required ...")', () => {
    const text = 'Germany sold the D-30 guns to Finland, and Finland later passed them on to Estonia. Sending them to Ukraine required the consent of Helsinki.';
    // (Finland, which passes the guns on in the same sentence, held them: the sale was delivered.)
    expect(one(text)).toEqual(['D-30 Germany -> Finland delivered', 'D-30 Finland -> Estonia delivered', 'D-30 Estonia -> Ukraine delivered']);
  });

  it('takes the goods named last, told of before or not, and dates a purchase of "them" years back as delivered', () => {
    const text = 'Estonia ordered Caesar howitzers from KNDS in 2024. Estonia has used D-30 guns since buying them from Finland in 2012.';
    expect(one(text)).toEqual(['Caesar KNDS -> Estonia ordered', 'D-30 Finland -> Estonia delivered']);
  });

  it('still reads "it" before more goods as the one given to ("agreed to sell it 30 jets")', () => {
    expect(one('Azerbaijan asked Pakistan for jets, and Pakistan agreed to sell it 30 JF-17 jets.')).toEqual(['JF-17 Pakistan -> Azerbaijan ordered']);
  });
});

describe('a headline semicolon, a recipient before "its", a resisted request', () => {
  const one = (text: string) => summary(run(text));

  it('reads each half of a headline joined by a semicolon on its own', () => {
    const text = 'Latvia and Estonia sign joint IRIS-T deal; Riga to pass Stingers on to Ukraine\n\nRIGA, Nov. 21 (LSM) - Latvia and Estonia signed a contract for IRIS-T SLM systems.';
    expect(one(text).some((t) => t.startsWith('IRIS-T') && t.includes('Ukraine'))).toBe(false);
  });

  it('reads the name between a giving verb and "its" as the recipient ("has sent Ukraine its entire stock")', () => {
    expect(one('Estonia has already sent Ukraine its entire stock of 155mm FH70 towed howitzers.')).toEqual(['FH70 Estonia -> Ukraine delivered']);
  });

  it('reads no transfer in "has resisted repeated requests to give Kyiv its S-300 missiles"', () => {
    expect(one('Athens has resisted repeated requests to give Kyiv its Russian-made S-300 air defence missiles.')).toEqual([]);
  });
});

describe('a firm described by its trade', () => {
  it('reads "with German arms maker Diehl Defence" as the seller, and "arms" there as no goods', () => {
    expect(summary(run('Latvia signed a contract with German arms maker Diehl Defence for IRIS-T SLM systems.'))).toEqual(['IRIS-T SLM Diehl Defence -> Latvia ordered']);
    expect(summary(run('Latvia signed a contract with arms maker Diehl Defence for IRIS-T SLM systems.'))).toEqual(['IRIS-T SLM Diehl Defence -> Latvia ordered']);
  });
});

describe('a clause about something else', () => {
  it('moves no transfer along with "the upgrade kits were also being dropped"', () => {
    const text = 'Norway ordered 14 NH90 helicopters from NHIndustries in 2001. Officials said the upgrade kits were also being dropped.';
    expect(summary(run(text))).toEqual(['NH90 NHIndustries -> Norway delivered']);
  });

  it('moves no transfer along with "the joint Noble Partner exercise was postponed", a subject a name describes', () => {
    const text = 'Georgia bought Ground Master 200 radars from Thales in 2018. The United States suspended assistance in July 2024, and the joint Noble Partner exercise was postponed indefinitely.';
    expect(summary(run(text))).toEqual(['Ground Master 200 Thales -> Georgia delivered']);
  });

  it('moves no transfer along with "several joint exercises have been cancelled", a subject a quantifier opens', () => {
    const text = 'Georgia operated Hermes 450 drones purchased from Elbit Systems before the 2008 war. Relations with Washington have cooled, and several joint exercises have been cancelled.';
    expect(summary(run(text))).toEqual(['Hermes 450 Elbit Systems -> Georgia delivered']);
  });

  it('still ends it with "the deal was later scrapped"', () => {
    const text = 'Norway ordered 14 NH90 helicopters from NHIndustries in 2001. The deal was later scrapped.';
    expect(summary(run(text))).toEqual(['NH90 NHIndustries -> Norway cancelled']);
  });
});

describe('goods sent to parties no one names', () => {
  const one = (text: string) => summary(run(text));

  it('reads "has exported the TB2 to more than two dozen countries" as no claim and as moving no claim along', () => {
    const text = 'Kuwait has signed a contract with Turkish defence company Baykar for Bayraktar TB2 drones. Baykar has exported the TB2 to more than two dozen countries.';
    expect(one(text)).toEqual(['Bayraktar TB2 Baykar -> Kuwait ordered']);
  });

  it('still lets it say who sells the system to those the story names later', () => {
    const text = 'Baykar has exported its TB2 to more than 30 countries. Croatia and Kosovo took delivery of the drones last year.';
    expect(one(text).sort()).toEqual(['Bayraktar TB2 Baykar -> Croatia delivered', 'Bayraktar TB2 Baykar -> Kosovo delivered']);
  });
});

describe("the first review's sentences", () => {
  const one = (text: string) => summary(run(text));

  it('reads no wish in a fronted phrase set off by a comma, a noun that does not lead on to the verb, or "May" the month', () => {
    expect(one('Despite pressure from Washington, Turkey took delivery of the S-400 from Russia.')).toEqual(['S-400 Russia -> Turkey delivered']);
    expect(one('After years of talks, Morocco took delivery of its first Apache helicopters from the United States.')).toEqual(['Apache United States -> Morocco delivered']);
    expect(one('In May the United States gave Ukraine 31 Abrams tanks.')).toEqual(['Abrams United States -> Ukraine delivered']);
    expect(one('Egypt, which had sought the jets for years, took delivery of 30 Rafale jets from France.')).toEqual(['Rafale France -> Egypt delivered']);
  });

  it('reads "it" after a contrast as the first clause\'s subject ("denied supplying ... but admitted it had sent")', () => {
    expect(one('Iran denied supplying drones to Russia but admitted it had sent Shahed drones to Moscow.')).toEqual(['Shahed Iran -> Russia delivered']);
  });

  it('keeps a state\'s sale when a firm delivers or builds "them"', () => {
    expect(one('India ordered 26 Rafale-M jets from France, and Dassault will deliver them by 2029.')).toEqual(['Rafale France -> India ordered']);
    expect(one('The State Department approved the sale of 36 F-15 jets to Qatar, and Boeing will build them in St. Louis.')).toEqual(['F-15 United States -> Qatar approved']);
  });

  it('reads no country in "a Korean War memorial"', () => {
    expect(one('Poland, which has ordered 1,000 K2 tanks from South Korea, sent a delegation to a Korean War memorial.')).toEqual(['K2 South Korea -> Poland ordered']);
  });

  it('reads no use of goods a participle after other nouns gives ("depots supplied by North Korea")', () => {
    expect(one('Ukraine has used HIMARS launchers to destroy ammunition depots supplied by North Korea.')).toEqual([]);
  });

  it('takes "the system" a seller named after it makes, over one counted before', () => {
    const text = 'Washington supplied Greece with some 1,200 M1117 armoured vehicles. Greece still operates the S-300 batteries stationed on Crete. Cyprus bought the system from Russia in 1997.';
    expect(one(text)).toContain('S-300 Russia -> Cyprus delivered');
    expect(one('Poland ordered 48 Patriot launchers from the United States in 2023. The country still operates Soviet-era S-125 batteries. Warsaw will receive the system in 2025.')).toEqual(['Patriot United States -> Poland pending']);
  });

  it('takes "the jets" a giver of a passive after it makes, a Soviet design as Russia\'s ("Six of the jets were donated by Russia")', () => {
    const text = 'BELGRADE, May 2 (Politika) - Serbia ordered 12 Rafale jets from France in 2024. The jets are built by Dassault. Until the Rafales arrive, the Air Force will rely on its Soviet-designed MiG-29 fighters. Six of the jets were donated by Russia in 2017.';
    expect(one(text)).toEqual(['Rafale France -> Serbia pending', 'MiG-29 Russia -> Serbia delivered']);
  });
});

describe('a firm named with its country, and the platform goods are for', () => {
  const one = (text: string) => summary(run(text));
  it('takes the firm, with words describing it between its country and its name', () => {
    expect(one("Bangladesh's army took delivery of TRG-300 rocket launchers from Turkey's state-owned Roketsan.")).toEqual(['TRG-300 Roketsan -> Bangladesh delivered']);
  });

  it('reads no party in a force that flies the platform the goods are for, but a state there receives', () => {
    expect(one("TOKYO, Dec 5, 2024 (Reuters) - The Defense Ministry has ordered Joint Strike Missiles from Norway's Kongsberg for the ASDF's F-35A fighters.")).toEqual(['Joint Strike Missile Kongsberg -> Japan ordered']);
    expect(one("The package includes 20 M113 armored personnel carriers and more rockets for Ukraine's High Mobility Artillery Rocket Systems, a U.S. official said.")).toEqual(['M113 United States -> Ukraine announced']);
  });
});

describe('a state named by its kind, and gifts that are no goods', () => {
  const one = (text: string) => summary(run(text));
  it('reads "the kingdom" as the latest monarchy named, not the latest state', () => {
    const text = 'WASHINGTON (AP) - The State Department approved the sale of 3,000 APKWS rockets to Saudi Arabia. The United States froze some sales in 2021. The kingdom has bought Wing Loong II drones from China.';
    expect(one(text)).toContain('Wing Loong China -> Saudi Arabia ordered');
    expect(one('Germany sold Eurofighter jets to Oman. The sultanate also bought K9 howitzers from South Korea.')).toContain('K9 South Korea -> Oman ordered');
  });

  it('reads "the Kingdom" as the monarchy named most, not one named once as a firm\'s home', () => {
    const text = "RIYADH, Feb 6 (SPA) -- Saudi Arabia signed deals. The Royal Saudi Air Force received 72 Eurofighter Typhoon fighters from Britain's BAE Systems. Officials in Berlin said they would no longer block more sales.\n\nThe Kingdom also operates Chinese-made Wing Loong II armed drones, which it bought from China in 2017.";
    expect(one(text)).toContain('Wing Loong China -> Saudi Arabia delivered');
  });

  it('reads no transfer in a giving verb whose object is an ability or a means', () => {
    expect(one('The deal gives Japan the capability to hit launch sites with Tomahawk missiles.')).toEqual([]);
    expect(one('Washington provided Kyiv with a means to strike back, officials said of the HIMARS launchers.')).toEqual([]);
    expect(one('Washington provided Kyiv with HIMARS launchers.')).toEqual(['HIMARS United States -> Ukraine delivered']);
    // (describing words between the determiner and the abstract noun)
    expect(one("The new jets would give Azerbaijan a clear edge over Armenia's small fleet of Su-30SM fighters.")).toEqual([]);
    expect(one('Germany will give Ukraine a new batch of Leopard 2 tanks.')).toEqual(['Leopard 2 Germany -> Ukraine announced']);
  });
});

describe('goods passed on: the leg a relative inside the goods tells', () => {
  const one = (text: string) => summary(run(text));
  it('reads the relative\'s party as the first leg, and the giver as the clause\'s supplier', () => {
    expect(one('Poland has handed over to Ukraine the remaining MiG-29 fighters it had received from Germany.')).toEqual(['MiG-29 Germany -> Poland delivered', 'MiG-29 Poland -> Ukraine delivered']);
    expect(one('In 2020 India handed INS Sindhuvir, a Kilo-class submarine acquired from the Soviet Union in 1988, to the Myanmar navy.')).toEqual(['Kilo-class submarine Soviet Union -> India delivered', 'Kilo-class submarine India -> Myanmar delivered']);
    expect(one('Jordan has given Pakistan four AH-1F Cobra attack helicopters originally supplied by the United States.')).toEqual(['AH-1 Cobra United States -> Jordan delivered', 'AH-1 Cobra Jordan -> Pakistan delivered']);
    expect(one('Latvia sent 22 M109 howitzers, which it had bought from the United States, to Ukraine.')).toEqual(['M109 United States -> Latvia delivered', 'M109 Latvia -> Ukraine delivered']);
  });

  it('reads the relative after a head noun and its comma, and after goods listed with others', () => {
    expect(one('Greece handed over a refurbished Kilo-class boat, originally bought from Germany in 1988, to Chile in 2020.')).toEqual(['Kilo-class Germany -> Greece delivered', 'Kilo-class Greece -> Chile delivered']);
    expect(one('Portugal has sent Kyiv six Hawk launchers and 14 M113 personnel carriers, both types originally bought from the United States.')).toEqual(['M113 United States -> Portugal delivered', 'HAWK Portugal -> Ukraine delivered', 'M113 Portugal -> Ukraine delivered']);
  });

  it('lends a later "the sale" no party of the first leg', () => {
    const text = 'Chile bought Mistral missiles from France in 2010. Greece handed over to Chile a Kilo-class submarine originally bought from Germany. France suspended the sale of Exocet missiles in 2017.';
    expect(one(text)).toContain('Exocet France -> Chile cancelled');
  });

  it('passes goods on from whoever received them in a relative the clause resumes after', () => {
    expect(one('The M113 armoured carriers, which Lithuania received from Germany, have been handed to Ukraine.')).toEqual(['M113 Germany -> Lithuania delivered', 'M113 Lithuania -> Ukraine delivered']);
  });

  it('reads one transfer where the relative tells the same one', () => {
    expect(one('Egypt received Rafale jets ordered from France in 2015.')).toEqual(['Rafale France -> Egypt delivered']);
    expect(one('Six M142 HIMARS launchers, ordered from the United States in 2023, will be delivered to Latvia in 2027.')).toEqual(['HIMARS United States -> Latvia pending']);
    expect(one('Ukraine has received SCALP cruise missiles sent by France.')).toEqual(['SCALP France -> Ukraine delivered']);
  });
});

describe('an opening absolute phrase', () => {
  const one = (text: string) => summary(run(text));
  it('keeps the goods of an opening "With ..." phrase out of the main clause', () => {
    expect(one('With the Black Hawks now in service, Latvia has given Ukraine its four Mi-17 helicopters.')).toEqual(['Mi-17 Latvia -> Ukraine delivered']);
    expect(one('With the contract for Leopard 2A8 tanks signed, the Czech Republic will give its remaining T-72 tanks to Ukraine.')).toEqual(['T-72 Czech Republic -> Ukraine announced']);
  });
});

describe('arms described first and named in the next sentence', () => {
  const one = (text: string) => summary(run(text));
  it('names unnamed arms after the system of their kind that opens the next sentence', () => {
    expect(one('The United States approved the sale of 250 main battle tanks to Poland in February 2022. The M1A2 SEPv3 Abrams will replace Soviet-designed T-72s in eastern brigades.')).toEqual(['Abrams United States -> Poland approved']);
  });

  it('does not name them after a system of another kind', () => {
    expect(one('The United States approved the sale of 250 main battle tanks to Poland in February 2022. The F-35 jets will follow later.')).not.toContain('F-35 United States -> Poland approved');
  });
});

describe('part of the goods named before, pledges and a state\'s own body', () => {
  const one = (text: string) => summary(run(text));
  it('moves part of the goods named last from their holder ("Eight of them were handed to Ukraine")', () => {
    expect(one('The Swedish army has 48 Archer self-propelled howitzers. Eight of them were handed to Ukraine in early 2023.')).toEqual(['Archer Sweden -> Ukraine delivered']);
    expect(one('Portugal bought 37 Leopard 2A6 tanks from the Netherlands in 2008. Three of them were sent to Ukraine in 2023.')).toContain('Leopard 2 Portugal -> Ukraine delivered');
    expect(one('Pakistan has kept its Mirage III fleet flying for decades. Dozens of them were bought second-hand from Australia in the 1990s.')).toEqual(['Mirage III Australia -> Pakistan ordered']);
  });

  it('reads no part of goods in a gerund, nor "them" after a system named as a type', () => {
    expect(one('Bulgaria still keeps hundreds of S-300 missiles from Soviet times. Sending some of them to Ukraine remains under discussion.')).toEqual([]);
    expect(one('The United States has trained a dozen Ukrainian pilots to fly the F-16. Four of them have already been sent back to Ukraine.')).toEqual([]);
  });

  it('reads "will be donated" as a pledge, and a state\'s own body after its possessive as the state', () => {
    expect(one('Colombia will donate four UH-1H helicopters to Panama\'s National Aeronautical Service.')).toEqual(['UH-1 Huey Colombia -> Panama announced']);
    expect(one('Ten Panhard AML-90 armoured cars will be donated to Gambia by Senegal.')).toEqual(['AML-90 Senegal -> Gambia announced']);
  });
});

describe('a wish given up', () => {
  const one = (text: string) => summary(run(text));
  it('reads a plan only considered, then dropped, as cancelled', () => {
    expect(one('Colombia had for years considered buying second-hand F-16 fighters from the United States but dropped the plan in 2023, officials said.')).toEqual(['F-16 United States -> Colombia cancelled']);
  });

  it('keeps a wish still alive no claim', () => {
    expect(one('Peru is considering buying Gripen jets from Sweden. The defence minister said the decision would come next year.')).toEqual([]);
  });
});

describe('a headline\'s second statement, and "the kingdom" that is still the subject', () => {
  const one = (text: string) => summary(run(text));
  it('reads a headline\'s "as" before a subject and a verb of its own as a statement of its own', () => {
    expect(one('Taiwan receives first Altius drones from US as Stinger deliveries slip again\n\nTaiwan has received the first batch of Altius-600M drones from the United States.')).toEqual(['Altius-600 United States -> Taiwan delivered']);
    expect(one('Germany sends Leopard tanks to Ukraine as part of new aid package\n\nGermany has sent 14 Leopard 2 tanks to Ukraine.')).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });

  it('keeps the subject "the kingdom" stands for when it is a monarchy', () => {
    expect(one('Jordan bought 12 F-16 jets from the Netherlands in 2018. The kingdom has since ordered 12 F-16 Block 70 jets from the United States.')).toContain('F-16 United States -> Jordan ordered');
    expect(one('Saudi Arabia ordered 48 Typhoon jets from Britain. The kingdom is also buying THAAD batteries from the United States.')).toContain('THAAD United States -> Saudi Arabia ordered');
  });
});

describe('stages: modals, names, partial deliveries and decisions in principle', () => {
  const one = (text: string) => summary(run(text));
  it('reads "can be delivered" as a possibility, and a capitalised "Plan" inside a name as no modal', () => {
    expect(one('Poland said the Piorun missiles can be delivered to Sweden quickly.')).toEqual(['Piorun Poland -> Sweden announced']);
    expect(one('Colombia has received UH-60 Black Hawk helicopters from the United States under Plan Colombia, and a further batch arrived last year.')).toEqual(['UH-60 Black Hawk United States -> Colombia delivered']);
    // (a title-case headline's modal is still one)
    expect(one('Poland Will Buy 180 K2 Tanks From South Korea\n\nWARSAW (Reuters) - Poland has received K9 howitzers from South Korea.')).toContain('K2 South Korea -> Poland announced');
  });

  it('keeps a delivery begun as delivered when the rest is dated after the story', () => {
    expect(one('South Korea has received 13 of the 40 F-35A jets it ordered from Lockheed Martin, with the rest due by 2025.')).toEqual(['F-35 Lockheed Martin -> South Korea delivered']);
    expect(one('Greece bought 24 Rafale jets from France; they will be delivered in 2025.')).toEqual(['Rafale France -> Greece pending']);
  });

  it('reads "deliveries ... had slipped" as still awaited', () => {
    expect(one('Deliveries of the Stinger missiles Taiwan ordered from the United States in 2019 have slipped.')).toEqual(['Stinger United States -> Taiwan pending']);
  });

  it('reads a decision in principle as announced', () => {
    expect(one('France has agreed in principle to sell Armenia Mistral missiles.')).toEqual(['Mistral France -> Armenia announced']);
    expect(one('France has agreed to sell Armenia Mistral missiles.')).toEqual(['Mistral France -> Armenia ordered']);
  });
});

describe('a participle of giving after a verb of aid', () => {
  const one = (text: string) => summary(run(text));
  it('gives to the one the verb of aid governs', () => {
    expect(one('Prague was among the first to arm Kyiv in 2022, sending dozens of T-72 tanks from army stocks.')).toEqual(['T-72 Czech Republic -> Ukraine delivered']);
    expect(one('Poland has backed Ukraine since 2022, sending 200 T-72 tanks.')).toEqual(['T-72 Poland -> Ukraine delivered']);
  });

  it('leaves a participle of buying to its subject', () => {
    expect(one('Poland has backed Ukraine since 2022, buying 200 K2 tanks from South Korea.')).toEqual(['K2 South Korea -> Poland ordered']);
  });
});

describe('a firm named after a description of who owns it or where it is based', () => {
  const one = (text: string) => summary(run(text));
  it('reads a firm after a hyphenated or owning description as the supplier', () => {
    expect(one('Qatar ordered 12 TB2 drones from state-owned Baykar.')).toEqual(['Bayraktar TB2 Baykar -> Qatar ordered']);
    expect(one('Ecuador bought seven Dhruv helicopters from government-run Hindustan Aeronautics.')).toEqual(['Dhruv Hindustan Aeronautics -> Ecuador ordered']);
    expect(one('Peru bought Hermes drones from privately held Elbit Systems.')).toEqual(['Hermes Elbit Systems -> Peru ordered']);
  });

  it('reads a country adjective and a place before the description as no party', () => {
    expect(one('Qatar ordered 12 TB2 drones from Turkish state-owned Baykar.')).toEqual(['Bayraktar TB2 Baykar -> Qatar ordered']);
    expect(one('Estonia ordered K9 howitzers from South Korean state-backed Hanwha Aerospace.')).toEqual(['K9 Hanwha Aerospace -> Estonia ordered']);
    expect(one('Latvia bought Stugna missiles from Kyiv-based Ukroboronprom.')).toEqual(['Stugna Ukrainian Defense Industry -> Latvia ordered']);
  });

  it('prefers the firm after "from" to the possessor of the goods', () => {
    expect(one('Morocco signed a deal to buy Israel\'s Spyder air defence system from state-owned Rafael Advanced Defense Systems.')).toEqual(['SPYDER Rafael Advanced Defense Systems -> Morocco ordered']);
  });
});

describe('relatives and reduced relatives after the goods', () => {
  const one = (text: string) => summary(run(text));
  it('reads no party in a relative on the goods that tells no transfer of its own', () => {
    expect(one('Egypt sent four Rafale jets, which it assembles with France at a plant in Cairo, to Libya last year.')).toEqual(['Rafale Egypt -> Libya delivered']);
    expect(one('Turkey delivered Bayraktar TB2 drones, which it jointly develops with Ukraine, to Poland.')).toEqual(['Bayraktar TB2 Turkey -> Poland delivered']);
  });

  it('keeps the parties of a relative that tells a transfer of its own', () => {
    expect(one('Nigeria received Mi-35 helicopters, which were delivered by Russia in 2017.')).toEqual(['Mi-35 Russia -> Nigeria delivered']);
  });

  it('gives goods each followed by a participle of their own the stage of their own phrase', () => {
    expect(one('Romania has bought HIMARS launchers supplied by the United States and Piranha vehicles ordered from GDELS in 2018 and due to be delivered next year.')).toEqual([
      'HIMARS United States -> Romania delivered',
      'Piranha GDELS -> Romania pending',
    ]);
    expect(one('Kuwait has built up its air defences, including Patriot batteries supplied by the United States and NASAMS systems ordered from Kongsberg in 2020 and due to be delivered this year.')).toEqual([
      'Patriot United States -> Kuwait delivered',
      'NASAMS Kongsberg -> Kuwait pending',
    ]);
  });

  it('keeps a later statement after a relative with a subject of its own apart from the goods', () => {
    expect(one('Chile has received the first four of ten Leopard tanks it bought from Germany, and expects to take delivery of 12 F-16 jets after years of delays.')).toContain('Leopard Germany -> Chile delivered');
  });
});

describe('a part of the goods named by a unit noun', () => {
  const one = (text: string) => summary(run(text));
  it('moves the transfer told before when "the first units" are awaited', () => {
    expect(one('The UAE has signed a deal to buy the Spyder system from Rafael Advanced Defense Systems. A source said the first units were expected within a year.')).toEqual(['SPYDER Rafael Advanced Defense Systems -> United Arab Emirates pending']);
  });

  it('leaves it where the clause opens with no part of goods', () => {
    expect(one('The UAE has signed a deal to buy the Spyder system from Rafael Advanced Defense Systems. A source said the decision was expected within a year.')).toEqual(['SPYDER Rafael Advanced Defense Systems -> United Arab Emirates ordered']);
  });
});

describe('a pronoun after a model named by its maker', () => {
  it('does not stand for the maker whose name opens the model\'s', () => {
    expect(summary(run('Latvia also flies Patria 6x6 vehicles that it bought from Finland in 2021.'))).toEqual(['Patria 6x6 Finland -> Latvia delivered']);
  });
});

describe('supposed deals and the contents of an aid package', () => {
  const one = (text: string) => summary(run(text));
  it('moves no transfer along by a supposed deal noun or a gerund that is a subject', () => {
    expect(one('Peru has decided in principle to buy 12 Gripen fighter jets from Saab. Analysts warn that a Gripen deal would add another aircraft type to the air force. "Buying the jet is the easy part," one analyst said.')).toEqual(['Gripen Saab -> Peru announced']);
    expect(one('Egypt has decided in principle to buy 20 Su-35 jets from Russia. Critics say such a purchase could expose Cairo to US sanctions.')).toEqual(['Su-35 Russia -> Egypt announced']);
  });

  it('gives what "It includes" lists after an aid package the package\'s stage, and keeps earlier packages delivered', () => {
    const text = 'Sweden orders more drones\n\nSTOCKHOLM (TT) - Sweden unveiled its 16th military aid package for Ukraine on Wednesday. It includes two ASC 890 airborne early warning aircraft as well as AMRAAM missiles. Earlier packages sent Ukraine 50 CV90 vehicles.';
    expect(one(text)).toEqual(['ASC 890 Sweden -> Ukraine announced', 'AMRAAM Sweden -> Ukraine announced', 'CV90 Sweden -> Ukraine delivered']);
  });

  it('lends a package with a numbered aid noun its parties for "The package includes ..."', () => {
    expect(one('Norway approved its 12th military aid package for Ukraine. The package includes 20 M113 armoured personnel carriers.')).toEqual(['M113 Norway -> Ukraine announced']);
  });
});

describe('part of a system named before, by its kind noun; a unit noun of a named system', () => {
  it('reads "Eight of the radars were delivered" as part of the radars named before, from their maker', () => {
    const text = 'The launchers work with ELM-2084 radars made by Elta Systems. Eight of the radars were delivered to the Czech Republic in 2021.';
    expect(summary(run(text))).toEqual(['EL/M-2084 Elta Systems -> Czech Republic delivered']);
  });

  it('moves "Two of the frigates" from their holder, and takes no system of another kind for "Two of the tanks"', () => {
    expect(summary(run('Algeria ordered six MEKO A-200 frigates from Germany. Two of the frigates were handed to Egypt.'))).toEqual(['MEKO Germany -> Algeria ordered', 'MEKO Algeria -> Egypt delivered']);
    expect(summary(run('Algeria ordered six MEKO A-200 frigates from Germany. Two of the frigates arrived in 2020.'))).toEqual(['MEKO Germany -> Algeria delivered']);
    expect(summary(run('Algeria ordered six MEKO A-200 frigates from Germany. Two of the tanks were handed to Egypt.'))).toEqual(['MEKO Germany -> Algeria ordered']);
  });

  it('gives each recipient a clause names its part ("Poland and Romania ordered 24 of the howitzers between them")', () => {
    const text = 'Poland received 48 K9 howitzers from South Korea. Poland and Romania ordered 24 of the howitzers between them from Hanwha.';
    expect(summary(run(text)).sort()).toEqual(['K9 Hanwha Aerospace -> Poland ordered', 'K9 Hanwha Aerospace -> Romania ordered', 'K9 South Korea -> Poland delivered']);
  });

  it('reads "the first batteries of the BrahMos" as the BrahMos, not as the batteries named before', () => {
    const text = 'Russia delivered S-400 batteries to India. The Philippines received the first batteries of the BrahMos cruise missile from India last year.';
    expect(summary(run(text))).toEqual(['S-400 Russia -> India delivered', 'BrahMos India -> Philippines delivered']);
    expect(summary(run('Germany sent Patriot batteries to Ukraine. The Netherlands delivered two batteries of the NASAMS system to Ukraine.'))).toEqual(['Patriot Germany -> Ukraine delivered', 'NASAMS Netherlands -> Ukraine delivered']);
  });
});

describe('units of a system told in a subordinate or relative clause ("fire units", ", whose first batteries")', () => {
  it('reads "Patriot fire units" as the Patriot, delivered once they became operational', () => {
    const text = "Norway's air defence grew in 2020, when the first of three Patriot fire units bought from the United States became operational.";
    expect(summary(run(text))).toEqual(['Patriot United States -> Norway delivered']);
  });

  it('gives the units a "whose" relative counts to the owner of the system before ("Romania\'s version of the Patriot")', () => {
    const text = "Romania's version of the U.S. Patriot, whose first battery was delivered by the United States in 2020, is operational.";
    expect(summary(run(text))).toEqual(['Patriot United States -> Romania delivered']);
  });
});

describe('"turned to <seller> for <goods>" names the seller and the goods of a purchase', () => {
  it('reads "turned to Israel for 12 Spyder launchers" as a purchase from Israel, delivered by "the last of which arrived"', () => {
    expect(summary(run('Chile turned to Israel for 12 Spyder launchers, the last of which arrived in 2021.'))).toEqual(['SPYDER Israel -> Chile delivered']);
    expect(summary(run('Ghana turned to Embraer for five Super Tucano aircraft.'))).toEqual(['Super Tucano Embraer -> Ghana ordered']);
  });

  it('ends a headline\'s clause at "After" + a gerund ("After Pausing F-16 Talks" is no purchase from Israel)', () => {
    const text = 'Chile Turns to Israel for Air Defence After Pausing F-16 Talks\n\nSANTIAGO, May 3 (Reuters) - Chile signed a deal on Monday.';
    expect(summary(run(text)).filter((s) => s.startsWith('F-16'))).toEqual([]);
  });

  it('takes no purchase from "turned to" without "for"', () => {
    expect(summary(run('Chile has also turned to Israel as ties with Washington cooled. It operates F-16 fighters.')).filter((s) => s.includes('Israel'))).toEqual([]);
  });
});

describe('talks a cancelling verb ends stand for the deal talked of', () => {
  it('reads "suspended talks with <seller> on <goods>" and "froze talks on buying <goods>" as cancelled', () => {
    expect(summary(run('Qatar suspended talks with Paris on 24 more Rafale jets in 2019.'))).toEqual(['Rafale France -> Qatar cancelled']);
    expect(summary(run('Indonesia froze talks on buying 11 Su-35 fighters from Russia.'))).toEqual(['Su-35 Russia -> Indonesia cancelled']);
  });

  it('still takes talks no cancelling verb ends as no deal', () => {
    expect(summary(run('Egypt held talks with Moscow on buying Su-35 fighters.'))).toEqual([]);
  });

  it('takes a deal noun that is the topic of talks as no deal ("negotiations ... on the purchase of")', () => {
    const text = 'Taiwan donated two UH-1H helicopters to Paraguay on Tuesday. The minister said negotiations with Embraer on the purchase of A-29 Super Tucano aircraft were continuing.';
    expect(summary(run(text)).filter((s) => s.startsWith('A-29'))).toEqual([]);
  });
});

describe('goods listed on after an object relative', () => {
  it('gives "as well as <goods>" the transfer of the clause the relative interrupted', () => {
    const text = 'Estonia has given Ukraine all of its FH70 howitzers, which it had bought from Finland in 2009, as well as Javelin missiles.';
    expect(summary(run(text))).toContain('Javelin Estonia -> Ukraine delivered');
  });

  it('takes no clause break at a participle that opens a weapon noun phrase ("and BRDM-2 armoured ...")', () => {
    const text = 'Russia supplied Serbia with T-72 tanks, which arrived in 2021, and BRDM-2 armoured reconnaissance vehicles.';
    expect(summary(run(text))).toContain('BRDM-2 Russia -> Serbia delivered');
  });
});

describe('who blocks a sale is never its buyer', () => {
  it('leaves "Washington" no party of "blocked the sale of ... from the Czech Republic"; the story\'s buyer takes it', () => {
    expect(summary(run('Washington blocked the sale of six L-159 light combat jets from the Czech Republic.'))).toEqual([]);
    const text = 'Bolivia buys Chinese jets\n\nLA PAZ, May 3 (EFE) - Bolivia bought six K-8 jets from China in 2009. That year Washington blocked the sale of six L-159 light combat jets from the Czech Republic.';
    expect(summary(run(text))).toContain('L-159 Czech Republic -> Bolivia cancelled');
  });

  it('still makes a blocking seller the supplier', () => {
    expect(summary(run('Germany blocked the sale of 48 Eurofighter jets to Saudi Arabia.'))).toEqual(['Eurofighter Germany -> Saudi Arabia cancelled']);
  });
});

describe('words that join a place to a party are no party prepositions', () => {
  it('takes no recipient from "linked to" after an arrival', () => {
    const text = 'Senegal has received the first three of six Bayraktar TB2 drones ordered from Baykar. The drones, which arrived at the airport last week, will monitor the border with Mali, where groups linked to al-Qaeda have stepped up attacks.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Senegal delivered']);
  });
});

describe('a force a possessive pronoun names', () => {
  it('gives "Its army received ..." to the state the story spoke of before, not to the supplier', () => {
    expect(summary(run('Iraq is weighing a purchase of Rafale jets. Its army received 73 T-90S tanks from Russia in 2018.'))).toContain('T-90 Russia -> Iraq delivered');
  });
});

describe('a purchase told in the past perfect', () => {
  it('has long been delivered ("had bought ... from Ukraine" with no date)', () => {
    expect(summary(run('Before the conflict Georgia had bought Buk-M1 air defense systems from Ukraine.'))).toEqual(['Buk Ukraine -> Georgia delivered']);
  });

  it('leaves a simple past purchase ordered', () => {
    expect(summary(run('Georgia bought Buk-M1 air defense systems from Ukraine.'))).toEqual(['Buk Ukraine -> Georgia ordered']);
  });
});

describe('goods bought long ago that a clause retires or replaces', () => {
  it('reads an object relative opened by "it" with a word before its "from"', () => {
    expect(summary(run('Poland will retire the 140 Leopard 2A4 tanks it bought second-hand from Germany in 2002.'))).toEqual(['Leopard 2 Germany -> Poland delivered']);
  });

  it('keeps replaced goods that a buying participle after a comma transfers, with the subject as buyer', () => {
    expect(summary(run('Poland will replace the LAR-160 systems, bought from Israel in the 1990s.'))).toEqual(['LAR-160 Israel -> Poland delivered']);
  });

  it('still sets aside replaced goods with no relative of their own', () => {
    expect(summary(run('Poland will buy K239 launchers from South Korea to replace its LAR-160 systems.'))).toEqual(['K239 South Korea -> Poland announced']);
  });

  it('does not save a loser offered by a seller', () => {
    expect(summary(run('Finland chose the F-35. The Super Hornet lost out along with the Eurofighter Typhoon offered by Britain.'))).not.toContain('Eurofighter Typhoon United Kingdom -> Finland announced');
  });
});

describe('a force named only by generic words', () => {
  it('is the dateline state\'s, with words joined by a hyphen ("Air Defence-Air Force"), under a Vietnamese spelling of the capital', () => {
    const text = 'Yak-130 trainers arrive\n\nHÀ NỘI (VNA) — The Air Defence-Air Force on Friday received the last four of 12 Yak-130 trainers from Russia.';
    expect(summary(run(text))).toEqual(['Yak-130 Russia -> Vietnam delivered']);
  });
});

describe('a participle that measures a deal', () => {
  it('does not cut the goods of a package "estimated at" a sum off the approval before it', () => {
    const text = 'The State Department approved the sale of 12 AH-1Z helicopters to Bahrain in a package estimated at $911 million that also included Hellfire missiles.';
    expect(summary(run(text))).toEqual(['AH-1 Cobra United States -> Bahrain approved', 'Hellfire United States -> Bahrain approved']);
  });
});

describe('a reduced relative after a list of goods', () => {
  it('is about each of them, whatever follows the participle', () => {
    expect(summary(run('Iran still relies on US-made F-14 Tomcat and F-4 Phantom jets bought before the 1979 revolution.'))).toEqual(['F-14 Tomcat United States -> Iran delivered', 'F-4 Phantom United States -> Iran delivered']);
  });

  it('leaves goods of an origin of their own out of the party it names', () => {
    const found = summary(run('Bangladesh flies Chinese-built F-7 fighters and eight MiG-29s bought from Russia in 1999.'));
    expect(found).toContain('MiG-29 Russia -> Bangladesh delivered');
    expect(found.some((t) => t.startsWith('F-7 Russia'))).toBe(false);
  });
});

describe("a country's people as a party", () => {
  it('stand for the country ("bought from the Americans")', () => {
    expect(summary(run('The United States is an ally. Montenegro flies Bell 505 helicopters it bought from the Americans in 2020.'))).toEqual(['Bell 505 United States -> Montenegro delivered']);
  });
});

describe('a National Guard named with no country', () => {
  it("is the dateline state's, not the United States'", () => {
    const text = 'Cyprus air defence\n\nNICOSIA, May 3 (Reuters) - Last year the National Guard took delivery of the Barak MX air defence system from Israel Aerospace Industries.';
    expect(summary(run(text))).toEqual(['Barak MX Israel Aerospace Industries -> Cyprus delivered']);
  });
});

describe('talks ended or broken off', () => {
  it('cancel the deal they were on', () => {
    expect(summary(run('Poland has ended negotiations with Airbus Helicopters over the purchase of 50 H225M Caracal helicopters.'))).toEqual(['H225M Caracal Airbus Helicopters -> Poland cancelled']);
    expect(summary(run('Poland broke off talks with Airbus Helicopters on buying 50 H225M Caracal helicopters.'))).toEqual(['H225M Caracal Airbus Helicopters -> Poland cancelled']);
  });

  it('but "ended" with no talks after it cancels nothing', () => {
    expect(summary(run('The truce ended the fighting, and Armenia then bought four Su-30SM jets from Russia.'))).toEqual(['Su-30 Russia -> Armenia ordered']);
  });
});

describe('a partial quotation inside a report', () => {
  it('does not cut a reduced relative off its goods (\'jets "purchased from Russia"\')', () => {
    const text = 'Iran expects jets\n\nTEHRAN, May 3 (AFP) - A commander said Su-35 fighter jets "purchased from Russia" would also "arrive soon".';
    expect(summary(run(text))).toEqual(['Su-35 Russia -> Iran pending']);
  });
});

describe('agents listed after a passive participle', () => {
  it('share the goods though the main verb follows the list', () => {
    const text = 'The first F-16 fighters promised to Ukraine by Denmark and the Netherlands are expected to arrive this summer.';
    expect(summary(run(text))).toEqual(['F-16 Denmark -> Ukraine pending', 'F-16 Netherlands -> Ukraine pending']);
  });
});

describe('"the government" after a ministry of another state', () => {
  it('is the home state\'s government, not the ministry', () => {
    const text = 'Kuwait jets\n\nKUWAIT, March 24 (Reuters) - The U.S. State Department approved the sale of the Super Hornets in 2016. In 2020 the government suspended a 2016 contract with Airbus Helicopters for 30 H225M Caracal helicopters.';
    expect(summary(run(text))).toContain('H225M Caracal Airbus Helicopters -> Kuwait cancelled');
  });
});

describe('a deal expected to be signed', () => {
  it('is a plan, not a deal awaiting delivery', () => {
    const text = 'The State Department approved the sale of 220 Tomahawk missiles to Australia. A contract for the missiles was expected to be signed later this year, once Australia had settled how many it would buy.';
    expect(summary(run(text))).toEqual(['Tomahawk United States -> Australia approved']);
  });
});

describe('a green light given to a body', () => {
  it('is an approval of its purchase, no gift of goods', () => {
    const text = 'Slovenia buys a plane\n\nLjubljana, 14 September (STA) - The government gave the Defence Ministry the green light to buy a C-27J Spartan transport aircraft from Italy\'s Leonardo.';
    expect(summary(run(text))).toEqual(['C-27J Spartan Leonardo -> Slovenia approved']);
  });
});

describe('goods acquired or imported', () => {
  it('are held: delivered', () => {
    expect(summary(run('Serbia has acquired Chinese CM-400AKG missiles for its MiG-29 fighters.'))).toEqual(['CM-400AKG China -> Serbia delivered']);
    expect(summary(run('In 2022 Morocco acquired 150 ThunderB drones from BlueBird Aero Systems.'))).toEqual(['ThunderB BlueBird Aero Systems -> Morocco delivered']);
  });

  it('but a plan or a purchase under way is not', () => {
    expect(summary(run('Serbia plans to acquire CM-400AKG missiles from China.'))).toEqual(['CM-400AKG China -> Serbia announced']);
    expect(summary(run('Serbia is acquiring CM-400AKG missiles from China.'))).toEqual(['CM-400AKG China -> Serbia ordered']);
  });
});

describe('a state and a company of its own', () => {
  it('make no transfer between them', () => {
    // (Israel named before makes it the maker's state, the supplier of a deal for the system.)
    const found = summary(run('Israel has long sold arms to the UAE. A separate deal for Israel Aerospace Industries\' longer-range Barak 8 system was still being negotiated.'));
    expect(found.some((t) => t.includes('-> Israel Aerospace Industries'))).toBe(false);
  });
});

describe('a delivery noun that is the object of a transfer verb', () => {
  it('measures the goods; the verb tells the stage', () => {
    expect(summary(run('Egypt ordered a second batch of 12 Rafale jets from France.'))).toEqual(['Rafale France -> Egypt ordered']);
    expect(summary(run('France will send a shipment of Caesar howitzers to Ukraine.'))).toEqual(['Caesar France -> Ukraine announced']);
    expect(summary(run('Russia delivered the first batch of Su-35 jets to Iran.'))).toEqual(['Su-35 Russia -> Iran delivered']);
  });

  it('but not one that is the object of another verb', () => {
    expect(summary(run("Australia's Apache purchase follows the arrival of 20 UH-60M Black Hawks from the United States."))).toContain('UH-60 Black Hawk United States -> Australia delivered');
  });
});

describe('how many goods a stage to come holds, left untold', () => {
  it('states no stage of its own', () => {
    const text = 'Spain will send Ukraine a batch of Patriot missiles. Robles did not say how many missiles would be sent, describing the number only as limited.';
    expect(summary(run(text))).toEqual(['Patriot Spain -> Ukraine announced']);
  });
});

describe('what "due to" and "expected to" await', () => {
  it('is a stage when a cue or a verb of coming follows', () => {
    expect(summary(run('Deliveries of the Rafale jets from France to Egypt are expected to begin in June.'))).toEqual(['Rafale France -> Egypt pending']);
    expect(summary(run('The K2 tanks ordered from South Korea are due to arrive in Poland in June.'))).toEqual(['K2 South Korea -> Poland pending']);
  });

  it('is something else after any other verb', () => {
    const text = 'Two Su-25 jets supplied by Russia arrived in Mali on Tuesday, days before the French soldiers are due to leave.';
    expect(summary(run(text))).toEqual(['Su-25 Russia -> Mali delivered']);
  });
});

describe('a relative with no "that" after goods a clause gives', () => {
  it('tells the giver\'s own purchase, its supplier none of the gift\'s', () => {
    const found = summary(run('Spain has sent Ukraine 20 of the 108 Leopard 2A4 tanks it bought second-hand from Germany in the 1990s.'));
    expect(found).toContain('Leopard 2 Spain -> Ukraine delivered');
    expect(found).toContain('Leopard 2 Germany -> Spain delivered');
    expect(found).not.toContain('Leopard 2 Germany -> Ukraine delivered');
  });

  it('but shares the parties of a verb of the same role', () => {
    expect(summary(run('Taiwan has received the first 11 of 29 HIMARS launchers it bought from the United States.'))).toEqual(['HIMARS United States -> Taiwan delivered']);
  });
});

describe('the earlier leg of goods passed on', () => {
  it('reaches its "from" over words joined by hyphens', () => {
    const found = summary(run('Spain has sent Ukraine 20 of the 108 Leopard 2A4 tanks it bought second-hand from Germany in the 1990s.'));
    expect(found).toContain('Leopard 2 Spain -> Ukraine delivered');
    expect(found).toContain('Leopard 2 Germany -> Spain delivered');
    expect(found).not.toContain('Leopard 2 Germany -> Ukraine delivered');
  });
});

describe('a verb form of a cue right before "is" or "are"', () => {
  it('is a noun, the subject, and gives nothing', () => {
    const text = "Bulgaria's main combat ships are three Wielingen-class frigates bought second-hand from Belgium between 2005 and 2009.";
    expect(summary(run(text))).toEqual(['Wielingen-class frigate Belgium -> Bulgaria delivered']);
  });
});

describe('an air and space force named with no country', () => {
  it("is the dateline state's", () => {
    const text = 'French drones\n\nPARIS - The Air and Space Force now flies twelve MQ-9 Reaper drones bought from the United States.';
    expect(summary(run(text))).toEqual(['MQ-9 Reaper United States -> France delivered']);
  });
});

describe('goods listed on after a passive with its auxiliary', () => {
  it('share its stage: the participle is the clause\'s verb, no reduced relative on the goods before', () => {
    const found = summary(run('Namibian jets\n\nWINDHOEK - Twelve F-7NM fighters were delivered from Beijing in 2006 and 2008, along with two Harbin Z-9 helicopters.'));
    expect(found).toEqual(['F-7NM China -> Namibia delivered', 'Z-9 China -> Namibia delivered']);
  });
});

describe('an apposition between a name and its verb', () => {
  it('leaves the name the subject and the participle after it the verb, no reduced relative', () => {
    const text = "Somali drones\n\nMOGADISHU - Ankara, Mogadishu's closest military partner, pledged in October to supply Bayraktar TB2 combat drones.";
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Turkey -> Somalia announced']);
  });

  it('but a participle with its agent after the comma stays a reduced relative', () => {
    expect(summary(run('Kyiv, the capital, received tanks. The Leopard 2 tanks, donated by Germany, arrived in Ukraine.'))).toContain('Leopard 2 Germany -> Ukraine delivered');
  });
});

describe('a pledge of goods', () => {
  it('stays announced when a later word says they will be handed over', () => {
    const text = 'Belgium has pledged 30 F-16 fighter jets to Ukraine by 2028. The first would be handed over before the end of this year, the minister said.';
    expect(summary(run(text))).toEqual(['F-16 Belgium -> Ukraine announced']);
  });

  it('but a sale moves on to pending', () => {
    const text = 'Poland ordered 30 F-16 fighter jets from the United States. The first would be handed over before the end of this year, the minister said.';
    expect(summary(run(text))).toEqual(['F-16 United States -> Poland pending']);
  });
});

describe('the parties of a reduced relative on later goods', () => {
  it('are not the parties of goods before them that are not listed with them', () => {
    const found = summary(run('Rwanda took delivery of Chinese-made PCL-09 truck-mounted howitzers in 2021, adding to Mi-17 transport helicopters bought from Russia a decade earlier.'));
    expect(found).toContain('PCL-09 China -> Rwanda delivered');
    expect(found).toContain('Mi-17 Russia -> Rwanda delivered');
  });

  it('but are those of goods listed with them', () => {
    const found = summary(run('Iran received F-14 Tomcat and F-4 Phantom jets bought from the United States before the 1979 revolution.'));
    expect(found).toEqual(['F-14 Tomcat United States -> Iran delivered', 'F-4 Phantom United States -> Iran delivered']);
  });
});

describe('a part of goods told before, scrapped', () => {
  it('is retired goods, no deal cancelled', () => {
    const text = 'The tanks will replace the T-55s that the Soviet Union sent to Nicaragua in the 1980s. Many of those were later scrapped.';
    expect(summary(run(text))).toEqual(['T-55 Soviet Union -> Nicaragua delivered']);
  });

  it('but a deal scrapped is cancelled', () => {
    expect(summary(run('Nicaragua bought T-55 tanks from the Soviet Union. The deal was later scrapped.'))).toEqual(['T-55 Soviet Union -> Nicaragua cancelled']);
  });
});

describe('a ship built in a country', () => {
  it('has that country as its maker, and its name before an auxiliary is the ship', () => {
    const text = 'Namibian navy\n\nWINDHOEK - The patrol vessel Elephant was built in Brazil and handed over to the Namibian Navy in 2009.';
    expect(summary(run(text))).toEqual(['Elephant Brazil -> Namibia delivered']);
  });
});

describe('a clause after ", and" with a date before its subject', () => {
  it('is a clause of its own when a noun phrase then a past verb with its object follow', () => {
    const text = 'Zambian air force\n\nLUSAKA - Angola bought two Mi-17 helicopters from Russia in 2010, and in 2014 the air force received four Mi-24 gunships from Ukraine.';
    expect(summary(run(text))).toEqual(['Mi-17 Russia -> Angola delivered', 'Mi-24 Ukraine -> Zambia delivered']);
  });
});

describe('a relative with no commas inside the goods\' own clause', () => {
  it('tells the first leg; the clause goes on at its finite verb', () => {
    const text = 'Two Mi-8 helicopters that Angola had bought from Russia were handed over to Zambia as a gift.';
    expect(summary(run(text))).toEqual(['Mi-8 Russia -> Angola delivered', 'Mi-8 Angola -> Zambia delivered']);
  });
});

describe('"will hand over"', () => {
  it('awaits the handover, and a plan to hand over is announced', () => {
    expect(summary(run('India will hand over two Dhruv helicopters to Nepal.'))).toEqual(['Dhruv India -> Nepal pending']);
    expect(summary(run('India plans to hand over two Dhruv helicopters to Nepal.'))).toEqual(['Dhruv India -> Nepal announced']);
  });
});

describe('a verb phrase after "and has already"', () => {
  it("shares the subject that opens the sentence, and its object pronoun is the recipient named before", () => {
    const text = "India has been the Nepal Army's largest supplier for decades and has already given it two Dhruv helicopters.";
    expect(summary(run(text))).toEqual(['Dhruv India -> Nepal delivered']);
  });
});

describe('goods a supplier gives to no one named', () => {
  it("go where that supplier's giving in the sentence before went", () => {
    const text = 'Luxembourg aid\n\nLUXEMBOURG - It will not be the first time Luxembourg has sent arms to Kyiv. Since 2022 the country has delivered dozens of NLAW anti-tank weapons.';
    expect(summary(run(text))).toEqual(['NLAW Luxembourg -> Ukraine delivered']);
  });

  it('but a bare kind of goods listed after a named system stands for no other system of its kind', () => {
    const text = 'Lithuanian aid\n\nVILNIUS - Lithuania has operated NASAMS since 2020. Lithuania has given much of its equipment to Ukraine. Since 2022 it has handed over M113 armoured personnel carriers, mortars and anti-aircraft guns.';
    expect(summary(run(text))).toEqual(['M113 Lithuania -> Ukraine delivered']);
  });
});

describe('one thing told of with "a" and named where the next sentence opens', () => {
  it('is that system', () => {
    const text = 'Guyana ship\n\nGEORGETOWN - Guyana on Thursday signed a contract with French shipbuilder OCEA for an offshore patrol vessel. The 60-metre OPV 190 Mk II is due to be delivered in 2026.';
    expect(summary(run(text))).toEqual(['OPV 190 Ocea -> Guyana pending']);
  });
});

describe('words that look like cues', () => {
  it('a cancelling verb in the -s form with no object is a plural noun ("offshore blocks")', () => {
    const text = 'GEORGETOWN - Guyana signed a contract for two Hawk jets from BAE Systems, which will patrol the oil-rich offshore blocks.';
    expect(summary(run(text))).toEqual(['Hawk BAE Systems -> Guyana ordered']);
  });

  it('"saying" reports: what follows is no act of the clause before', () => {
    const text = 'LUXEMBOURG - Luxembourg received 12 Boxer vehicles from Germany. Last year the ministry scrapped a plan to buy two MQ-9B drones from General Atomics, saying the money would be better spent on the vehicles that started arriving this week.';
    expect(summary(run(text))).toEqual(['Boxer Germany -> Luxembourg delivered', 'MQ-9 Reaper General Atomics -> Luxembourg cancelled']);
  });

  it('"taking X from Y" receives; "taken from army stocks" and "take off from" do not', () => {
    expect(summary(run('VIENTIANE - Laos has turned to Moscow, taking four Yak-130 combat trainers from Russia in 2018.'))).toEqual(['Yak-130 Russia -> Laos delivered']);
    expect(summary(run('The 20 Marder vehicles will be taken from the German army\'s reserves.'))).toEqual([]);
    expect(summary(run('The Bayraktar TB3 drones can take off from the ship Anadolu.'))).toEqual([]);
  });
});

describe('a country\'s adjective before a place', () => {
  it('names no recipient ("sent the patrol ship HMS Trent to Guyanese waters")', () => {
    expect(summary(run('Britain sent the patrol ship HMS Trent to Guyanese waters in December.'))).toEqual([]);
  });
});

describe('"agreed to donate"', () => {
  it('is a pledge, and the goods due to arrive are awaited', () => {
    expect(summary(run('PARAMARIBO - Brazil has agreed to donate ten EE-9 Cascavel armoured cars to Suriname.'))).toEqual(['EE-9 Cascavel Brazil -> Suriname announced']);
    expect(summary(run('PARAMARIBO - Brazil has agreed to sell ten EE-9 Cascavel armoured cars to Suriname.'))).toEqual(['EE-9 Cascavel Brazil -> Suriname ordered']);
    const text = 'PARAMARIBO - Brazil has agreed to donate ten EE-9 Cascavel armoured cars to Suriname. The six-wheeled vehicles will be overhauled in Belem and are due to arrive in Paramaribo by June.';
    expect(summary(run(text))).toEqual(['EE-9 Cascavel Brazil -> Suriname pending']);
  });
});

describe('a ship named on its own, of a class the next sentence names', () => {
  it('is a unit of that class: the transfer is of the class', () => {
    const text = 'Ship\n\nLISBON - Portugal will transfer the patrol ship NRP Guadiana to Cape Verde. The 54-metre vessel is one of four Flyvefisken-class patrol vessels.';
    expect(summary(run(text))).toEqual(['Flyvefisken-class patrol vessel Portugal -> Cape Verde announced']);
  });

  it('but a transfer of the class to the same recipient keeps the unit out', () => {
    const text = 'Ship\n\nCOLOMBO - China gifted a Type 053 frigate to Sri Lanka in 2019; it now serves as SLNS Parakramabahu.';
    expect(summary(run(text))).toEqual(['Type 053 China -> Sri Lanka delivered']);
  });
});

describe("a dateline written with the Maldives' apostrophe", () => {
  it("is the story's state: a coast guard it names no country for is that state's", () => {
    expect(summary(run("Maldives ship\n\nMALE', Dec 17 - India gifted the Coast Guard two Dhruv helicopters."))).toEqual(['Dhruv India -> Maldives delivered']);
  });
});

describe('a former owner written "ex-"', () => {
  it('describes the goods and is no subject of the participle after them', () => {
    expect(summary(run('ASMARA - Before 2009 its air force was built around ex-Soviet types, including eight Su-27 fighters bought from Moscow.'))).toEqual(['Su-27 Russia -> Eritrea delivered']);
  });
});

describe('a pronoun after a subordinator', () => {
  it("stands for the sentence's opening name, not one a preposition governs", () => {
    expect(summary(run("DOHA - Ankara's defence ties with Doha deepened in 2017, when it sent 20 Kirpi vehicles."))).toEqual(['Kirpi Turkey -> Qatar delivered']);
  });
});

describe('a reduced passive after a name that is no actor', () => {
  it('takes its agent with "by" ("Super Hercules delivered by Lockheed Martin")', () => {
    expect(summary(run('DHAKA - It joins five C-130J-30 Super Hercules delivered by Lockheed Martin in 2023.'))).toEqual(['C-130 Hercules Lockheed Martin -> Bangladesh delivered']);
  });
});

describe("a word after a country's adjective", () => {
  it('is a noun, no verb that would cut the goods from their deal ("Swedish arms maker Saab")', () => {
    expect(summary(run('Estonia signed a contract with Swedish arms maker Saab for 12 Carl-Gustaf launchers.'))).toEqual(['Carl Gustaf Saab -> Estonia ordered']);
  });
});

describe('a relative split off its antecedent', () => {
  it('has the antecedent for its subject, and a year after "in" is no count before the verb', () => {
    const text = 'KATHMANDU - Nepal received two Mi-17 helicopters from Russia in 2015. The army was later rebuilt with help from India, which in 2019 donated two Dhruv helicopters.';
    expect(summary(run(text))).toEqual(['Mi-17 Russia -> Nepal delivered', 'Dhruv India -> Nepal delivered']);
  });
});

describe('ships named after their class', () => {
  it('stand between the goods and the relative that tells their transfer', () => {
    const text = 'APIA - Samoa received a Guardian-class patrol boat from Australia in 2021. The new boat replaces the Pacific-class patrol boat Nafanua, which Australia donated in 1988.';
    expect(summary(run(text))).toEqual(['Guardian-class patrol boat Australia -> Samoa delivered', 'Pacific-class patrol boat Australia -> Samoa delivered']);
  });
});

describe('a force the story names with no state', () => {
  it('opens a sentence about the dateline\'s state: "it" after it is that state', () => {
    const text = 'GABORONE - South Korea pitched its FA-50 jet in January. The air arm has been more successful with transports. It received a C295 aircraft from Airbus in 2021.';
    expect(summary(run(text))).toEqual(['C-295 Airbus -> Botswana delivered']);
  });
});

describe('"the army of" a state', () => {
  it('is that state: the preposition before the force marks it', () => {
    expect(summary(run('Russia handed over ten BRDM-2 vehicles to the army of Mali.'))).toEqual(['BRDM-2 Russia -> Mali delivered']);
    expect(summary(run('Russia handed over ten BRDM-2 vehicles to the armed forces of the Central African Republic.'))).toEqual(['BRDM-2 Russia -> Central African Republic delivered']);
  });
});

describe('goods "of" a state\'s force', () => {
  it('are that state\'s: it gives them when no supplier is named', () => {
    expect(summary(run('An Argos-class patrol boat of the Portuguese Navy will be handed over to Guinea-Bissau next year.'))).toEqual(['Argos-class patrol boat Portugal -> Guinea-Bissau pending']);
  });
});

describe('"several of them" before a participle after goods', () => {
  it('counts part of the goods; the participle tells their transfer', () => {
    expect(summary(run('BISSAU - The army\'s armour consisted of BRDM-2 scout cars, several of them passed on by Cuba in the 1980s.'))).toEqual(['BRDM-2 Cuba -> Guinea-Bissau delivered']);
  });
});

describe('goods handed over together with goods told before', () => {
  it('go where those goods went', () => {
    const text = 'BISSAU - Russia donated 10 BTR-80 vehicles to Guinea-Bissau. The vehicles were handed over at a ceremony, together with a consignment of AK-74M rifles.';
    expect(summary(run(text))).toEqual(['BTR-80 Russia -> Guinea-Bissau delivered', 'AK-74 Russia -> Guinea-Bissau delivered']);
  });
});

describe("Comoros' adjective", () => {
  it('names the state ("the Comorian army")', () => {
    expect(summary(run('The UAE donated ten Nimr vehicles to the Comorian army.'))).toEqual(['Nimr United Arab Emirates -> Comoros delivered']);
  });
});

describe("a country's adjective on the goods", () => {
  it('is no subject of the verb after them ("The Chinese vehicles we received")', () => {
    const text = 'MASERU - Lesotho bought two H125 helicopters from Airbus. "The Chinese vehicles we received and now these helicopters show that the government is serious," the minister said.';
    expect(summary(run(text))).toEqual(['H125M Airbus -> Lesotho delivered']);
  });
});

describe('a gift to no one named', () => {
  it("goes to the dateline's state when the story names no other recipient", () => {
    expect(summary(run('MASERU - The army was re-equipped with help from Beijing, which in 2021 donated six VN-4 armoured vehicles.'))).toEqual(['VN-4 China -> Lesotho delivered']);
  });
});

describe('goods a state bought and passes on', () => {
  it('were delivered to it when the same sentence passes them on', () => {
    const text = 'HELSINKI - Finland will give Ukraine a package. It includes Stinger missiles that Helsinki bought from the United States.';
    expect(summary(run(text))).toEqual(['Stinger Finland -> Ukraine announced', 'Stinger United States -> Finland delivered']);
  });

  it('stay ordered when another sentence passes on others of the same family', () => {
    const text = 'OSLO - Norway ordered 54 Leopard 2A8 tanks from Krauss-Maffei Wegmann in March. It has given Ukraine eight older Leopard 2A4 tanks.';
    expect(summary(run(text))).toEqual(expect.arrayContaining(['Leopard 2 Krauss-Maffei Wegmann -> Norway ordered', 'Leopard 2 Norway -> Ukraine delivered']));
  });
});

describe('an aside after a deal noun', () => {
  it('holds no verb of the clause ("The package, its 16th since Russia launched its invasion, also includes")', () => {
    const text = 'KYIV - Sweden will give Ukraine two ASC 890 aircraft as part of a military aid package. The package, Sweden\'s 16th since Russia launched its full-scale invasion in February 2022, also includes Pbv 302 armoured personnel carriers.';
    expect(summary(run(text))).toContain('Pbv 302 Sweden -> Ukraine announced');
  });
});

describe('a platform with a relative of its own', () => {
  it('is the goods of that relative ("a hangar for Malta\'s AW139 helicopters, which were delivered by AgustaWestland")', () => {
    expect(summary(run("VALLETTA - The ship has a hangar for Malta's AW139 helicopters, which were delivered by AgustaWestland in 2014."))).toEqual(['AW139 Leonardo Helicopters -> Malta delivered']);
    expect(summary(run("VALLETTA - The ship has a hangar for the navy's AW139 helicopters, three of which were delivered by AgustaWestland in 2014."))).toEqual(['AW139 Leonardo Helicopters -> Malta delivered']);
  });

  it('reads a partitive after goods whose possessor is no actor without failing', () => {
    expect(summary(run("VALLETTA - Malta flies the navy's AW139 helicopters, three of which were delivered by AgustaWestland in 2014."))).toEqual(['AW139 Leonardo Helicopters -> Malta delivered']);
  });
});

describe('a month opening a clause after ", and"', () => {
  it('is no part of the name after it ("and in September Belgium handed over ... it bought")', () => {
    const text = 'COTONOU - In July the United States donated a dozen MaxxPro vehicles, and in September Belgium handed over eight Dingo 2 vehicles it bought from Germany.';
    expect(summary(run(text))).toContain('Dingo 2 Germany -> Belgium delivered');
  });
});

describe('"get" in phrases that receive nothing', () => {
  it('moves no sale along ("this is one concrete way we get there", "got rid of")', () => {
    const text = 'LUXEMBOURG - The United States has approved the possible sale of 100 Javelin missiles to Luxembourg. "This is one concrete way we get there," she said.';
    expect(summary(run(text))).toEqual(['Javelin United States -> Luxembourg approved']);
    expect(summary(run('SOFIA - Bulgaria got rid of its MiG-29 fighters from Russia last year.'))).toEqual([]);
  });
});

describe('a protest from a state', () => {
  it('names no supplier ("drawing an angry protest from Beijing")', () => {
    const text = 'TAIPEI (Kyodo) - The United States has approved the sale of weapons to Taiwan, including two Perry-class frigates, drawing an angry protest from Beijing.';
    expect(summary(run(text))).toEqual(['Perry-class United States -> Taiwan approved']);
  });
});

describe('a cancelling verb with an object of its own and no determiner', () => {
  it('ends no transfer told before ("Paris, which froze military cooperation after the coup")', () => {
    const text = 'ANTANANARIVO (AFP) - The air force flies Alouette III helicopters delivered by France in the 1970s. Paris, which froze military cooperation after the 2009 coup, has since resumed aid.';
    expect(summary(run(text))).toEqual(['Alouette III France -> Madagascar delivered']);
  });

  it('still ends one with a passive verb ("The deal was later scrapped in 2021")', () => {
    const text = 'ANTANANARIVO (AFP) - Madagascar ordered two H125M helicopters from Airbus in 2019. The deal was later scrapped in 2021.';
    expect(summary(run(text))).toEqual(['H125M Airbus -> Madagascar cancelled']);
  });
});

describe("a dateline's city that is no capital", () => {
  it('names the story\'s state when the lexicon places it in a country the story names', () => {
    const text = 'ISTANBUL (AA) - Turkey marked its navy day on Monday. The air force received two A400M aircraft from Airbus last week.';
    expect(summary(run(text))).toEqual(['A400M Airbus -> Turkey delivered']);
  });
});

describe('aid to no one named', () => {
  it("goes to the dateline's state when that state receives arms in the story", () => {
    const text = 'VALLETTA - Greece bought three Rafale jets from France in 2021, and Greece ordered four Belharra frigates from Naval Group. Malta bought two AW139 helicopters from Leonardo in 2014. Three Talbot-class boats, donated by the United States, joined them.';
    expect(summary(run(text))).toContain('Talbot-class boat United States -> Malta delivered');
    // (A story whose own state receives nothing: the main recipient's.)
    expect(summary(run('VALLETTA - Greece bought three Rafale jets from France in 2021, and Greece ordered four Belharra frigates from Naval Group. Three Talbot-class boats, donated by the United States, joined the fleet.'))).toContain('Talbot-class boat United States -> Greece delivered');
  });
});

describe('"over" after talks', () => {
  it('names their topic, not goods set aside', () => {
    expect(summary(run('RABAT - Morocco abandoned talks with Naval Group over Gowind corvettes in 2022.'))).toEqual(['Gowind Naval Group -> Morocco cancelled']);
  });
});

describe('French shipyards and other sellers of the recent first looks', () => {
  it('are companies the lexicon knows ("Ocea has supplied")', () => {
    expect(summary(run('Ocea has supplied four FPB 98 patrol boats to Nigeria.'))).toEqual(['FPB 98 Ocea -> Nigeria delivered']);
  });
});

describe('a word in -ing after a determiner', () => {
  it('describes the goods ("two of its ageing Alouette III helicopters")', () => {
    expect(summary(run('HARARE - The Zimbabwe National Army handed over two of its ageing Alouette III helicopters to Mozambique.'))).toEqual(['Alouette III Zimbabwe -> Mozambique delivered']);
  });
});

describe('a relative on a name with a transfer verb of its own', () => {
  it('is a clause whose subject is the name ("Lurssen, which had earlier delivered")', () => {
    const text = "BANDAR SERI BEGAWAN - Between 2011 and 2014 it commissioned four Darussalam-class vessels built by Germany's Lurssen, which had earlier delivered four Ijtihad-class patrol boats.";
    expect(summary(run(text))).toEqual(['Darussalam-class vessel Lurssen -> Brunei delivered', 'Ijtihad-class patrol boat Lurssen -> Brunei delivered']);
  });
});

describe('a relative on a name, with no verb before it or no goods of its own', () => {
  it('stays inside its clause ("Kyiv, which bought ..., has used", "Finland, which bought 100 of them")', () => {
    expect(summary(run("THE HAGUE - Most of the army's Leopard 2A6 tanks were later sold to Finland, which bought 100 of them in 2014."))).toEqual(['Leopard 2 Netherlands -> Finland delivered']);
    expect(summary(run('KYIV - Kyiv, which bought its first TB2s from Baykar in 2019, has used the drones to strike Russian columns.'))).toEqual(['Bayraktar TB2 Baykar -> Ukraine delivered']);
  });

  it('"taking over the role" of goods takes no goods', () => {
    expect(summary(run('NICOSIA - The National Guard took delivery of the Barak MX system from Israel Aerospace Industries, which is gradually taking over the role of the ageing Tor-M1s.'))).toEqual(['Barak MX Israel Aerospace Industries -> Cyprus delivered']);
  });
});

describe('Israel Weapon Industries', () => {
  it('is a company the lexicon knows, the seller, not a body of the Israeli state', () => {
    expect(summary(run('Galil ACE rifles were sold to Uganda by Israel Weapon Industries.'))).toEqual(['Galil Israel Weapon Industries -> Uganda ordered']);
  });
});

describe('"won by"', () => {
  it('names the seller of the goods a tender was for', () => {
    const text = 'BUCHAREST - Romania bought Piorun missiles from Poland. The 2019 tender for four Gowind corvettes, won by Naval Group, was cancelled last year.';
    expect(summary(run(text))).toEqual(['Piorun Poland -> Romania ordered', 'Gowind Naval Group -> Romania cancelled']);
  });
});

describe('"it" after ", and"', () => {
  it("stands for the sentence's opening name, not one a preposition governs in the clause before", () => {
    const text = 'Australia has stepped up security assistance since the Solomon Islands signed a policing pact with Beijing in 2022, and it has provided Guardian-class boats to Fiji.';
    expect(summary(run(text))).toEqual(['Guardian-class Australia -> Fiji delivered']);
  });
});

describe('a giving verb after "agreed to"', () => {
  it('gives its subject the supplier role even with a passive delivery relative after the goods', () => {
    const text = 'ROME - Italy received six NH90 helicopters from France. Paris agreed last year to supply 24 SAMP/T launchers, which are due to be delivered from 2026.';
    expect(summary(run(text))).toEqual(['NH90 France -> Italy delivered', 'SAMP/T France -> Italy pending']);
  });
});

describe("the story's main recipient", () => {
  it('is counted by the sentences that tell transfers to it, not by the goods one sentence lists', () => {
    const text =
      'PRAGUE - The Czech Republic has given Ukraine T-72 tanks, BMP-1 vehicles and 20 Mi-24 helicopters. ' +
      'In March the army received 14 Leopard 2A8 tanks from Germany. ' +
      'In May the Czech Republic received two C-295 aircraft from Spain. ' +
      'Washington agreed in 2024 to supply 24 F-35 jets.';
    expect(summary(run(text)).at(-1)).toBe('F-35 United States -> Czech Republic announced');
  });

  it('falls back on the most goods when the sentences are even, unless the story is datelined in a receiving state', () => {
    const text =
      'WASHINGTON - Sudan bought Su-24 bombers and Mi-24 helicopters from Belarus. ' +
      'The Rapid Support Forces obtained AH-4 howitzers from China. ' +
      'The Treasury said the firm arranged the delivery of a dozen Mohajer-6 drones from Iran.';
    expect(summary(run(text)).at(-1)).toBe('Mohajer-6 Iran -> Sudan delivered');
  });
});

describe('what a deal is for', () => {
  it('stays the deal after a date or an aside between the deal noun and "to"', () => {
    expect(summary(run('Russia signed a deal in January to supply Pantsir-S1 systems to Myanmar.'))).toEqual(['Pantsir Russia -> Myanmar ordered']);
    expect(summary(run('Russia signed a contract in May 2022, days before the coup, to provide Orlan-10 drones to Myanmar.'))).toEqual(['Orlan-10 Russia -> Myanmar ordered']);
  });
});

describe('a pronoun subject', () => {
  it("never stands for the party the clause's 'from' phrase names", () => {
    const text =
      'BERLIN - The U.S. State Department approved the sale of 35 F-35 jets to Germany in July. ' +
      'In 2020 the previous government had said it would buy 30 Super Hornet jets from the United States.';
    expect(summary(run(text))).toEqual(['F-35 United States -> Germany approved', 'Super Hornet United States -> Germany announced']);
  });

  it('after "when", stands for the state the sentence opens with by its kind', () => {
    const text = 'CHISINAU - Moldova received Piranha vehicles from Germany. The country has had no combat aircraft since 1997, when it sold 21 MiG-29 fighters to the United States.';
    expect(summary(run(text))).toEqual(['Piranha Germany -> Moldova delivered', 'MiG-29 Moldova -> United States delivered']);
  });
});

describe('a contact relative on a plan in apposition', () => {
  it('tells what befell the plan, as a relative with "that" does', () => {
    const text = 'BERLIN - In 2020 Germany planned to buy 30 Super Hornet jets from the United States, a plan Lambrecht scrapped in March.';
    expect(summary(run(text))).toEqual(['Super Hornet United States -> Germany cancelled']);
  });
});

describe('"ship" ending a head noun', () => {
  it('is no giving verb after the words of the head ("the amphibious assault ship")', () => {
    const text = 'The jets operate from the amphibious assault ship Juan Carlos I.';
    const tokens = tokenize(text, { start: 0, end: text.length }, 0);
    const cues = findCues(tokens, { first: 0, last: tokens.length - 1 }, () => false);
    expect(cues.map((c) => tokens[c.first]!.text)).not.toContain('ship');
  });
});

describe('the object of a giving verb', () => {
  it('may have lower-case words describing it after "the" ("supplied the powerful Libyan National Army with")', () => {
    expect(summary(run('The United Arab Emirates supplied the powerful Libyan National Army with Wing Loong II drones.'))).toEqual(['Wing Loong United Arab Emirates -> Libyan National Army delivered']);
  });

  it('is not a name after a preposition ("delivered through Iran")', () => {
    expect(summary(run('India agreed to sell Armenia Pinaka launchers. The first launchers were delivered through Iran this summer.'))).toEqual(['Pinaka India -> Armenia delivered']);
  });
});

describe('a firm the buyer signs with', () => {
  it('sells, with no deal noun ("signed with Airbus for 25 Eurofighters")', () => {
    expect(summary(run('MADRID - In December the ministry signed with Airbus for 25 Eurofighter jets.'))).toEqual(['Eurofighter Airbus -> Spain ordered']);
  });
});

describe('a platform the goods are for', () => {
  it("stays a platform with a builder's relative of its own, read as a clause apart ('which Navantia is building')", () => {
    const text = "The U.S. State Department cleared the sale of 50 SM-2 missiles to Spain for the Navy's new F-110 frigates, which Navantia is building in Ferrol.";
    expect(summary(run(text))).toEqual(['SM-2 United States -> Spain approved']);
  });
});

describe('a compound adjective joined by a hyphen', () => {
  it('is no verb that governs the goods after it ("with state-owned Huta Stalowa Wola for 54 Krab howitzers")', () => {
    expect(summary(run('Kyiv signed a contract with state-owned Huta Stalowa Wola for 54 Krab howitzers.'))).toEqual(['Krab Huta Stalowa Wola -> Ukraine ordered']);
    expect(summary(run("The United Arab Emirates supplied Haftar's self-styled Libyan National Army with Wing Loong II drones."))).toEqual(['Wing Loong United Arab Emirates -> Libyan National Army delivered']);
  });

  it('is no reporting verb that ends the clause ("the so-called Libyan National Army")', () => {
    expect(summary(run('The United Arab Emirates supplied the so-called Libyan National Army with Wing Loong II drones.'))).toEqual(['Wing Loong United Arab Emirates -> Libyan National Army delivered']);
  });
});

describe('a part of a firm', () => {
  it('stands for the firm, not for the country that names it ("from the British arm of European missile maker MBDA")', () => {
    expect(summary(run('Poland has ordered 1,000 CAMM missiles from the British arm of European missile maker MBDA.'))).toEqual(['CAMM MBDA -> Poland ordered']);
  });
});

describe('a participle after an aside of several words', () => {
  it('stays active when a name\'s possessive follows it ("The United Arab Emirates, in turn, supplied Haftar\'s forces")', () => {
    expect(summary(run("The United Arab Emirates, in turn, supplied Haftar's Libyan National Army with Wing Loong II drones."))).toEqual(['Wing Loong United Arab Emirates -> Libyan National Army delivered']);
  });
});

describe('lifting a veto', () => {
  it('approves the sale it was on ("lifted its veto on Britain\'s sale of 48 Eurofighter Typhoon jets")', () => {
    expect(summary(run("Germany last year lifted its veto on Britain's sale of 48 more Eurofighter Typhoon jets to Riyadh."))).toEqual(['Eurofighter Typhoon United Kingdom -> Saudi Arabia approved']);
  });
});

describe('"it" after ", and"', () => {
  it('stands for a state named by its kind after a date that opens the sentence ("In July the kingdom ...")', () => {
    const text = "RIYADH - In July the kingdom activated the first of seven THAAD batteries it ordered from the United States, and it has bought ten batteries of Cheongung interceptors from South Korea's LIG Nex1.";
    expect(summary(run(text))).toEqual(['THAAD United States -> Saudi Arabia ordered', 'Cheongung LIG Nex1 -> Saudi Arabia ordered']);
  });
});

describe('a delivery noun added to the object', () => {
  it('measures the goods; the pledge tells the stage ("pledged to donate two more along with a batch of ...")', () => {
    const text = 'The United States gave Guatemala two UH-1H helicopters and has pledged to donate two more along with a batch of Defender-class patrol boats.';
    expect(summary(run(text))).toEqual(['UH-1 Huey United States -> Guatemala delivered', 'Defender-class patrol boat United States -> Guatemala announced']);
  });
});

describe('a clause after ", and"', () => {
  it('opens past a relative date with no preposition ("and last week Norway sent")', () => {
    expect(summary(run('Four of the 12 NH90 helicopters Sweden has bought from NHIndustries arrived in May, and last week Norway sent Denmark two Skjold-class boats.'))).toEqual(['NH90 NHIndustries -> Sweden delivered', 'Skjold-class boat Norway -> Denmark delivered']);
  });

  it('opens with an unnamed subject whose verb takes a name and then its object ("and the navy sent Finland two ...")', () => {
    expect(summary(run('Sweden bought 12 NH90 helicopters from NHIndustries in May, and the navy sent Finland two Visby-class corvettes.'))).toEqual(['NH90 NHIndustries -> Sweden ordered', 'Visby-class corvette Sweden -> Finland delivered']);
  });
});

describe('a lease', () => {
  it('makes its subject the lessee when a "from" phrase follows ("leases five Heron drones from IAI")', () => {
    expect(summary(run('The Greek navy leases three Heron TP drones from Israel Aerospace Industries.'))).toEqual(['Heron Israel Aerospace Industries -> Greece delivered']);
    expect(summary(run('Brazil has leased two Scorpene submarines from France since 2021.'))).toEqual(['Scorpene France -> Brazil delivered']);
  });

  it('keeps its subject the lessor with a "to" phrase or an indirect object', () => {
    expect(summary(run('Sweden leased 14 Gripen fighters to Hungary in 2006.'))).toEqual(['Gripen Sweden -> Hungary delivered']);
    expect(summary(run('Sweden leased Hungary 14 Gripen fighters.'))).toEqual(['Gripen Sweden -> Hungary delivered']);
  });
});

describe('a partitive relative on the buyer', () => {
  it('dates the purchase it retells ("sold to Chile, which bought 20 of them in 2009")', () => {
    const text = "OSLO (Reuters) - Norway will buy 54 K2 tanks. Most of the army's Leopard 2A4 tanks were later sold to Chile, which bought 20 of them in 2009.";
    expect(summary(run(text))).toEqual(['Leopard 2 Norway -> Chile delivered']);
  });
});

describe('an apposition on a named subject', () => {
  it('names no party of the verb after it, also past an auxiliary ("Jordan, Egypt\'s eastern neighbour, has bought")', () => {
    expect(summary(run("Jordan, Egypt's eastern neighbour, has bought Bayraktar TB2 drones from Baykar."))).toEqual(['Bayraktar TB2 Baykar -> Jordan ordered']);
  });

  it('lets ", and" open a clause of its own ("and Jordan, Egypt\'s eastern neighbour, has bought")', () => {
    const text = "Egypt received four Rafale jets from France in 2021, and Jordan, Egypt's eastern neighbour, has bought Bayraktar TB2 drones from Baykar.";
    expect(summary(run(text))).toEqual(['Rafale France -> Egypt delivered', 'Bayraktar TB2 Baykar -> Jordan ordered']);
  });
});

describe('a clause that names no goods of a transfer told before', () => {
  it('takes no stage from a display of other goods ("A locally assembled drone ... was displayed at a parade")', () => {
    const text = 'Kenya bought six Bayraktar TB2 drones from Baykar in 2023. A locally assembled drone, the Simba 3, was displayed at a military parade last year.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Kenya ordered']);
  });

  it('takes no stage from a deal noun that dates another act ("refurbished before their transfer, would serve")', () => {
    const text = 'Chile bought 12 F-16 jets from the Netherlands in 2010. Analysts said the jets, refurbished before their transfer, would serve until 2035.';
    expect(summary(run(text))).toEqual(['F-16 Netherlands -> Chile delivered']);
  });
});

describe('a capitalised cue word between words in lower case', () => {
  it('is part of a name, no cue ("landed at Sale air base")', () => {
    expect(summary(run('RABAT (AP) - Six AH-64E Apache helicopters, bought from the United States, landed at Sale air base in March.'))).toEqual(['AH-64 Apache United States -> Morocco delivered']);
    expect(summary(run('Poland to Buy 180 K2 Tanks From South Korea'))).toEqual(['K2 South Korea -> Poland announced']);
  });
});

describe('a participle that describes the goods', () => {
  it('takes no object after a verb ("will receive donated US Humvee vehicles")', () => {
    expect(summary(run('Ghana will receive donated US Humvee vehicles.'))).toEqual(['Humvee United States -> Ghana pending']);
  });

  it('keeps a verb\'s indirect object ("gave Ukraine Bayraktar TB2 drones")', () => {
    expect(summary(run('Turkey gave Ukraine Bayraktar TB2 drones.'))).toEqual(['Bayraktar TB2 Turkey -> Ukraine delivered']);
  });
});

describe('a noun that stands for the clause\'s verb', () => {
  it('has no premodifier ("assembled locally by SEMAN under a licence arrangement")', () => {
    const text = 'LIMA (AFP) - The 20 KT-1 trainers were supplied by Korea Aerospace Industries, with 10 of them assembled locally by the maintenance service SEMAN under a licence arrangement.';
    expect(summary(run(text))).toEqual(['KT-1 Korea Aerospace Industries -> Peru delivered']);
  });
});

describe('a clause after ", and" whose subject is goods', () => {
  it('opens past a long subject with a contact relative ("and the 24 Mirage 2000 jets it acquired from France between 2007 and 2008 have been")', () => {
    const text = 'ATHENS - Greece abandoned plans to buy Leopard 2 tanks from Germany, and the 24 Mirage 2000 jets it acquired from France between 2007 and 2008 have been partly grounded since 2022.';
    expect(summary(run(text))).toEqual(['Leopard 2 Germany -> Greece cancelled', 'Mirage 2000 France -> Greece delivered']);
  });
});

describe('goods bought that are in use', () => {
  it('were delivered, the use verb in its base form in a relative on them ("fighters that fly from its deck were bought")', () => {
    expect(summary(run('The 45 MiG-29K fighters that fly from its deck were bought from Russia by India.'))).toEqual(['MiG-29 Russia -> India delivered']);
  });
});

describe('a negated arrival with "before"', () => {
  it('is awaited, as with "until" ("are not due before 2027")', () => {
    const text = 'ATHENS - The four Belharra frigates are not due before 2027, officials said. Greece ordered the Belharra frigates from Naval Group in 2022.';
    expect(summary(run(text))).toEqual(['Belharra Naval Group -> Greece pending']);
  });
});

describe('a subordinate clause with a noun phrase and a copula', () => {
  it('is split off, so its goods take no stage of the clause before ("dropped, since the Russian systems are fully compatible")', () => {
    const text = 'MINSK - Belarus received 12 Yak-130 jets from Russia in 2015. A plan to buy Chinese FK-3 systems was dropped, since the Russian systems are fully compatible with the network.';
    expect(summary(run(text))).toEqual(['Yak-130 Russia -> Belarus delivered', 'FK-3 China -> Belarus cancelled']);
  });
});

describe('a plan and its infinitive', () => {
  it('keep their goods past a short date and a participle between ("a plan drafted in 2019 to purchase ... had been dropped")', () => {
    const text = 'MINSK - Belarus bought Tor-M2 systems from Russia. A plan drafted in 2019 to purchase Chinese FK-3 systems had been dropped.';
    expect(summary(run(text))).toEqual(['Tor Russia -> Belarus ordered', 'FK-3 China -> Belarus cancelled']);
  });
});

describe('a clause after ", and" whose subject is a deal', () => {
  it('opens past a participle set off by commas ("and a contract for ..., signed with ..., will allow")', () => {
    const text = 'MINSK - Belarus received two Tor-M2 batteries from Russia this month. Four more Mi-35M helicopters are to be delivered in 2025, and a contract for a batch of BTR-82A carriers, signed with the Arzamas Machine-Building Plant in the summer, will allow the units to replace old vehicles.';
    expect(summary(run(text))).toEqual(['Tor Russia -> Belarus delivered', 'Mi-35 Russia -> Belarus pending', 'BTR-82 Arzamas Machine-Building Plant -> Belarus ordered']);
  });
});

describe('an option looked at', () => {
  it('states no transfer ("had looked at buying HIMARS launchers")', () => {
    expect(summary(run('The Netherlands had looked at buying HIMARS launchers from the United States as a stop-gap.'))).toEqual([]);
  });
});

describe('an arms maker as the recipient of a state', () => {
  it('is no transfer ("handed two A400M aircraft back to Airbus"); the maker still supplies', () => {
    expect(summary(run('Turkey handed two A400M aircraft back to Airbus in 2023 for repairs.'))).toEqual([]);
    expect(summary(run('Airbus delivered two A400M aircraft to Turkey.'))).toEqual(['A400M Airbus -> Turkey delivered']);
  });
});

describe('a sale or purchase told as done before', () => {
  it('is delivered after a perfect participle ("having sold its Bayraktar TB2 to Niger and Mali")', () => {
    expect(summary(run('Turkey has become a leading supplier of drones, having sold its Bayraktar TB2 to Niger and Mali.'))).toEqual(['Bayraktar TB2 Turkey -> Niger delivered', 'Bayraktar TB2 Turkey -> Mali delivered']);
  });

  it('is delivered when the goods bought are told as their holder\'s ("Azerbaijan\'s Hermes 900 drones were bought"), not otherwise', () => {
    expect(summary(run("Azerbaijan's Hermes 900 reconnaissance drones were bought from Israel's Elbit Systems."))).toEqual(['Hermes 900 Elbit Systems -> Azerbaijan delivered']);
    expect(summary(run("Hermes 900 drones were bought from Israel's Elbit Systems by Azerbaijan."))).toEqual(['Hermes 900 Elbit Systems -> Azerbaijan ordered']);
  });
});

describe('the rest of an order awaited', () => {
  it('tells that its first part came ("the remaining two of the six Belharra frigates ... are expected")', () => {
    expect(summary(run('The remaining two of the six Belharra frigates Greece ordered from Naval Group in 2022 are expected next year.'))).toEqual(['Belharra Naval Group -> Greece delivered']);
    expect(summary(run('Two Belharra frigates Greece ordered from Naval Group in 2022 are expected next year.'))).toEqual(['Belharra Naval Group -> Greece pending']);
  });
});

describe('"the jets"', () => {
  it('refer back to a jet transport named last, not to fighters named before it', () => {
    const text = 'Hungary bought Gripen fighters from Sweden in 2001. Portugal ordered five C-390 transport aircraft from Embraer in 2019, and the jets will be delivered in 2026.';
    expect(summary(run(text))).toEqual(['Gripen Sweden -> Hungary delivered', 'C-390 Embraer -> Portugal pending']);
  });
});

describe('goods a purchase complements', () => {
  it('are set aside, after "the" or a possessive ("to complement its 15 NH90 helicopters", "to replace their")', () => {
    expect(summary(run('Sweden intends to buy 12 UH-60M Black Hawks from the United States to complement its 15 NH90 helicopters.'))).toEqual(['UH-60 Black Hawk United States -> Sweden announced']);
    expect(summary(run('Norway will buy six K9 howitzers from South Korea to replace its M109 guns.'))).toEqual(['K9 South Korea -> Norway announced']);
  });
});

describe('a pledge past a short date', () => {
  it('stays a pledge ("agreed last month to send")', () => {
    expect(summary(run('Romania agreed last month to send a Patriot battery to Ukraine.'))).toEqual(['Patriot Romania -> Ukraine announced']);
  });
});

describe('"it" in a partitive relative', () => {
  it('is the subject of the clause the relative hangs on, not a name in its "from" phrase ("one of which it agreed to send")', () => {
    const text = 'Romania received HIMARS launchers from Lockheed Martin in 2022 and operates Patriot batteries, one of which it agreed to send to Ukraine.';
    expect(summary(run(text))).toEqual(['HIMARS Lockheed Martin -> Romania delivered', 'Patriot Romania -> Ukraine announced']);
  });
});

describe('a plan pushed aside', () => {
  it('is cancelled ("pushed aside a plan to buy"); money set aside is not', () => {
    expect(summary(run('Turkey pushed aside a plan to buy 40 F-16 fighters from the United States.'))).toEqual(['F-16 United States -> Turkey cancelled']);
    expect(summary(run('Turkey has set aside 2 billion dollars to buy 40 F-16 fighters from the United States.'))).toEqual(['F-16 United States -> Turkey announced']);
  });
});

describe('a maker assembling goods for a named buyer', () => {
  it('supplies them, as one building them does ("is assembling nine C-390 jets for the Netherlands")', () => {
    expect(summary(run('Embraer is assembling nine C-390 jets for the Netherlands.'))).toEqual(['C-390 Embraer -> Netherlands ordered']);
  });
});

describe("the story's own state level at the top of the recipients", () => {
  it('is the main recipient of a sale called off with no buyer named', () => {
    const text =
      "RABAT, Morocco (AP) — Morocco has received its first Caesar howitzers from France and 24 AH-64E helicopters from the United States. France has also given Caesar howitzers to Ukraine. An earlier plan to acquire China's FD-2000 system was dropped.";
    expect(summary(run(text))).toContain('FD-2000 China -> Morocco cancelled');
  });
});

describe('buyers told only by their region', () => {
  it('are unnamed: no transfer to the story\'s main recipient ("sold K9 howitzers in Europe")', () => {
    expect(summary(run('Canada ordered 14 P-8A aircraft from the United States. Hanwha has sold K9 howitzers in Europe.'))).toEqual(['P-8 Poseidon United States -> Canada ordered']);
    const tear = 'Canada ordered 14 P-8A aircraft from the United States. Hanwha, which is also bidding in Canada, has been on an export tear, signing deals for K9 howitzers across Europe.';
    expect(summary(run(tear))).toEqual(['P-8 Poseidon United States -> Canada ordered']);
  });

  it('do not stand for a region named before the cue ("its only ally in Africa, donated")', () => {
    const text = 'MBABANE, Eswatini (AP) — Taiwan, which counts the kingdom as its only remaining ally in Africa, donated two Bell UH-1H helicopters to the air wing in 2019.';
    expect(summary(run(text))).toEqual(['UH-1 Huey Taiwan -> Eswatini delivered']);
  });
});

describe('"clear" and "clears" as approval verbs', () => {
  it('approve a sale, as "cleared" does', () => {
    expect(summary(run('Washington clears sale of 40 Javelin missiles to Estonia.'))).toEqual(['Javelin United States -> Estonia approved']);
    expect(summary(run('US lawmakers clear sale of 40 Javelin missiles to Estonia.'))).toEqual(['Javelin United States -> Estonia approved']);
  });
});

describe("His Majesty's Armed Forces", () => {
  it("are Tonga's military, not Britain's", () => {
    const text = "China has handed over 20 Dongfeng Mengshi light armoured vehicles to His Majesty's Armed Forces in Tonga.";
    expect(summary(run(text))).toEqual(['Mengshi China -> Tonga delivered']);
  });
});

describe('a subordinate clause that announces a transfer', () => {
  it('is a clause of its own ("a week after Canberra announced it would give Tonga a Cessna 208")', () => {
    const text = 'The gift came less than a week after Canberra announced it would give Tonga a Cessna 208 Caravan.';
    expect(summary(run(text))).toEqual(['Cessna 208 Australia -> Tonga announced']);
  });
});

describe("a reporting verb's day", () => {
  it('stays with the report and does not date the clause after it ("said Tuesday, clearing the way for deliveries to begin next year")', () => {
    const text = "Indonesia's contract for 12 Anka drones from Turkish Aerospace has entered into force, the defence ministry said Tuesday, clearing the way for deliveries to begin next year.";
    expect(summary(run(text))).toEqual(['Anka Turkish Aerospace -> Indonesia pending']);
    const onFriday = "Indonesia's contract for 12 Anka drones from Turkish Aerospace has entered into force, the defence ministry said on Friday, clearing the way for deliveries to begin next year.";
    expect(summary(run(onFriday))).toEqual(['Anka Turkish Aerospace -> Indonesia pending']);
  });
});

describe('a purchase put off indefinitely', () => {
  it('is cancelled; one put off to a date stays pending', () => {
    expect(summary(run('Indonesia postponed indefinitely the purchase of 12 Mirage 2000-5 fighters from Qatar.'))).toEqual(['Mirage 2000 Qatar -> Indonesia cancelled']);
    expect(summary(run('The delivery of 12 Mirage 2000-5 fighters from Qatar to Indonesia was postponed until 2025.'))).toEqual(['Mirage 2000 Qatar -> Indonesia pending']);
  });
});

describe('goods prepared or readied for delivery', () => {
  it('are still to come, as goods ready for delivery are ("were being prepared for shipment", "are being readied for delivery")', () => {
    const prepared = 'The first two of 24 UH-60M Black Hawk helicopters ordered by Indonesia from Sikorsky were being prepared for shipment.';
    expect(summary(run(prepared))).toEqual(['UH-60 Black Hawk Sikorsky -> Indonesia pending']);
    expect(summary(run('Twelve K9 howitzers bought by Poland from Hanwha are being readied for delivery.'))).toEqual(['K9 Hanwha Aerospace -> Poland pending']);
  });
});

describe('patrol aircraft of the lexicon and their later reference', () => {
  it('reads a Dash 8 order and "the turboprop" due after it', () => {
    const text =
      'Iceland has signed a contract with De Havilland Aircraft of Canada for a Dash 8-400 maritime surveillance aircraft. The turboprop, which is to be fitted with a search radar, is due to be handed over to the coast guard in 2026.';
    expect(summary(run(text))).toEqual(['Dash 8 De Havilland Aircraft of Canada -> Iceland pending']);
  });

  it('reads a BN-2 Islander and a Bell 412EPX', () => {
    expect(summary(run('Malta received a BN-2 Islander from Britain in 1992.'))).toEqual(['Islander United Kingdom -> Malta delivered']);
    expect(summary(run('Lesotho ordered a Bell 412EPX helicopter from Bell Textron.'))).toEqual(['Bell 412 Bell Textron -> Lesotho ordered']);
  });
});

describe('a verb form after a possessive', () => {
  it('is a noun, no cue ("seven times the size of our land" lands nothing)', () => {
    const text = 'Iceland has ordered a Dash 8-400 aircraft from De Havilland Canada. "We cannot patrol an area seven times the size of our land with one ageing aircraft," the minister said.';
    expect(summary(run(text))).toEqual(['Dash 8 De Havilland Aircraft of Canada -> Iceland ordered']);
  });
});

describe('an aircraft that lands', () => {
  it('is delivered when a giving participle after it tells what it brings the receiver ("giving the army its first surveillance aircraft")', () => {
    const text = 'The first of two Dornier 228 aircraft bought from India landed in Guyana yesterday, giving the army its first dedicated maritime surveillance aircraft.';
    expect(summary(run(text))).toEqual(['Dornier 228 India -> Guyana delivered']);
  });
});

describe('a pronoun after a reporting verb', () => {
  it('stands for the reporter, not a name inside the relative set off between them ("The coast guard, which ... on behalf of NATO, said it had agreed")', () => {
    const text =
      'REYKJAVIK (Reuters) - Iceland has ordered a Dash 8-400 aircraft for the Icelandic Coast Guard. The coast guard, which also runs the country\'s air defence radar sites on behalf of NATO, said it had agreed last month to lease two Leonardo AW189 helicopters from Italy.';
    expect(summary(run(text))).toContain('AW189 Italy -> Iceland ordered');
  });
});

describe("Switzerland's Federal Council", () => {
  it('acts for Switzerland', () => {
    const text = 'BERN (Reuters) - The Federal Council has decided to buy five IRIS-T SLM air defence systems from Diehl Defence.';
    expect(summary(run(text))).toEqual(['IRIS-T SLM Diehl Defence -> Switzerland announced']);
  });
});

describe('a budget request', () => {
  it('is a plan, not a wish ("is seeking funds to purchase"); "seeking to purchase" stays a wish', () => {
    expect(summary(run('Japan is seeking funds to purchase 300 Switchblade 600 loitering munitions from AeroVironment.'))).toEqual(['Switchblade 600 AeroVironment -> Japan announced']);
    expect(summary(run('Japan is seeking to purchase 300 Switchblade 600 loitering munitions from AeroVironment.'))).toEqual([]);
  });
});

describe('deliveries unnamed parties own', () => {
  it('move no transfer told before ("to let other countries\' arms deliveries cross its territory")', () => {
    const text = "Budapest agreed in February to buy four more Gripen fighters from Sweden. Hungary has refused to send weapons to Ukraine or to let other countries' arms deliveries cross its territory.";
    expect(summary(run(text))).toEqual(['Gripen Sweden -> Hungary ordered']);
  });
});

describe('deliveries sped up', () => {
  it('are still to come ("The Pentagon says it has speeded up deliveries" after a purchase due in the autumn)', () => {
    const text = 'Iraq signed contracts for 36 F-16 fighters, which are not due to arrive until the autumn. The Pentagon says it has speeded up deliveries.';
    expect(summary(run(text))).toEqual(['F-16 United States -> Iraq pending']);
    expect(summary(run('Iraq signed contracts for 36 F-16 fighters. The Pentagon accelerated the purchase.'))).toEqual(['F-16 United States -> Iraq ordered']);
  });
});

describe('a sale told in the simple past', () => {
  it('has changed hands, with no recent date beside it ("Brunei sold three corvettes to Indonesia", "In 2023 it sold ...")', () => {
    expect(summary(run('Brunei sold three Nakhoda Ragam-class corvettes to Indonesia.'))).toEqual(['Nakhoda Ragam-class corvette Brunei -> Indonesia delivered']);
    expect(summary(run('Cyprus bought H145M helicopters from Airbus. In 2022 it sold eleven Mi-35P helicopters to Serbia.'))).toContain('Mi-35 Cyprus -> Serbia delivered');
  });

  it('stays a sale when recent ("sold ... last year", "has recently sold"), or with its price', () => {
    expect(summary(run('Norway sold 32 F-16 jets to Romania last year.'))).toEqual(['F-16 Norway -> Romania ordered']);
    expect(summary(run('Norway has recently sold 32 F-16 jets to Romania.'))).toEqual(['F-16 Norway -> Romania ordered']);
    expect(summary(run('Hanwha Aerospace has already sold K9 howitzers to Egypt for $1.7 billion.'))).toEqual(['K9 Hanwha Aerospace -> Egypt ordered']);
  });

  it('tells goods held in the present perfect too ("Baykar has also sold the TB2 to Togo")', () => {
    expect(summary(run('Norway has sold 32 F-16 jets to Romania.'))).toEqual(['F-16 Norway -> Romania delivered']);
    expect(summary(run('Baykar has also sold the Bayraktar TB2 to Togo and Niger.'))).toEqual(['Bayraktar TB2 Baykar -> Togo delivered', 'Bayraktar TB2 Baykar -> Niger delivered']);
  });
});

describe('"the same model" for the system named before', () => {
  it('takes a design noun after "the same" for the latest system of this sentence or the one before', () => {
    const text = 'Benin received two FPB 98 patrol boats from France in 2012. Ocea has since delivered the same model to Nigeria.';
    expect(summary(run(text))).toContain('FPB 98 Ocea -> Nigeria delivered');
  });

  it('counts "two of the same type" and reads a reference noun by its categories', () => {
    expect(summary(run('Mauritius flies Dornier 228 aircraft from India. New Delhi had earlier gifted two of the same type to the Maldives.'))).toContain('Dornier 228 India -> Maldives delivered');
    expect(summary(run('Peru flies KT-1 trainers built by KAI. KAI has sold the same aircraft to Indonesia.'))).toContain('KT-1 Korea Aerospace Industries -> Indonesia delivered');
  });

  it('takes no system for "the same type of" something else, nor one named two sentences back', () => {
    expect(summary(run('Kenya bought Bayraktar TB2 drones from Turkey. The army trains hard. Soldiers will use the same type of equipment overseas.'))).toEqual(['Bayraktar TB2 Turkey -> Kenya ordered']);
    expect(summary(run('Kenya bought Bayraktar TB2 drones from Turkey. The army trains hard. Ankara sold the same model to Niger.'))).toEqual(['Bayraktar TB2 Turkey -> Kenya ordered']);
  });
});

describe('a relative on "whose" and a body of the name before', () => {
  it('tells what the body of the state before "whose" buys, apart from the clause before', () => {
    const r = summary(run('Norway ordered four Type 212CD submarines from TKMS, whose home country Germany is buying more. Oslo signed a deal with Poland, whose army is buying K2 tanks from South Korea.'));
    expect(r).toContain('K2 South Korea -> Poland ordered');
    expect(r.filter((line) => line.startsWith('K2'))).toHaveLength(1);
  });

  it('keeps "which is" with a verb in -ing inside its clause', () => {
    expect(summary(run('Sweden has previously sold Gripens to Brazil, which is assembling 15 of its 36 Gripen E jets under licence at an Embraer plant, as well as to Hungary.'))).toContain('Gripen Sweden -> Hungary delivered');
  });
});

describe('a partner in a joint programme', () => {
  it('is no seller', () => {
    expect(summary(run('Oslo ordered 44 German-made Leopard 2 tanks in 2021 in a joint programme with the Netherlands.'))).toEqual(['Leopard 2 Germany -> Norway ordered']);
  });
});

describe('money approved for goods', () => {
  it('reads "approved funding for" as an approval of the goods', () => {
    expect(summary(run('The United States has approved funding for four V-BAT drones for the Kenyan police.'))).toEqual(['V-BAT United States -> Kenya approved']);
  });

  it('gives no goods with "a way to"', () => {
    expect(summary(run("The United States has approved funding for the Kenyan police, giving the nation's two patrol boats a way to spot illegal fishing vessels."))).toEqual([]);
  });
});

describe('a bare count between a transfer verb and its party', () => {
  it('is part of the system named last in its sentence or the two before', () => {
    const r = summary(run('Seoul will give Tanzania a Pohang-class corvette. Seoul has used its aging Pohang fleet as a diplomatic tool. It handed one to the Philippines in 2019 and has given others to Vietnam and Peru.'));
    expect(r).toEqual(expect.arrayContaining(['Pohang-class corvette South Korea -> Philippines delivered', 'Pohang-class corvette South Korea -> Vietnam delivered', 'Pohang-class corvette South Korea -> Peru delivered']));
  });

  it('takes no system when goods of its own sentence come first, or with no verb before it', () => {
    expect(summary(run('Poland bought K2 tanks. It sold 40 BMP-1 vehicles and two to Ukraine.'))).not.toContain('K2 South Korea -> Ukraine delivered');
    expect(summary(run('Poland bought K2 tanks from South Korea. Exports rose from one to two.'))).toEqual(['K2 South Korea -> Poland ordered']);
  });
});

describe('a headline clause on goods nearing delivery', () => {
  it('opens at "as" before "near"', () => {
    const r = summary(run('South Korea to give Tanzania a retired warship as Chinese howitzers near delivery\n\nDAR ES SALAAM (AP) - A first batch of SH-15 howitzers, ordered from Norinco in 2022, is due to arrive soon.'));
    expect(r.some((line) => line.startsWith('SH-15 South Korea'))).toBe(false);
  });

  it('reads "nearing delivery" as pending', () => {
    expect(summary(run('The K9 howitzers Norway ordered from Hanwha Aerospace are nearing delivery.'))).toEqual(['K9 Hanwha Aerospace -> Norway pending']);
  });

  it('reads a headline\'s "near arrival" as pending, not as the arrival', () => {
    const r = summary(run('Estonia buys radars as long-awaited K9 howitzers near arrival\n\nTALLINN - The K9 howitzers Estonia ordered from Hanwha Aerospace in 2023 are expected next year.'));
    expect(r).toEqual(['K9 Hanwha Aerospace -> Estonia pending']);
  });
});

describe("a headline's state over one sentence's list", () => {
  it('gives a transfer with no recipient to the state the headline names, in a story with no dateline', () => {
    const text = 'Chad turns to Russian helicopters\n\nChad has received its first helicopters from Russia. The Mi-171Sh aircraft were delivered by Rosoboronexport. Turkey delivered Anka drones in 2023. Mali has received Su-24 bombers, L-39 jets and Mi-8 helicopters from Russia.';
    const r = summary(run(text));
    expect(r).toEqual(expect.arrayContaining(['Mi-171Sh Rosoboronexport -> Chad delivered', 'Anka Turkey -> Chad delivered', 'Su-24 Russia -> Mali delivered']));
  });

  it('keeps the list as the majority under a dateline', () => {
    const text = 'Sudan gets drones\n\nWASHINGTON (Reuters) - Iran has sent Sudan Mohajer-6 and Ababil drones, officials said. Earlier, Iran delivered Shahed drones.';
    expect(summary(run(text))).toContain('Shahed Iran -> Sudan delivered');
  });
});

describe('a participle right before "by"', () => {
  it('takes the "by" without an auxiliary ("rebels backed by Sudan")', () => {
    const r = summary(run('Chad turns to Russia\n\nIts Su-25 ground attack jets were bought from Ukraine in 2008, at a time when rebels backed by neighbouring Sudan were advancing on the capital.'));
    expect(r.some((line) => line.endsWith('-> Sudan delivered'))).toBe(false);
  });
});

describe('a part noun that is one of the roles of a head noun after it', () => {
  it('keeps the system as goods ("six K-8 training and light attack jets")', () => {
    expect(summary(run('In 2011 Bolivia received six K-8 training and light attack jets from China.'))).toEqual(['K-8 China -> Bolivia delivered']);
  });

  it('still reads training for a system of another category as a part ("F-16 training and support equipment")', () => {
    expect(summary(run('The US approved a sale of F-16 training and support equipment to Taiwan.'))).toEqual([]);
  });
});

describe('a relative with no transfer verb set off inside the clause it interrupts', () => {
  it('lets the clause go on with its goods after it, and tells its own reduced relative apart', () => {
    const r = summary(run('LA PAZ - Bolivia has ordered 30 VN4 armoured vehicles from Norinco.\n\nThe 4x4 vehicles, which will replace Urutu and Cascavel models bought from Brazil in the 1970s, are to be delivered in two lots next year.'));
    expect(r).toContain('VN-4 Norinco -> Bolivia pending');
    expect(r).toContain('Cascavel Brazil -> Bolivia delivered');
    expect(r.some((line) => line.startsWith('VN-4 Brazil'))).toBe(false);
  });

  it('leaves an actor before "which" the subject the clause goes on with', () => {
    expect(summary(run('Nurol Makina, which does not disclose export figures, has already delivered its larger Ejder Yalcin model to Senegal.'))).toEqual(['Ejder Yalcin Nurol Makina -> Senegal delivered']);
  });
});

describe("arrivals in a story filed from another state", () => {
  it("go to the buyer the headline names when the dateline's state receives nothing", () => {
    const text = 'Azerbaijan receives first Akinci drones\n\nISTANBUL - Azerbaijan has taken delivery of the first Bayraktar Akinci drones from Baykar, the company said. Israel has delivered Harop loitering munitions.';
    expect(summary(run(text))).toContain('Harop Israel -> Azerbaijan delivered');
  });

  it("go to the dateline's state when it receives arms itself", () => {
    const text = 'Latvia and Estonia sign IRIS-T deal\n\nRIGA (LSM) - Latvia received Stinger missiles from the United States in 2019. Germany has delivered IRIS-T SLM systems.';
    expect(summary(run(text))).toContain('IRIS-T SLM Germany -> Latvia delivered');
  });
});

describe('a company that signs with buyers', () => {
  it('sells to each of them', () => {
    expect(summary(run('Baykar has signed Akinci contracts with Pakistan and Saudi Arabia.'))).toEqual(['Akinci Baykar -> Pakistan ordered', 'Akinci Baykar -> Saudi Arabia ordered']);
  });
});

describe('a stage told of goods from another country', () => {
  it('does not move the transfer told before ("a shipment of ammunition from Belarus ... is due")', () => {
    const r = summary(run('HARARE - In 1986 Zimbabwe bought a squadron of Chengdu F-7 fighters from China. Officials said a shipment of ammunition from Belarus is due to arrive before the end of the year.'));
    expect(r).toContain('F-7 China -> Zimbabwe delivered');
  });

  it('still moves it when the country named is a party of it', () => {
    expect(summary(run('Zimbabwe ordered six K-8 jets from China in 2021. Deliveries to Zimbabwe are due to begin next year.'))).toEqual(['K-8 China -> Zimbabwe pending']);
  });
});

describe('members of an unnamed party after "among them"', () => {
  it('are its recipients, and "African states" is no reporting verb', () => {
    const r = summary(run('Togo buys drones\n\nLOME (AFP) - Togo bought drones. Ankara has sold the TB2 to a string of African states, among them Burkina Faso and Niger.'));
    expect(r).toEqual(expect.arrayContaining(['Bayraktar TB2 Turkey -> Burkina Faso delivered', 'Bayraktar TB2 Turkey -> Niger delivered']));
  });
});

describe('talks that a later verb ends', () => {
  it('are cancelled when a passive ends them in their own clause, the other side selling', () => {
    const r = summary(run('Peru eyes jets\n\nLIMA (Reuters) - Peru bought six Mi-35 helicopters from Russia in 2011. Talks with Moscow over Su-30 fighters were suspended in 2020.'));
    expect(r).toContain('Su-30 Russia -> Peru cancelled');
  });

  it('are cancelled by a later clause of the sentence ("but those plans were dropped")', () => {
    const r = summary(run('Kenya had been in negotiations with Italy\'s Leonardo for six M-346 trainers, but those plans were dropped last year.'));
    expect(r).toContain('M-346 Leonardo -> Kenya cancelled');
  });

  it('keep a buying topic as the wish the later clause ends, and leave a transfer told before alone', () => {
    const text = 'Washington approved the sale of 200 Javelin missiles to Oman in May. Muscat had also held talks with Moscow about buying the Pantsir-S1 system, but dropped the idea after US warnings.';
    expect(summary(run(text))).toEqual(['Javelin United States -> Oman approved', 'Pantsir Russia -> Oman cancelled']);
  });

  it('tell no transfer when nothing ends them', () => {
    expect(summary(run('Kenya held talks with Leonardo on six M-346 trainers last year.'))).toEqual([]);
  });

  it('leave "the following year" after a passive cancelling verb no object of it', () => {
    const r = summary(run('In 2017 Moscow was in talks to sell Su-35 jets to Jakarta; the idea was quietly shelved the following year.'));
    expect(r).toEqual(['Su-35 Russia -> Indonesia cancelled']);
  });
});

describe('a partitive relative after goods with no transfer', () => {
  it('moves no transfer told before ("the last of which were handed over")', () => {
    const text = 'Chile ordered six HIMARS launchers from Lockheed Martin in 2023. The army has been absorbing 300 JLTV vehicles from Oshkosh, the last of which were handed over in May.';
    expect(summary(run(text))).toContain('HIMARS Lockheed Martin -> Chile ordered');
  });
});

describe('a partitive relative with a subordinate verb', () => {
  it('leaves the goods before it alone when the verb after "once" or "until" has a subject of its own', () => {
    const text = 'Estonia bought 40 used CV90 vehicles from Norway in 2014, many of which will be retired once the new K9 howitzers arrive.';
    expect(summary(run(text))).toContain('CV90 Norway -> Estonia delivered');
  });

  it('still reads a stage the partitive itself tells', () => {
    expect(summary(run('Estonia ordered 12 K9 howitzers from South Korea, the first of which will arrive in May.'))).toEqual(['K9 South Korea -> Estonia pending']);
  });
});

describe('a cancellation lifted', () => {
  it('tells no cancellation ("lifted its suspension", "lifted the freeze")', () => {
    expect(summary(run('Germany sold 20 Eurofighter jets to Oman in 2015. Berlin later lifted its suspension of arms exports to the Gulf.'))).toEqual(['Eurofighter Germany -> Oman delivered']);
    expect(summary(run('Peru ordered six KT-1 trainers from KAI in 2021. Seoul lifted the freeze on exports in May.'))).toEqual(['KT-1 Korea Aerospace Industries -> Peru ordered']);
  });
});

describe('an approval told in a headline and by its US programme name', () => {
  it('opens a headline clause at "as" before a listed verb in capitals ("as State OKs Black Hawk sale")', () => {
    const r = summary(run('Kenya receives final trainers as State OKs Black Hawk sale\n\nNAIROBI - The US State Department approved the sale of eight UH-60M Black Hawk helicopters to Kenya.'));
    expect(r).toEqual(['UH-60 Black Hawk United States -> Kenya approved']);
  });

  it('splits off "after <name> approved a possible Foreign Military Sale", the approval of a sale', () => {
    const r = summary(run('Kenya took delivery of two Grob G 120 trainers from Germany. The delivery came a day after the State Department approved a possible Foreign Military Sale to Kenya of eight UH-60M Black Hawk helicopters.'));
    expect(r).toContain('UH-60 Black Hawk United States -> Kenya approved');
  });

  it('leaves a passive relative on later goods to them ("would join 24 Kiowa helicopters that were given to")', () => {
    const text = 'Washington approved the sale of eight UH-60M Black Hawk helicopters to Kenya in May. The Black Hawks would join 12 OH-58D Kiowa helicopters that were given to Kenya in 2017 by the US Army.';
    expect(summary(run(text))).toContain('UH-60 Black Hawk United States -> Kenya approved');
  });
});

describe('a participial aside with no cue', () => {
  it('names no party of the clause ("first raised during a visit by the president to Russia")', () => {
    const text = 'Peru eyes helicopters\n\nLIMA (Reuters) - Peru bought six Mi-35 helicopters from Russia in 2011. Talks with Moscow over Mi-17 helicopters, first raised during a visit by the president to Russia in 2019, were abandoned in 2020.';
    expect(summary(run(text))).toContain('Mi-17 Russia -> Peru cancelled');
  });
});

describe('a passive relative past the maker of the goods', () => {
  it('is about the goods, not the maker ("ships built by Lurssen, which were handed over")', () => {
    expect(summary(run('Navy news\n\nThe navy has four Darussalam-class patrol ships built by Lurssen, which were handed over to Brunei in 2014.'))).toEqual(['Darussalam-class patrol ship Lurssen -> Brunei delivered']);
    expect(summary(run('Army news\n\nGhana flies six Z-9 helicopters made by China\'s Harbin Aircraft, which were delivered to Ghana in 2015.'))).toEqual(['Z-9 China -> Ghana delivered']);
  });
});

describe('a counted part of the goods as the subject of a clause of its own', () => {
  it('opens a clause after a colon or ", and" ("the first two of six H145M helicopters ... were handed over")', () => {
    const text = 'Air force news\n\nLIMA (Reuters) - Peru\'s air force is growing. It was not Lima\'s first Korean purchase: the first two of six KT-1 trainers ordered in 2012 were handed over by KAI in 2014.';
    expect(summary(run(text))).toEqual(['KT-1 Korea Aerospace Industries -> Peru delivered']);
  });
});

describe('"yet to" before an act', () => {
  it('awaits the act, not a delivery ("a deal that has yet to be signed" leaves the approval)', () => {
    const text = "Chile news\n\nSANTIAGO (Reuters) - Washington's approval of a sale to Chile of 40 Javelin missiles, a deal that has yet to be signed, came last week.";
    expect(summary(run(text))).toEqual(['Javelin United States -> Chile approved']);
    expect(summary(run('Chile news\n\nSANTIAGO (Reuters) - The 40 Javelin missiles Chile bought from the United States have yet to be delivered.'))).toEqual(['Javelin United States -> Chile pending']);
  });
});

describe('goods a use verb takes, with an object relative of their own', () => {
  it('have only the relative\'s stage ("deciding instead to keep flying the Typhoons it bought from Airbus")', () => {
    const text = 'Austria news\n\nVIENNA (Reuters) - In 2019 Austria broke off talks with Sweden over leasing Saab Gripen fighters, deciding instead to keep flying the 15 Eurofighter Typhoons it bought from Airbus in 2003.';
    expect(summary(run(text))).toEqual(['Gripen Sweden -> Austria cancelled', 'Eurofighter Typhoon Airbus -> Austria delivered']);
  });
});

describe('a design noun right after a transfer verb', () => {
  it('is the system named before, with no "same" ("HAL has previously supplied the type to Mauritius")', () => {
    const text = "Malawi news\n\nLILONGWE - Malawi ordered two Dhruv helicopters from India's Hindustan Aeronautics Limited (HAL). HAL has previously supplied the type to Mauritius and Nepal.";
    expect(summary(run(text))).toEqual(['Dhruv Hindustan Aeronautics -> Malawi ordered', 'Dhruv Hindustan Aeronautics -> Mauritius delivered', 'Dhruv Hindustan Aeronautics -> Nepal delivered']);
    expect(summary(run('Malawi news\n\nLILONGWE - Malawi ordered two Dhruv helicopters from India. It did not say the type of engine.'))).toEqual(['Dhruv India -> Malawi ordered']);
  });
});

describe('a headline\'s "as" before a listed subject and an auxiliary', () => {
  it('opens a statement of its own ("receives Chinese rifles as Indian helicopters, US plane are lined up")', () => {
    const text = "Army receives Chinese rifles as Indian helicopters, US plane are lined up\n\nLILONGWE - Malawi's army on Tuesday took delivery of QBZ-95 rifles donated by China. Two Dhruv helicopters ordered from India are now expected early next year.";
    expect(summary(run(text))).toEqual(['QBZ-95 China -> Malawi delivered', 'Dhruv India -> Malawi pending']);
  });
});

describe('a maker\'s possessive before an adjective and the goods', () => {
  it('still names the maker ("have both bought Baykar\'s larger Akinci drone")', () => {
    expect(summary(run("Sahel news\n\nBAMAKO (Reuters) - Mali and Niger have both bought Baykar's larger Akinci drone."))).toEqual(['Akinci Baykar -> Niger ordered', 'Akinci Baykar -> Mali ordered']);
  });
});

describe('a bare plural kind of goods', () => {
  it('does not stand for the one system of its kind named before ("has since shipped helicopters and ammunition to Mali")', () => {
    const text = 'Sahel news\n\nBAMAKO (Reuters) - Russia sold Mi-17 helicopters to Burkina Faso in 2020. Moscow has since shipped helicopters and ammunition to Mali.';
    expect(summary(run(text))).toEqual(['Mi-17 Russia -> Burkina Faso delivered']);
  });

  it('still stands for the system named right after it or in its own name ("Ejder Yalçın 4x4 armoured vehicles")', () => {
    const text = 'Ivorian army takes delivery of armoured vehicles\n\nABIDJAN (AFP) - Ivory Coast on Monday took delivery of 12 Ejder Yalcin 4x4 armoured vehicles ordered from Turkey.';
    expect(summary(run(text))).toEqual(['Ejder Yalcin Turkey -> Ivory Coast delivered']);
  });
});

describe('a delivery that never came', () => {
  it('is cancelled when passive or an arrival ("was never sent"), not a capability or a deal that "never got that far"', () => {
    const text = 'Eritrea news\n\nASMARA - A consignment of Nimr armoured vehicles that the United Arab Emirates had agreed to supply in 2019 was never sent.';
    expect(summary(run(text))).toEqual(['Nimr United Arab Emirates -> Eritrea cancelled']);
    const capability = 'Kuwait news\n\nKUWAIT - Kuwait received H225M helicopters from Airbus Helicopters in 2023. "They give us what the old Pumas could never provide," a pilot said.';
    expect(summary(run(capability))).toEqual(['H225M Airbus Helicopters -> Kuwait delivered']);
  });
});

describe('", and" before a subordinator, a subject and a verb of its own', () => {
  it('opens a clause of its own (", and as NATO ally Croatia took the last of its Rafales")', () => {
    const text = 'Balkan news\n\nPODGORICA - The deal comes as Serbia prepares to receive 12 Rafale fighter jets ordered from France last August, and as NATO ally Croatia took the last of its 12 second-hand Rafales from France in April.';
    expect(summary(run(text))).toEqual(['Rafale France -> Serbia pending', 'Rafale France -> Croatia delivered']);
  });
});

describe('a list of parties inside a relative', () => {
  it('is not cut at its commas (", which Moscow has exported to Libya, the United Arab Emirates and Iraq")', () => {
    const text = 'Air defence news\n\nKHARTOUM - Sudan is said to want Tor-M2 air defence systems, which Moscow has exported to Libya, the United Arab Emirates and Iraq, officials said.';
    expect(summary(run(text))).toEqual(['Tor Russia -> Libya delivered', 'Tor Russia -> United Arab Emirates delivered', 'Tor Russia -> Iraq delivered']);
  });

  it('still ends at a comma before ", and" and one party ("which it bought from Russia, and Poland, which ...")', () => {
    const text = 'Tank news\n\nKYIV - Ukraine received T-72 tanks from the Czech Republic, which it had bought from Russia, and Poland, which sent PT-91 tanks.';
    expect(summary(run(text))).not.toContain('T-72 Russia -> Poland ordered');
  });
});

describe('a pronoun subject after a contrast word', () => {
  it('stands for the first name no preposition governs ("Under a deal with Turkey, Azerbaijan bought ..., but it later ordered")', () => {
    const text = 'Azerbaijan news\n\nBAKU - Under a deal with Turkey, Azerbaijan bought Bayraktar TB2 drones in 2020, but it later ordered Akinci drones from Baykar.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Turkey -> Azerbaijan delivered', 'Akinci Baykar -> Azerbaijan ordered']);
  });

  it('is not a name a preposition governed in the clause before ("it bought from Canada ..., while the guns it acquired from Austria")', () => {
    const text = 'Baltic news\n\nTALLINN - Estonia has moved away from secondhand equipment. The last of the Bell 412 helicopters it bought from Canada arrived in 2021, while the M109 howitzers it acquired from Austria in 2016 were retired.';
    expect(summary(run(text))).toContain('M109 Austria -> Estonia delivered');
    expect(summary(run(text)).some((line) => line.includes('-> Canada'))).toBe(false);
  });
});

describe('a country adjective before a kind of goods', () => {
  it('gives the goods\' origin, not the party a preposition names ("signs for Swedish coastal missiles")', () => {
    const text = 'Lithuania signs for Swedish coastal missiles days after first F-16 lands at Siauliai\n\nVILNIUS - Lithuania bought four F-16 jets from the United States in 2020.';
    expect(summary(run(text)).some((line) => line.includes('Sweden'))).toBe(false);
  });

  it('still names the party when the kind describes a noun after it ("the Belarusian arms exporter", "Polish tank crews")', () => {
    const text = 'Helicopter news\n\nCAIRO - Egypt bought 46 Mi-17 helicopters from the Belarusian arms exporter in 2015. Peru sent two Mi-17 helicopters to Polish tank crews in 2019.';
    expect(summary(run(text))).toEqual(['Mi-17 Belarus -> Egypt delivered', 'Mi-17 Peru -> Poland delivered']);
  });

  it('still names the seller before a deal noun ("a big American air defence purchase")', () => {
    const text = 'Lithuania news\n\nVILNIUS - Lithuania in 2021 walked away from a big American air defence purchase, the NASAMS system, citing cost.';
    expect(summary(run(text))).toEqual(['NASAMS United States -> Lithuania cancelled']);
  });
});

describe('a delivery noun measuring the goods of a deal noun', () => {
  it('leaves the deal its stage ("signed a contract for a batch of 10 Guarani vehicles")', () => {
    const text = "Peru news\n\nLIMA (Reuters) - Peru's defence ministry has signed a contract for a batch of 10 Guarani armoured vehicles from Brazil, the ministry said on Monday.";
    expect(summary(run(text))).toEqual(['Guarani Brazil -> Peru ordered']);
  });
});

describe('an adjective cue inside a noun phrase', () => {
  it('describes the noun and tells no stage ("the western operational command"), but does after a copula', () => {
    const cueWords = (text: string) => {
      const tokens = tokenize(text, { start: 0, end: text.length }, 0);
      return findCues(tokens, { first: 0, last: tokens.length - 1 }, () => false).map((c) => tokens[c.first]!.lower);
    };
    expect(cueWords("The carriers will let the army's western operational command retire its trucks.")).not.toContain('operational');
    expect(cueWords('The first fully operational battery was shown.')).not.toContain('operational');
    expect(cueWords('The battery is now fully operational.')).toContain('operational');
  });
});

describe('a headline subordinate with a hyphenated word in its subject', () => {
  it('opens its own statement, whose giver joined to a participle is a party of its own ("as U.S.-donated surveillance plane arrives")', () => {
    const text = 'Peru orders Guarani armoured vehicles as U.S.-donated surveillance plane arrives in Lima\n\nLIMA (Reuters) - Peru has ordered 12 Guarani armoured vehicles from Brazil, the ministry said on Monday.';
    expect(summary(run(text))).toEqual(['Guarani Brazil -> Peru ordered']);
  });

  it('gives a joined giver only to goods after it ("gets Bayraktar TB2 drones as U.S.-gifted aircraft switch")', () => {
    const text = 'Peru gets Bayraktar TB2 drones as U.S.-gifted aircraft switch to police crews\n\nLIMA (Reuters) - Peru has taken delivery of three Bayraktar TB2 drones from Baykar.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Peru delivered']);
  });
});

describe('who pays, when the clause names the goods\' maker', () => {
  it('is no supplier ("howitzers made by Czech firm Excalibur Army are being shipped ... under a contract financed by Germany")', () => {
    const text = 'Ukraine news\n\nKYIV - Dana howitzers made by Czech firm Excalibur Army are being shipped to Ukraine under a contract that is financed by Germany and Norway, officials said.';
    expect(summary(run(text))).toEqual(['DANA Excalibur Army -> Ukraine delivered']);
  });

  it('still gives a gift a firm built ("boats built by Metal Shark and funded by the United States were donated")', () => {
    const text = 'Ghana news\n\nACCRA - Six Defender-class boats built by Metal Shark and funded by the United States were donated to Ghana in 2021.';
    expect(summary(run(text))).toEqual(['Defender-class boat United States -> Ghana delivered']);
  });
});

describe('a clause opened by "whether"', () => {
  it('is in doubt and states no stage ("though it is not clear whether the aircraft have been handed over")', () => {
    const text = 'Mali news\n\nBAMAKO (AFP) - Russia pledged two Mi-17 helicopters to Mali in July, though it is not clear whether the aircraft have been handed over.';
    expect(summary(run(text))).toEqual(['Mi-17 Russia -> Mali announced']);
  });
});

describe('a stage still to come told after two transfers of one sentence', () => {
  it('moves the one not yet delivered ("... for Ground Master 200 radars, weeks after TB2 drones were handed over. Deliveries are expected")', () => {
    const text = "Georgia news\n\nTBILISI - Georgia has signed a contract with France's Thales for Ground Master 200 radars, the ministry said on Monday, weeks after a batch of Turkish-built Bayraktar TB2 drones was handed over to the country's army. Deliveries are expected to start next year.";
    expect(summary(run(text))).toEqual(['Ground Master 200 Thales -> Georgia pending', 'Bayraktar TB2 Turkey -> Georgia delivered']);
  });
});

describe('a subordinate clause whose subject is goods of its own', () => {
  it('keeps its cue from the goods before ("bought in 2015 are expected to be retired once the Ankas enter service")', () => {
    const text = 'Iraq to retire Chinese drones\n\nBAGHDAD (Reuters) - Iraq ordered six Anka drones from Turkish Aerospace last year. The Chinese-made CH-4 drones that Iraq bought from China in 2015 are expected to be retired once the Ankas enter service.';
    expect(summary(run(text))).toContain('CH-4 China -> Iraq delivered');
  });

  it('does not end a subject it interrupts ("an agreement to buy Mirage jets, signed to fill the gap until the Rafales arrive, was cancelled")', () => {
    const text = 'Jakarta drops jet deal\n\nJAKARTA (Reuters) - Indonesia ordered 42 Rafale fighters from France in 2022. An agreement to buy 12 used Mirage 2000-5 jets from Qatar, signed to fill the gap until the Rafales arrive, was cancelled in early 2024.';
    expect(summary(run(text))).toContain('Mirage 2000 Qatar -> Indonesia cancelled');
  });
});

describe('a stage told of goods of another kind', () => {
  it('does not move the transfer told before ("orders 20 K9 howitzers, freezes Israeli drone purchase")', () => {
    const text = 'Norway orders 20 K9 howitzers, freezes Israeli drone purchase\n\nOSLO (Reuters) - Norway has ordered 20 K9 howitzers from Hanwha Aerospace, the ministry said.';
    expect(summary(run(text))).toEqual(['K9 Hanwha Aerospace -> Norway ordered']);
  });

  it('still ends a deal when the goods of its kind are named by a definite reference ("could not afford the tanks")', () => {
    const text = 'Peru scraps tank deal\n\nLIMA (Reuters) - Peru ordered 24 Leopard 2 tanks from Germany in 2021. The deal was scrapped last year after the army concluded it could not afford the tanks.';
    expect(summary(run(text))).toEqual(['Leopard 2 Germany -> Peru cancelled']);
  });
});

describe('a headline "as" clause whose verb is also a noun ("as U.S. Patriot delivery slips")', () => {
  it('is a clause of its own: the buyer of the main clause is no supplier of its goods', () => {
    const text = 'Lima signs for German Leopard 2 tanks as U.S. Patriot delivery slips\n\nLIMA (Reuters) - Peru signed a contract with KNDS for 54 Leopard 2 tanks on Thursday, the ministry said. The deal came a week after Washington informed Lima that the five Patriot systems it ordered in 2022 would arrive later than planned.';
    const transfers = summary(run(text));
    expect(transfers).toContain('Leopard 2 KNDS -> Peru ordered');
    expect(transfers).not.toContain('Patriot Peru -> United States delivered');
  });

  it('does not give its delivery noun, qualified by a name of other goods, to the transfer before ("as U.S. Stryker delivery slips")', () => {
    const text = 'Lima signs for Korean K2 tanks as U.S. Stryker delivery slips\n\nLIMA (Reuters) - Peru signed a contract with Hyundai Rotem for 54 K2 tanks on Thursday, the ministry said.';
    expect(summary(run(text))).toEqual(['K2 Hyundai Rotem -> Peru ordered']);
  });
});

describe('an opening gerund phrase ("After receiving TB2 drones from Turkey in 2022, Mali has ordered ...")', () => {
  it('tells a transfer of its own, its subject the main clause\'s', () => {
    const text = 'Mali turns to Turkey\n\nBAMAKO (Reuters) - After receiving TB2 drones from Turkey in 2022, Mali has ordered Akinci drones from Baykar.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Turkey -> Mali delivered', 'Akinci Baykar -> Mali ordered']);
  });
});

describe('clauses that tell no stage of the goods before', () => {
  const opening = 'Mali turns to Turkey\n\nBAMAKO (Reuters) - Mali has ordered Akinci drones from Baykar';

  it('"whatever it can get from whoever will sell it": the pronoun stands for goods unnamed', () => {
    expect(summary(run(`${opening}. "Bamako is buying whatever it can get from whoever will sell it," said an analyst in Dakar.`))).toEqual(['Akinci Baykar -> Mali ordered']);
  });

  it('"would not say how many of the aircraft were involved or when they would arrive": a joined question left open', () => {
    expect(summary(run(`${opening}, although officials would not say how many of the aircraft were involved or when they would arrive.`))).toEqual(['Akinci Baykar -> Mali ordered']);
  });

  it('"Chinese hardware is arriving too": goods a country\'s adjective qualifies are that country\'s', () => {
    expect(summary(run(`${opening}. Chinese hardware is arriving too.`))).toEqual(['Akinci Baykar -> Mali ordered']);
  });
});

describe('a plan with a phrasal participle before its infinitive', () => {
  it('shares its fate with its goods ("A plan drawn up in 2019 to acquire six Mi-17 helicopters from Russia was shelved")', () => {
    const text = 'Cambodia drops plan\n\nPHNOM PENH (Reuters) - Cambodia bought two Y-12 aircraft from China in 2022. A plan drawn up in 2019 to acquire six Mi-17 helicopters from Russia was shelved.';
    expect(summary(run(text))).toContain('Mi-17 Russia -> Cambodia cancelled');
  });
});

describe('a subordinate clause whose own subject failed ("after an earlier attempt to replace the MiG-21s collapsed")', () => {
  it('does not end the deal of the clause before', () => {
    const text = 'Zagreb buys jets\n\nZAGREB (Reuters) - Croatia bought 12 used Rafale fighter jets from France in 2021, and the first six are scheduled to land in the spring. The Rafale deal came after an earlier attempt to replace the ageing MiG-21s collapsed.';
    expect(summary(run(text))).toEqual(['Rafale France -> Croatia pending']);
  });

  it('still ends a deal whose failure has an object ("after the ministry cancelled the order")', () => {
    const text = 'Zagreb drops jets\n\nZAGREB (Reuters) - Croatia ordered 12 Rafale fighter jets from France in 2021. The talks ended after the ministry cancelled the Rafale order.';
    expect(summary(run(text))).toEqual(['Rafale France -> Croatia cancelled']);
  });
});

describe('goods awaited by their owner', () => {
  it('a headline\'s "Chile\'s first C-390 transports slip to 2026": the owner named is the recipient', () => {
    const text = "Chile's first C-390 transports slip to 2026\n\nSANTIAGO (Reuters) - The ministry said on Sunday that the schedule had changed. Brazil has sold the C-390 to Portugal and Hungary.";
    expect(summary(run(text))).toContain('C-390 Brazil -> Chile pending');
  });

  it('"Mi-171Sh deliveries stall": a delivery that stalls is still awaited', () => {
    const text = 'Peru receives first H145M helicopters; Mi-171Sh deliveries stall\n\nLIMA (Reuters) - Peru has taken delivery of the first two of six H145M helicopters ordered from Airbus. A contract for four Mi-171Sh helicopters was concluded with Rosoboronexport in 2019.';
    expect(summary(run(text))).toContain('Mi-171Sh Rosoboronexport -> Peru pending');
  });
});

describe('the wait told after a relative on the goods', () => {
  it('"The J-10C fighters that Cairo bought from China under a deal reported at $2 billion in 2023 are still awaited"', () => {
    const text = 'Egypt waits for jets\n\nCAIRO (Reuters) - The J-10C fighters that Cairo bought from China under a deal reported at $2 billion in 2023 are still awaited.';
    expect(summary(run(text))).toEqual(['J-10 China -> Egypt pending']);
  });

  it('"An IRIS-T SLM system that Oslo bought from Germany to donate to Ukraine has yet to reach Kyiv": the buyer passes it on', () => {
    const text = "Norway's gift delayed\n\nOSLO (Reuters) - An IRIS-T SLM system that Oslo bought from Germany in 2023 to donate to Ukraine has yet to reach Kyiv.";
    expect(summary(run(text))).toContain('IRIS-T SLM Norway -> Ukraine pending');
  });
});

describe('a deal noun for a batch, after the seller it is signed with', () => {
  it('"signed a contract with Turkish manufacturer Otokar for a batch of 40 Cobra II": the batch measures the goods, the deal tells the stage', () => {
    const text = 'Kenya buys armour\n\nNAIROBI (Reuters) - Kenya has signed a contract with Turkish manufacturer Otokar for a batch of 40 Cobra II armoured vehicles, the ministry said.';
    expect(summary(run(text))).toEqual(['Cobra II Otokar -> Kenya ordered']);
  });
});

describe('a remainder that opens a clause ("The remaining four ... are due to arrive")', () => {
  it('tells that the first part of the order came', () => {
    const text = 'Malawi gets trainers\n\nLILONGWE (Reuters) - Malawi ordered six K-8 jet trainers from China last year. The remaining four, built like the first pair by Hongdu, are due to arrive by the end of the year, the air force said.';
    expect(summary(run(text))).toEqual(['K-8 China -> Malawi delivered']);
  });
});

describe('an event told before, then named by a definite noun', () => {
  it('"the freeze of Western assistance" after "Washington froze $50 million" moves no transfer', () => {
    const text = 'Moldova leans on Romania\n\nCHISINAU (Reuters) - In May, Washington froze $50 million in assistance to Chisinau. The United States delivered Javelin missiles to Moldova in 2019. The opposition has made the freeze of Western assistance a campaign theme.';
    expect(summary(run(text))).toEqual(['Javelin United States -> Moldova delivered']);
  });
});

describe('a headline opened by an absolute phrase ("With U.S. aid frozen, Moldova leans on Romania")', () => {
  it('names the story\'s state after its comma', () => {
    const text = 'With U.S. aid frozen, Moldova leans on Romania for armour\n\nMoldova has received 30 Piranha vehicles from Romania this week, the ministry said. The Mistral missiles supplied by MBDA have entered service.';
    expect(summary(run(text))).toEqual(['Piranha Romania -> Moldova delivered', 'Mistral MBDA -> Moldova delivered']);
  });
});

describe('a purchase spread over a span of years before the story', () => {
  it('"has bought Wing Loong drones from China over the past decade": long delivered; not over the past two years', () => {
    const text = (span: string) => `Morocco's drones\n\nRABAT (Reuters) - Morocco has bought Wing Loong drones from China over the past ${span}.`;
    expect(summary(run(text('decade')))).toEqual(['Wing Loong China -> Morocco delivered']);
    expect(summary(run(text('two years')))).toEqual(['Wing Loong China -> Morocco ordered']);
  });
});

describe('a maker whose group has one division the story names', () => {
  it('"six Airbus H145M helicopters, an Airbus Helicopters spokesperson said": the division supplies', () => {
    const text = 'Peru receives helicopters\n\nLIMA (Reuters) - Peru has taken delivery of the first two of six Airbus H145M helicopters, an Airbus Helicopters spokesperson said.';
    expect(summary(run(text))).toEqual(['H145M Airbus Helicopters -> Peru delivered']);
  });
});

describe('a name after "with" with a gerund of its own ("with Niamey flying TB2s since 2022")', () => {
  it('is that verb\'s subject, no one the goods are dealt with', () => {
    const text = "Sahel turns to Turkey\n\nNIAMEY (Reuters) - Chad and Niger have also turned to Turkey, with Niamey flying TB2s since 2022 and N'Djamena taking delivery of Akinci drones earlier this year.";
    expect(summary(run(text))).toEqual(['Akinci Turkey -> Chad delivered']);
  });
});

describe('a giving verb\'s -ing form after a comma ("..., giving the country its first air defence")', () => {
  it('tells what the act before it gave: its stage yields to that act\'s', () => {
    const text = 'Latvia signs for radars\n\nRIGA (Reuters) - Latvia signed a contract with Saab for four Giraffe 1X radars on Monday, giving the army its first long-range radars.';
    expect(summary(run(text))).toEqual(['Giraffe 1X Saab -> Latvia ordered']);
  });

  it('still delivers when it is the only act of its sentence', () => {
    const text = 'Slovakia helped Ukraine\n\nBRATISLAVA (Reuters) - Slovakia was among the first countries to act, handing Ukraine dozens of T-72 tanks in 2022.';
    expect(summary(run(text))).toEqual(['T-72 Slovakia -> Ukraine delivered']);
  });
});

describe('a fleet operated "from" a capital', () => {
  it('is based there: the capital\'s state supplies nothing ("operates two Super Puma helicopters from Bamako")', () => {
    const text = "Mali gets help\n\nBAMAKO (Reuters) - Mali received two Mi-171 helicopters from Russia on Monday. Meanwhile, France's gendarmerie operates two Super Puma helicopters from Bamako under a bilateral agreement.";
    expect(summary(run(text))).toEqual(['Mi-171 Russia -> Mali delivered']);
  });

  it('keeps the "from" of a buying verb after the fleet\'s verb ("flies J-10C jets bought from Beijing")', () => {
    const text = "Pakistan's air force\n\nISLAMABAD (Reuters) - Pakistan received two JF-17 jets on Monday. The air force also flies J-10C jets bought from Beijing in 2022.";
    expect(summary(run(text))).toEqual(['J-10 China -> Pakistan delivered']);
  });

  it('keeps the "from" of a giving verb before the fleet\'s verb', () => {
    const text = 'Namibia\'s air force\n\nWINDHOEK (Reuters) - Twelve F-7NM fighters were delivered from Beijing in 2006, and the service flies Chinese-built Y-12 light transports.';
    expect(summary(run(text))).toContain('F-7NM China -> Namibia delivered');
  });
});

describe('goods an indefinite article opens after a verb cue ("hopes to obtain a larger offshore vessel")', () => {
  it('are new goods: the clause moves no transfer told before', () => {
    const text = 'Navy receives boats\n\nThe Gambia Navy on Monday took delivery of two ARES 35 boats donated by Turkey.\n\nNeighbouring Senegal has also expanded its navy, taking delivery of a third OPV 58 S offshore patrol vessel from the French shipyard Piriou last year.\n\nA Navy source told Foroyaa that the Navy also hopes to obtain a larger offshore vessel in the coming years, but said no decision had been taken.';
    const r = run(text, true);
    expect(summary(r)).toContain('OPV 58 S Piriou -> Senegal delivered');
    expect((r.explain ?? []).map((x) => x.rule).join(' ')).not.toContain('of the transfer told before');
  });
});

describe('a preposition after an aside relative that holds every cue of its clause', () => {
  it('belongs to the clause\'s own verb ("the vehicles, which are to be handed over next year, would equip a battalion earmarked for the alliance\'s pool")', () => {
    const text = "Albania buys vehicles\n\nTIRANA (Reuters) - Albania signed a contract with BMC for 24 Kirpi vehicles on Thursday, which officials say will let the army deploy alongside NATO allies. Defence Minister Pirro Vengu said the 4x4 vehicles, which are to be handed over in two batches starting next year, would equip a light infantry battalion earmarked for the alliance's rapid reaction pool.";
    expect(summary(run(text))).toEqual(['Kirpi BMC -> Albania pending']);
  });

  it('still names the party inside the relative ("the tanks, which Germany sent to Ukraine, ...")', () => {
    const text = 'Tanks\n\nBERLIN (Reuters) - The Leopard 2 tanks, which Germany sent to Ukraine last year, have been repaired in Poland.';
    expect(summary(run(text))).toEqual(['Leopard 2 Germany -> Ukraine delivered']);
  });
});

describe('a state body named by a word of a state body ("Corps", "Air Guard", "Surveillance Service")', () => {
  it('is a body of the dateline\'s state, not a firm', () => {
    const text = 'Border buildup\n\nSANTO DOMINGO (Reuters) - Twelve Kirpi vehicles were handed over by BMC in November and have since been assigned to the Specialized Border Security Corps.';
    expect(summary(run(text))).toEqual(['Kirpi BMC -> Dominican Republic delivered']);
    const guard = 'Helicopters\n\nPORT OF SPAIN (Reuters) - The Air Guard will receive two AW139 helicopters from Leonardo next year.';
    expect(summary(run(guard))).toEqual(['AW139 Leonardo -> Trinidad and Tobago pending']);
  });
});

describe('a story with no dateline and no country in its headline', () => {
  it('gives its stateless bodies to the state whose body opens its first sentence ("THE Trinidad and Tobago Coast Guard yesterday took delivery")', () => {
    const text = 'Coast Guard gets boats; helicopters on the way\n\nTHE Trinidad and Tobago Coast Guard yesterday took delivery of four Defiant boats donated by the United States.\n\nThe Air Guard will receive two AW139 helicopters from Leonardo next year, officials said.';
    expect(summary(run(text))).toContain('AW139 Leonardo -> Trinidad and Tobago pending');
  });
});

describe('an indirect object before "half a dozen"', () => {
  it('is the recipient, not a name in a "to" phrase after the goods ("give Fiji half a dozen Bushmaster vehicles to help ... a United Nations mission")', () => {
    const text = 'Bushmasters\n\nSUVA (ABC) - Australia will give Fiji half a dozen Bushmaster vehicles to help its defence force prepare a deployment to a United Nations peacekeeping mission.';
    expect(summary(run(text))).toEqual(['Bushmaster Australia -> Fiji announced']);
  });
});

describe('a gift with no recipient told in the sentence of a transfer with one', () => {
  it('goes where that transfer went, not where the story\'s latest gift went', () => {
    const text = 'Timor-Leste navy\n\nDILI (Reuters) - Timor-Leste received six Bushmaster vehicles from Australia on Monday. Canberra has previously donated Bushmasters to Fiji. China sold two Shanghai-class patrol boats in 2010, and South Korea donated three Chamsuri-class boats the following year.';
    expect(summary(run(text))).toContain('Chamsuri-class South Korea -> East Timor delivered');
  });
});

describe('goods flown in, airlifted or ferried', () => {
  it('arrive: "were flown into Vientiane aboard an An-124 freighter" (the freighter they came aboard is no goods)', () => {
    const text = 'Laos gets jets\n\nVIENTIANE (Reuters) - Four Yak-130 jets bought from Russia were flown into Vientiane aboard an An-124 freighter last week.';
    expect(summary(run(text))).toEqual(['Yak-130 Russia -> Laos delivered']);
  });

  it('"flown in" arrives only with how or whence ("aboard", "from", "on"), not "is flown in the region by"', () => {
    const text = "Singapore gets drones\n\nSINGAPORE (Reuters) - Singapore received its first Hermes 900 drones from Elbit Systems on Monday. Elbit's Hermes 900 is also flown in the region by the Philippine Air Force.";
    expect(summary(run(text))).toEqual(['Hermes 900 Elbit Systems -> Singapore delivered']);
  });
});

describe('goods whose origin is stated, listed before goods with a "from"', () => {
  it('take no seller from that "from" ("30 Turkish-made Kirpi vehicles and three Super Tucano aircraft from Brazil")', () => {
    const text = 'Mali buys arms\n\nBAMAKO (Reuters) - Mali has signed contracts for 30 Turkish-made Kirpi vehicles and three Super Tucano aircraft from Brazil, state television reported.';
    expect(summary(run(text))).toEqual(['Kirpi Turkey -> Mali ordered', 'Super Tucano Brazil -> Mali ordered']);
  });

  it('share it when no origin is stated', () => {
    const text = 'Mali buys arms\n\nBAMAKO (Reuters) - Mali has signed contracts for 30 Kirpi vehicles and three Super Tucano aircraft from Brazil, state television reported.';
    expect(summary(run(text))).toEqual(['Kirpi Brazil -> Mali ordered', 'Super Tucano Brazil -> Mali ordered']);
  });
});

describe('a deal a clause opens with an indefinite word ("One deal has fallen through.")', () => {
  it('is told next, and ends no transfer told before', () => {
    const text = 'Togo buys boats\n\nLOME (Reuters) - Togo flies Bayraktar TB2 drones it acquired from Turkey in 2022.\n\nOne deal has fallen through. A contract with Ukraine for two Mi-17 helicopters was frozen in 2022.';
    expect(summary(run(text))).toContain('Bayraktar TB2 Turkey -> Togo delivered');
  });

  it('"The deal has fallen through" still ends it', () => {
    const text = 'Togo buys boats\n\nLOME (Reuters) - Togo ordered two Bayraktar TB2 drones from Turkey in 2022.\n\nThe deal has fallen through.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Turkey -> Togo cancelled']);
  });
});

describe('"a batch of" measures the goods and tells no stage', () => {
  it('leaves an order its stage ("a leaked list names a batch of 16 launchers")', () => {
    const text = 'Peru buys missiles\n\nLIMA (Reuters) - Peru has signed a contract with MBDA for Mistral 3 air defence systems, officials said on Monday. The minister gave no figure, but a leaked list names a batch of 16 launchers.';
    expect(summary(run(text))).toEqual(['Mistral 3 MBDA -> Peru ordered']);
  });

  it('reads goods unloaded at a port as delivered', () => {
    const text = 'Chad gets armour\n\nN\'DJAMENA (AFP) - Twenty VN22 armoured vehicles built by Norinco were unloaded at the port of Douala last month and driven to Chad.';
    expect(summary(run(text))).toEqual(['VN22 Norinco -> Chad delivered']);
  });

  it('awaits goods whose deliveries are due, past the words between ("with deliveries of the jets due")', () => {
    const text = 'India buys jets\n\nNEW DELHI (Reuters) - India ordered 26 more Rafale jets from France in 2021, with deliveries of the jets due to begin in 2026.';
    expect(summary(run(text))).toEqual(['Rafale France -> India pending']);
  });
});

describe('a named ship the goods came off', () => {
  it('carries them and is no goods ("unloaded ... from the Royal New Zealand Navy ship HMNZS Canterbury")', () => {
    const text = 'Fiji gets rifles\n\nSUVA (AP) - Two hundred M4 rifles donated by the United States were unloaded in Suva on Friday from the Royal New Zealand Navy ship HMNZS Canterbury.';
    expect(summary(run(text))).toEqual(['M4 United States -> Fiji delivered']);
  });

  it('reads "ship" after an article and its owner\'s name as a noun, not the verb', () => {
    const text = 'Rifles arrived on the Royal Navy ship HMS Albion.';
    const tokens = tokenize(text, { start: 0, end: text.length }, 0);
    expect(findCues(tokens, { first: 0, last: tokens.length - 1 }, () => false).map((h) => tokens[h.first]!.text)).toEqual(['arrived']);
  });
});

describe('a participle on another noun after goods told before', () => {
  it('moves no goods ("a transit point for cocaine flown in from South America")', () => {
    const text = 'Honduras buys drones\n\nTEGUCIGALPA (AFP) - Honduras signed a contract with Elbit Systems for two Hermes 450 drones, which he said would be used to monitor airstrips in the Mosquitia region, a transit point for cocaine flown in from South America.';
    expect(summary(run(text))).toEqual(['Hermes 450 Elbit Systems -> Honduras ordered']);
  });

  it('still reads the noun a relative word opens as the subject ("the two that the country received")', () => {
    const text = 'Turkmenistan buys jets\n\nLONDON (Janes) - Turkmenistan has ordered four more M-346 aircraft from Leonardo, adding to the two that the Central Asian country received in 2021.';
    expect(summary(run(text))).toEqual(['M-346 Leonardo -> Turkmenistan delivered']);
  });
});

describe('"its" before a deal noun, and gifts a listing verb counts up', () => {
  it('reads "its" at the head of a sentence as the state the story spoke of before', () => {
    const text = "Poland arms Ukraine\n\nWARSAW (Reuters) - Poland sold 54 Krab howitzers to Ukraine last year. Poland has been one of Ukraine's biggest backers since the invasion. Its donations include more than 200 T-72 tanks.";
    expect(summary(run(text))).toContain('T-72 Poland -> Ukraine delivered');
  });

  it('leaves "its" to an actor named before it in the sentence', () => {
    const text = 'Mongolia gets vehicles\n\nULAANBAATAR (Reuters) - Mongolia received BTR-80 carriers from Russia last year. The United States, under its military assistance programme, has pledged to provide Humvee vehicles to Mongolia.';
    expect(summary(run(text))).toContain('Humvee United States -> Mongolia announced');
  });

  it('reads gifts counted up as made, pledges and future lists as promised', () => {
    expect(summary(run("Poland's donations to Ukraine have so far included 200 T-72 tanks."))).toEqual(['T-72 Poland -> Ukraine delivered']);
    expect(summary(run("Poland's pledges to Ukraine include 200 T-72 tanks."))).toEqual(['T-72 Poland -> Ukraine announced']);
    expect(summary(run("Poland's donations to Ukraine will include 200 T-72 tanks."))).toEqual(['T-72 Poland -> Ukraine announced']);
  });
});

describe('", and" before a subject with a reduced relative that names a party', () => {
  it('opens a clause of its own ("and 15 Akash air defence systems bought from Bharat Dynamics are due")', () => {
    const text = 'Armenia gets arms\n\nYEREVAN (AFP) - Pinaka multiple rocket launchers, which Yerevan ordered from India in 2022, were delivered last year, and 15 Akash air defence systems bought from Bharat Dynamics are due to arrive by the end of next year.';
    expect(summary(run(text))).toEqual(['Pinaka India -> Armenia delivered', 'Akash Bharat Dynamics -> Armenia pending']);
  });
});

describe('a day of the month before a cue verb', () => {
  it('counts nothing ("on April 11 approved a possible sale")', () => {
    expect(summary(run('The US State Department on April 11 approved a possible sale to Saudi Arabia of 300 AIM-9X missiles.'))).toEqual(['AIM-9X United States -> Saudi Arabia approved']);
  });
});

describe('"it" after a country adjective', () => {
  it('stands for the name before, not the adjective ("fired rockets into Thai territory and deployed launchers that it received")', () => {
    const text = 'Border clash\n\nBANGKOK (Reuters) - Cambodia fired rockets into Thai territory and deployed PHL-03 rocket launchers that it received from China in 2023.';
    expect(summary(run(text))).toEqual(['PHL-03 China -> Cambodia delivered']);
  });
});

describe('a deal for a service on goods held', () => {
  it('moves no goods ("won a contract to overhaul", "signed a deal to upgrade")', () => {
    expect(summary(run('Hanwha Ocean won a contract in 2022 to overhaul two Naresuan-class frigates for Thailand.'))).toEqual([]);
    expect(summary(run("Lockheed Martin signed a deal to upgrade Taiwan's F-16 jets."))).toEqual([]);
  });

  it('leaves a deal to build or buy a transfer', () => {
    expect(summary(run('Taiwan signed a deal to buy 66 F-16 jets from Lockheed Martin.'))).toEqual(['F-16 Lockheed Martin -> Taiwan ordered']);
  });
});

describe('a request refused', () => {
  it('states no transfer ("declined a Thai request to buy F-35s"), a request made is a wish', () => {
    expect(summary(run('The United States declined a Thai request to buy F-35s in 2023.'))).toEqual([]);
    expect(summary(run("The United States rejected Thailand's request to buy F-35 jets."))).toEqual([]);
    expect(summary(run('Thailand submitted a request to buy F-35 jets from the United States.'))).toEqual(['F-35 United States -> Thailand announced']);
  });
});

describe('a force named by its kind alone', () => {
  it('is the story state\'s ("the Air Wing took delivery", "the Defence Force received")', () => {
    const wing = "Tanzania gets aircraft\n\nDar es Salaam. In August, the Air Wing took delivery of the first of three Harbin Y-12 aircraft from China's AVIC.";
    expect(summary(run(wing))).toEqual(['Harbin Y-12 AVIC -> Tanzania delivered']);
    const force = 'Fiji gets vehicles\n\nSUVA (AP) - The Defence Force received ten Bushmaster vehicles from Australia on Friday.';
    expect(summary(run(force))).toEqual(['Bushmaster Australia -> Fiji delivered']);
  });
});

describe('a deal "considered dead"', () => {
  it('is cancelled when the deal is the subject ("A 2017 agreement for Russian S-400 systems ... is now considered dead")', () => {
    const text = "Saudi arms\n\nRIYADH - Saudi Arabia ordered C-390 jets from Embraer. A 2017 agreement for Russian S-400 air defense systems, signed during King Salman's visit to Moscow, never turned into a firm contract and is now considered dead by both sides, a Saudi official said.";
    expect(summary(run(text))).toEqual(['C-390 Embraer -> Saudi Arabia ordered', 'S-400 Russia -> Saudi Arabia cancelled']);
  });
});

describe('goods whose maker the clause names, with no party', () => {
  it('go to the story\'s main recipient when awaited or handed over ("An Airbus C295W ... is due to be delivered in November")', () => {
    const text = 'Mexico buys aircraft\n\nMEXICO CITY, Sept 16 (Milenio) - Mexico ordered T-6C trainers from Textron. An Airbus C295W transport aircraft is due to be delivered in November.';
    expect(summary(run(text))).toEqual(['T-6 Texan II Textron -> Mexico ordered', 'C-295 Airbus -> Mexico pending']);
  });
});

describe('a force of a state described by a word', () => {
  it('names the state as recipient ("to the police of neighbouring Solomon Islands")', () => {
    expect(summary(run('In 2022 Australia gave 60 MK18 rifles to the police of neighbouring Solomon Islands.'))).toEqual(['MK18 Australia -> Solomon Islands delivered']);
    expect(summary(run('Turkey gave 20 Kirpi vehicles to the army of Mali.'))).toEqual(['Kirpi Turkey -> Mali delivered']);
  });
});

describe('goods a hypothetical determiner opens', () => {
  it('are no goods told before ("before any weapons arrive")', () => {
    expect(summary(run('Australia pledged 48 Glock pistols to Vanuatu. An MP called for the deal to be debated before any weapons arrive.'))).toEqual(['Glock Australia -> Vanuatu announced']);
    expect(summary(run('Mali ordered 12 Kirpi vehicles from Turkey. The vehicles arrived in May.'))).toEqual(['Kirpi Turkey -> Mali delivered']);
  });
});

describe('a reduced relative on listed goods', () => {
  it('names a recipient by "to" right after the participle ("FTC-2000G fighters delivered to Myanmar by AVIC")', () => {
    expect(summary(run('Analysts saw FTC-2000G fighters delivered to Myanmar by China.'))).toEqual(['FTC-2000 China -> Myanmar delivered']);
  });

  it('is about every member of the list, each with its own head ("Yak-130 jets and Mi-35 attack helicopters bought from Russia")', () => {
    expect(summary(run("Myanmar's air force flies Yak-130 jets and Mi-35 attack helicopters bought from Russia."))).toEqual(['Yak-130 Russia -> Myanmar delivered', 'Mi-35 Russia -> Myanmar delivered']);
    expect(summary(run('Serbia bought Pantsir systems and plans to buy Bradley vehicles from the United States.'))).toEqual(['Bradley United States -> Serbia announced']);
  });
});

describe('a passive relative past the recipient of the goods', () => {
  it('tells the goods\' stage ("a Y-12 aircraft to Malawi, which is expected to be delivered")', () => {
    expect(summary(run('Beijing agreed to provide a Y-12 aircraft to Malawi, which is expected to be delivered early next year.'))).toEqual(['Harbin Y-12 China -> Malawi pending']);
  });
});

describe('a notification to Congress', () => {
  it('approves the sale it tells of ("notified Congress of a proposed sale")', () => {
    const r = extract('Story\n\nWASHINGTON (Reuters) - The State Department notified Congress on Friday of a proposed sale of AIM-120 missiles to Israel.\n', { referenceDate: '2023-05-10', only: ['actors', 'weapons', 'transfers'] });
    expect(summary(r)).toEqual(['AIM-120 United States -> Israel approved']);
  });
});

describe('goods chosen "in favour of" others', () => {
  it('are not what the clause cancels ("dropped an earlier order for 14 Su-35 fighters in favour of the stealth aircraft")', () => {
    expect(summary(run('Algeria has agreed to buy a dozen Su-57E stealth fighters from Russia. Algeria had dropped an earlier order for 14 Su-35 fighters in favour of the stealth aircraft.'))).toEqual(['Su-57 Russia -> Algeria ordered', 'Su-35 Russia -> Algeria cancelled']);
  });
});

describe('a stage told of goods past their party', () => {
  it('in a relative past the supplier\'s name ("helicopters from Russia, which are due to arrive next year")', () => {
    expect(summary(run('Ethiopia has signed for an undisclosed number of Mi-171Sh helicopters from Russia, which are due to arrive next year, an officer said.'))).toEqual(['Mi-171Sh Russia -> Ethiopia pending']);
  });

  it('set off by a comma ("an FPB 98 patrol boat, due to be delivered in 2027")', () => {
    expect(summary(run('Togo has placed an order with Ocea for an FPB 98 patrol boat, due to be delivered in 2027, a source said.'))).toEqual(['FPB 98 Ocea -> Togo pending']);
    expect(summary(run('Togo has ordered two FPB 98 patrol boats from Ocea, due for delivery in 2027.'))).toEqual(['FPB 98 Ocea -> Togo pending']);
    expect(summary(run('Togo has ordered two FPB 98 patrol boats from Ocea, and Benin is due to receive a Kirpi.'))).toContain('FPB 98 Ocea -> Togo ordered');
  });
});

describe('goods the story says another state made', () => {
  it('are not sold by the state the clause deals with ("a letter of intent with the United States ..., to buy Brazilian-made Guarani vehicles")', () => {
    expect(summary(run("Argentina has signed a letter of intent with the United States to acquire up to 156 Stryker vehicles, formally ending the country's earlier plan to buy Brazilian-made Guarani vehicles."))).toEqual(['Stryker United States -> Argentina announced', 'Guarani Brazil -> Argentina announced']);
    expect(summary(run('Argentina signed a contract with Brazil for 156 Guarani vehicles.'))).toEqual(['Guarani Brazil -> Argentina ordered']);
  });
});

describe('a state a pronoun stands for, that signs', () => {
  it('signs to buy ("..., and the country has already signed for the JASSM-ER cruise missile")', () => {
    expect(summary(run("The United States approved F-16 sales. Finland's first F-35As are due in 2026, and the country has already signed for the JASSM-ER cruise missile."))).toEqual(['F-35 United States -> Finland pending', 'JASSM United States -> Finland ordered']);
  });
});

describe('what a giving word gives that is no goods', () => {
  it('is a quoted capability too (\'giving the air force "reach that Finland has never had"\')', () => {
    expect(summary(run('The United States approved F-16 sales. Finland has signed for the JASSM-ER missile, a contract the minister described as giving the air force "reach that Finland has never had."'))).toEqual(['JASSM United States -> Finland ordered']);
  });

  it('is nothing when "given" means "considering" ("matters, given what is happening")', () => {
    expect(summary(run('Finland ordered 64 F-35 jets from the United States. "Every month matters, given what is happening on our border," the minister said.'))).toEqual(['F-35 United States -> Finland ordered']);
    expect(summary(run('Ukraine was given 14 Leopard 2 tanks by Poland.'))).toEqual(['Leopard 2 Poland -> Ukraine delivered']);
  });
});

describe('a relative on the batch goods are part of', () => {
  it('tells of the goods ("the first Bastion armoured personnel carriers, part of a batch of 24 vehicles that Paris agreed to supply")', () => {
    expect(summary(run('Armenia signed a contract for 36 Caesar howitzers with France. Earlier this year Armenia received the first Bastion armoured personnel carriers, part of a batch of 24 vehicles that Paris agreed to supply in October 2023.'))).toEqual(['Caesar France -> Armenia ordered', 'Bastion France -> Armenia delivered']);
  });
});

describe('goods awaited with no party named', () => {
  it('go to the story\'s main recipient when the story names their maker\'s state ("A batch of BTR-82A ... is expected later this year")', () => {
    const r = extract('Chad buys Russian arms\n\nN\'DJAMENA (Reuters) - Chad received Mi-171Sh helicopters from Russia. A batch of BTR-82A armoured personnel carriers is expected later this year, according to one of the sources.\n', { referenceDate: '2023-05-10', only: ['actors', 'weapons', 'transfers'] });
    expect(summary(r)).toEqual(['Mi-171Sh Russia -> Chad delivered', 'BTR-82 Russia -> Chad pending']);
  });

  it('and so do goods handed over ("Two more Yak-130 jets were handed over last month")', () => {
    const r = extract('Laos buys Russian jets\n\nVIENTIANE (Reuters) - Laos received Mi-17 helicopters from Russia in May. Two more Yak-130 jets were handed over last month.\n', { referenceDate: '2023-05-10', only: ['actors', 'weapons', 'transfers'] });
    expect(summary(r)).toEqual(['Mi-17 Russia -> Laos delivered', 'Yak-130 Russia -> Laos delivered']);
  });
});

describe('a relative on a name, set off by commas before the name\'s own verb', () => {
  it('is an aside: its cues are not the name\'s verb\'s ("Hungary, whose parliament has approved the deployment of soldiers to Chad, has promised to hand over ...")', () => {
    expect(summary(run('Hungary, whose parliament has approved the deployment of up to 200 soldiers to Chad, has promised to hand over a batch of Gidran armoured vehicles to Chad, the minister said.'))).toEqual(['Gidran Hungary -> Chad announced']);
  });

  it('and the name is the subject of its own verbs ("Kosovo, whose security force took delivery of ... from Turkey, is now negotiating")', () => {
    expect(summary(run('Kosovo, whose security force took delivery of Bayraktar TB2s and Kirpi mine-protected vehicles from Turkey in 2023, is now negotiating for more.'))).toEqual(['Bayraktar TB2 Turkey -> Kosovo delivered', 'Kirpi Turkey -> Kosovo delivered']);
  });
});

describe('asides and sources that are no party of the clause around them', () => {
  it('"Baku, which has bought Harop munitions ..., signed a deal to buy JF-17s from Pakistan": the relative on the opening name keeps its own seller', () => {
    const r = run('Baku buys jets\n\nBAKU (Reuters) - Baku, which has bought Israeli Barak 8 air defence systems and Harop loitering munitions over the past decade, signed a deal in February to buy JF-17 Block III fighters from Pakistan.');
    expect(summary(r)).toContain('JF-17 Pakistan -> Azerbaijan ordered');
    expect(summary(r).filter((s) => s.startsWith('Harop'))).toEqual(['Harop Israel -> Azerbaijan delivered']);
  });

  it('"The United States, which supplied Georgia with Javelins in 2018, had frozen $95 million in aid": the freeze ends no transfer the aside told', () => {
    const r = run('Aid frozen\n\nTBILISI (Reuters) - The United States, which supplied Georgia with Javelin anti-tank missiles in 2018, had already frozen $95 million in aid over the summer.');
    expect(summary(r)).toEqual(['Javelin United States -> Georgia delivered']);
  });

  it('"took delivery of FK-3s in 2022 and in August signed a contract with France\'s Dassault Aviation for 12 Rafales": the firm signed with sells only the second goods', () => {
    const r = run('Serbia buys jets\n\nBELGRADE (Reuters) - Serbia took delivery of the Chinese FK-3 air defense system in 2022 and in August signed a contract with France\'s Dassault Aviation for 12 Rafale fighter jets.');
    expect(summary(r)).toEqual(['FK-3 China -> Serbia delivered', 'Rafale Dassault Aviation -> Serbia ordered']);
    // (After a seller's verb, the one a contract is signed with buys: the parties are shared.)
    const seller = run('France sells guns\n\nPARIS (Reuters) - France has agreed to deliver two Caesar howitzers to Serbia and signed a contract with Belgrade for three radars.');
    expect(summary(seller)).toContain('Caesar France -> Serbia pending');
  });

  it('"pledged to donate a Y-8 to Tanzania, according to a statement from the Russian embassy.": the source of the report is no supplier', () => {
    const r = run('Tanzania gets aircraft\n\nDAR ES SALAAM (Reuters) - Beijing has pledged to donate a Y-8 transport aircraft to Tanzania, according to a statement from the Russian embassy.');
    expect(summary(r)).toEqual(['Y-8 China -> Tanzania announced']);
  });
});

describe('goods told as someone\'s, and cue words that only modify a noun', () => {
  it('"Nigeria\'s 12 Super Tucanos ... were sold through the US government": a seller\'s verb in the passive sold them to their owner', () => {
    const r = run('Embraer exports grow\n\nSAO PAULO (Reuters) - Brazil\'s Embraer has sold its jets across Africa. Nigeria\'s 12 Super Tucanos, assembled in Florida, were sold through the US government.');
    expect(summary(r).filter((s) => s.includes('Nigeria'))).toEqual([expect.stringMatching(/^Super Tucano \S+ -> Nigeria ordered$/)]);
    // (With a recipient named, the owner gives: "three of Poland's Leopard 2 tanks were handed over to Ukraine".)
    expect(summary(run('Three of Poland\'s Leopard 2 tanks were handed over to Ukraine on Monday.'))).toEqual(['Leopard 2 Poland -> Ukraine delivered']);
  });

  it('"Portugal, the launch export customer, has been flying the KC-390": a cue\'s bare form before a noun it modifies tells no stage', () => {
    expect(summary(run('Portugal, the launch export customer, has been flying the KC-390 since 2023.'))).toEqual([]);
    expect(summary(run('Russia will export S-400 systems to India.'))).toEqual(['S-400 Russia -> India announced']);
  });
});

describe('a freeze its clause lifts', () => {
  it('"received the S-300PMU-2 system in 2016, after a delivery frozen since 2010 by UN sanctions was unblocked": nothing cancelled', () => {
    expect(summary(run('Iran received the Russian S-300PMU-2 system in 2016, after a delivery frozen since 2010 by UN sanctions was unblocked.'))).toEqual(['S-300 Russia -> Iran delivered']);
    expect(summary(run('Russia froze the delivery of S-300 systems to Iran in 2010.'))).toEqual(['S-300 Russia -> Iran cancelled']);
  });
});

describe('an opinion after ", and"', () => {
  it('", and Western analysts consider the HQ-9B comparable to it": a clause of its own, whose verb makes no purchase tentative', () => {
    expect(summary(run('Iran received the Russian S-300PMU-2 system in 2016, and Western analysts consider the HQ-9B broadly comparable to it.'))).toEqual(['S-300 Russia -> Iran delivered']);
  });
});

describe('a firm\'s own goods a deal is for', () => {
  it('"has signed contracts for its PULS rocket launcher with the Netherlands": what it sells, not a platform', () => {
    expect(summary(run('Elbit Systems has signed contracts for its PULS rocket launcher with the Netherlands.'))).toEqual(['PULS Elbit Systems -> Netherlands ordered']);
    // ("ammunition for its F-16s": still the platform.)
    expect(summary(run('Poland signed a contract for ammunition for its F-16s.'))).toEqual([]);
  });
});

describe('an opening pronoun, and a pronoun after ", and"', () => {
  it('"It took delivery of TB2s from Turkey ..., and the Apaches it ordered from the United States are expected": both stand for the story\'s buyer', () => {
    const r = run('Morocco arms up\n\nRABAT (Reuters) - Morocco is building up its forces. It took delivery of 13 Bayraktar TB2 armed drones from Turkey in 2021, and the 24 AH-64E Apache attack helicopters it ordered from the United States in 2020 are expected to start arriving next year.');
    expect(summary(r)).toEqual(['Bayraktar TB2 Turkey -> Morocco delivered', 'AH-64 Apache United States -> Morocco pending']);
  });
});

describe('a wish given up in a sentence of other goods', () => {
  const one = (text: string) => summary(run(text));
  it('ends no transfer of other goods told before', () => {
    expect(one('South Korea delivered the first K9 howitzers to Egypt last year. Iraq had previously shown interest in Russia\'s S-400 system but dropped the idea under pressure from Washington.')).toEqual(['K9 South Korea -> Egypt delivered']);
  });
});

describe('a system named only to compare, and the possessor of a deal with an infinitive', () => {
  const one = (text: string) => summary(run(text));
  it('keeps "the system" for the story\'s own system after a comparison with another', () => {
    expect(one('LIG Nex1 signed a contract to supply Iraq with eight batteries of its Cheongung II system. The contract covers launchers and radars. The Cheongung II is designed to shoot down aircraft. Korean officials often compare it to the U.S. Patriot, saying it costs less. The Iraq deal follows a contract to sell 10 batteries of the system to Saudi Arabia. Seoul also flies U.S.-made Patriot batteries.')).toEqual([
      'Cheongung II LIG Nex1 -> Iraq ordered',
      'Cheongung II LIG Nex1 -> Saudi Arabia ordered',
    ]);
  });

  it('makes the possessor of a deal noun the agent of its infinitive', () => {
    expect(one("LIG Nex1 signed a contract to supply Iraq with eight batteries of its Cheongung II system. The Iraq deal follows Seoul's agreement in February to sell 10 batteries of the system to Saudi Arabia.")).toEqual([
      'Cheongung II LIG Nex1 -> Iraq ordered',
      'Cheongung II South Korea -> Saudi Arabia ordered',
    ]);
  });
});

describe('a verb an alternative sets aside', () => {
  const one = (text: string) => summary(run(text));
  it('states nothing after "rather than" or "instead of"', () => {
    expect(one("Angola's fleet of Mi-24 attack helicopters is being overhauled locally, rather than being sent abroad.")).toEqual([]);
    expect(one('Poland chose to upgrade its T-72 tanks instead of buying new K2 tanks from South Korea.')).toEqual([]);
  });

  it('states nothing of goods after "without" ("delivered without the guided missiles")', () => {
    const text = 'Armenia ordered the Akash air defence system from India last year. The air force relies on four Su-30SM fighters bought from Russia in 2019. Officials said the jets were delivered without the guided missiles needed to make them fully operational.';
    expect(one(text)).toEqual(['Akash India -> Armenia ordered', 'Su-30 Russia -> Armenia delivered']);
  });

  it('keeps the verb before "rather than" a claim', () => {
    expect(one('Poland bought K2 tanks from South Korea rather than Abrams tanks.')).toEqual(['K2 South Korea -> Poland ordered']);
  });
});

describe('goods joined after an object relative', () => {
  const one = (text: string) => summary(run(text));
  it('leaves goods after the relative to the clause, not to the relative\'s verb', () => {
    expect(one('Angola relies on 12 Su-24 bombers it bought from Belarus in 2013 and T-72 tanks.')).toEqual(['Su-24 Belarus -> Angola delivered']);
    expect(one('Angola relies on 12 Su-24 bombers that it bought from Belarus in 2013 and T-72 tanks.')).toEqual(['Su-24 Belarus -> Angola delivered']);
  });

  it('still reads a subordinate clause after the goods as a verb of its own', () => {
    expect(one('Kuwait is retiring its Hornets as it takes delivery of 28 new F/A-18E/F Super Hornets from Boeing.')).toEqual(['F/A-18E/F Super Hornet Boeing -> Kuwait delivered']);
  });
});

describe('a gift told with goods named by no system, then listed', () => {
  const one = (text: string) => summary(run(text));
  it('lends the gift\'s parties to the goods "That includes" or "It lists"', () => {
    expect(one("Norway has already given Ukraine large amounts of equipment since February 2022. That includes 22 M109A3GN self-propelled howitzers from the Army's stocks, delivered in the first months of the war, as well as Mistral short-range air defence missiles.")).toEqual([
      'M109 Norway -> Ukraine delivered',
      'Mistral Norway -> Ukraine delivered',
    ]);
  });

  it('lends nothing from a sale', () => {
    expect(one('Norway has bought large amounts of equipment from Sweden. That includes 22 M109 howitzers.')).toEqual([]);
  });
});

describe("goods a country's adjective names as its own", () => {
  const one = (text: string) => summary(run(text));
  it('go to that country when the story has them go there already', () => {
    expect(one('Airbus signed a contract with Kazakhstan for two A400M transport planes. Spain has given Ukraine four Hawk launchers. Germany has given Ukraine IRIS-T systems. The Kazakh aircraft are due to be handed over in 2027.')).toContain('A400M Airbus -> Kazakhstan pending');
  });

  it('do not go to a country that gives its own away', () => {
    expect(one('Denmark has delivered F-16 jets to Ukraine. The Dutch aircraft are expected to follow in the autumn.')).not.toContain('F-16 Denmark -> Netherlands announced');
  });
});

describe('a verb of leave', () => {
  const one = (text: string) => summary(run(text));
  it('makes its object the agent of the verb it lets happen', () => {
    expect(one('In June, SECO authorised Rheinmetall Air Defence, the former Oerlikon Contraves based in Zurich, to export Skynex air defence systems to the Netherlands.')).toEqual(['Skynex Rheinmetall Air Defence -> Netherlands approved']);
    expect(one('Washington allowed Poland to send its MiG-29 jets to Ukraine.')).toEqual(['MiG-29 Poland -> Ukraine announced']);
  });

  it('makes the owner of an intent the agent of its infinitive, not who blocks it', () => {
    expect(one('Bern also blocked a Danish plan to give Ukraine Piranha III armoured personnel carriers.')).toEqual(['Piranha Denmark -> Ukraine cancelled']);
    expect(one("Berlin approved Poland's request to send Leopard 2 tanks to Ukraine.")).toEqual(['Leopard 2 Poland -> Ukraine approved']);
  });
});

describe('a party the clause names after the goods, under a deal told before', () => {
  const one = (text: string) => summary(run(text));
  it('outranks the party the deal lends', () => {
    expect(one('Saudi Arabia signed a contract with Airbus for four A330 MRTT aircraft and an agreement on K9 howitzers. Under the second agreement, Saudi Arabia will produce the K9 howitzers under license from Hanwha Aerospace.')).toContain('K9 Hanwha Aerospace -> Saudi Arabia ordered');
  });
});

describe('what one party asks of another', () => {
  const one = (text: string) => summary(run(text));
  it('states no transfer ("asked Athens to transfer", "urged Greece to send")', () => {
    expect(one('Washington asked Athens to transfer the S-300 missiles to Kyiv.')).toEqual([]);
    expect(one('Zelensky called on Germany to send Taurus missiles to Ukraine.')).toEqual([]);
  });

  it('keeps a request for goods for the asker itself', () => {
    expect(one('Poland asked the United States to sell it 32 F-35 jets.')).toEqual(['F-35 United States -> Poland announced']);
  });
});

describe("goods of another country's make awaited in the story's own country", () => {
  it('go to the dateline\'s state when the clause names no party', () => {
    const r = run("Ethiopia shows off air defences\n\nADDIS ABABA (Reuters) - The Pantsir-S1 systems were supplied by Russia under a contract signed in 2019. The officer said that two batteries of Russian Tor-M2 short-range air defence systems are also due to arrive next year.");
    expect(summary(r)).toContain('Tor Russia -> Ethiopia pending');
  });
});

describe("a word inside an actor's name between the verb and its goods", () => {
  it('is no verb of its own ("the Ukrainian armed forces")', () => {
    expect(summary(run('Portugal has also given the Ukrainian armed forces 28 M113 armoured personnel carriers from Army stocks, as well as three Leopard 2A6 tanks.'))).toEqual([
      'M113 Portugal -> Ukraine delivered',
      'Leopard 2 Portugal -> Ukraine delivered',
    ]);
  });
});

describe('a platform named after "for" by the goods that arm it', () => {
  it('is no goods of the deal ("Barak MX missiles from IAI for the Adelaide-class ships")', () => {
    const r = run('Chile signs for Arrowhead frigates\n\nSANTIAGO, May 14 (La Tercera) - The Chilean Navy has signed a contract with the British shipbuilder Babcock International to build four frigates based on its Arrowhead 140 design, the Defence Ministry said on Wednesday.\n\nThe new frigates will replace the three Type 23 frigates that Chile bought second-hand from the United Kingdom between 2005 and 2008, and the two Adelaide-class frigates acquired from Australia in 2020.\n\nLast year the government of President Gabriel Boric cancelled the planned purchase of Barak MX air defence missiles from Israel Aerospace Industries for the Adelaide-class ships, citing the war in Gaza.');
    expect(summary(r)).toContain('Adelaide-class frigate Australia -> Chile delivered');
    expect(summary(r)).toContain('Barak MX Israel Aerospace Industries -> Chile cancelled');
  });
});

describe('a state that signs a deal for goods of its own make with another state', () => {
  it('sells them ("India seals BrahMos deal with Indonesia")', () => {
    expect(summary(run('India seals $450 million BrahMos deal with Indonesia\n\nNEW DELHI (Reuters) - BrahMos Aerospace on Thursday signed a contract worth about $450 million with Indonesia\'s defence ministry for shore-based anti-ship batteries.'))).toContain('BrahMos India -> Indonesia ordered');
  });
  it('sells them when the buyer signs with it for a giving verb ("signed a deal with South Korea to supply 180 K2 tanks")', () => {
    expect(summary(run('Poland signed a deal with South Korea to supply 180 K2 tanks.'))).toEqual(['K2 South Korea -> Poland pending']);
  });
});

describe('a country word joined to a number', () => {
  it('starts a code, no holder of the goods ("ShinMaywa\'s US-2 amphibious aircraft" is Japan\'s)', () => {
    const text = 'TOKYO (Reuters) - New Zealand bought four P-8A aircraft from the United States. India plans to buy ShinMaywa\'s US-2 amphibious aircraft.';
    expect(summary(run(text))).toContain('US-2 Japan -> India announced');
  });
});

describe('a word in -ing after a form of "be"', () => {
  it('is a verb, whose goods are no goods of the clause ("Hornets, which it is replacing with new Eurofighter Typhoons")', () => {
    expect(summary(run('Kuwait agreed to sell 30 F/A-18 Hornets, which it is replacing with new Eurofighter Typhoons, to Malaysia.'))).toEqual(['F/A-18 Hornet Kuwait -> Malaysia ordered']);
  });
});

describe('goods in use, some of them bought', () => {
  it('were delivered ("will continue to fly its MiG-29K fighters, 45 of which were bought from Russia")', () => {
    expect(summary(run('NEW DELHI, Jan 9 (Reuters) - The Indian Navy will continue to fly its MiG-29K fighters, 45 of which were bought from Russia.'))).toEqual(['MiG-29 Russia -> India delivered']);
    expect(summary(run('NEW DELHI, Jan 9 (Reuters) - The Indian Navy flies MiG-29K fighters, 45 of which were bought from Russia.'))).toEqual(['MiG-29 Russia -> India delivered']);
  });
});

describe('a territory', () => {
  it('receives no arms ("will be able to reach Antarctica"), unless it takes them as a state does (the Cook Islands)', () => {
    expect(summary(run('SANTIAGO, March 12 (Reuters) - Chile ordered three C-390 aircraft from Embraer. With the C-390 the Air Force will be able to reach Antarctica in a few hours.'))).toEqual(['C-390 Embraer -> Chile ordered']);
    expect(summary(run('Australia handed over a Guardian-class patrol boat to the Cook Islands.'))).toEqual(['Guardian-class patrol boat Australia -> Cook Islands delivered']);
  });
});

describe('a deal that is the subject of a subordinate clause', () => {
  it('ends with a verb of its fate ("turned to Chinese helicopters after a 2018 agreement to buy 30 T129s from Turkey collapsed"), not the goods before it', () => {
    const text = 'ISLAMABAD, Jan 9 (Reuters) - The Army inducted Z-10ME helicopters from China last year. The Army turned to the Chinese helicopters after a 2018 agreement to buy 30 T129 ATAK helicopters from Turkey collapsed.';
    expect(summary(run(text))).toContain('T129 ATAK Turkey -> Pakistan cancelled');
    expect(summary(run('Romania turns to Turkey for Bayraktar TB2 drones after French corvette deal collapses'))).not.toContain('Bayraktar TB2 Turkey -> Romania cancelled');
  });
});

describe('the "by" of a buying participle on goods handed over', () => {
  it('names their buyer, no earlier giver ("handed over the first of eight Hangor-class submarines ordered by the Pakistan Navy")', () => {
    expect(summary(run('ISLAMABAD, Jan 9 (Reuters) - China on Wednesday handed over the first of eight Hangor-class submarines ordered by the Pakistan Navy.'))).toEqual(['Hangor-class submarine China -> Pakistan delivered']);
    expect(summary(run('The Netherlands handed over to Ukraine 18 M109 howitzers originally supplied by the United States.'))).toEqual(['M109 United States -> Netherlands delivered', 'M109 Netherlands -> Ukraine delivered']);
  });
});

describe('goods a relative names a buyer of, handed over by another', () => {
  it('are awaited from that giver, not passed on by the buyer ("has not yet handed over any of the F-16s Taiwan ordered from the United States")', () => {
    expect(summary(run('TAIPEI, Dec 3 (Reuters) - Lockheed Martin has not yet handed over any of the 66 F-16 Block 70 fighters Taiwan ordered from the United States in 2019.'))).toEqual(['F-16 United States -> Taiwan pending']);
    expect(summary(run('ATHENS, Dec 3 (Reuters) - Greece will send Ukraine the BMP-1s it received from Germany in the 1990s.'))).toEqual(['BMP-1 Germany -> Greece delivered', 'BMP-1 Greece -> Ukraine announced']);
  });
});

describe('goods sent around or near a place', () => {
  it('are deployed, not handed over ("sends J-16 fighters and warships around the island")', () => {
    expect(summary(run('TAIPEI, Dec 3 (Reuters) - Taiwan received 18 HIMARS launchers from the United States. China regularly sends J-16 fighters and warships around the island.'))).toEqual(['HIMARS United States -> Taiwan delivered']);
    expect(summary(run('MOSCOW, Dec 3 (Reuters) - Moscow has promised two Mi-8 helicopters to Kyrgyzstan in the near future.'))).toEqual(['Mi-8 Russia -> Kyrgyzstan announced']);
  });
});

describe('a name on the deal a clause acts under', () => {
  it('is no party when it names a pact of states ("Under the AUKUS agreement, Australia is to buy")', () => {
    expect(summary(run('Under the AUKUS agreement, Australia is to buy three Virginia-class submarines from the United States.'))).toEqual(['Virginia-class United States -> Australia ordered']);
  });
  it('is the party it names otherwise ("Under the Poland deal, Hyundai Rotem will supply")', () => {
    expect(summary(run('Under the Poland deal, Hyundai Rotem will supply 180 K2 tanks.'))).toEqual(['K2 Hyundai Rotem -> Poland pending']);
  });
});

describe('goods inside a relative clause on a party', () => {
  it('take the relative\'s cues, not a verb it follows ("received a report from the committee, which approved the sale of")', () => {
    expect(summary(run('PRETORIA, Oct 2 (SABC) - The Cabinet received a report from the committee, which on Tuesday approved the sale of Umkhonto-EIR missiles by Denel Dynamics to Algeria.'))).toEqual(['Umkhonto Denel Dynamics -> Algeria approved']);
  });
});

describe('a company a buyer signs a deal with for a giving verb', () => {
  it('gives the goods ("Poland signed a contract with Hyundai Rotem to supply 180 K2 tanks")', () => {
    expect(summary(run('Poland signed a contract with Hyundai Rotem to supply 180 K2 tanks.'))).toEqual(['K2 Hyundai Rotem -> Poland pending']);
    expect(summary(run('Hanwha signed a contract with Romania to supply 54 K9 howitzers.'))).toEqual(['K9 Hanwha Aerospace -> Romania pending']);
  });
});

describe('a loan of money, and goods that arrive after a seller\'s name', () => {
  const one = (text: string) => summary(run(text));
  it('reads "a $195 million loan" as money, not a loan of goods', () => {
    expect(one('Ghana approved a $68 million loan facility from a European bank for the purchase of four H145M helicopters from Airbus Helicopters.')).toEqual(['H145M Airbus Helicopters -> Ghana approved']);
  });

  it('reads ", which arrived" after the seller as the goods\' arrival', () => {
    expect(one('In 2013 Cambodia bought 12 Z-9 utility helicopters from China, which arrived the following year.')).toEqual(['Z-9 China -> Cambodia delivered']);
  });
});

describe('goods on their way', () => {
  it('are awaited by whom they are on their way to', () => {
    expect(summary(run('Six F-16 fighter jets that Norway retired from its own air force are also on their way to Ukraine.'))).toEqual(['F-16 Norway -> Ukraine pending']);
    expect(summary(run("Norway's F-16 jets are on their way to Ukraine."))).toEqual(['F-16 Norway -> Ukraine pending']);
  });
});

describe('a country a later stage adds when another actor is dropped', () => {
  it('is known to the transfers stage ("Russian" after "TCG Anadolu", which is no news agency)', () => {
    const text = 'Turkish defense firms seal export deals\n\nISTANBUL (Hurriyet Daily News) - Turkish defense companies signed a string of export contracts on July 23.\n\nThe amphibious assault ship TCG Anadolu, the flagship of the Turkish navy since 2023, was built at the Sedef shipyard in Istanbul to a design licensed from Spain\'s Navantia.\n\nTurkey took delivery of the Russian S-400 air defense system in 2019.';
    expect(summary(run(text))).toContain('S-400 Russia -> Turkey delivered');
  });
});

describe('a verb form after a measure joined to its count', () => {
  it('is a noun ("The 58-metre ships will be built"), no delivery', () => {
    expect(summary(run('Ivory Coast has signed a contract with French shipbuilder Piriou for two OPV 58 S offshore patrol vessels. The 58-metre ships will be built at Piriou\'s yard in Concarneau.'))).toEqual(['OPV 58 S Piriou -> Ivory Coast ordered']);
  });
});

describe('goods that reach a place', () => {
  const one = (text: string) => summary(run(text));
  it('arrive there ("reached Armenia"), and counted goods with an arrival of their own open a clause after ", and"', () => {
    expect(one('Armenia signed a contract in Paris for 36 Caesar self-propelled howitzers from KNDS France, and 24 Bastion armoured vehicles supplied by Arquus reached Armenia in February.')).toEqual(['Caesar KNDS -> Armenia ordered', 'Bastion Arquus -> Armenia delivered']);
    expect(one('The first battery of Akash surface-to-air missiles from India reached Armenia last month.')).toEqual(['Akash India -> Armenia delivered']);
  });

  it('are no delivery when no place follows ("reached a deal")', () => {
    expect(one('Poland reached a deal with South Korea to buy 180 K2 tanks.')).toEqual(['K2 South Korea -> Poland ordered']);
  });
});

describe('a firm after its state\'s bare possessive', () => {
  it('is the supplier ("from the Netherlands\' Damen Shipyards Group")', () => {
    expect(summary(run("Nigeria's navy last year received an LST 100 landing ship bought from the Netherlands' Damen Shipyards Group."))).toEqual(["LST 100 Damen Shipyards -> Nigeria delivered"]);
  });
});

describe('a reduced relative after a list opened by ", both"', () => {
  it('is about every goods of the list ("K-8 jets and F-7TN fighters, both bought from China")', () => {
    expect(summary(run('Tanzania flies K-8 jets and F-7TN fighters, both bought from China.'))).toEqual(['K-8 China -> Tanzania delivered', 'F-7TN China -> Tanzania delivered']);
  });
});

describe('the parties of a reduced relative on goods before the item', () => {
  const one = (text: string) => summary(run(text));
  it('are those goods\' alone ("Mi-35M helicopters acquired from Russia as well as Chinese CH-3 drones")', () => {
    expect(one('Nigeria operates Mi-35M attack helicopters acquired from Russia as well as Chinese CH-3 drones bought in 2014.')).not.toContain('CH-3 Russia -> Nigeria delivered');
    expect(one('Nigeria operates Mi-35M attack helicopters acquired from Russia as well as Chinese CH-3 drones bought in 2014.')).toContain('Mi-35 Russia -> Nigeria delivered');
  });

  it('are shared when the item says so ("from the same yard") or is the same system', () => {
    expect(one('The Royal Brunei Navy operates four Darussalam-class offshore patrol vessels built and delivered by the German shipbuilder Lürssen, as well as four Ijtihad-class fast patrol boats from the same yard.')).toContain('Ijtihad-class patrol boat Lurssen -> Royal Brunei Navy delivered');
  });
});

describe('goods that wait for parts', () => {
  it('are no goods awaited ("waiting for spare parts")', () => {
    expect(summary(run("Senegal's two Mi-35 attack helicopters, bought from Russia more than a decade ago, spent long periods on the ground waiting for spare parts."))).toEqual(['Mi-35 Russia -> Senegal delivered']);
  });
});

describe('a delivery a contract is for, past the counterpart it is signed with', () => {
  it('is still to come ("a contract with the Polish state-owned manufacturer Mesko for the supply of")', () => {
    expect(summary(run("Georgia's Defence Ministry has signed a contract with the Polish state-owned manufacturer Mesko for the supply of Piorun man-portable air defence systems."))).toEqual(['Piorun Mesko -> Georgia pending']);
  });
});

describe('"it" in a relative after a main clause that told no transfer', () => {
  it('stands for a name of that clause, not the subject of a sentence before', () => {
    const text = 'Russian forces said at the time that they had captured several Grom launchers near Gori. In the months before the fighting, the Georgian army lost several Israeli-made Hermes 450 reconnaissance drones, which it had bought in 2007, over Abkhazia.';
    expect(summary(run(text))).toEqual(['Hermes 450 Israel -> Georgia delivered']);
  });
});

describe('an object relative after an "including" aside', () => {
  it('is about the goods before the aside ("patrol vessels, including the flagship LNS Zemaitis, which Lithuania bought")', () => {
    expect(summary(run('The navy would modernise its four Flyvefisken-class patrol vessels, including the flagship LNS Zemaitis, which Lithuania bought from Denmark between 2008 and 2010.'))).toEqual(['Flyvefisken-class patrol vessel Denmark -> Lithuania delivered']);
  });
});

describe('a plan to buy that collapses', () => {
  it('ends the goods it was to buy ("Croatia\'s plan to buy 12 used F-16 fighter jets from Israel has collapsed")', () => {
    expect(summary(run("Croatia's plan to buy 12 used F-16 fighter jets from Israel has collapsed after the United States refused to approve the sale, Defence Minister Damir Krsticevic said on Thursday."))).toEqual(['F-16 Israel -> Croatia cancelled']);
  });
});

describe('a leader\'s government', () => {
  it('is the story\'s state when it names none of its own ("the Duterte administration")', () => {
    expect(summary(run('MANILA (BenarNews) - In 2021 the Duterte administration signed a deal to buy 16 Mi-17 heavy-lift helicopters from Russia, but it scrapped the contract the following year.'))).toEqual(['Mi-17 Russia -> Philippines cancelled']);
  });
});

describe('a council of ministers and a verb form after a demonstrative', () => {
  it('the council is the dateline\'s state; "These ships" is a noun, no delivery', () => {
    expect(summary(run('LIMA, May 14 (La Republica) - The Council of Ministers on Wednesday approved a supreme decree authorising the Navy of Peru to acquire two decommissioned Maestrale-class frigates from Italy.'))).toEqual(['Maestrale-class frigate Italy -> Peru approved']);
    expect(summary(run('Peru will buy two Maestrale-class frigates from Italy. These ships will let us keep a credible presence in our waters, the admiral said.'))).toEqual(['Maestrale-class frigate Italy -> Peru announced']);
  });
});

describe('a new buyer of goods told before by a pronoun', () => {
  it('buys them from their seller, not from the holder told before ("Austria took delivery of 32 after ordering them")', () => {
    const r = run('Hagglunds has also sold the BvS10 to several other European countries. The Netherlands bought its first vehicles for its marines in 2005, and Austria took delivery of 32 this spring after ordering them in 2021.');
    expect(summary(r)).not.toContain('BvS 10 Netherlands -> Austria delivered');
    expect(summary(r)).toContain('BvS 10 BAE Systems Hagglunds -> Netherlands delivered');
  });
});

describe('a use verb joined to a purchase by "and"', () => {
  it('shares its subject: the goods bought are in use, delivered', () => {
    expect(summary(run('Peru bought M-101 howitzers from the United States and has since used them against rebels.'))).toEqual(['M101 United States -> Peru delivered']);
  });
});

describe('a definite cancelling noun that refers back', () => {
  it('ends no transfer where another verb of the clause takes something else ("to obtain spare parts since the suspension")', () => {
    const text = 'BOGOTA, July 9 (Reuters) - Colombia froze all arms purchases from Israel last year. The air force operates Hermes 900 drones that were bought from Elbit Systems, and its crews have struggled to obtain spare parts since the suspension.';
    expect(summary(run(text))).toEqual(['Hermes 900 Elbit Systems -> Colombia delivered']);
  });
});

describe('a span of time after a name', () => {
  it('dates the clause and leaves the name a party ("from Ukraine weeks ago")', () => {
    expect(summary(run('Kenya bought T-72 tanks from Ukraine weeks ago.'))).toEqual(['T-72 Ukraine -> Kenya ordered']);
  });
  it('puts a purchase "years ago" or "decades ago" far enough back to have been delivered', () => {
    expect(summary(run('Kenya bought T-72 tanks from Ukraine years ago.'))).toEqual(['T-72 Ukraine -> Kenya delivered']);
    expect(summary(run('Kenya bought T-72 tanks from Ukraine decades ago.'))).toEqual(['T-72 Ukraine -> Kenya delivered']);
  });
});

describe('a veto that would have come', () => {
  it('did not: "a resolution that would have blocked the sale" leaves the sale approved, by the state the Senate is a body of', () => {
    expect(summary(run('WASHINGTON, June 12 (Reuters) - The Senate rejected a resolution that would have blocked the sale of eight MQ-9B drones to Qatar.'))).toEqual(['MQ-9 Reaper United States -> Qatar approved']);
  });
});

describe('an approval of a definite deal noun', () => {
  it('approves the transfer told before, by the approving state when it names no seller', () => {
    expect(summary(run('WASHINGTON, June 12 (Reuters) - The Senate backed a $1.32 billion package of six CH-47F Chinook helicopters for the UAE. The State Department approved the sale in May.'))).toEqual(['CH-47 Chinook United States -> United Arab Emirates approved']);
  });
  it('not by another state', () => {
    expect(summary(run('WARSAW, June 12 (Reuters) - Poland will buy 32 F-35 jets from the United States. Germany approved the sale in 2019.'))).toEqual(['F-35 United States -> Poland announced']);
  });
});

describe('a name set beside the subject', () => {
  it('is none of its list ("Besides Bangladesh, Yugoimport has sold ...")', () => {
    expect(summary(run('BELGRADE, May 14 (Reuters) - Besides Bangladesh, Yugoimport has sold the Nora B-52 howitzer to Cyprus and Kenya.'))).toEqual(['Nora B-52 Yugoimport SDPR -> Cyprus delivered', 'Nora B-52 Yugoimport SDPR -> Kenya delivered']);
  });
});

describe('the members of a list after "of"', () => {
  it('are no subject ("a joint venture of Indra, Santa Bárbara Sistemas and Escribano, under licence")', () => {
    const text = 'MADRID, Feb 20 (Reuters) - The Spanish Army received the first 12 Dragón 8x8 vehicles on Thursday. The vehicles are built by Tess Defence, a joint venture of Indra, Santa Bárbara Sistemas and Escribano, under licence from General Dynamics European Land Systems.';
    expect(summary(run(text))).toEqual(['Dragón 8x8 General Dynamics European Land Systems -> Spain delivered']);
  });
});

describe('a state named by its kind as the object of a giving verb', () => {
  it('receives, and so does its body ("is supplying the kingdom\'s national guard with")', () => {
    const text = "OTTAWA, June 2 (Reuters) - Saudi Arabia bought arms last year. General Dynamics Land Systems-Canada is supplying the kingdom's national guard with LAV 6.0 armoured vehicles.";
    expect(summary(run(text))).toEqual(['LAV 6.0 General Dynamics Land Systems-Canada -> Saudi Arabia announced']);
  });
});

describe('a span of time after a preposition', () => {
  it('governs no name after it ("For decades Kazakhstan relied on Russia ..., and it bought")', () => {
    const text = 'ASTANA, Nov 6 (Reuters) - For decades Kazakhstan relied almost entirely on Russia for armoured vehicles, and it bought BTR-82A personnel carriers from Moscow as recently as 2017.';
    expect(summary(run(text))).toEqual(['BTR-82 Russia -> Kazakhstan delivered']);
  });
});

describe('a subordinator inside the clause', () => {
  it('governs the verb of a name followed by one, not the name ("comes a month after the government signed")', () => {
    const noun = 'WELLINGTON, Nov 4 (Reuters) - Talks went on for a month after the government signed an agreement with the United States for five MH-60R Seahawk helicopters.';
    expect(summary(run(noun))).toEqual(['MH-60R Seahawk United States -> New Zealand ordered']);
  });
});

describe('a partner in making goods', () => {
  it('is no side of a deal ("exports of the fighter it is developing with Britain and Italy")', () => {
    const text = 'TOKYO, Nov 4 (Reuters) - Japan faces a debate over exports of the GCAP fighter it is developing with Britain and Italy.';
    expect(summary(run(text))).toEqual([]);
  });
});

describe('a year after its month before a verb', () => {
  it('dates the verb and is no count ("the government in December 2023 approved")', () => {
    expect(summary(run('TOKYO, Nov 4 (Reuters) - The government in December 2023 approved the shipment of Patriot PAC-3 interceptors to the United States.'))).toEqual(['Patriot Japan -> United States approved']);
  });
});

describe('talks ended by the deal just told', () => {
  it('were concluded, not broken off ("has agreed to sell ... to Brazil, ending months of negotiations")', () => {
    expect(summary(run('LONDON, Nov 4 (Reuters) - The Ministry of Defence has agreed to sell the decommissioned amphibious assault ship HMS Bulwark to Brazil, ending months of negotiations over the future of the vessel.'))).toEqual(['HMS Bulwark United Kingdom -> Brazil ordered']);
    expect(summary(run('LONDON, Nov 4 (Reuters) - Brazil broke off talks with Britain on HMS Bulwark, ending months of negotiations.'))).toEqual(['HMS Bulwark United Kingdom -> Brazil cancelled']);
  });
});

describe('withdrawing from a purchase', () => {
  it('cancels it ("the country withdrew from the purchase of 48 Boxer vehicles"), unlike goods withdrawn from service', () => {
    expect(summary(run('LJUBLJANA, Nov 4 (Reuters) - In 2020 Slovenia withdrew from the purchase of 48 Boxer armoured vehicles from Germany.'))).toEqual(['Boxer Germany -> Slovenia cancelled']);
    expect(summary(run('LJUBLJANA, Nov 4 (Reuters) - Slovenia bought 48 Boxer armoured vehicles from Germany in 2015; they were withdrawn from service in 2020.'))).not.toContain('Boxer Germany -> Slovenia cancelled');
  });
});

describe('goods named right before a name that a verb follows', () => {
  it('are the object of the name\'s relative clause: "to the equipment Denmark has sent to Ukraine" gives Denmark', () => {
    const text = 'COPENHAGEN, May 2 (Reuters) - The tank order adds to the heavy equipment Denmark has sent to Ukraine since 2022. Copenhagen has already delivered 19 Leopard 1A5 tanks.';
    expect(summary(run(text))).toEqual(['Leopard 1 Denmark -> Ukraine delivered']);
  });
  it('leave a described name a party ("from the French arms maker KNDS")', () => {
    const text = 'VILNIUS, May 2 (Reuters) - Lithuania bought 18 Caesar howitzers from the French arms maker KNDS in 2022.';
    expect(summary(run(text))).toEqual(['Caesar KNDS -> Lithuania ordered']);
  });
});

describe('a verb\'s bare form after a singular weapons noun', () => {
  it('is a noun the weapons word modifies ("The drone purchase adds")', () => {
    const text = 'OSLO, May 2 (Reuters) - The drone purchase adds to the equipment Norway has sent to Ukraine since 2022. Oslo has already delivered 14 M109 howitzers.';
    expect(summary(run(text))).toEqual(['M109 Norway -> Ukraine delivered']);
  });
});

describe('a sale approved of goods named by no system', () => {
  it('is a frame for "the package includes ..." after it', () => {
    const text = 'WASHINGTON, June 3 (Reuters) - The State Department on Tuesday approved the sale to Egypt of $1.2 billion in bombs, guidance kits and trucks. The agency said the package includes AIM-120 missiles and AN/TPQ-53 radars.';
    expect(summary(run(text))).toEqual(['AIM-120 United States -> Egypt approved', 'AN/TPQ-53 United States -> Egypt approved']);
  });
  it('is no frame when the sale was not approved ("talks on the sale")', () => {
    const text = 'WASHINGTON, June 3 (Reuters) - Officials held talks on a sale to Egypt of missiles and radars. The package includes AIM-120 missiles.';
    expect(summary(run(text))).not.toContain('AIM-120 United States -> Egypt approved');
  });
});

describe('a cancelling verb whose object is a body the story names', () => {
  it('ends no transfer ("suspended the Shura Council in May")', () => {
    const text = 'DOHA, April 16 (Reuters) - Qatar ordered Bayraktar TB2 drones from Baykar in 2023. The Emir suspended the Shura Council in May, removing a body that had often questioned large arms contracts.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Qatar ordered']);
  });
  it('still ends one when a deal noun follows the name ("suspended the Baykar contract")', () => {
    const text = 'ANKARA, April 16 (Reuters) - Kuwait ordered Bayraktar TB2 drones from Baykar in 2023. Kuwait suspended the Baykar contract in May.';
    expect(summary(run(text))).toEqual(['Bayraktar TB2 Baykar -> Kuwait cancelled']);
  });
});

describe('a deal noun with names and codes before it', () => {
  it('counts its window for a modal from before them ("hoped to sign the PAC-3 MSE contract")', () => {
    const text = 'BUCHAREST, Sept 18 (Reuters) - The US State Department has approved the possible sale to Romania of 300 PAC-3 MSE missiles. Officials at the Romanian Defence Ministry said they hoped to sign the PAC-3 MSE contract before the end of the year.';
    expect(summary(run(text))).toEqual(["PAC-3 MSE United States -> Romania approved"]);
  });
});

describe('a pronoun after ", and" in a sentence an opening phrase starts', () => {
  it('stands for the subject past the phrase, not a name in a relative before it', () => {
    const text = "OSLO, May 2 (Reuters) - Norway has given Ukraine much of its artillery. Besides the M109s, it has handed over all of its 14 M270 launchers, which were repaired in Britain together with Germany, and it has pledged six F-16 fighters to Kyiv.";
    expect(summary(run(text))).toContain('F-16 Norway -> Ukraine announced');
  });
});

describe('goods set off by a comma before "both" or "all" and a participle', () => {
  it('are the participle\'s goods, not its agent ("Nona mortars, both bought from Russia")', () => {
    expect(summary(run('TASHKENT, Nov 2 (Reuters) - Uzbekistan showed 2S9 Nona mortars, both bought from Russia.'))).toEqual(['2S9 Nona Russia -> Uzbekistan ordered']);
    expect(summary(run('TASHKENT, Nov 2 (Reuters) - Uzbekistan showed 2S9 Nona mortars and BTR-82A carriers, all bought from Russia.'))).toEqual(['2S9 Nona Russia -> Uzbekistan ordered', 'BTR-82 Russia -> Uzbekistan ordered']);
  });
});

describe('the one division of a maker\'s group the story names', () => {
  it('makes the system only when its name fits the system\'s kind', () => {
    const text = 'ASTANA, March 1 (Reuters) - Kazakhstan assembles H145M helicopters under licence from Airbus Helicopters. Its air force has also ordered two Airbus A400M transport aircraft and six Airbus H145M helicopters.';
    const lines = summary(run(text));
    expect(lines).toContain('A400M Airbus -> Kazakhstan ordered');
    expect(lines).not.toContain('A400M Airbus Helicopters -> Kazakhstan ordered');
  });
});

describe('a stage noun that modifies a noun of its details', () => {
  it('names no stage reached ("the best on price and delivery time")', () => {
    const text = 'OSLO, Feb 20 (Reuters) - Norway plans to buy 16 K239 Chunmoo launchers from Hanwha Aerospace. The minister said the Korean offer was the best on price, range and delivery time.';
    expect(summary(run(text))).toEqual(['K239 Chunmoo Hanwha Aerospace -> Norway announced']);
  });
});

describe('goods bought that a verb joined by "and" has held since', () => {
  it('were delivered ("have bought HIMARS ... and already have them in service")', () => {
    expect(summary(run('RIGA, Feb 20 (Reuters) - Latvia has bought HIMARS from the United States and already has them in service.'))).toEqual(['HIMARS United States -> Latvia delivered']);
  });
});

describe('goods the story has a state hold', () => {
  it('come from that state when passed on with no supplier named ("replace its ageing M113s ... M113s pledged to Ukraine")', () => {
    const text = 'CANBERRA, May 2 (Reuters) - The Australian Army will replace its ageing M113 armoured personnel carriers with new vehicles. Some 50 M113s were pledged to Ukraine last month.';
    expect(summary(run(text))).toContain('M113 Australia -> Ukraine announced');
  });
  it('leave a purchase by the state that makes the system domestic ("its first CH-53K ... on order by the U.S. Marine Corps")', () => {
    const text = 'JERUSALEM, May 2 (Reuters) - The Israeli Air Force took delivery of its first two CH-53K helicopters from the United States on Monday. The CH-53K is also on order by the U.S. Marine Corps.';
    expect(summary(run(text))).not.toContain('CH-53K Israel -> United States ordered');
  });
});

describe('goods made under a licence as a fact', () => {
  it('were handed over as made ("has assembled ... under licence from General Dynamics since the early 1990s"); a plan to make them is not', () => {
    expect(summary(run("CAIRO, May 2 (Reuters) - Egypt's Factory 200 has assembled M1A1 Abrams tanks under licence from General Dynamics since the early 1990s."))).toEqual(['Abrams General Dynamics -> Egypt delivered']);
    expect(summary(run("CAIRO, May 2 (Reuters) - Egypt's Factory 200 will assemble M1A1 Abrams tanks under licence from General Dynamics."))).toEqual(['Abrams General Dynamics -> Egypt ordered']);
  });
  it('goes on being made ("assembles", "has been producing")', () => {
    expect(summary(run('LIMA, May 2 (Reuters) - Peru assembles KT-1 trainers under licence from Korea Aerospace Industries.'))).toEqual(['KT-1 Korea Aerospace Industries -> Peru delivered']);
    expect(summary(run('LIMA, May 2 (Reuters) - Peru has been producing KT-1 trainers under licence from Korea Aerospace Industries.'))).toEqual(['KT-1 Korea Aerospace Industries -> Peru delivered']);
  });
  it('is held by the licence past a span of time ("since 2020", "between 2014 and 2023")', () => {
    expect(summary(run('BUCHAREST, May 2 (Reuters) - Romania has assembled Piranha 5 carriers since 2020 under a licence from Mowag.'))).toEqual(['Piranha V Mowag -> Romania delivered']);
    expect(summary(run('Malaysia assembled 257 AV8 Gempita armoured vehicles between 2014 and 2023 under a licence from FNSS.'))).toEqual(['AV8 Gempita FNSS -> Malaysia delivered']);
  });
  it('holds every system of a list before it ("Orbiter and Aerostar drones")', () => {
    expect(summary(run('Azerbaijan assembles Orbiter and Aerostar drones under licence from Aeronautics Defense Systems.'))).toEqual(['Orbiter Aeronautics Ltd -> Azerbaijan delivered', 'Aerostar Aeronautics Ltd -> Azerbaijan delivered']);
  });
  it("goes to the state whose possessive names a licensee firm the lexicon lacks (\"Azerbaijan's Azad Systems\")", () => {
    expect(summary(run("BAKU, May 2 (Reuters) - Azerbaijan's Azad Systems assembles Aerostar drones under licence from Israel's Aeronautics Defense Systems."))).toEqual(['Aerostar Aeronautics Ltd -> Azerbaijan delivered']);
  });
});

describe('a ship named between commas after a determined subject', () => {
  it('does not stop ", and the third, the Cayor, is due" opening a clause of its own: the first part arrived', () => {
    const text = "DAKAR, May 2 (Reuters) - Senegal ordered three OPV 58 S patrol vessels from France's Piriou in 2019. The first two ships, the Walo and the Niani, were delivered in 2023 and 2024, and the third, the Cayor, is due to arrive in Dakar in August.";
    expect(summary(run(text))).toEqual(['OPV 58 S Piriou -> Senegal delivered']);
  });
});

describe("a ship named with its navy's prefix", () => {
  it("goes to that navy's state when handed over with no recipient named, not to the story's main buyer", () => {
    const text = 'MADRID, May 2 (Reuters) - Spain signed a contract with Turkish Aerospace for 24 Hurjet jet trainers, a first sale to a NATO member for Turkey. The first Hurjets are due to be delivered to Spain in 2028. TCG Piri Reis, the first of six Reis-class submarines built under licence from ThyssenKrupp Marine Systems, entered service last year, and the second, TCG Hizir Reis, is undergoing sea trials.';
    const out = summary(run(text));
    expect(out).toContain('Reis-class submarine ThyssenKrupp Marine Systems -> Turkey delivered');
    expect(out.filter((l) => l.includes('-> Spain') && !l.startsWith('Hurjet'))).toEqual([]);
  });
});

describe('goods an adverb and a participle describe', () => {
  it('are the goods of the clause\'s verb ("will give Ukraine 18 newly built CV90s"), not of "built"', () => {
    expect(summary(run('STOCKHOLM, June 4 (Reuters) - Sweden will give Ukraine 18 newly built CV90s.'))).toEqual(['CV90 Sweden -> Ukraine announced']);
  });
});

describe('a ministry of a government the lexicon places', () => {
  it("acts for the dateline's state when the lexicon has that government act for it (\"TRIPOLI - The Ministry of Defence of the Government of National Unity (GNU)\")", () => {
    const text = 'TRIPOLI, June 18 (Reuters) - The Ministry of Defence of the Government of National Unity (GNU) said on Wednesday that it had taken delivery of eight Hurkus-C light attack aircraft ordered from Turkey.';
    expect(summary(run(text))).toEqual(['Hurkus Turkey -> Libya delivered']);
  });
});

describe("a state's kind noun after ', and'", () => {
  it('stands for no name a party\'s preposition governs ("delivered to Ukraine last year, and the country has sent BTR-60s")', () => {
    const text = 'SOFIA, June 4 (Reuters) - Bulgaria has been a discreet supplier of Ukraine. In December 2023 Parliament approved the donation of missiles, which were delivered to Ukraine last year, and the country has sent BTR-60 armoured personnel carriers that the Interior Ministry no longer used.';
    expect(summary(run(text)).filter((l) => l.startsWith('BTR-60 Ukraine'))).toEqual([]);
  });
});

describe('a verb phrase after a relative on goods', () => {
  it('shares the relative\'s subject ("frigates, which were built by Navantia and delivered between 2006 and 2011"), not the main clause\'s', () => {
    const text = "OSLO, Sept 3 (Reuters) - Norway will buy at least five Type 26 frigates from the United Kingdom. The ships will replace Norway's Fridtjof Nansen-class frigates, which were built by Spain's Navantia and delivered between 2006 and 2011.";
    const out = summary(run(text));
    expect(out).toContain('Fridtjof Nansen-class frigate Navantia -> Norway delivered');
    expect(out).not.toContain('Type 26 frigate United Kingdom -> Norway delivered');
  });
});

describe('adverbs of degree inside a verb group', () => {
  it('leave "due to be fully delivered next year" awaited', () => {
    const text = "PRAGUE, March 11 (Reuters) - Czech air defence relies on SPYDER missile systems ordered from Israel's Rafael in 2021, which are due to be fully delivered next year.";
    expect(summary(run(text))).toEqual(['SPYDER Rafael Advanced Defense Systems -> Czech Republic pending']);
  });
});

describe('gerunds that are the subject of a modal', () => {
  it('tell no transfer, the second of two joined by "or" too ("Buying second-hand Gripens or leasing F-16s from somebody else would cost more")', () => {
    const text = 'PRAGUE, March 11 (Reuters) - The government approved a two-year extension of the lease of 14 Gripen fighters from Sweden on Monday, while the Air Force waits for its American F-35A fighters. "Buying second-hand Gripens or leasing F-16s from somebody else would cost more and would need new training for the pilots," he said.';
    expect(summary(run(text)).filter((l) => l.startsWith('F-16'))).toEqual([]);
  });
});

describe('a relative that gives a view', () => {
  it('gives no goods ("radars ordered from France\'s Thales, which will give it a view deep into Russian airspace")', () => {
    const text = "RIGA, May 5 (Reuters) - The Air Force has received the last of three Ground Master 403 long-range radars ordered from France's Thales, which will give it a view deep into Russian and Belarusian airspace.";
    expect(summary(run(text))).toEqual(['Ground Master 400 Thales -> Latvia delivered']);
  });
});

describe('a "that" relative on goods with a pronoun subject', () => {
  it('tells the goods\' earlier leg to the main clause\'s subject ("sent Kyiv its M109 howitzers that it had bought from Austria")', () => {
    const out = summary(run('RIGA, May 5 (Reuters) - In 2022 Latvia sent Kyiv its M109 howitzers that it had bought from Austria in 2017.'));
    expect(out).toContain('M109 Austria -> Latvia delivered');
    expect(out).not.toContain('M109 Austria -> Ukraine delivered');
  });
});

describe('a passive giving verb after goods of a gift the subject announces', () => {
  it('leaves the subject the giver ("announced a new package of military assistance ..., which includes 30 Bushmaster vehicles, to be delivered by the end of the year")', () => {
    const text = 'KYIV, July 9 (Reuters) - Ukraine has received the last of 49 M1A1 Abrams tanks donated by Australia. Australia announced on Tuesday a new package of military assistance worth A$95 million, which includes 30 Bushmaster protected mobility vehicles, to be delivered by the end of the year.';
    expect(summary(run(text))).toContain('Bushmaster Australia -> Ukraine announced');
  });
});

describe('a licensee firm', () => {
  it('makes the goods for its state ("The Arab Organization for Industrialization ... to produce 36 FA-50 aircraft under licence")', () => {
    const text = 'CAIRO, Sept 3 (Reuters) - The Arab Organization for Industrialization (AOI) on Tuesday signed an agreement with Korea Aerospace Industries (KAI) to produce 36 FA-50 light combat aircraft under licence at its Helwan aircraft factory.';
    expect(summary(run(text))).toEqual(['FA-50 Korea Aerospace Industries -> Egypt ordered']);
  });
  it("but not for the maker's own state (\"Hanwha Aerospace, which agreed to produce K9A1EGY howitzers under licence\")", () => {
    const text = "CAIRO, Sept 3 (Reuters) - The deal builds on Egypt's partnership with South Korea's Hanwha Aerospace, which in 2022 agreed to produce 216 K9A1EGY self-propelled howitzers under licence at the state-owned Factory 200.";
    expect(summary(run(text)).filter((l) => l.endsWith('-> South Korea ordered'))).toEqual([]);
  });
});

describe('goods a winning offer beat', () => {
  it('lost a competition, the whole list of them ("Diehl Defence\'s offer beat Israel\'s Barak MX and Norway\'s NASAMS")', () => {
    const text = "BERN, June 4 (Reuters) - Switzerland will buy IRIS-T SLM air defence systems from Germany's Diehl Defence. Diehl Defence's offer beat Israel's Barak MX and Norway's NASAMS in the evaluation, the Federal Department of Defence said.";
    expect(summary(run(text))).toEqual(['IRIS-T SLM Diehl Defence -> Switzerland announced']);
  });
});

describe('goods listed after goods set aside', () => {
  it('are set aside too ("chosen the Chunmoo over the Lockheed Martin-made M142 HIMARS and the Israeli PULS"), but not past ", and"', () => {
    const text = 'OSLO, May 2 (Reuters) - The Labour government announced in December that it had chosen the Chunmoo over the Lockheed Martin-made M142 HIMARS and the Israeli PULS, and has asked parliament to approve a purchase of 16 launchers from Hanwha Aerospace.';
    expect(summary(run(text)).filter((l) => l.startsWith('PULS') || l.startsWith('HIMARS'))).toEqual([]);
    const jaguars = "BRUSSELS, May 2 (Reuters) - Belgium ordered 382 Griffon armoured personnel carriers and 60 Jaguar reconnaissance vehicles from France in 2018; about a hundred Griffons have been handed over so far, and the first Jaguars are due next year.";
    expect(summary(run(jaguars))).toContain('Jaguar France -> Belgium pending');
  });
});

describe('a system that gives', () => {
  it('gives what it is, no goods ("The Redback gives the Land Forces a modern tracked vehicle that can keep pace with the Abrams tanks")', () => {
    const text = 'BUCHAREST, May 2 (Reuters) - "The Redback gives the Land Forces a modern tracked vehicle that can keep pace with the Abrams tanks we are buying from the United States," the minister said.';
    expect(summary(run(text)).filter((l) => l.endsWith('delivered'))).toEqual([]);
  });
  it('but a system delivered in the passive is still handed over ("Barak MX has already been delivered to the United Arab Emirates")', () => {
    const text = 'TEL AVIV, May 2 (Reuters) - Israel Aerospace Industries sold Barak MX to Slovakia. Barak MX has already been delivered to the United Arab Emirates.';
    expect(summary(run(text))).toContain('Barak MX Israel Aerospace Industries -> United Arab Emirates delivered');
  });
});

describe('goods set aside that were only offered', () => {
  it('lost ("picking the KSS-III design over Germany\'s Type 212CD offered by TKMS"): the participle of offering saves nothing', () => {
    const text = "OTTAWA, Aug 27 (Reuters) - The federal government has chosen South Korea's Hanwha Ocean to build up to 12 new submarines for the Royal Canadian Navy, picking the KSS-III design over Germany's Type 212CD offered by ThyssenKrupp Marine Systems (TKMS). The first boat would be delivered in the mid-2030s.";
    expect(summary(run(text)).filter((l) => l.startsWith('Type 212'))).toEqual([]);
  });
});

describe('an offer its sentence says was refused', () => {
  it('tells no transfer ("had offered Poland its Panther KF51 tank ..., but the ministry did not take up the proposal")', () => {
    expect(summary(run('WARSAW, Aug 1 (Reuters) - Rheinmetall had offered Poland its Panther KF51 tank, together with production at a Polish plant, but the ministry did not take up the proposal.'))).toEqual([]);
    expect(summary(run('WARSAW, Aug 1 (Reuters) - Rheinmetall has offered Poland its Panther KF51 tank.'))).toEqual(['Panther KF51 Rheinmetall -> Poland announced']);
  });
});

describe('a maker named after "the manufacturer"', () => {
  it('supplies the one system its sentence tells of, over the state that makes it ("returned the aircraft to the manufacturer NHIndustries")', () => {
    const text = "OSLO, Sept 3 (Reuters) - France's Naval Group had offered its FDI frigate to Norway. The Navy has had no dedicated frigate helicopters since the government in 2022 cancelled its contract for 14 NH90 helicopters and returned the aircraft to the manufacturer NHIndustries, citing years of delays.";
    expect(summary(run(text))).toContain('NH90 NHIndustries -> Norway cancelled');
  });
});

describe('a division of a known company', () => {
  it('is at home where the company is', () => {
    expect(summary(run('The Badger, a South African version of Finland\'s Patria AMV built under licence by Denel Land Systems, was ordered in 2013.'))).toEqual(['Patria AMV Finland -> South Africa delivered']);
    expect(summary(run('The committee suspended permits for the export of Seeker 400 drones by Denel Dynamics to Saudi Arabia.'))).toEqual(['Seeker 400 Denel Dynamics -> Saudi Arabia cancelled']);
  });
});

describe('an arrival of people', () => {
  it('moves no goods told before', () => {
    const text = 'The EU approved aid for Mozambique. The package will pay for 14 Mamba armoured personnel carriers from Osprea Logistics. The EU also finances the deployment of Rwandan troops, who arrived in July 2021.';
    expect(summary(run(text))).toEqual(['Mamba European Union -> Mozambique announced']);
  });
});

describe('a subordinate clause that opens the sentence', () => {
  it('keeps its goods and stage apart from the main clause', () => {
    expect(summary(run('Poland ordered 32 F-35 jets from the United States. When the first F-35s arrive in 2026, Poland will sell 20 MiG-29s to Ukraine.'))).toEqual(['F-35 United States -> Poland pending', 'MiG-29 Poland -> Ukraine announced']);
  });
  it('is not a date after the subordinator', () => {
    expect(summary(run('Since 2022 Latvia has handed over to Ukraine all of its M109 howitzers, which it had bought from Austria in 2017.'))).toEqual(['M109 Latvia -> Ukraine delivered', 'M109 Austria -> Latvia delivered']);
  });
});

describe('a lessee that will lease', () => {
  it('has agreed the lease, awaited; a lessor that will lease, or a plan to, only announces it', () => {
    expect(summary(run('Jamaica will lease an Airbus H125 from Caribbean Rotors Ltd for six months from July.'))).toEqual(['Airbus H125 Caribbean Rotors -> Jamaica pending']);
    expect(summary(run('The US Army will lease eight Apaches to Poland.'))).toEqual(['Apache United States -> Poland announced']);
    expect(summary(run('Poland plans to lease two Dash 8-300 aircraft from PAL Aerospace.'))).toEqual(['Dash 8 PAL Aerospace -> Poland announced']);
  });
});

describe('the armed forces of a country named after "of"', () => {
  it('are that country\'s, not the story\'s own armed forces', () => {
    const text = 'LUANDA, May 22 - Angola signed a contract for 40 Guarani vehicles for its armed forces. In April Angola handed over two Mi-17 helicopters to the armed forces of the Republic of Congo as a donation.';
    expect(summary(run(text)).filter((t) => t.startsWith('Mi-17'))).toEqual(['Mi-17 Angola -> Republic of the Congo delivered']);
  });
});

describe('a co-subject a preposition already names on the other side', () => {
  it('stays on that side ("Angola and Brazil signed a contract ... for the Angolan Armed Forces")', () => {
    const text = 'LUANDA, May 22 - Angola and Brazil on Wednesday signed a contract for 40 Guarani 6x6 armoured personnel carriers for the Angolan Armed Forces. The vehicles will be delivered in batches, with the first ten due in Luanda in 2026.';
    expect(summary(run(text))).toEqual(['Guarani 6x6 Brazil -> Angola pending']);
  });
});

describe('a place after "in" before an arrival verb', () => {
  it('is no recipient of the arrival ("built ... at its plant in Sete Lagoas, in Brazil, will be delivered")', () => {
    const text = 'LUANDA, May 22 - Angola and Brazil on Wednesday signed a contract for 40 Guarani 6x6 armoured personnel carriers for the Angolan Armed Forces. The vehicles, built by Iveco Defence Vehicles at its plant in Sete Lagoas, in Brazil, will be delivered in batches.';
    expect(summary(run(text))).toEqual(['Guarani 6x6 Brazil -> Angola pending']);
  });
});

describe('a carrier named with its owner', () => {
  it('is no goods ("flown in aboard a US Air Force C-17")', () => {
    expect(summary(run('Bahrain ordered 12 AH-1Z helicopters from the United States. Four of the helicopters were flown in aboard a US Air Force C-17 transport aircraft.'))).toEqual(['AH-1 Cobra United States -> Bahrain delivered']);
  });
});

describe('"the army" after another state\'s army named only as the holder of stocks', () => {
  it('is the dateline state\'s army', () => {
    const text = 'AMMAN, Jan 5 - Jordan received 40 Stryker vehicles. The vehicles come from US Army stocks. The army also took delivery in 2019 of Camcopter S-100 drones ordered from Austria\'s Schiebel.';
    expect(summary(run(text)).filter((t) => t.startsWith('Camcopter'))).toEqual(['Camcopter S-100 Schiebel -> Jordan delivered']);
  });
});

describe('the story\'s own state that drops a plan to buy from a named seller', () => {
  it('is its buyer, and the plan is cancelled', () => {
    const lead = 'COPENHAGEN, Sept 3 - The Danish government has decided to buy three P-8A Poseidon aircraft from the United States. The decision replaces a plan, presented in January, to buy four Challenger 650 surveillance jets from Canada\'s Bombardier.';
    expect(summary(run(`${lead} The ministry dropped the plan in June.`))).toEqual(['P-8 Poseidon United States -> Denmark announced', 'Challenger 650 Bombardier -> Denmark cancelled']);
  });
});

describe('goods bought with no buyer named, then given away', () => {
  it('are not bought by the one they are given to', () => {
    const text = 'LJUBLJANA, March 19 - The Slovenian Ministry of Defence signed a contract with Ceska zbrojovka for 7,500 CZ BREN 2 rifles. The BREN 2 will replace the FN F2000 rifles bought from Belgium\'s FN Herstal in 2007, which soldiers have long criticised as heavy. The ministry said that once the new rifles are in service, most of the F2000s will be donated to Ukraine.';
    expect(summary(run(text)).filter((t) => t.startsWith('FN F2000'))[0]).toBe('FN F2000 FN Herstal -> Slovenia delivered');
  });
});

describe('a name after "to", a verb and an article', () => {
  it('is the verb\'s object, no recipient ("written to favour the Czech bid over the German HK416, which was offered by Heckler & Koch")', () => {
    const text = 'LJUBLJANA, March 19 - Slovenia signed a contract with CZ for 7,500 BREN 2 rifles. The opposition said the tender had been written to favour the Czech bid over the German HK416, which was offered by Heckler & Koch.';
    expect(summary(run(text))).toEqual(['Bren 2 Colt CZ Group -> Slovenia ordered']);
  });
});

describe('a licensee firm the story calls the state\'s', () => {
  it('builds for the dateline\'s state ("The state shipyard ASTINAVE is building ... under licence")', () => {
    const text = 'QUITO, May 2 - Ecuador ordered six TB2 drones. The state shipyard ASTINAVE is building two Stan Patrol 4207 patrol vessels under licence from the Dutch shipbuilder Damen.';
    expect(summary(run(text)).filter((t) => t.startsWith('Stan'))).toEqual(['Stan Patrol 4207 Damen Shipyards -> Ecuador ordered']);
  });
});

describe('a relative on a party after the goods of a deal', () => {
  it('is the party\'s: the deal still holds the goods ("for the JDF Air Wing, which already flies three of the type")', () => {
    const text = 'KINGSTON, June 12 - Jamaica has signed a contract with Italy\'s Leonardo for two more AW139 helicopters for the JDF Air Wing, which already flies three of the type.';
    expect(summary(run(text))).toEqual(['AW139 Leonardo -> Jamaica ordered']);
  });
});

describe('a reflexive after the subject ("Turkey itself bought")', () => {
  it('leaves the name the subject, the buyer of part of the goods named before', () => {
    const text = 'BAKU, May 2 - Azerbaijan received its last Super Mushshak trainers from Pakistan on Monday. Turkey itself bought 52 of the aircraft from Pakistan in 2016.';
    expect(summary(run(text))).toEqual(['Super Mushshak Pakistan -> Azerbaijan delivered', 'Super Mushshak Pakistan -> Turkey delivered']);
  });
});

describe('a firm described after a country\'s possessive ("Turkey\'s state-owned arms maker MKE")', () => {
  it('is the party, and "arms" there is no verb between the deal and its goods', () => {
    const text = 'ABUJA, Feb 25 - Nigeria signed a contract with Turkey\'s arms maker MKE for 500 MPT-76 rifles. Ghana signed a contract with Turkey\'s state-owned arms maker MKE for 300 MPT-55 rifles.';
    expect(summary(run(text))).toEqual(['MPT-76 MKE -> Nigeria ordered', 'MPT-55 MKE -> Ghana ordered']);
  });
});

describe('a dateline\'s town the lexicon does not place', () => {
  it('is in the country the story names most, whose force "the Army" receives', () => {
    const text = 'KORUMBURRA, July 8 - The Army on Monday took delivery of two AS9 Huntsman howitzers built under licence from South Korea\'s Hanwha Aerospace. Australia is happy. Australia also gave Ukraine 28 M113 carriers in 2023, Australia said.';
    expect(summary(run(text))).toEqual(['AS9 Huntsman Hanwha Aerospace -> Australia delivered', 'M113 Australia -> Ukraine delivered']);
  });
});

describe('goods bought from a firm named with a weapon\'s context name ("Taurus Systems")', () => {
  it('come from the firm, not from the countries of its description', () => {
    const text = 'ROME, June 19 - Italy bought Taurus KEPD 350 missiles from the German-Swedish company Taurus Systems in 2004.';
    expect(summary(run(text))).toEqual(['Taurus Taurus Systems -> Italy delivered']);
  });
});

describe('a bare count of the goods told before as a subject ("The first 12 are expected")', () => {
  it('tells the stage of those goods, as "the first units" does', () => {
    const text = 'ULAANBAATAR, May 13 - Mongolia signed a contract with Otokar for 24 Cobra II vehicles. The first 12 are expected before the end of the year.';
    expect(summary(run(text))).toEqual(['Cobra II Otokar -> Mongolia pending']);
  });
});

describe('a delivery of goods told before that names only where they arrive', () => {
  it('is still theirs ("The first is due to arrive at the port of Piraeus")', () => {
    const text = 'ATHENS, Oct 8 - The Hellenic Navy signed a contract with the French shipbuilder Piriou for two OPV 58 S offshore patrol vessels. The first is due to arrive at the port of Piraeus in mid-2027.';
    expect(summary(run(text))).toEqual(['OPV 58 S Piriou -> Greece pending']);
  });
});

describe('a force with no country named as the subject of a giving verb', () => {
  it('is the dateline state\'s, the giver ("WELLINGTON - In 2016 the Army sold 22 surplus LAV III vehicles to Chile")', () => {
    const text = 'WELLINGTON, March 18 - In 2016 the Army sold 22 surplus LAV III armoured vehicles to Chile. In December the Navy handed over two Manta-class patrol boats to Fiji as a gift.';
    expect(summary(run(text))).toEqual(['LAV III New Zealand -> Chile delivered', 'Manta-class patrol boat New Zealand -> Fiji delivered']);
  });
});

describe('an order itself still expected', () => {
  it('leaves the approval the stage: nothing after it is awaited as goods yet ("is expected to be ordered ... and to be operational by 2029")', () => {
    const text = 'WELLINGTON, March 18 - New Zealand\'s Cabinet on Monday approved the purchase of a NASAMS battery from Norway\'s Kongsberg. The battery is expected to be ordered by the middle of the year and to be operational by 2029.';
    expect(summary(run(text))).toEqual(['NASAMS Kongsberg -> New Zealand approved']);
  });
});

describe('a qualifying verb\'s form after an indefinite article and a word', () => {
  it('is a noun that ends nothing ("spending money on the Navy after a long pause")', () => {
    const text = 'MADRID, April 22 - The Spanish Navy on Tuesday received the first of eight MH-60R Seahawk helicopters bought from the United States. An analyst said Spain was finally spending money on the Navy after a long pause.';
    expect(summary(run(text))).toEqual(['MH-60R Seahawk United States -> Spain delivered']);
  });
});

describe('a stage asked about a few words after "did not say when"', () => {
  it('states nothing ("did not say when the first of them would be handed over")', () => {
    const text = 'THE HAGUE, Dec 12 - The Dutch Defence Ministry signed a contract with BAE Systems Hagglunds for 46 CV90 MkIV vehicles. The ministry did not say when the first of them would be handed over.';
    expect(summary(run(text))).toEqual(['CV90 BAE Systems Hagglunds -> Netherlands ordered']);
  });
});

describe('a giving verb after an aside on its subject ("Italy, together with France, supplied Kyiv")', () => {
  it('is active when a name follows it: both the subject and its co-agent give', () => {
    const text = 'ROME, June 19 - Italy, together with France, supplied Kyiv with a SAMP/T air defence battery in 2023.';
    expect(summary(run(text))).toEqual(['SAMP/T Italy -> Ukraine delivered', 'SAMP/T France -> Ukraine delivered']);
  });

  it('joins a co-agent to a pronoun subject ("Together with France, it supplied")', () => {
    const text = 'ROME, June 19 - Italy has sent a second SAMP/T battery to Ukraine. Together with France, it supplied Kyiv with the first battery in 2023.';
    expect(summary(run(text))).toEqual(['SAMP/T Italy -> Ukraine delivered', 'SAMP/T France -> Ukraine delivered']);
  });
});

describe('a verb phrase after a reduced relative on goods ("craft built by CMN and delivered in 2000")', () => {
  it('shares the goods the participle hangs on, not the goods of the clause subject', () => {
    const text = 'DOHA, May 4 - Qatar signed a contract with Fincantieri for two Doha-class corvettes. The corvettes will join the six Barzan-class patrol boats built by Germany\'s Lürssen and delivered between 1996 and 1998.';
    expect(summary(run(text))).toEqual(['Doha-class corvette Fincantieri -> Qatar ordered', 'Barzan-class patrol boat Lurssen -> Qatar delivered']);
  });

  it('gives them to the one the clause before has hold them', () => {
    const text = 'LIMA, May 4 - Peru signed a contract with TKMS for three Type 209NG submarines. Across the border, Chile operates two Scorpene submarines, built by France\'s DCN and delivered in 2005 and 2006.';
    expect(summary(run(text))).toEqual(['Type 209 ThyssenKrupp Marine Systems -> Peru ordered', 'Scorpene DCN -> Chile delivered']);
  });
});

describe('arms an arming phrase adds to a deal ("the ships will be armed with Exocet missiles")', () => {
  it('reads the arms as the goods of the clause\'s deal and the ships as their platform', () => {
    const text = 'MUSCAT, May 4 - Oman signed a contract with Fincantieri for two Khareef-class corvettes. Under a separate contract signed with MBDA, the corvettes will be armed with Exocet anti-ship missiles and VL MICA air defence missiles.';
    expect(summary(run(text))).toEqual(['Khareef-class corvette Fincantieri -> Oman ordered', 'Exocet MBDA -> Oman ordered', 'VL MICA MBDA -> Oman ordered']);
  });

  it('leaves goods named by no system after it to the goods told before ("have since been armed with rockets")', () => {
    const text = 'NAIROBI, May 4 - The air force flies six MD 530F helicopters that the United States sold to Kenya, the last of which were delivered in 2017 and have since been armed with rockets.';
    expect(summary(run(text))).toEqual(['MD 530F United States -> Kenya delivered']);
  });
});

describe('a relative on goods past an aside that names them another way', () => {
  it('reads "12 Mirage 2000-5 fighters, known locally as the Yun-5, which were bought from France"', () => {
    const text = 'TAIPEI, May 4 - The new jets will replace the air force\'s 12 Mirage 2000-5 fighters, known locally as the Yun-5, which were bought from France in 1997.';
    expect(summary(run(text))).toEqual(['Mirage 2000 France -> Taiwan delivered']);
  });
});

describe('licensed ships and the designs they come from', () => {
  it('reads a head noun after a class name as a noun ("before a River-class ship can replace them")', () => {
    const text = 'OTTAWA, May 4 - Canada signed a contract with Britain\'s BAE Systems for three River-class destroyers. Some of the old frigates will sail for ten more years before a River-class ship can replace them.';
    expect(summary(run(text))).toEqual(['River-class destroyer BAE Systems -> Canada ordered']);
  });

  it('reads the design goods are derived from as no goods, past an aside before "under licence"', () => {
    const text = 'CANBERRA, May 4 - The Type 26 is a British design. Australia is building six Hunter-class frigates, also derived from the Type 26, under licence at Osborne.';
    expect(summary(run(text))).toEqual(['Hunter-class United Kingdom -> Australia ordered']);
  });

  it('gives a licensor the stage of the order placed at home ("which the Gdynia yard will build under licence")', () => {
    const text = 'WARSAW, May 4 - Poland signed a contract with PGZ for three Miecznik-class frigates, which the Gdynia yard will build under licence from Britain\'s Babcock.';
    expect(summary(run(text))).toEqual(['Miecznik-class frigate Babcock International -> Poland ordered']);
  });

  it('reads "Other equipment has already arrived" as no delivery of the goods told before', () => {
    const text = 'OTTAWA, May 4 - Canada signed a contract with Airbus for 16 C295 aircraft. Other equipment has already arrived.';
    expect(summary(run(text))).toEqual(['C-295 Airbus -> Canada ordered']);
  });
});

describe('goods and states listed together ("26 Gripen fighters and 24 Hawk trainers bought from Sweden and Britain")', () => {
  it('pairs each of the goods with the state that makes it', () => {
    expect(summary(run('PRETORIA, May 4 - South Africa bought 26 Gripen fighters and 24 Hawk trainers from Sweden and Britain in 1999.'))).toEqual(['Gripen Sweden -> South Africa delivered', 'Hawk United Kingdom -> South Africa delivered']);
  });

  it('gives the buyer to the state listed after the "from" phrase\'s, and reads a programme\'s name as no aid package', () => {
    const text = 'PRETORIA, May 4 - South Africa ordered 20 Patria AMV vehicles from Finland. Only a few of the 26 Gripen fighters and 24 Hawk Mk120 trainers bought from Sweden and Britain under the 1999 Strategic Defence Package are flying.';
    expect(summary(run(text))).toEqual(['Patria AMV Finland -> South Africa ordered', 'Gripen Sweden -> South Africa delivered', 'Hawk United Kingdom -> South Africa delivered']);
  });
});

describe('goods a relative hangs on, beside goods that only go "alongside" them', () => {
  it('reads "which were bought ... and delivered by Boeing" as the relative\'s goods only, and the owner after "alongside" as no co-agent', () => {
    const text = 'OSLO, March 5 - The United States has approved the possible sale to Norway of four MQ-9B drones. The drones will fly alongside the Air Force\'s five P-8A Poseidon aircraft, which were bought from the United States and delivered by Boeing in 2022.';
    expect(summary(run(text))).toEqual(['MQ-9 Reaper United States -> Norway approved', 'P-8 Poseidon United States -> Norway delivered']);
  });
});

describe('goods handed over to no one named, whose relative names their buyer', () => {
  it('reads "handed over the first two of 12 L-39NG jet trainers that Hungary ordered in 2024" as delivered to Hungary', () => {
    const text = 'PRAGUE, Jan 22 - Czech industry is also exporting more. Last month Aero Vodochody handed over the first two of 12 L-39NG jet trainers that Hungary ordered in 2024.';
    expect(summary(run(text))).toEqual(['L-39 Albatros Aero Vodochody -> Hungary delivered']);
  });
});

describe('a firm described with a form joined to a demonym', () => {
  it('reads "bought from the Anglo-Italian company AgustaWestland" with the firm as the seller', () => {
    const text = 'ALGIERS, Aug 7 - The Navy\'s search-and-rescue units fly AW101 helicopters bought from the Anglo-Italian company AgustaWestland, the first of which arrived in 2010.';
    expect(summary(run(text))).toEqual(['AW101 Leonardo Helicopters -> Algeria delivered']);
  });
});

describe('buying for a force of the buyer\'s own', () => {
  it('reads "ordered 500 Carl-Gustaf M4 rifles from Saab for the Territorial Defence Forces" as the state\'s purchase', () => {
    const text = 'WARSAW, Oct 9 - The Polish Armament Agency ordered 500 Carl-Gustaf M4 rifles from Sweden\'s Saab for the Territorial Defence Forces.';
    expect(summary(run(text))).toEqual(['Carl Gustaf Saab -> Poland ordered']);
  });
});

describe('a part of the goods named by its part word alone, or after ", and"', () => {
  it('reads "The first are due next year" and ", and the first 150 are due next year" as awaited', () => {
    expect(summary(run('PRAGUE, Jan 22 - The Czech ministry signed a contract with Sweden\'s Saab for 16 RBS 70 NG systems. The first are due next year.'))).toEqual(['RBS 70 Saab -> Czech Republic pending']);
    expect(summary(run('WARSAW, Oct 9 - In August Poland ordered 500 Carl-Gustaf M4 rifles from Sweden\'s Saab, and the first 150 are due next year.'))).toEqual(['Carl Gustaf Saab -> Poland pending']);
  });
});

describe('goods named as of the same class as goods told before', () => {
  it('reads "boats of the same class" and "the same class of ship" as the latest ship the story named', () => {
    const costaRica = 'SAN JOSE, April 16 - The United States handed over two Marine Protector-class patrol boats to Costa Rica. The boats were refurbished in Baltimore. Washington has donated boats of the same class to several countries in the region, including two to Panama last year.';
    expect(summary(run(costaRica))).toEqual(['Marine Protector-class patrol boat United States -> Costa Rica delivered', 'Marine Protector-class patrol boat United States -> Panama delivered']);
    const vietnam = 'HANOI, May 4 - In 2017 South Korea gave Vietnam a Pohang-class corvette. Seoul has given the same class of ship to other partners, including the Philippines, which received one in 2019.';
    expect(summary(run(vietnam))).toEqual(['Pohang-class corvette South Korea -> Vietnam delivered', 'Pohang-class corvette South Korea -> Philippines delivered']);
  });
});

describe('"supplied it with" after the sentence that named the buyer', () => {
  it('reads "it" as the previous clause\'s subject, and a freeze of a name\'s participation as no cancellation', () => {
    const text = 'YEREVAN, May 4 - Across the border, Azerbaijan has bought heavily from Israel, Turkey and Belarus. Belarus supplied it with Polonez multiple rocket launchers in 2018. Prime Minister Nikol Pashinyan has frozen Armenia\'s participation in the alliance.';
    expect(summary(run(text))).toEqual(['Polonez Belarus -> Azerbaijan delivered']);
  });
});

describe('a question left open by a verb joined to a negated one', () => {
  it('reads "did not give the value of the deal or say when the aircraft would be delivered" as no stage', () => {
    const text = 'DHAKA, May 4 - Bangladesh signed a contract with Germany\'s Grob Aircraft for eight G 120TP trainers. The Air Force did not give the value of the deal or say when the aircraft would be delivered.';
    expect(summary(run(text))).toEqual(['G 120TP Grob Aircraft -> Bangladesh ordered']);
  });
});

describe('goods made under licence, with phrases of whom and where between them and the licence', () => {
  it('reads "assembled 54 EMB-312 Tucano trainers for the Air Force at its Kader factory under licence from Embraer"', () => {
    const text = 'CAIRO, May 4 - In the 1980s Egypt assembled 54 EMB-312 Tucano trainers for the Air Force at its Kader factory under licence from Brazil\'s Embraer.';
    expect(summary(run(text))).toEqual(['EMB 312 Tucano Embraer -> Egypt delivered']);
  });
});

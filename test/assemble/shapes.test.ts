/**
 * Short sentences in the shapes real arms-trade news takes (sales, deliveries, donations, approvals,
 * cancellations; actives, passives, relatives, nouns), each with the transfer an analyst would record.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const SHAPES: [string, string][] = [
  ['Deliveries of the 32 F-35 jets to Poland from the United States began in May.', 'F-35 United States -> Poland delivered'],
  ['Poland received its first F-35 jets from the United States on Friday.', 'F-35 United States -> Poland delivered'],
  ['The 18 Rafale jets will be delivered to Serbia by France by 2029.', 'Rafale France -> Serbia pending'],
  ['India is buying 26 Rafale Marine jets from France.', 'Rafale France -> India ordered'],
  ['Greece has agreed to buy 20 F-35 jets from the United States.', 'F-35 United States -> Greece ordered'],
  ['Turkey\'s purchase of the S-400 from Russia angered Washington.', 'S-400 Russia -> Turkey ordered'],
  ['The S-400, which Turkey bought from Russia in 2017, is not operational.', 'S-400 Russia -> Turkey delivered'],
  ['Germany will send Ukraine 18 Leopard 2 tanks.', 'Leopard 2 Germany -> Ukraine announced'],
  ['Ukraine has received 14 Leopard 2 tanks from Poland.', 'Leopard 2 Poland -> Ukraine delivered'],
  ['Russia has delivered the first batch of Su-35 fighter jets to Iran, Iranian media reported.', 'Su-35 Russia -> Iran delivered'],
  ['Egypt signed a contract with France for 30 more Rafale jets.', 'Rafale France -> Egypt ordered'],
  ['Norway handed over 32 F-16 jets to Romania.', 'F-16 Norway -> Romania delivered'],
  ['Romania bought 32 F-16 jets from Norway for 454 million euros.', 'F-16 Norway -> Romania ordered'],
  ['South Korea will supply 48 FA-50 light attack aircraft to Poland under a deal signed last year.', 'FA-50 South Korea -> Poland pending'],
  ['Algeria cancelled its order for Su-57 fighters from Russia.', 'Su-57 Russia -> Algeria cancelled'],
  ['Switzerland suspended the delivery of Patriot systems from the United States.', 'Patriot United States -> Switzerland cancelled'],
  ['The Netherlands donated 18 PzH 2000 howitzers to Ukraine, the defence ministry said.', 'PzH 2000 Netherlands -> Ukraine delivered'],
  ['Japan plans to buy 400 Tomahawk missiles from the United States.', 'Tomahawk United States -> Japan announced'],
  ['The United States is sending Ukraine 31 M1 Abrams tanks.', 'Abrams United States -> Ukraine announced'],
  ['Qatar ordered 12 more Eurofighter Typhoon jets from Britain.', 'Eurofighter Typhoon United Kingdom -> Qatar ordered'],
  ['Vietnam took delivery of 64 T-90S tanks from Russia in 2019.', 'T-90 Russia -> Vietnam delivered'],
  ['Pakistan inducted the first batch of J-10C fighters bought from China.', 'J-10 China -> Pakistan delivered'],
  ['Thailand has put on hold its purchase of a Yuan-class submarine from China.', 'Yuan-class submarine China -> Thailand cancelled'],
  ['Brazil took delivery of its eighth Gripen E fighter from Saab.', 'Gripen Saab -> Brazil delivered'],
  ['Slovakia gave its 13 MiG-29 jets to Ukraine.', 'MiG-29 Slovakia -> Ukraine delivered'],
  ['Belarus has received Iskander-M missile systems from Russia.', 'Iskander Russia -> Belarus delivered'],
  ['Hungary has ordered 44 Lynx infantry fighting vehicles from Rheinmetall.', 'Lynx Rheinmetall -> Hungary ordered'],
  ['Canada will donate a NASAMS air defence system to Ukraine.', 'NASAMS Canada -> Ukraine announced'],
  ['Spain has halted the sale of Leopard 2 tanks to Ukraine.', 'Leopard 2 Spain -> Ukraine cancelled'],
  ['The first of eight Patriot batteries arrived in Romania from the United States last week.', 'Patriot United States -> Romania delivered'],
  ['Philippines gets first BrahMos missiles from India', 'BrahMos India -> Philippines delivered'],
  ['Egypt inks deal for 24 Rafale jets from France', 'Rafale France -> Egypt ordered'],
  ['Germany approved the export of 178 Leopard 1 tanks to Ukraine.', 'Leopard 1 Germany -> Ukraine approved'],
  ['Britain will lend Ukraine 14 Challenger 2 tanks.', 'Challenger 2 United Kingdom -> Ukraine announced'],
  ['Romania took delivery of the last of 17 F-16 jets bought from Portugal.', 'F-16 Portugal -> Romania delivered'],
  ['Twelve Caesar howitzers donated by France arrived in Ukraine in March.', 'Caesar France -> Ukraine delivered'],
  ['Morocco has received the first of 36 AH-64E Apache helicopters it ordered from the United States.', 'AH-64 Apache United States -> Morocco delivered'],
  ['Latvia and Lithuania will receive HIMARS launchers from the United States in 2025.', 'HIMARS United States -> Latvia pending'],
  ['Latvia and Lithuania will receive HIMARS launchers from the United States in 2025.', 'HIMARS United States -> Lithuania pending'],
  ['The United States approved the sale of F-16 jets to Turkey after Ankara ratified Sweden\'s NATO membership.', 'F-16 United States -> Turkey approved'],
  ['Russia has supplied Myanmar with Su-30SME fighter jets.', 'Su-30 Russia -> Myanmar delivered'],
  ['Iran has shipped hundreds of Shahed-136 drones to Russia, U.S. officials said.', 'Shahed-136 Iran -> Russia delivered'],
  ['Hanwha Aerospace will deliver 18 K9 howitzers to Estonia by 2026.', 'K9 Hanwha Aerospace -> Estonia pending'],
  ['Saab has won an order from Brazil for four more Gripen E fighters.', 'Gripen Saab -> Brazil ordered'],
  ['The Czech government signed a deal with the United States to buy 24 F-35 jets.', 'F-35 United States -> Czech Republic ordered'],
  ['Indonesia has scrapped a plan to buy Su-35 jets from Russia.', 'Su-35 Russia -> Indonesia cancelled'],
  ['Qatar received the first of 24 Eurofighter Typhoon jets from Britain in August.', 'Eurofighter Typhoon United Kingdom -> Qatar delivered'],
  ['Spain will give Ukraine six more Leopard 2A4 tanks, Defence Minister Margarita Robles said.', 'Leopard 2 Spain -> Ukraine announced'],
  ['Deliveries of 48 K2 tanks from South Korea to Poland are scheduled to be completed next year.', 'K2 South Korea -> Poland pending'],
  ['Israel sold the Arrow 3 system to Germany for 3.5 billion euros.', 'Arrow 3 Israel -> Germany ordered'],
  ['Argentina finalised the purchase of 24 F-16 jets from Denmark.', 'F-16 Denmark -> Argentina ordered'],
  ['Vietnam is expected to receive T-90S tanks from Russia next year.', 'T-90 Russia -> Vietnam pending'],
  ['Norway cancelled its contract for NH90 helicopters with NHIndustries and demanded its money back.', 'NH90 NHIndustries -> Norway cancelled'],
];

describe('transfers in common news shapes', () => {
  it.each(SHAPES)('%s', (text, expected) => {
    const r = extract(text, { referenceDate: '2024-06-01', only: ['actors', 'weapons', 'transfers', 'dates'] });
    const actor = (id: string | null) => r.actors.find((a) => a.id === id)?.name ?? String(id);
    const weapon = (id: string | null) => r.weapons.find((w) => w.id === id)?.name ?? null;
    const found = r.transfers.map((t) => `${weapon(t.system) ?? t.description} ${actor(t.supplier)} -> ${actor(t.recipient)} ${t.status}`);
    expect(found).toContain(expected);
  });
});

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

/**
 * State bodies the lexicon ties to a country the story never names stand for the body of the
 * story's own state: "the IAF" in a story about India is the Indian Air Force, and "the Ministry
 * of Defence" in a story datelined Astana is Kazakhstan's, not Britain's.
 */
import type { AnalysisDocument } from '../../model/document.js';
import { actorLexicon, stateBodyName, type LexiconEntry } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { initials } from '../../3-annotate/actors/acronyms.js';

/**
 * "the Army and the IAF will get eight drones each" in a story about India: letters the lexicon gives
 * to a state body of a country the story never names ("IAF", the Israeli Air Force) stand for the
 * one body of a country the story does name whose name they spell (the Indian Air Force).
 */
export function applyHomeAcronyms(doc: AnalysisDocument): void {
  const { entries } = actorLexicon();
  const named = namedCountries(doc);
  for (const m of doc.layers.mentions) {
    if (m.form !== 'acronym' || m.kind !== 'organization' || !m.entry || !m.rule.startsWith('lexicon')) continue;
    const country = entries.get(m.entry)?.country;
    if (!country || named.has(country)) continue;
    const home = (bodiesByInitials().get(m.text) ?? []).filter((e) => e.id !== m.entry && named.has(e.country!));
    // Of several ("Indian Armed Forces", "Indian Air Force"), the one that shares most words with the lexicon's body.
    const words = new Set(entries.get(m.entry)!.name.split(/\s+/));
    const shared = (e: LexiconEntry) => e.name.split(/\s+/).filter((w) => words.has(w)).length;
    const best = Math.max(0, ...home.map(shared));
    const chosen = home.filter((e) => shared(e) === best);
    if (chosen.length !== 1) continue;
    m.entry = chosen[0]!.id;
    m.rule = 'acronym-home';
    delete m.canonical;
    delete m.memberOf;
  }
}

let byInitials: Map<string, LexiconEntry[]> | null = null;

/** State bodies of the lexicon (organisations with a country) by the initials of their names. */
function bodiesByInitials(): Map<string, LexiconEntry[]> {
  if (byInitials) return byInitials;
  byInitials = new Map();
  for (const e of actorLexicon().entries.values()) {
    if (e.kind !== 'organization' || !e.country || !/\s/.test(e.name)) continue;
    const key = initials(e.name);
    if (key.length >= 2) byInitials.set(key, [...(byInitials.get(key) ?? []), e]);
  }
  return byInitials;
}

/**
 * "the Ministry of Defence said" in a story datelined ASTANA: a body the lexicon gives to a country
 * the story has not named before it, written with no country word, is the dateline state's body of
 * that name.
 */
export function applyHomeBodies(doc: AnalysisDocument): void {
  const { entries, countryWords } = actorLexicon();
  const dateline = doc.layers.mentions.find((m) => m.kind === 'country' && m.entry && doc.sentences[m.sentence]?.role === 'dateline');
  const home = dateline?.entry ? entries.get(dateline.entry) : undefined;
  if (!home) return;
  // ("BUENOS AIRES — The Ministry of Defence signed ...", Britain named only further on: the body is
  // read as the dateline state's before the other country comes in.)
  // ("SOFIA - Bulgaria's parliament approved a purchase from Britain's BAE Systems. | The vote allows the
  // Ministry of Defence to ...": a country named before it, but less often than the dateline state, is
  // no home of the body either.)
  const countryMentions = doc.layers.mentions.filter((m) => m.kind === 'country' && m.entry);
  const namedBefore = (country: string, at: number) => countryMentions.filter((c) => c.entry === country && c.start < at).length;
  for (const m of doc.layers.mentions) {
    if (m.form !== 'name' || m.kind !== 'organization' || !m.entry) continue;
    const entry = entries.get(m.entry);
    if (!entry?.country || entry.country === home.id || !actorRules().stateBodyTypes.has(entry.type ?? '')) continue;
    // (Not in a headline, which leaves out the country word the story gives after: "State Department
    // clears THAAD batteries for Qatar".)
    // Only a name made of body words ("Ministry of Defence", "Defence Ministry", "Air Force"), not a
    // proper name of one state's body ("the Pentagon", "the Bundeswehr", "the Kremlin").
    const words = m.text.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
    // (Every state has a ministry; a State Department named after a seldom-named United States is still theirs.)
    const other = namedBefore(entry.country, doc.sentences[m.sentence]?.role === 'headline' ? Infinity : m.start);
    if (other > 0 && (!words.some((w) => actorRules().everyStateBodies.has(w)) || other >= namedBefore(home.id, m.start))) continue;
    if (!words.every((w) => bodyWords().has(w)) || words.some((w) => countryWords.has(w.replace(/['’]s$/, '')))) continue;
    m.entry = null;
    m.rule = 'lexicon:home-body';
    m.canonical = stateBodyName(home, m.text.replace(/^the\s+/i, ''));
    m.memberOf = home.id;
  }
}

let bodyWordSet: Set<string> | null = null;

/** The words state bodies are named with: those of the government bodies list and their connectors. */
function bodyWords(): Set<string> {
  bodyWordSet ??= new Set([...actorRules().governmentBodies.flatMap((b) => b.split(' ')), 'of', 'the', 'and', 'for', 'national', 'federal', 'state', 'royal', 'armed', 'forces']);
  return bodyWordSet;
}

/** The lexicon ids of the countries the story names. */
function namedCountries(doc: AnalysisDocument): Set<string> {
  return new Set(doc.layers.mentions.filter((m) => m.kind === 'country' && m.entry).map((m) => m.entry!));
}

/**
 * "The North has also provided Moscow with missiles" in a story about North Korea: "the North" or
 * "the South" stands for the one country the story names that begins with that word.
 */
export function applyCompassNames(doc: AnalysisDocument): void {
  const { entries } = actorLexicon();
  const countries = [...namedCountries(doc)].map((id) => entries.get(id)).filter((e): e is LexiconEntry => e !== undefined);
  for (const m of doc.layers.mentions) {
    if (m.form !== 'name' || m.entry || !/^(?:North|South)$/.test(m.text) || !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const fits = countries.filter((c) => c.name.startsWith(`${m.text} `));
    if (fits.length !== 1) continue;
    m.kind = 'country';
    m.entry = fits[0]!.id;
    m.rule = 'name:compass-country';
    delete m.canonical;
  }
}

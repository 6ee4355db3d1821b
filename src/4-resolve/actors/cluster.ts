/**
 * Coreference for named entities: mentions that name the same entity get the same key.
 * Lexicon entries key by id; other names by their normalised form; a bare surname joins the
 * person whose full name ends with it; an undefined acronym joins the entity whose initials
 * spell it; descriptions ("the embassy", "the bloc") join the latest fitting antecedent;
 * "Serbia's President" joins the office holder the lexicon knows at the reference date.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { actorLexicon, stateBodyName, type LexiconEntry } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { lastStartingBy } from '../../model/spans.js';

export interface Cluster {
  key: string;
  entry: LexiconEntry | null;
  mentions: EntityMention[];
}

export function clusterMentions(doc: AnalysisDocument): Cluster[] {
  const clusters = new Map<string, Cluster>();
  const order: Cluster[] = [];
  const words = new WordIndex();
  const lexicon = actorLexicon();
  /** Set once the index is built: later joins index what they add. */
  let indexing = false;
  const join = (key: string, mention: EntityMention, entry: LexiconEntry | null) => {
    let cluster = clusters.get(key);
    if (!cluster) {
      cluster = { key, entry, mentions: [] };
      clusters.set(key, cluster);
      order.push(cluster);
      words.rank(cluster);
      if (indexing) words.add(cluster, entryNames(entry));
    }
    cluster.mentions.push(mention);
    cluster.entry ??= entry;
    if (indexing) words.add(cluster, mentionNames([mention]));
  };

  const mentions = [...doc.layers.mentions].sort((a, b) => a.start - b.start);
  const deferred: EntityMention[] = [];
  for (const m of mentions) {
    if (m.form === 'description' || m.form === 'title') {
      deferred.push(m);
      continue;
    }
    if (m.entry) {
      join(`entry:${m.entry}`, m, lexicon.entries.get(m.entry) ?? null);
      continue;
    }
    const name = normalize(m.canonical ?? m.text);
    join(`${m.kind === 'place' ? 'place' : 'name'}:${name}`, m, null);
  }

  for (const cluster of order) words.add(cluster, namesOf(cluster));
  indexing = true;

  // Surnames and acronyms: merge a one-word cluster into the cluster it abbreviates.
  for (const cluster of [...order]) {
    const only = cluster.mentions.every((m) => !m.entry && m.text.split(/\s+/).length === 1);
    if (!only || cluster.entry) continue;
    const word = cluster.mentions[0]!.text;
    const target = words.candidates(word).find((c) => c !== cluster && clusters.get(c.key) === c && abbreviates(word, c));
    if (target) mergeInto(target, cluster, order, clusters, words);
  }

  joinBrandWords(order, clusters, words);
  joinLegalForms(order, clusters);
  joinMetonyms(order);
  const live = new Set(order);

  const people = personIndex(order);
  for (const m of deferred) {
    if (m.form === 'title') {
      const holder = m.rule === 'title:apposition' ? appositionHead(doc, m, people) : titleHolder(m, people);
      if (holder) holder.mentions.push(m);
      else if (m.rule !== 'title:apposition') join(`role:${m.role!.toLowerCase()}`, m, null);
      continue;
    }
    if (m.rule === 'title:possessive') {
      const holder = officeHolder(doc, m);
      if (holder) join(`entry:${holder.id}`, m, holder);
      else join(`role:${m.role}`, m, null);
      continue;
    }
    // Clusters the joins above made are live too; those merged away are not.
    for (let k = order.length - 1; k >= 0 && !live.has(order[k]!); k--) live.add(order[k]!);
    let target = antecedent(m, words.candidates(nounOf(m)).filter((c) => live.has(c)));
    // "the government" long after "the U.S. government", in a story datelined TOKYO: the home state.
    const home = target && nounOf(m) === 'government' && sentencesSince(target, m) > STATE_BODY_REACH ? datelineCountry(doc, order) : null;
    if (home) target = home;
    // ("Last November the Government signed ...", datelined GEORGETOWN: a home body's noun written with a
    // capital is the home state's own, whatever government the story named before.)
    const own = actorRules().homeBodyNouns.has(nounOf(m)) && /^\p{Lu}/u.test(m.text.split(' ').pop() ?? '') ? datelineCountry(doc, order) : null;
    if (own) target = own;
    // "BANGKOK - The Royal Thai Army ... declared surplus by the US Army ... The army has also bought":
    // a force the story named for its dateline's state stays the one "the army" means.
    if (target && actorRules().homeForceNouns.has(nounOf(m))) target = homeForce(doc, m, order.filter((c) => live.has(c)), target);
    // "former Indian air force Su-30K jets. The air force played a central role", datelined ADDIS ABABA:
    // a force named only to say whose the goods were is no antecedent of the home state's force.
    // ("The vehicles come from US Army stocks. ... The army also took delivery": so is one named only as the stocks' holder.)
    const force = m.rule === 'description:state-body' || (m.rule === 'description' && actorRules().homeForceNouns.has(nounOf(m)));
    if (target && force && datelineCountry(doc, order) && onlyBeforeGoods(doc, target, m)) target = null;
    if (target) {
      target.mentions.push(m);
      words.add(target, mentionNames([m]));
    } else if (force) homeStateBody(doc, m, order, join);
    else if (actorRules().homeBodyNouns.has(nounOf(m))) {
      // "TOKYO — ... the government decided to send": a civil body named before by no one is the home state's.
      const home = datelineCountry(doc, order);
      if (home) {
        home.mentions.push(m);
        words.add(home, mentionNames([m]));
      }
    }
  }
  for (const c of order) c.mentions.sort((a, b) => a.start - b.start);
  return order;
}

/**
 * "HD Hyundai Heavy Industries ... Hyundai is also building": a company the lexicon knows only by a
 * one-word alias ("Hyundai", Hyundai Motor) that the story writes as a word of another company it
 * named in full before is that company, not the lexicon's.
 */
function joinBrandWords(order: Cluster[], clusters: Map<string, Cluster>, words: WordIndex): void {
  for (const cluster of [...order]) {
    const word = cluster.mentions[0]!.text;
    const entry = cluster.entry;
    if (!entry || entry.kind !== 'organization' || /\s/.test(word) || !cluster.mentions.every((m) => m.text === word) || word === entry.name) continue;
    const first = cluster.mentions[0]!.start;
    const named = (c: Cluster) =>
      c !== cluster && clusters.get(c.key) === c && c.mentions[0]!.kind === 'organization' && c.mentions[0]!.start < first && namesOf(c).some((n) => n !== word && n.split(/\s+/).includes(word));
    // The company named last before it: "HD Hyundai Heavy Industries ... Hyundai Rotem ... Hyundai" is Rotem.
    const target = words.candidates(word).filter(named).pop();
    if (target) mergeInto(target, cluster, order, clusters, words);
  }
}

/** Moves a cluster's mentions into another and drops it. */
function mergeInto(target: Cluster, cluster: Cluster, order: Cluster[], clusters: Map<string, Cluster>, words: WordIndex): void {
  target.mentions.push(...cluster.mentions);
  words.add(target, mentionNames(cluster.mentions));
  order.splice(order.indexOf(cluster), 1);
  clusters.delete(cluster.key);
}

/**
 * "Embraer SA" and "Embraer", "Lockheed Martin Corp." and "Lockheed Martin": a company's name with
 * its legal form is the company named without it. The form-less cluster takes the other's mentions.
 */
function joinLegalForms(order: Cluster[], clusters: Map<string, Cluster>): void {
  const { companySuffixes } = actorRules();
  const byName = new Map<string, Cluster>();
  for (const cluster of order) if (cluster.mentions[0]?.kind === 'organization') for (const name of namesOf(cluster)) byName.set(normalize(name), cluster);
  for (const cluster of [...order]) {
    if (cluster.entry || cluster.mentions[0]?.kind !== 'organization') continue;
    const stems = mentionNames(cluster.mentions).map((name) => {
      const words = normalize(name).split(' ');
      return words.length > 1 && companySuffixes.has(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : null;
    });
    const target = stems.map((stem) => (stem ? byName.get(stem) : undefined)).find((c) => c && c !== cluster);
    if (!target) continue;
    target.mentions.push(...cluster.mentions);
    order.splice(order.indexOf(cluster), 1);
    clusters.delete(cluster.key);
  }
}

/**
 * "concern in Brussels": a seat city stands for the organisation seated there when the story
 * names that organisation and does not name the city's own country.
 */
function joinMetonyms(order: Cluster[]): void {
  const metonyms = actorRules().metonyms;
  for (const cluster of [...order]) {
    if (cluster.entry?.kind !== 'country') continue;
    const capitals = cluster.mentions.filter((m) => m.form === 'capital' && metonyms.has(m.text.toLowerCase()));
    if (capitals.length === 0 || capitals.length < cluster.mentions.length) continue;
    const target = metonyms.get(capitals[0]!.text.toLowerCase())!.map((id) => order.find((c) => c.entry?.id === id)).find(Boolean);
    if (!target) continue;
    target.mentions.push(...capitals);
    order.splice(order.indexOf(cluster), 1);
  }
}

/**
 * Which clusters a word can point to: the words of their names, entry descriptions and types,
 * and the initials of their names, lower-cased. The merges below test only these candidates, in
 * the clusters' order, instead of every cluster (a long story has thousands).
 */
class WordIndex {
  private readonly byWord = new Map<string, Set<Cluster>>();
  private readonly ranks = new Map<Cluster, number>();

  rank(cluster: Cluster): void {
    this.ranks.set(cluster, this.ranks.size);
  }

  add(cluster: Cluster, names: readonly string[]): void {
    const keys = new Set<string>();
    for (const name of names) {
      const nameWords = name.split(/\s+/);
      for (const w of nameWords) keys.add(w.toLowerCase());
      const capitalised = nameWords.filter((w) => /^\p{Lu}/u.test(w));
      keys.add(capitalised.map((w) => w[0]).join('').toLowerCase());
      keys.add(capitalised.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join('').toLowerCase());
      keys.add(name.toLowerCase());
    }
    for (const d of cluster.entry?.descriptions ?? []) keys.add(d.toLowerCase().split(/\s+/).pop()!);
    if (cluster.entry?.type) keys.add(cluster.entry.type.toLowerCase());
    for (const key of keys) {
      let set = this.byWord.get(key);
      if (!set) this.byWord.set(key, (set = new Set()));
      set.add(cluster);
    }
  }

  /** Clusters listed under the word, in cluster order. */
  candidates(word: string): Cluster[] {
    const set = this.byWord.get(word.toLowerCase());
    return set ? [...set].sort((a, b) => this.ranks.get(a)! - this.ranks.get(b)!) : [];
  }
}

function nounOf(m: EntityMention): string {
  return m.text.toLowerCase().replace(/\s+/g, ' ').split(' ').pop()!;
}

function normalize(name: string): string {
  return name.replace(/^the\s+/i, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').toLowerCase();
}

function namesOf(cluster: Cluster): string[] {
  return [...mentionNames(cluster.mentions), ...entryNames(cluster.entry)];
}

function mentionNames(mentions: readonly EntityMention[]): string[] {
  return mentions.filter((m) => m.form === 'name' || m.form === 'acronym' || m.canonical).map((m) => m.canonical ?? m.text);
}

function entryNames(entry: LexiconEntry | null): string[] {
  return entry ? [entry.name, ...entry.aliases] : [];
}

/** "Vucic" abbreviates "Aleksandar Vucic"; "RFE" abbreviates "Radio Free Europe". */
function abbreviates(word: string, cluster: Cluster): boolean {
  const kind = cluster.mentions[0]!.kind;
  for (const name of namesOf(cluster)) {
    const words = name.split(/\s+/);
    if (kind === 'person' && words.length > 1 && words[words.length - 1] === word) return true;
    if (kind !== 'person' && /^\p{Lu}{2,}$/u.test(word) && words.length > 1) {
      const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
      const initials = capitalised.map((w) => w[0]).join('');
      // "PNGDF" for "PNG Defence Force": a word in capitals lends all its letters.
      const lettered = capitalised.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join('');
      if (initials === word || lettered === word) return true;
    }
    if (name === word) return true;
    // "Chrysler" for "Chrysler LLC": the name without its legal form.
    if (kind === 'organization' && words.length > 1 && words[0] === word && words.slice(1).every((w) => actorRules().companySuffixes.has(w.toLowerCase()))) return true;
  }
  return false;
}

/** The latest cluster before the description whose name ends with its noun or whose entry lists it. */
function antecedent(m: EntityMention, order: Cluster[]): Cluster | null {
  const phrase = m.text.toLowerCase().replace(/\s+/g, ' ');
  const noun = nounOf(m);
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const c of order) {
    const fits =
      c.entry?.descriptions.some((d) => d.toLowerCase() === phrase) ||
      namesOf(c).some((n) => n.toLowerCase().split(/\s+/).includes(noun)) ||
      // ("the company" is a company of the lexicon; "the government" is no ministry of it.)
      (c.entry?.type && c.entry.type.toLowerCase() === noun && !actorRules().classTypes.has(noun));
    if (!fits) continue;
    const before = c.mentions.filter((x) => x.start < m.start).pop();
    if (before && before.start > bestAt) {
      best = c;
      bestAt = before.start;
    }
  }
  return best;
}

/**
 * "the defence ministry said" with no ministry named before: the ministry of the story's home
 * country, the one its dateline names ("Ankara, Turkey -").
 */
function homeStateBody(doc: AnalysisDocument, m: EntityMention, order: Cluster[], join: (key: string, m: EntityMention, e: LexiconEntry | null) => void): void {
  const home = datelineCountry(doc, order);
  if (!home?.entry || !m.role) return;
  m.canonical = stateBodyName(home.entry, m.role);
  m.memberOf = home.entry.id;
  join(`name:${normalize(m.canonical)}`, m, null);
}

/** Every mention of the cluster before m stands right before a designation ("Indian air force Su-30K jets") or the stocks that held goods. */
function onlyBeforeGoods(doc: AnalysisDocument, c: Cluster, m: EntityMention): boolean {
  const before = c.mentions.filter((x) => x.start < m.start);
  // ("The vehicles come from US Army stocks": or before the stocks that held them.)
  const holding = (x: EntityMention) => actorRules().holdingNouns.has(/^\s+(\p{Ll}+)/u.exec(doc.text.slice(x.end, x.end + 24))?.[1] ?? '');
  return before.length > 0 && before.every((x) => /^\s+\p{Lu}[\p{L}-]*\d/u.test(doc.text.slice(x.end, x.end + 24)) || holding(x));
}

/** Sentences between another state's force and "the army" before the home state's force is meant. */
const HOME_FORCE_DISTANCE = 2;

/** The dateline state's own force that fits the description, in place of another state's `target`. */
function homeForce(doc: AnalysisDocument, m: EntityMention, candidates: readonly Cluster[], target: Cluster): Cluster {
  const home = datelineCountry(doc, candidates)?.entry;
  if (!home) return target;
  const adjective = home.adjective?.toLowerCase();
  const belongs = (c: Cluster) =>
    c.entry?.country === home.id ||
    c.entry?.memberOf === home.id ||
    c.mentions.some((x) => x.memberOf === home.id) ||
    namesOf(c).some((n) => n.toLowerCase().split(/\s+/).some((w) => w === adjective || w === home.name.toLowerCase()));
  // ("The Ukrainian army received ... The army also bought": a force named just before is the one meant.)
  const latest = target.mentions.filter((x) => x.start < m.start).pop();
  // (Not one written in lower case before "the Army" capitalised: "the factory has delivered them to the
  // Hungarian army since 2021. ... the equipment the Army had long lacked", datelined PRAGUE.)
  const noun = (text: string) => text.split(/\s+/).pop() ?? '';
  const named = latest && !(/^\p{Lu}/u.test(noun(m.text)) && /^\p{Ll}/u.test(noun(latest.text)));
  if (belongs(target) || (named && m.sentence - latest.sentence < HOME_FORCE_DISTANCE)) return target;
  return candidates.find((c) => c !== target && belongs(c) && antecedent(m, [c]) === c) ?? target;
}

function datelineCountry(doc: AnalysisDocument, order: readonly Cluster[]): Cluster | null {
  return order.find((c) => c.entry?.kind === 'country' && c.mentions.some((x) => doc.sentences[x.sentence]?.role === 'dateline')) ?? null;
}

/** Sentences a bare "the government" may reach back for another state's government named before. */
const STATE_BODY_REACH = 3;

function sentencesSince(c: Cluster, m: EntityMention): number {
  const before = c.mentions.filter((x) => x.start < m.start).pop();
  return before ? m.sentence - before.sentence : Infinity;
}

/** Person mentions with their clusters, sorted by start, and those with a role by role: titles look their holders up here. */
interface PersonMention {
  start: number;
  mention: EntityMention;
  cluster: Cluster;
}

interface People {
  all: PersonMention[];
  byRole: Map<string, PersonMention[]>;
}

function personIndex(order: readonly Cluster[]): People {
  const all: PersonMention[] = [];
  for (const cluster of order) for (const mention of cluster.mentions) if (mention.kind === 'person') all.push({ start: mention.start, mention, cluster });
  all.sort((a, b) => a.start - b.start);
  const byRole = new Map<string, PersonMention[]>();
  for (const p of all) {
    if (!p.mention.role) continue;
    const role = p.mention.role.toLowerCase();
    if (!byRole.has(role)) byRole.set(role, []);
    byRole.get(role)!.push(p);
  }
  return { all, byRole };
}

/**
 * "The Home Secretary" after "Home Secretary Suella Braverman": the person the story gave that
 * title, the last one before the mention (else the first after it).
 */
function titleHolder(m: EntityMention, people: People): Cluster | null {
  const titled = (people.byRole.get(m.role!.toLowerCase()) ?? []).filter((p) => p.mention !== m);
  const at = lastStartingBy(titled, m.start - 1);
  return (titled[at] ?? titled.find((p) => p.start > m.start))?.cluster ?? null;
}

/** How far back in its sentence a title in apposition looks for the name it follows (mentions). */
const APPOSITION_REACH = 8;

/** "Joseph Borrell, the EU High Commissioner": the person named right before the comma. */
function appositionHead(doc: AnalysisDocument, m: EntityMention, people: People): Cluster | null {
  let best: PersonMention | null = null;
  const at = lastStartingBy(people.all, m.start - 1);
  for (let k = at; k >= 0 && at - k < APPOSITION_REACH; k--) {
    const p = people.all[k]!;
    if (p.mention.sentence !== m.sentence) break;
    if (p.mention.end > m.start || (best && p.mention.end <= best.mention.end)) continue;
    if (/^\s*,[^,]*$/.test(doc.text.slice(p.mention.end, m.start))) best = p;
  }
  return best?.cluster ?? null;
}

/** "Serbia's President" at the story's date: the person the lexicon lists in that office. */
function officeHolder(doc: AnalysisDocument, m: EntityMention): LexiconEntry | null {
  const date = doc.referenceDate;
  if (!date || !m.role) return null;
  const holders = actorLexicon().officeHolders.get(m.role.toLowerCase()) ?? [];
  return holders.find((h) => (!h.from || h.from <= date) && (!h.to || date <= h.to))?.entry ?? null;
}

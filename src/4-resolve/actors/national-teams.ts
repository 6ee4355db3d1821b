/**
 * Refiner over the clusters: in a match report a country or place named as a side ("Sweden
 * defeated South Korea 1 – 0", "lost 1 – 2 to England", "a third goal for Belgium") is its team,
 * an organisation, not the country. The whole cluster becomes the team (its adjective and the
 * people named by its demonym, "the Belgians", go with it); a capital stays a place.
 * Word lists: data/actors/sports.json.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { loadData } from '../../data.js';
import type { Cluster } from './cluster.js';

interface SportsFile {
  cues: { minCues: number; words: string[] };
  before: { words: string[] };
  after: { words: string[] };
}

interface SportsRules {
  minCues: number;
  cues: RegExp;
  before: RegExp;
  after: RegExp;
}

/** How far around a mention a side's context is read (characters). */
const WINDOW = 40;
const SCORE = String.raw`\d{1,3}\s*[-–—]\s*\d{1,3}`;

let rules: SportsRules | null = null;

function sportsRules(): SportsRules {
  if (rules) return rules;
  const file = loadData<SportsFile>('actors/sports.json');
  const alternatives = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  rules = {
    minCues: file.cues.minCues,
    cues: new RegExp(String.raw`\b(?:${alternatives(file.cues.words)})\b`, 'gi'),
    // A score or a match word ends the text before the name ("1 – 2 to", "defeated debutants").
    before: new RegExp(String.raw`(?:\b(?:${alternatives(file.before.words)})|${SCORE}(?:\s+(?:to|against|over|with))?)\s+$`, 'i'),
    after: new RegExp(String.raw`^(?:\s+(?:${alternatives(file.after.words)})\b|\s*${SCORE}\b)`, 'i'),
  };
  return rules;
}

export function isMatchReport(text: string): boolean {
  const { cues, minCues } = sportsRules();
  const seen = new Set<string>();
  for (const match of text.matchAll(cues)) {
    seen.add(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (seen.size >= minCues) return true;
  }
  return false;
}

/** A mention named as a side: a score or a match word right beside it, in its own line. */
function namedAsSide(text: string, m: EntityMention): boolean {
  const { before, after } = sportsRules();
  const left = text.slice(Math.max(0, m.start - WINDOW), m.start).split('\n').pop()!;
  const right = text.slice(m.end, m.end + WINDOW).split('\n')[0]!;
  return before.test(left) || after.test(right);
}

function isTerritory(cluster: Cluster): boolean {
  const kind = cluster.entry?.kind ?? cluster.mentions[0]?.kind;
  return kind === 'country' || kind === 'place';
}

export function nationalTeams(doc: AnalysisDocument, clusters: Cluster[]): Cluster[] {
  if (!clusters.some(isTerritory) || !isMatchReport(doc.text)) return clusters;
  const teams = clusters.filter((c) => isTerritory(c) && c.mentions.some((m) => m.form === 'name' && namedAsSide(doc.text, m)));
  if (teams.length === 0) return clusters;
  const teamOf = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    if (!teams.includes(cluster)) {
      out.push(cluster);
      continue;
    }
    const entry = cluster.entry;
    const national = entry?.kind === 'country' || entry?.type === 'region' || entry?.type === 'country';
    const name = `${entry?.name ?? cluster.mentions.find((m) => m.form === 'name')!.text} ${national ? 'national team' : 'team'}`;
    const capitals = cluster.mentions.filter((m) => m.form === 'capital');
    const team: Cluster = { key: `team:${cluster.key}`, entry: null, mentions: cluster.mentions.filter((m) => m.form !== 'capital').map((m) => asTeam(m, name)) };
    out.push(team);
    if (entry) teamOf.set(entry.id, team);
    if (capitals.length) out.push({ ...cluster, mentions: capitals });
  }
  // "the Belgians" after Belgium played: the side's people are the side.
  return out.filter((cluster) => {
    const country = cluster.entry ? undefined : cluster.mentions.every((m) => m.kind === 'group') ? cluster.mentions[0]?.memberOf : undefined;
    const team = country ? teamOf.get(country) : undefined;
    if (!team) return true;
    const name = team.mentions[0]!.canonical!;
    team.mentions.push(...cluster.mentions.map((m) => asTeam(m, name)));
    team.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

/** Retypes the mention in place: the later stages read the same mention objects. */
function asTeam(m: EntityMention, name: string): EntityMention {
  m.kind = 'organization';
  m.entry = null;
  m.canonical = name;
  m.rule = `${m.rule}>team`;
  delete m.placeKind;
  delete m.memberOf;
  return m;
}

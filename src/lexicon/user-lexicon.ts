/**
 * User lexicons (`--lexicon FILE.yaml`): actors and places a user adds without touching code.
 *
 *   actors:
 *     - name: Wagner Group
 *       kind: group            # person | organization | media | country | group
 *       aliases: [Wagner, PMC Wagner]
 *       country: RUS           # optional, ISO alpha-3 of the country it belongs to
 *   places:
 *     - {name: Soledar, kind: city, country: UKR}
 *
 * A bad file is refused with one line naming the file, the line and the reason.
 */
import YAML, { isMap, isSeq, type Node } from 'yaml';
import { ExtractError } from '../model/errors.js';
import { addUserEntries } from './actors.js';

const ACTOR_KINDS = new Set(['person', 'organization', 'media', 'country', 'group']);

interface UserRecord {
  id: string;
  name: string;
  kind: string;
  type?: string;
  aliases: string[];
  country?: string;
}

export function parseUserLexicon(source: string, file: string): UserRecord[] {
  const doc = YAML.parseDocument(source, { prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineAt(source, node.range[0]) : 1);
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    throw new ExtractError('bad-lexicon', `${file}:${lineAt(source, error.pos[0])}: ${error.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new ExtractError('bad-lexicon', `${file}:1: expected a mapping with 'actors' and/or 'places' lists`);
  const records: UserRecord[] = [];
  for (const pair of root.items) {
    const section = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (section !== 'actors' && section !== 'places') {
      throw new ExtractError('bad-lexicon', `${file}:${lineOf(pair.key as Node)}: unknown section '${section}' (use actors or places)`);
    }
    if (!isSeq(pair.value)) throw new ExtractError('bad-lexicon', `${file}:${lineOf(pair.value as Node)}: '${section}' must be a list`);
    for (const item of pair.value.items) {
      const line = lineOf(item as Node);
      if (!isMap(item)) throw new ExtractError('bad-lexicon', `${file}:${line}: each entry must be a mapping with at least a name`);
      const value = (item as { toJSON(): Record<string, unknown> }).toJSON();
      records.push(toRecord(value, section, `${file}:${line}`));
    }
  }
  return records;
}

function toRecord(value: Record<string, unknown>, section: 'actors' | 'places', where: string): UserRecord {
  const name = value.name;
  if (typeof name !== 'string' || name.trim() === '') throw new ExtractError('bad-lexicon', `${where}: entry has no name`);
  const kind = value.kind ?? (section === 'places' ? 'place' : 'organization');
  if (typeof kind !== 'string' || (section === 'actors' && !ACTOR_KINDS.has(kind))) {
    throw new ExtractError('bad-lexicon', `${where}: kind must be one of ${[...ACTOR_KINDS].join(', ')} (got ${JSON.stringify(kind)})`);
  }
  const aliases = value.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) throw new ExtractError('bad-lexicon', `${where}: aliases must be a list of strings`);
  const record: UserRecord = { id: `user:${name.trim().toLowerCase().replace(/\s+/g, '-')}`, name: name.trim(), kind: section === 'places' ? 'place' : kind, aliases: aliases as string[] };
  if (section === 'places' && kind !== 'place') record.type = kind;
  if (typeof value.country === 'string') record.country = value.country;
  return record;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses and registers a user lexicon for every story processed after this call. */
export function loadUserLexicon(source: string, file: string): number {
  const records = parseUserLexicon(source, file);
  addUserEntries(records);
  return records.length;
}

/**
 * Candidates to output weapons: one per family (or per unknown designation), named by the family
 * ("T-72" for "T-72B3s"), with the category of the lexicon (else of the head noun or the prefix),
 * the origin the story states ("Russian-made") else the lexicon's, and the first count stated.
 * Origin: an actor id when the country is an actor of the story, else the country's name.
 */
import type { Weapon } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { matchingKey, weaponLexicon, type WeaponFamily } from '../../lexicon/weapons.js';
import type { ActorSpans } from './actor-spans.js';
import type { Located } from './context.js';
import { isShipName } from './aliases.js';
import { MadeCountries } from '../../4-resolve/actors/made-countries.js';

export interface BuiltWeapon {
  weapon: Weapon;
  candidates: Located[];
  /** Which rule gave the origin, for the trace. */
  originRule: string;
  /** Where the story names it: offset and sentence of each named mention, in text order. */
  named: { start: number; end: number; sentence: number }[];
}

export function buildWeapons(doc: AnalysisDocument, candidates: readonly Located[], actors: ActorSpans): BuiltWeapon[] {
  const groups = new Map<string, Located[]>();
  for (const c of candidates) {
    // "Piloto Pardo-class offshore patrol vessels ... The Piloto Pardo-class vessels": one class, whatever its head.
    const shipClass = /^(.+-class)\b/i.exec(c.name)?.[1];
    const key = c.family ? `family:${c.family.id}` : shipClass ? `class:${matchingKey(shipClass)}` : `unknown:${matchingKey(c.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  mergeShortNames(groups);
  // "Soviet-designed T-72 tanks": a story that dates one design to its designer state does so for
  // every design of that state it names ("the army's ageing BMP-2s" is Soviet too).
  const designers = new Set(candidates.flatMap((c) => (c.phrase.origin?.name && c.family && (c.family.designedBy ?? c.family.origin) === c.phrase.origin.name ? [c.phrase.origin.name] : [])));
  const built: BuiltWeapon[] = [];
  const added = new MadeCountries(doc);
  for (const group of groups.values()) {
    adjectiveCountry(doc, group, actors, added);
    // (A short name merged into a family names nothing: the family's mention does.)
    const first = group.find((c) => c.family) ?? group[0]!;
    const mentions = group.map((c) => {
      const offset = doc.sentences[c.sentence]!.tokenStart;
      const start = doc.tokens[offset + c.first]!.start;
      const end = doc.tokens[offset + c.last]!.end;
      return { text: doc.text.slice(start, end), start, end };
    });
    const { origin, rule } = originOf(group, actors, designers, added);
    const quantity = group.find((c) => c.phrase.quantity !== null)?.phrase.quantity ?? null;
    // ("Beechcraft T-6C Texan II" is also the "T-6C Texan II", the name it takes as the family's.)
    const bare = mentions.map((m, i) => (group[i]!.makerWord ? m.text.slice(m.text.indexOf(' ') + 1) : m.text));
    const name = withShipType(nameOf(first, bare), group);
    const texts = [...new Set([...mentions.map((m) => m.text), ...bare])];
    const aliases = aliasesOf(name, first.family, [...texts, ...singularsOf(texts), ...typedShip(name, group)]);
    // "FNSS Pars 8x8 armoured vehicles": a family named with its maker, whose name the story tags as
    // a firm's, is also the model's name alone ("Pars").
    const maker = mentions.map((m) => actors.at(m.start)).find((a) => a?.actor.kind === 'organization' && doc.text.slice(a.start, a.end) === name.split(' ', 1)[0]);
    const model = maker ? name.slice(name.indexOf(' ') + 1) : null;
    if (model && model.length > 2 && !aliases.includes(model)) aliases.push(model);
    const weapon: Weapon = { id: doc.ids.take(name), name, aliases, category: first.category, origin, quantity, mentions };
    const named = group.map((c, i) => ({ start: mentions[i]!.start, end: mentions[i]!.end, sentence: c.sentence }));
    built.push({ weapon, candidates: group, originRule: rule, named });
  }
  return built.sort((a, b) => a.weapon.mentions[0]!.start - b.weapon.mentions[0]!.start);
}

/**
 * "Kenya takes delivery of Cobra gunships" ... "eight AH-1F Cobra attack helicopters": a name the
 * lexicon lacks that is the last word or words of the name of a system the story names, of the same
 * category, is that system's short name, when only one such system is named.
 */
function mergeShortNames(groups: Map<string, Located[]>): void {
  const families = [...groups.entries()].filter(([key]) => key.startsWith('family:'));
  for (const [key, group] of [...groups.entries()]) {
    if (!key.startsWith('unknown:')) continue;
    const short = group[0]!.name.toLowerCase();
    // (a name of words only: "Cobra", "Sea Venom"; a code is a designation of its own)
    if (!/^\p{L}+(?: \p{L}+)*$/u.test(short)) continue;
    const owners = families.filter(([, members]) => {
      const family = members[0]!.family!;
      if (family.category !== group[0]!.category) return false;
      return [family.name, ...family.aliases].some((n) => ` ${n.toLowerCase()}`.endsWith(` ${short}`) && n.toLowerCase() !== short);
    });
    if (owners.length !== 1) continue;
    const members = owners[0]![1];
    members.push(...group);
    members.sort((a, b) => a.sentence - b.sentence || a.first - b.first);
    groups.delete(key);
  }
}

/**
 * "six Chinese CH-92A drones" in a story that names China nowhere else: the adjective is the one
 * mention of a country actor, made here, so that the origin (and a transfer's supplier) points to an
 * actor of the story. Countries the story names are actors already.
 */
function adjectiveCountry(doc: AnalysisDocument, group: Located[], actors: ActorSpans, added: MadeCountries): void {
  for (const c of group) {
    for (const key of ['origin', 'demonym'] as const) {
      const stated = c.phrase[key];
      if (!stated || stated.actor || !stated.name || actors.countryNamed(stated.name)) continue;
      // "South Korean", "Chinese" (not the "-made" of "Chinese-made").
      const offset = doc.sentences[c.sentence]!.tokenStart;
      let last = stated.first;
      while (last < stated.last && doc.tokens[offset + last + 1]!.text !== '-') last++;
      const [first, end] = [doc.tokens[offset + stated.first]!.start, doc.tokens[offset + last]!.end];
      const actor = added.mention(stated.name, { text: doc.text.slice(first, end), start: first, end, form: 'adjective' });
      c.phrase = { ...c.phrase, [key]: { ...stated, actor } };
    }
  }
}

/**
 * "Mogami-class frigates": a class is named with its type of ship, as a reader names it
 * ("Mogami-class frigate", "Hamilton-class cutter"), when the story writes one after it: the head
 * noun the noun phrase already found, unless a broad one ("ships", "vessels").
 */
function withShipType(name: string, group: readonly Located[]): string {
  const type = /-class$/i.test(name) ? shipTypeOf(group) : null;
  return type ? `${name} ${type}` : name;
}

/** The type of ship the story writes after a ship's name ("frigate"), not a broad one ("ships", "vessels"). */
function shipTypeOf(group: readonly Located[]): string | null {
  const { broadHeads } = weaponLexicon().words;
  const head = group
    .filter((c) => c.phrase.headSide === 'right')
    .map((c) => c.phrase.head)
    .find((h) => h && (h.category === 'ship' || h.category === 'submarine') && /^\p{Ll}/u.test(h.phrase) && !broadHeads.has(h.phrase.toLowerCase()));
  return head ? head.phrase.toLowerCase().replace(/(?<=[^s])s$/, '') : null;
}

/** "RIM-116 Rolling Airframe Missiles" is also the "RIM-116 Rolling Airframe Missile": the singular of a name of several words. */
function singularsOf(texts: readonly string[]): string[] {
  return texts.filter((t) => /\s/.test(t) && /[^s]s$/.test(t) && !/^(?:the|a|an|these|those|its|their)\s/i.test(t)).map((t) => t.slice(0, -1));
}

/**
 * "Type 053 frigate", "Metal Shark patrol boat": a ship named with the type of ship the story writes after
 * it; a design named by one word is also its class ("Tamandaré frigates": the "Tamandaré-class").
 */
function typedShip(name: string, group: readonly Located[]): string[] {
  const type = shipTypeOf(group);
  if (!type || name.endsWith(` ${type}`)) return [];
  return [`${name} ${type}`, ...(/^\p{Lu}\p{L}+$/u.test(name) ? [`${name}-class`] : [])];
}

/** How many of the lexicon's names a weapon lists beside the story's own. */
const MAX_LEXICON_ALIASES = 8;

/**
 * The other names of a system: the story's own names for it ("C-390 Millennium" beside "C-390"),
 * then the family's name, aliases and designations, its variants included ("SA-22", "Pantsir-S1":
 * the weapon stands for the whole family). A plural of a name listed already ("C-390s") adds nothing.
 */
function aliasesOf(name: string, family: WeaponFamily | null, texts: readonly string[]): string[] {
  // Forms found only beside a head noun ("Black Hawk helicopters") are the family's names all the same.
  const names = family ? [family.name, ...family.aliases, ...family.designations] : [];
  const forms = [...names, ...(family?.contextForms ?? [])];
  const lexicon = [...names.slice(0, MAX_LEXICON_ALIASES + 1), ...(family?.contextForms ?? [])];
  const out: string[] = [];
  const seen = new Set([name.toLowerCase()]);
  // "Defender-class patrol boat" is also a "Defender-class boat".
  const shortClass = /^(.+-class) (?:\S+ )+(\S+)$/.exec(name);
  // "Shaldag Mk V" is a "Shaldag" (the mark is a batch of the design).
  const marked = /^(.+?)\s+(?:Mk|Mark)\.?\s*[IVX\d]+$/.exec(name);
  // "Mogami-class frigate" is the "Mogami-class" and, after its lead ship, the "Mogami" class.
  const classOf = /^(.+)-class\b/.exec(name);
  // "HTMS Chakri Naruebet" is the "Chakri Naruebet" without its navy's prefix.
  const ship = isShipName(name) ? name.slice(name.indexOf(' ') + 1) : null;
  // "T-50IQ" is a "T-50" too, when the family lists that code.
  const listed = new Set(forms.map(matchingKey));
  const bases = texts.map((t) => /^(.*\d)\p{Lu}{1,3}$/u.exec(t)?.[1]).filter((b): b is string => b !== undefined && listed.has(matchingKey(b)));
  // "AS332 Super Puma": the family's forms that the story's own words hold ("Super Puma", "AS332"),
  // whatever their place in the lexicon; a plural holds its singular ("UH-60M Black Hawks").
  const padded = texts.map((t) => ` ${t.toLowerCase().replace(/(?<=\w)['’]?s$/, '')} `);
  const held = forms.filter((f) => padded.some((t) => t.includes(` ${f.toLowerCase()} `)));
  for (const alias of [...texts, ...bases, ...held, ...lexicon, ...(shortClass ? [`${shortClass[1]} ${shortClass[2]}`] : []), ...(marked ? [marked[1]!] : []), ...(classOf ? [`${classOf[1]}-class`, classOf[1]!] : []), ...(ship ? [ship] : [])]) {
    const key = alias.toLowerCase();
    // (A plural's "s" is lower-case: "T-90S" is a variant of the T-90, not its plural.)
    const singular = alias.replace(/(?<=\w)['’]?s$/, '').toLowerCase();
    if (seen.has(key) || (singular !== key && seen.has(singular))) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

function originOf(group: readonly Located[], actors: ActorSpans, designers: ReadonlySet<string>, added: MadeCountries): { origin: string | null; rule: string } {
  const idOf = (name: string) => actors.countryNamed(name)?.id ?? added.get(name)?.id ?? name;
  const stated = group.find((c) => c.phrase.origin)?.phrase.origin;
  if (stated) return { origin: stated.actor?.id ?? stated.name, rule: 'origin-adjective' };
  const designer = group[0]!.family?.designedBy;
  if (designer && designers.has(designer)) return { origin: idOf(designer), rule: 'origin-designer' };
  const known = group.find((c) => c.origin)?.origin;
  if (known) return { origin: idOf(known), rule: group[0]!.family ? 'origin-lexicon' : 'origin-prefix' };
  const demonym = group.find((c) => c.phrase.demonym)?.phrase.demonym;
  if (demonym) return { origin: demonym.actor?.id ?? demonym.name, rule: 'origin-demonym' };
  return { origin: null, rule: 'origin-none' };
}

/**
 * The name a story's reader would give the system:
 *  - the family name when the story writes it, or writes a variant code that extends it
 *    ("T-72B3" -> T-72, "Pantsir-S1" -> Pantsir), or a form that holds one of its words
 *    ("M142 HIMARS" -> HIMARS);
 *  - the part of the family name the story uses ("K2 tanks" -> K2, not "K2 Black Panther";
 *    "Scorpene" for "Scorpene-class"; "An-124" for "An-124 Ruslan"), and the family's code before
 *    a name of the story's own ("K9 Vajra" -> K9);
 *  - else the story's own name for it, which the family name would hide ("AH-1Z Viper" for the
 *    AH-1 Cobra family, "AGM-88G" for HARM, "Hobart-class" for the F100 frigate).
 */
/** Family names this long or longer may be spelled one letter off ("Pantsyr" / "Pantsir"). */
const SPELLING_MIN = 5;

/** The text after the family name in a mention: " 900" in "Hermes 900", "1" in "Mi-171", "-5" in "Mirage 2000-5". */
function afterFamily(text: string, key: string): string {
  let consumed = 0;
  for (let i = 0; i < text.length; i++) {
    if (consumed === key.length) return text.slice(i);
    consumed += matchingKey(text[i]!).length;
  }
  return '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** "Type 071E", "Type 053H2G": a Chinese ship type (numbered from 0) with its export or build letters, named by the type (not "Type 212CD", a class of its own). */
const TYPE_VARIANT = /^(Type 0\d\d)[A-Z][A-Z\d]*$/;

function nameOf(candidate: Located, texts: readonly string[]): string {
  if (!candidate.family) return TYPE_VARIANT.exec(candidate.name)?.[1] ?? candidate.name;
  const full = candidate.family.name;
  const key = matchingKey(full);
  // A plural "s" goes after a code ("F-16s", "TB2s") or where it makes the family name or a word of
  // it ("Rafales", "Apaches" for the AH-64 Apache).
  const words = new Set(full.split(/\s+/).map(matchingKey));
  const used = texts.map((t) => {
    const singular = t.replace(/(?<=[\p{L}\p{N}])s$/u, '');
    return singular !== t && (/[\p{Lu}\p{N}]s$/u.test(t) || matchingKey(singular) === key || words.has(matchingKey(singular))) ? singular : t;
  });
  if (used.some((t) => matchingKey(t) === key)) return full;
  // A ship the story names with its navy's prefix ("TCG Anadolu", "INS Vikramaditya") is named so,
  // unless the story names its class too ("the Type 071E landing platform dock HTMS Chang": Type 071).
  const { shipPrefixes } = weaponLexicon().words;
  const isShip = (t: string) => shipPrefixes.has(t.split(' ')[0]!) && t.includes(' ');
  const prefixed = used.find(isShip);
  if (prefixed && used.every(isShip)) return prefixed;
  // Headline capitals ("HANGOR-CLASS") name nothing the body does not.
  const ordered = [...used.filter((t) => /\p{Ll}/u.test(t)), ...used.filter((t) => !/\p{Ll}/u.test(t))];
  const pieces = piecesOf(full);
  // A variant code of the family's designation anywhere in the story ("AH-64E Apache Guardian")
  // outranks a bare name piece elsewhere ("Apache helicopters"): the family name, not "Apache".
  const codes = [...pieces.keys()].filter((k) => /\p{L}/u.test(k) && /\p{N}/u.test(k));
  // A code after a brand or model word is no name of its own: "TB2" is the Bayraktar TB2, "F1" the Mirage F1.
  const branded = /^\p{L}+\s+\S*\p{N}\S*$/u.test(full) && !/\p{N}/u.test(full.split(/\s+/)[0]!);
  const coded = used.some((t) => codes.some((k) => matchingKey(t).startsWith(k)));
  // The family's bare code, wherever the story writes it ("The K9 is popular", "K9 howitzers"), names it.
  for (const text of ordered) {
    const [code, ...rest] = text.split(/\s+/);
    const piece = codes.includes(matchingKey(code!)) ? pieces.get(matchingKey(code!)) : undefined;
    if (piece && rest.every((w) => /^\p{Ll}/u.test(w))) return branded ? full : piece;
  }
  for (const text of ordered) {
    const textKey = matchingKey(text);
    // A variant code that extends the family name: "T-72B3", "Pantsir-S1"; a model number after it
    // is a model of its own: "Hermes 900", and so are more digits: "Mi-171" is no Mi-17.
    if (textKey.startsWith(key)) return /^\s?\p{N}/u.test(afterFamily(text, key)) ? text : full;
    // The mention itself, or its first words when a listed form ends in a head noun ("K2 tank").
    const words = text.split(/\s+/);
    for (let n = words.length; n > 0 && (n === words.length || /^\p{Ll}/u.test(words[n]!)); n--) {
      const piece = pieces.get(matchingKey(words.slice(0, n).join(' ')));
      if (piece && !(coded && !/\p{N}/u.test(piece))) return piece;
    }
    // The family's code followed by a local name ("K9 Vajra", "K9 Thunder"'s Indian name): the code.
    const code = words.length > 1 ? pieces.get(matchingKey(words[0]!)) : undefined;
    if (code && /\p{L}/u.test(code) && /\p{N}/u.test(code)) return code;
    // A spelling of the family name ("Pantsyr"), a variant code of its designation ("P-3C Orion" of
    // the P-3 Orion, "UH-1H" of the UH-1 Huey), or a form holding its name ("M142 HIMARS").
    if (key.length >= SPELLING_MIN && editDistance(textKey, key) <= 1) return full;
    for (const pieceKey of pieces.keys()) {
      if (/\p{L}/u.test(pieceKey) && /\p{N}$/u.test(pieceKey) && textKey.startsWith(pieceKey) && /^\p{L}/u.test(textKey.slice(pieceKey.length))) return full;
    }
    if (words.some((w) => matchingKey(w) === key)) return full;
    // A variant in brackets after the code: "SH-2G(I) Super Seasprites" of the SH-2G Seasprite.
    const bracketed = /^(.+)\(\w{1,3}\)$/u.exec(words[0]!)?.[1];
    if (bracketed && pieces.has(matchingKey(bracketed))) return full;
  }
  // "Army Tactical Missile System" spells out ATACMS: an acronym family is named by its acronym.
  if (/^\p{Lu}{3,}$/u.test(full) && used.some((t) => /^(?:\p{Lu}\p{Ll}+[\s-]+){2,}\p{Lu}\p{Ll}+$/u.test(t))) return full;
  // The story's fullest own name: "AGM-88G", "Hobart-class", "FK-3".
  return used.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Pieces of a family name, whole words only: "K2", "Black Panther", "K2 Black Panther"; "Scorpene"; "AH-1". */
function piecesOf(full: string): Map<string, string> {
  const parts = full.split(/(?=[\s-])|(?<=[\s-])/);
  const pieces = new Map<string, string>();
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) {
      const piece = parts.slice(i, j).join('').trim();
      if (/^[\p{L}\p{N}]/u.test(piece) && /[\p{L}\p{N}]$/u.test(piece)) pieces.set(matchingKey(piece), piece);
    }
  }
  return pieces;
}

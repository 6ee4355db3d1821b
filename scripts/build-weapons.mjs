#!/usr/bin/env node
// Builds the weapons lexicon read by the engine at run time:
//   data/lexicons/weapons.json              one entry per weapon-system family
//   data/lexicons/weapon-heads.json         head nouns / descriptor phrases per category
//   data/lexicons/weapon-designations.json  prefix fallback rules for unknown designations
// from data/curated/weapons.yaml (hand curation) and the Oryx-derived gazetteer
// shared/gazetteers/weapons/systems.jsonl (build time only; never read at run time).
//
// Usage: node scripts/build-weapons.mjs [--source DIR] [--check]
//   --source DIR  folder holding systems.jsonl (default: ../shared/gazetteers/weapons beside the repo,
//                 or $WEAPONS_SOURCE_DIR)
//   --check       build in memory and fail if the committed files differ (no writes)
//   --verbose     print every Oryx row with the family it went to
// Output is deterministic: running it twice gives identical bytes.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SOURCE_DIR =
  argValue('--source') ??
  process.env.WEAPONS_SOURCE_DIR ??
  path.resolve(ROOT, '..', 'shared', 'gazetteers', 'weapons');
const CHECK_ONLY = args.includes('--check');
const VERBOSE = args.includes('--verbose');

const CURATED = path.join(ROOT, 'data', 'curated', 'weapons.yaml');
const OUT_DIR = path.join(ROOT, 'data', 'lexicons');
const OUT_WEAPONS = path.join(OUT_DIR, 'weapons.json');
const OUT_HEADS = path.join(OUT_DIR, 'weapon-heads.json');
const OUT_DESIG = path.join(OUT_DIR, 'weapon-designations.json');

const CATEGORIES = [
  'tank',
  'armoured vehicle',
  'infantry fighting vehicle',
  'artillery',
  'rocket launcher',
  'air defence system',
  'missile',
  'fighter aircraft',
  'bomber',
  'transport aircraft',
  'helicopter',
  'drone',
  'ship',
  'submarine',
  'small arms',
  'ammunition',
  'radar',
  'other',
];

// Canonical English short names accepted as origin / designedBy / successor / coOrigins.
const COUNTRIES = new Set([
  'Russia', 'Soviet Union', 'United States', 'Ukraine', 'China', 'France', 'Germany',
  'United Kingdom', 'Italy', 'Sweden', 'Israel', 'Turkey', 'Iran', 'South Korea', 'North Korea',
  'Japan', 'India', 'Pakistan', 'Poland', 'Czech Republic', 'Slovakia', 'Norway', 'Finland',
  'Netherlands', 'Belgium', 'Spain', 'Switzerland', 'Austria', 'Brazil', 'South Africa', 'Belarus',
  'Serbia', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'Australia', 'Canada', 'Croatia',
  'Bulgaria', 'Romania', 'Hungary', 'Greece', 'Denmark', 'Portugal', 'Egypt',
  'United Arab Emirates', 'Saudi Arabia', 'Jordan', 'Taiwan', 'Singapore', 'Indonesia', 'Georgia',
  'Azerbaijan', 'Armenia', 'Kazakhstan', 'Lithuania', 'Latvia', 'Estonia', 'Slovenia', 'Cyprus',
  'Malaysia', 'Argentina',
]);

// Words that must never be a context-free alias even when no dictionary is installed
// (the brief's list plus obvious cases). Lower-case comparison.
const ALWAYS_AMBIGUOUS = new Set([
  'growler', 'fulcrum', 'patriot', 'patriots', 'javelin', 'javelins', 'stinger', 'stingers', 'spike',
  'hermes', 'caesar', 'archer', 'tiger', 'leopard', 'tornado', 'typhoon', 'hawk', 'harpoon',
  'tomahawk', 'reaper', 'predator', 'avenger', 'apache', 'chinook', 'hornet', 'viper', 'raptor',
  'warrior', 'boxer', 'puma', 'lynx', 'cobra', 'eagle', 'falcon', 'phantom', 'mirage', 'lancet',
  'arrow', 'storm', 'shadow', 'taurus', 'meteor', 'neptune', 'atlas', 'hercules', 'poseidon',
  'orion', 'triton', 'bradley', 'abrams', 'stryker', 'challenger', 'tor', 'strela', 'grom',
  'mistral', 'marder', 'gepard', 'heron', 'harpy', 'switchblade', 'merlin', 'wildcat', 'viking',
  'spartan', 'sultan', 'samaritan', 'bulldog', 'husky', 'mastiff', 'wolfhound', 'jackal',
  'saxon', 'mamba', 'shark', 'fury', 'punisher', 'elf', 'ares', 'vector', 'guardian', 'sentinel',
  'terminator', 'alligator', 'hellfire', 'maverick', 'sidewinder', 'brimstone', 'excalibur',
  'rapier', 'phalanx', 'goalkeeper', 'osprey', 'lancer', 'harrier', 'jaguar', 'seahawk',
  'black hawk', 'blackhawk', 'raven', 'searcher', 'orbiter', 'gladius', 'watchkeeper', 'bonus',
  'hammer', 'spice', 'milan', 'mica', 'harm', 'tow', 'triumph', 'caracal', 'gazelle', 'dauphin',
  'minuteman', 'trident', 'onyx', 'magura', 'flamingo', 'senator', 'cougar', 'dingo', 'piranha',
  'snatch', 'scimitar', 'ajax', 'griffon', 'serval', 'redback', 'paladin', 'vampire', 'warthog',
  'tomcat', 'kaan', 'negev', 'beryl', 'grot', 'matador', 'centurion',
]);

// ----------------------------------------------------------------------------- helpers
const slug = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

// Matching key: case-, accent-, space- and hyphen-insensitive ("T-72" = "T72" = "t 72").
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[\s\-‐‑–—_.'’()]/g, '');

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const uniq = (xs) => {
  const seen = new Set();
  const out = [];
  for (const x of xs) {
    if (!seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  }
  return out;
};

const problems = [];
const warnings = [];
const fail = (msg) => problems.push(msg);
const warn = (msg) => warnings.push(msg);

// Cyrillic letters that appear inside Oryx's Latin designations (9М133, 9С932, М1064А3, 421-16Е).
const CYR = { А: 'A', В: 'V', Е: 'E', К: 'K', М: 'M', Н: 'N', О: 'O', Р: 'R', С: 'S', Т: 'T', Х: 'Kh', У: 'U' };

function cleanOryxLabel(raw) {
  let s = raw.replace(/<U\+([0-9A-Fa-f]{4})>/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  s = s.replace(/[АВЕКМНОРСТХУ]/g, (c) => CYR[c]);
  s = s.replace(/''|“|”|"|‘|’/g, "'");
  s = s.replace(/'([^']*)'/g, '$1').replace(/'/g, '');
  s = s.replace(/\(\d+, [a-z]+\)/g, '');
  s = s.replace(/^\s*\d+(?:\/\d+)?\s?mm\s+/, '');
  s = s.replace(/:\s*$/, '');
  return s.replace(/\s+/g, ' ').trim();
}

// Oryx section -> fixed category
const ORYX_CATEGORY = {
  Tanks: 'tank',
  'Armoured Fighting Vehicles': 'armoured vehicle',
  'Armoured Personnel Carriers': 'armoured vehicle',
  'Mine-Resistant Ambush Protected': 'armoured vehicle',
  'Infantry Mobility Vehicles': 'armoured vehicle',
  'Infantry Fighting Vehicles': 'infantry fighting vehicle',
  'Self-Propelled Artillery': 'artillery',
  'Towed Artillery': 'artillery',
  'Artillery (unspecified)': 'artillery',
  'Rocket and Missile Artillery': 'rocket launcher',
  'Multiple Rocket Launchers': 'rocket launcher',
  'Surface-To-Air Missile Systems': 'air defence system',
  'Anti-Aircraft Guns': 'air defence system',
  'Self-Propelled Anti-Aircraft Guns': 'air defence system',
  'Anti-Tank Systems': 'missile',
  'Self-Propelled Anti-Tank Missile Systems': 'missile',
  Radars: 'radar',
  'Jammers And Deception Systems': 'other',
  Aircraft: 'fighter aircraft',
  Helicopters: 'helicopter',
  'Unmanned Aerial Vehicles': 'drone',
  'Reconnaissance Unmanned Aerial Vehicles': 'drone',
  'Unmanned Combat Aerial Vehicles': 'drone',
  'Naval Ships and Submarines': 'ship',
  'Naval Ships': 'ship',
  'Engineering Vehicles And Equipment': 'other',
  'Command Posts And Communications Stations': 'other',
  'Artillery Support Vehicles And Equipment': 'other',
  'Trucks, Vehicles and Jeeps': 'other',
};

// Keyword fixes applied to Oryx-derived (auto) families before the section mapping.
const KEYWORD_CATEGORY = [
  [/\bUGV\b/, 'other'],
  [/\b(UAV|UCAV|drone|loitering munition)\b/i, 'drone'],
  [/\bsubmarine\b/i, 'submarine'],
  [/\b(boat|ship|vessel|tug|tugboat|corvette|frigate|cruiser|minesweeper|landing craft|gunboat)\b/i, 'ship'],
  [/\bhelicopter\b/i, 'helicopter'],
  [/\b(bomber)\b/i, 'bomber'],
  [/\btransport aircraft\b/i, 'transport aircraft'],
  [/\bradar\b/i, 'radar'],
  [/\b(EW|jamming|jammer|electronic warfare|counter-UAV|anti-drone|counter-UAS)\b/i, 'other'],
  [/\b(command|signals?|communications?|radio|SatCom|relay|fire control|fire direction|observation)\b/i, 'other'],
  [/\b(recovery|engineering|bridge|mine[- ]clearing|mine[- ]laying|minelayer|excavator|trench|crane|workshop|repair|decontamination|smoke|tractor|transloader|loader|ambulance|generator|power)\b/i, 'other'],
  [/\b(MRL|MRLS)\b/, 'rocket launcher'],
  [/\b(howitzer|mortar|field gun|anti-tank gun|gun mortar)\b/i, 'artillery'],
  [/\b(AA gun|anti-aircraft gun|SAM)\b/i, 'air defence system'],
  [/\b(ATGM|anti-tank missile)\b/i, 'missile'],
  [/\b(MRAP|APC|IMV|AFV|armou?red)\b/i, 'armoured vehicle'],
];

// ----------------------------------------------------------------------------- load curated
const curatedDoc = YAML.parse(fs.readFileSync(CURATED, 'utf8'));
const famSpecs = curatedDoc.families ?? [];
const oryxRules = curatedDoc.oryx ?? {};

const families = new Map(); // id -> family (working form)

function checkCountry(value, where) {
  if (value !== undefined && !COUNTRIES.has(value)) fail(`${where}: unknown country "${value}"`);
}

for (const spec of famSpecs) {
  const where = `curated "${spec.name}"`;
  if (!spec.name || !spec.cat || !spec.origin) {
    fail(`${where}: name, cat and origin are required`);
    continue;
  }
  if (!CATEGORIES.includes(spec.cat)) fail(`${where}: unknown category "${spec.cat}"`);
  checkCountry(spec.origin, where);
  checkCountry(spec.by, where);
  checkCountry(spec.succ, where);
  for (const c of spec.co ?? []) checkCountry(c, where);
  for (const v of spec.var ?? []) checkCountry(v.o, where);
  if (spec.succ && spec.origin !== 'Soviet Union' && spec.origin !== 'Yugoslavia' && spec.origin !== 'Czechoslovakia')
    fail(`${where}: successor is only for families whose origin is a predecessor state`);
  const id = spec.id ?? slug(spec.name);
  if (families.has(id)) {
    fail(`${where}: duplicate id "${id}"`);
    continue;
  }
  const ctx = spec.ctx ?? [];
  const aliases = uniq([...(spec.aka ?? []), ...ctx.filter((c) => c !== spec.name)]);
  for (const c of ctx) {
    if ((spec.des ?? []).includes(c)) fail(`${where}: context form "${c}" is listed as a designation`);
  }
  families.set(id, {
    id,
    name: spec.name,
    designations: [...(spec.des ?? [])],
    aliases,
    category: spec.cat,
    origin: spec.origin,
    designedBy: spec.by,
    successor: spec.succ,
    coOrigins: spec.co,
    contextForms: ctx,
    variants: (spec.var ?? []).map((v) => ({ designation: v.d, origin: v.o })),
    oryxPatterns: (spec.oryx ?? []).map((p) => new RegExp(p)),
    curatedKeys: new Set([spec.name, ...(spec.des ?? []), ...aliases].map(norm)),
    curated: true,
    oryxRows: [],
  });
}

// ----------------------------------------------------------------------------- match index
// Every non-context form of every curated family, as a regex anchored at a position:
// separators may be '-', ' ' or nothing; a key ending in a digit may not be followed by a digit,
// a key ending in a letter may not be followed by a letter ("Tor" must not match "Torn").
function keyRegex(form) {
  const parts = form
    .trim()
    .split(/[\s-]+/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  let src = parts.join('[-\\s]?');
  // also allow "T72" for "T-72" style keys
  src = src.replace(/([A-Za-z])\\?-(\d)/g, '$1-?$2');
  const last = form.trim().slice(-1);
  const tail = /\d/.test(last) ? '(?!\\d)' : /[A-Za-z]/.test(last) ? '(?![A-Za-z])' : '';
  return new RegExp('^' + src + tail, 'i');
}

// Oryx labels all name military equipment, so context forms ("Caesar", "Archer") count here too.
const matchKeys = []; // { family, form, re }
for (const f of families.values()) {
  for (const form of uniq([f.name, ...f.designations, ...f.aliases])) {
    // short context forms ("K1", "Rak") would swallow unrelated labels ("K1Sh1", "RAK-12")
    if (f.contextForms.includes(form) && form.length <= 3) continue;
    matchKeys.push({ family: f, form, re: keyRegex(form) });
  }
}
matchKeys.sort((a, b) => b.form.length - a.form.length || cmp(a.form, b.form));

function longestKeyAt(text) {
  for (const k of matchKeys) {
    const m = k.re.exec(text);
    if (m) return { key: k, matched: m[0] };
  }
  return null;
}

// ----------------------------------------------------------------------------- Oryx rows
const DESIGNATION_TOKEN = /^(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9\-/().+]*$/;

function primaryStem(token) {
  const t = token.replace(/\(.*$/, '');
  let m;
  if ((m = /^([A-Za-z]{1,8}-\d+)/.exec(t))) return m[1];
  if ((m = /^(\d[A-Za-z]{1,3}\d+)/.exec(t))) return m[1];
  if ((m = /^([A-Za-z]{1,4}\d+)/.exec(t))) return m[1];
  return t;
}

function stripDescriptors(label) {
  // keep words up to the first lower-case descriptor word or parenthesis
  const words = label.replace(/\(.*$/, '').trim().split(' ');
  const kept = [];
  for (const w of words) {
    if (/^[a-z]/.test(w) && kept.length) break;
    kept.push(w);
  }
  while (kept.length > 1 && /^(UAV|UCAV|UGV|APC|MRAP|IMV|AFV|ARV|MRL|MRLS|EW|SPG|TSV|VTOL)$/.test(kept.at(-1))) kept.pop();
  return kept.join(' ');
}

const dropRules = (oryxRules.drop ?? []).map((p) => new RegExp(p));
const assignRules = (oryxRules.assign ?? []).map((r) => ({ re: new RegExp(r.match), family: r.family }));
const autoSpecs = oryxRules.families ?? {}; // auto family id/stem -> overrides

const sourceFile = path.join(SOURCE_DIR, 'systems.jsonl');
if (!fs.existsSync(sourceFile)) {
  console.error(`build-weapons: ${sourceFile} not found (use --source DIR)`);
  process.exit(2);
}
const rows = fs
  .readFileSync(sourceFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const stats = { rows: rows.length, generic: 0, dropped: 0, toCurated: 0, toAuto: 0 };
const autoGroups = new Map(); // stem -> { stem, rows: [] }
const trace = [];

for (const row of rows) {
  if (row.generic) {
    stats.generic++;
    continue;
  }
  const label = cleanOryxLabel(row.name);
  if (dropRules.some((re) => re.test(label))) {
    stats.dropped++;
    trace.push(`DROP   ${label}`);
    continue;
  }
  const r = { ...row, label };
  let fam = null;
  let matched = null;
  const rule = assignRules.find((a) => a.re.test(label));
  if (rule) {
    if (rule.family === null) {
      stats.dropped++;
      trace.push(`DROP   ${label}`);
      continue;
    }
    fam = families.get(rule.family);
    if (!fam && !autoSpecs[rule.family]) fail(`oryx.assign: unknown family "${rule.family}"`);
    if (!fam) {
      const g = autoGroups.get(rule.family) ?? { stem: rule.family, rows: [] };
      g.rows.push(r);
      autoGroups.set(rule.family, g);
      stats.toAuto++;
      trace.push(`AUTO   ${label}  ->  ${rule.family} (assign)`);
      continue;
    }
  }
  if (!fam) fam = [...families.values()].find((f) => f.oryxPatterns.some((re) => re.test(label))) ?? null;
  if (!fam) {
    const hit = longestKeyAt(label);
    if (hit) {
      fam = hit.key.family;
      matched = hit.matched;
    }
  }
  if (!fam) {
    const m = /\(?for (?:the )?(.+)$/i.exec(label);
    if (m) {
      const words = m[1].split(' ');
      for (let i = 0; i < words.length && !fam; i++) {
        const hit = longestKeyAt(words.slice(i).join(' '));
        if (hit) fam = hit.key.family;
      }
    }
  }
  const token0 = label.split(' ')[0];
  if (!fam && !DESIGNATION_TOKEN.test(token0)) {
    const words = label.split(' ');
    for (let i = 1; i < words.length && !fam; i++) {
      const hit = longestKeyAt(words.slice(i).join(' '));
      if (hit) fam = hit.key.family;
    }
  }
  if (fam) {
    fam.oryxRows.push({ ...r, matched });
    stats.toCurated++;
    trace.push(`CUR    ${label}  ->  ${fam.id}`);
    continue;
  }
  const stem = DESIGNATION_TOKEN.test(token0) ? primaryStem(token0) : stripDescriptors(label);
  const g = autoGroups.get(stem) ?? { stem, rows: [] };
  g.rows.push(r);
  autoGroups.set(stem, g);
  stats.toAuto++;
  trace.push(`AUTO   ${label}  ->  ${stem}`);
}

// ----------------------------------------------------------------------------- origins
function weightedOrigins(rs) {
  const w = new Map();
  for (const r of rs) for (const [c, n] of Object.entries(r.origins ?? { [r.origin]: r.records })) w.set(c, (w.get(c) ?? 0) + n);
  return [...w.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
}

function autoOrigin(rs) {
  const ws = weightedOrigins(rs);
  const names = ws.map(([c]) => c);
  const top = names[0];
  if (top === 'Soviet Union' || (top === 'Russia' && names.includes('Soviet Union'))) {
    if (names.includes('Russia')) return { origin: 'Russia', designedBy: 'Soviet Union' };
    return { origin: 'Soviet Union', successor: names.includes('Ukraine') ? 'Ukraine' : 'Russia' };
  }
  return { origin: top };
}

// designation of an Oryx row inside a curated family: the matched key extended to the end of its
// word, plus an "Obr. 2016" / "Zr. 2017" suffix ("T-72B3 Obr. 2016").
function variantDesignation(row, fam) {
  if (!row.matched) return null;
  const rest = row.label.slice(row.matched.length);
  const m = /^[^\s]*/.exec(rest);
  if (/-[a-z]{3,}/.test(m[0]) || /^[a-z]+$/.test(m[0])) return null; // "BRDM-2-based", "APR-40s" 
  let d = row.matched + m[0];
  const obr = /^\s+((?:Obr|Zr)\.\s?\d{4})/.exec(row.label.slice(d.length));
  if (obr) d += ' ' + obr[1].replace(/\.\s?/, '. ');
  d = d.replace(/[:,]$/, '');
  if (d.includes('/') || /[()]/.test(d.replace(/\([A-Z]\)$/, '')) || d.length > 24) return null;
  if (!/\d/.test(d) && norm(d) === norm(row.matched)) return null;
  const known = new Set([fam.name, ...fam.designations, ...fam.aliases].map(norm));
  if (known.has(norm(d))) return d; // already present: still report for variant origins
  return d;
}

// ----------------------------------------------------------------------------- merge Oryx rows into curated families
for (const f of families.values()) {
  if (!f.oryxRows.length) continue;
  const known = new Set([f.name, ...f.designations, ...f.aliases].map(norm));
  const baseOrigins = new Set([f.origin, f.designedBy, f.successor, ...(f.coOrigins ?? [])].filter(Boolean));
  const varKnown = new Set(f.variants.map((v) => norm(v.designation)));
  const newDes = [];
  for (const r of f.oryxRows) {
    const d = variantDesignation(r, f);
    if (!d) continue;
    if (!known.has(norm(d))) {
      newDes.push(d);
      known.add(norm(d));
    }
    const ws = weightedOrigins([r]);
    const o = ws[0][0];
    // A variant origin only when the row names a true variant (not the family's own base name) and
    // its production country differs from the family's; Oryx flags donors for some rows, so the
    // base designation never gets one.
    // Curated designations get their variant origins from the YAML (var), not from Oryx flags.
    const isBase = norm(d) === norm(f.name) || f.curatedKeys.has(norm(d));
    if (!isBase && !baseOrigins.has(o) && COUNTRIES.has(o) && !varKnown.has(norm(d))) {
      f.variants.push({ designation: d, origin: o });
      varKnown.add(norm(d));
    }
  }
  newDes.sort(cmp);
  f.designations.push(...newDes);
}

// ----------------------------------------------------------------------------- auto families from Oryx rows
for (const g of [...autoGroups.values()].sort((a, b) => cmp(a.stem, b.stem))) {
  const spec = autoSpecs[g.stem];
  if (!spec || spec.drop) {
    for (const r of g.rows) trace.push(`DROP   ${r.label}  (no curated family; group "${g.stem}" not kept)`);
    stats.dropped += g.rows.length;
    stats.toAuto -= g.rows.length;
    continue;
  }
  const name = spec.name ?? g.stem;
  const id = spec.id ?? slug(name);
  if (families.has(id)) {
    fail(`auto family "${g.stem}": id "${id}" collides with an existing family`);
    continue;
  }
  let category = spec.cat;
  if (!category) {
    const text = g.rows.map((r) => r.label).join(' | ');
    category = KEYWORD_CATEGORY.find(([re]) => re.test(text))?.[1];
    if (!category) {
      const cats = new Map();
      for (const r of g.rows) if (r.category) cats.set(r.category, (cats.get(r.category) ?? 0) + r.records);
      const top = [...cats.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0];
      category = top ? ORYX_CATEGORY[top] : undefined;
    }
    if (!category) {
      warn(`auto family "${name}": no category (Oryx section empty); set oryx.families["${g.stem}"].cat`);
      category = 'other';
    }
  }
  if (!CATEGORIES.includes(category)) fail(`auto family "${name}": unknown category "${category}"`);
  const o = spec.origin ? { origin: spec.origin, designedBy: spec.by, successor: spec.succ } : autoOrigin(g.rows);
  checkCountry(o.origin, `auto family "${name}"`);
  const des = [];
  for (const r of g.rows) {
    const t = r.label.split(' ')[0].replace(/[:,]$/, '');
    if (DESIGNATION_TOKEN.test(t) && !t.includes('/') && t.length <= 24) des.push(t);
  }
  for (const d of spec.des ?? []) des.push(d);
  const known = new Set([norm(name)]);
  const designations = [];
  for (const d of des.sort(cmp)) {
    if (!known.has(norm(d))) {
      designations.push(d);
      known.add(norm(d));
    }
  }
  families.set(id, {
    id,
    name,
    designations,
    aliases: spec.aka ?? [],
    category,
    origin: o.origin,
    designedBy: o.designedBy,
    successor: o.successor,
    contextForms: spec.ctx ?? [],
    variants: [],
    curated: false,
    oryxRows: g.rows,
  });
}

// ----------------------------------------------------------------------------- checks
let dictWords = null;
for (const p of ['/usr/share/dict/words', '/usr/share/dict/american-english', '/usr/share/dict/british-english']) {
  if (fs.existsSync(p)) {
    dictWords = new Set(
      fs
        .readFileSync(p, 'utf8')
        .split('\n')
        .filter((w) => w && w === w.toLowerCase())
        .map((w) => w.replace(/'s$/, '')),
    );
    break;
  }
}

const formOwners = new Map(); // norm(form) -> Set(id)
for (const f of families.values()) {
  // de-duplicate within the family by exact string only: spelling variants ("Kilo class" /
  // "Kilo-class", "DANA" / "Dana") stay, so an engine that matches literally still finds them
  const seen = new Set([f.name]);
  f.designations = f.designations.filter((d) => {
    const k = d;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  f.aliases = f.aliases.filter((a) => {
    const k = a;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const ctx = new Set(f.contextForms);
  for (const c of ctx) {
    if (c !== f.name && !f.aliases.includes(c)) fail(`${f.id}: context form "${c}" is neither the name nor an alias`);
  }
  for (const form of [f.name, ...f.designations, ...f.aliases]) {
    if (form.trim().length < 2) fail(`${f.id}: form "${form}" is shorter than 2 characters`);
    if (form !== form.trim() || /\s{2}/.test(form)) fail(`${f.id}: form "${form}" has stray spaces`);
    const k = norm(form);
    if (!formOwners.has(k)) formOwners.set(k, new Set());
    formOwners.get(k).add(f.id);
    if (ctx.has(form)) continue;
    const words = form.toLowerCase().split(/\s+/);
    if (ALWAYS_AMBIGUOUS.has(form.toLowerCase()))
      fail(`${f.id}: "${form}" is an ambiguous word; list it in ctx (needsContext)`);
    else if (dictWords && words.length === 1 && dictWords.has(words[0]))
      warn(`${f.id}: "${form}" is a dictionary word without needsContext`);
  }
}
// A context form may name families of different categories ("Jaguar": the fighter, the armoured
// vehicle): the engine picks the one its head noun names ("Jaguar armoured vehicles").
const sharedContextForm = (k, owners) => {
  const fams = [...owners].map((id) => families.get(id));
  return fams.every((f) => f.contextForms.some((c) => norm(c) === k)) && new Set(fams.map((f) => f.category)).size === fams.length;
};
for (const [k, owners] of [...formOwners.entries()].sort((a, b) => cmp(a[0], b[0]))) {
  if (owners.size > 1 && !sharedContextForm(k, owners)) fail(`conflict: form key "${k}" maps to ${[...owners].sort().join(', ')}`);
}
// a family form must not also be a head noun ("AIFV", "MLRS"): the engine would read it both ways
const headKeys = new Map();
for (const [cat, list] of Object.entries(curatedDoc.heads ?? {})) for (const h of list ?? []) headKeys.set(norm(h), cat);
for (const [k, owners] of formOwners) {
  if (headKeys.has(k)) fail(`form key "${k}" of ${[...owners].join(', ')} is also a head noun of "${headKeys.get(k)}"`);
}

// ----------------------------------------------------------------------------- output
function outputEntry(f) {
  const sourceOf = f.curated ? (f.oryxRows.length ? 'both' : 'curated') : 'oryx';
  // needsContext marks families whose NAME is an ordinary word ("Patriot", "Caesar"); for them every
  // name/alias match needs a head noun or designation nearby. Families with a safe name keep their
  // ambiguous extra forms ("Bayraktar", "Triumph", "SCALP") out of `aliases` and only in
  // `contextForms`, so an engine that ignores contextForms never matches them bare.
  const nameNeedsContext = f.contextForms.includes(f.name);
  const ctx = new Set(f.contextForms);
  const aliases = nameNeedsContext ? f.aliases : f.aliases.filter((a) => !ctx.has(a));
  const e = { id: f.id, name: f.name, designations: f.designations, aliases, category: f.category, origin: f.origin };
  if (f.designedBy) e.designedBy = f.designedBy;
  if (f.successor) e.successor = f.successor;
  if (f.coOrigins?.length) e.coOrigins = f.coOrigins;
  if (nameNeedsContext) e.needsContext = true;
  if (f.contextForms.length) e.contextForms = f.contextForms;
  if (f.variants.length) e.variants = [...f.variants].sort((a, b) => cmp(a.designation, b.designation));
  e.source = sourceOf;
  return e;
}

const entries = [...families.values()].map(outputEntry).sort((a, b) => cmp(a.id, b.id));
const weaponsJson = '[\n' + entries.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n';

const heads = {};
for (const c of CATEGORIES) {
  const list = curatedDoc.heads?.[c];
  if (!list?.length) fail(`heads: no head nouns for category "${c}"`);
  heads[c] = uniq(list ?? []);
}
heads.generic = uniq(curatedDoc.heads?.generic ?? []);
for (const k of Object.keys(curatedDoc.heads ?? {})) if (k !== 'generic' && !CATEGORIES.includes(k)) fail(`heads: unknown category "${k}"`);
const headsJson = JSON.stringify(heads, null, 1).replace(/\n {2,}/g, ' ').replace(/\n\s*\]/g, ' ]') + '\n';

const rules = curatedDoc.designationRules ?? {};
for (const [p, c] of Object.entries(rules.prefixes ?? {})) if (c !== null && !CATEGORIES.includes(c)) fail(`designationRules: prefix "${p}" has unknown category "${c}"`);
for (const [p, c] of Object.entries(rules.originByPrefix ?? {})) checkCountry(c, `designationRules: prefix "${p}"`);
const byLength = (obj) => Object.fromEntries(Object.entries(obj ?? {}).sort((a, b) => b[0].length - a[0].length || cmp(a[0], b[0])));
const designations = {
  comment:
    'Fallback typing for designations the lexicon (weapons.json) lacks. Use only when the designation stands next to a weapons head noun (weapon-heads.json) or has the shape PREFIX+digits; take the LONGEST matching prefix (keys are sorted longest first). A null category means the prefix alone is too ambiguous to type. originByPrefix gives the usual producing country of a designation series; Soviet-era series are listed as Russia (their designer is the Soviet Union). Lexicon entries always win over these rules (e.g. T-50 is a South Korean trainer, not a tank).',
  prefixes: byLength(rules.prefixes),
  originByPrefix: byLength(rules.originByPrefix),
  calibre: rules.calibre,
};
const desigJson = JSON.stringify(designations, null, 2) + '\n';

// ----------------------------------------------------------------------------- report
const counts = {};
for (const e of entries) counts[e.category] = (counts[e.category] ?? 0) + 1;
const bySource = {};
for (const e of entries) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
const nDes = entries.reduce((n, e) => n + e.designations.length, 0);
const nAka = entries.reduce((n, e) => n + e.aliases.length, 0);

if (VERBOSE) for (const t of trace) console.log(t);
for (const w of warnings) console.log(`warning: ${w}`);
for (const p of problems) console.log(`ERROR: ${p}`);

console.log(`build-weapons: ${entries.length} families (${Object.entries(bySource).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`  designations ${nDes}, aliases ${nAka}, needsContext ${entries.filter((e) => e.needsContext).length}, with contextForms ${entries.filter((e) => e.contextForms).length}, with variants ${entries.filter((e) => e.variants).length}`);
console.log(`  by category: ${CATEGORIES.map((c) => `${c} ${counts[c] ?? 0}`).join(', ')}`);
console.log(
  `  Oryx rows ${stats.rows}: generic ${stats.generic}, dropped ${stats.dropped}, into curated ${stats.toCurated}, into Oryx-only ${stats.toAuto}`,
);
console.log(`  heads: ${Object.values(heads).reduce((n, l) => n + l.length, 0)} phrases; designation prefixes: ${Object.keys(designations.prefixes).length}`);

if (problems.length) {
  console.error(`build-weapons: ${problems.length} problem(s); nothing written`);
  process.exit(1);
}

const outputs = [
  [OUT_WEAPONS, weaponsJson],
  [OUT_HEADS, headsJson],
  [OUT_DESIG, desigJson],
];
if (CHECK_ONLY) {
  const stale = outputs.filter(([p, s]) => !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== s).map(([p]) => path.relative(ROOT, p));
  if (stale.length) {
    console.error(`build-weapons --check: out of date: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('build-weapons --check: up to date');
} else {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [p, s] of outputs) fs.writeFileSync(p, s);
  console.log(`  wrote ${outputs.map(([p]) => path.relative(ROOT, p)).join(', ')}`);
}

#!/usr/bin/env node
// Builds the actor lexicons in data/lexicons/*.json from
//   - world-countries (npm, ODbL, mledoze)                    -> countries.json (stays ODbL)
//   - PETRARCH2 / Phoenix CAMEO dictionaries (MIT, OEDA 2014)  -> organizations, persons, roles
//     (read from ../shared/gazetteers/petrarch2 relative to the repo, or $PETRARCH_DIR)
//   - hand-curated YAML in data/curated/*.yaml
// Build-time only: nothing here is read at run time. No network. Output is deterministic
// (sorted entries, sorted keys, one entry per line).
//
// Usage (from the repo root): node scripts/build-lexicons.mjs [--check]
//   --check   only print the lint report (aliases that are common English words etc.)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(__dirname, '..');
const CURATED = path.join(ROOT, 'data', 'curated');
const OUT = path.join(ROOT, 'data', 'lexicons');
const WC_FILE = path.join(ROOT, 'node_modules', 'world-countries', 'countries.json');
const PETRARCH_CANDIDATES = [
  process.env.PETRARCH_DIR,
  path.resolve(ROOT, '..', 'shared', 'gazetteers', 'petrarch2'),
  '/work/shared/gazetteers/petrarch2',
].filter(Boolean);
const PETRARCH = PETRARCH_CANDIDATES.find((p) => fs.existsSync(path.join(p, 'Phoenix.Countries.actors.jsonl')));
const CHECK_ONLY = process.argv.includes('--check');

if (!PETRARCH) {
  console.error('PETRARCH2 dictionaries not found; set PETRARCH_DIR. Tried:', PETRARCH_CANDIDATES);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// helpers

const warnings = [];
const warn = (msg) => warnings.push(msg);

function readYaml(name) {
  return YAML.parse(fs.readFileSync(path.join(CURATED, name), 'utf8'));
}
function readJsonl(name) {
  return fs
    .readFileSync(path.join(PETRARCH, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const FOLD_MAP = {
  Đ: 'Dj', đ: 'dj', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ł: 'l', Ł: 'L', ı: 'i', œ: 'oe', Œ: 'Oe',
  þ: 'th', Þ: 'Th', ð: 'd', 'ʻ': "'", 'ʼ': "'", '’': "'", '‘': "'", 'ʿ': "'", 'ʾ': "'", '–': '-', '—': '-',
};
/** ASCII-fold: strip diacritics, map special letters (Đ -> Dj). */
function fold(s) {
  return s
    .replace(/[ĐđßøØæÆłŁıœŒþÞðʻʼ’‘ʿʾ–—]/g, (c) => FOLD_MAP[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
function slug(s) {
  return fold(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
/** normalised key used for de-duplication / collision checks */
function norm(s) {
  return fold(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
function uniq(arr) {
  const seen = new Set();
  const out = [];
  for (const x of arr) {
    if (x == null) continue;
    const v = String(x).replace(/\s+/g, ' ').trim();
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}
const sortedUniq = (arr) => uniq(arr).sort(cmp);
/** add ASCII-folded variants of every string that has diacritics */
function withFolded(arr) {
  const out = [];
  for (const s of arr) {
    out.push(s);
    const f = fold(s);
    if (f !== s) out.push(f);
  }
  return out;
}

const KEY_ORDER = ['id', 'name', 'kind', 'type'];
function orderKeys(obj) {
  if (Array.isArray(obj)) return obj.map(orderKeys);
  if (obj && typeof obj === 'object') {
    const keys = Object.keys(obj).sort((a, b) => {
      const ia = KEY_ORDER.indexOf(a);
      const ib = KEY_ORDER.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
      return cmp(a, b);
    });
    const out = {};
    for (const k of keys) {
      const v = obj[k];
      if (v === undefined) continue;
      out[k] = orderKeys(v);
    }
    return out;
  }
  return obj;
}
function writeArray(file, entries) {
  const body = entries.map((e) => JSON.stringify(orderKeys(e))).join(',\n');
  const text = `[\n${body}\n]\n`;
  if (!CHECK_ONLY) fs.writeFileSync(path.join(OUT, file), text);
  return text.length;
}
function writeObjectLines(file, obj) {
  // top-level object; each top-level value that is an object/array is written one entry per line
  const parts = [];
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      parts.push(`${JSON.stringify(key)}: [\n${v.map((x) => '  ' + JSON.stringify(orderKeys(x))).join(',\n')}\n]`);
    } else if (v && typeof v === 'object') {
      const ks = Object.keys(v).sort(cmp);
      parts.push(`${JSON.stringify(key)}: {\n${ks.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(orderKeys(v[k]))}`).join(',\n')}\n}`);
    } else {
      parts.push(`${JSON.stringify(key)}: ${JSON.stringify(v)}`);
    }
  }
  const text = `{\n${parts.join(',\n')}\n}\n`;
  if (!CHECK_ONLY) fs.writeFileSync(path.join(OUT, file), text);
  return text.length;
}
function sortEntries(arr) {
  return arr.sort((a, b) => cmp(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------
// PETRARCH casing

const ACRONYM_KEEP = new Set(
  `UN UNSC UNHCR UNICEF UNESCO UNDP UNRWA UNIFIL US USA UK EU NATO OSCE IAEA WHO IMF WTO OPEC ASEAN AU ICC ICJ
  ICRC IRC NGO PLO PKK YPG SDF HTS ISIS ISIL IS AQAP AQIM LTTE FARC ELN ETA IRA UDA UVF RUF SPLA SPLM LRA ADF
  FDLR KLA UCK NLA MEK PJAK TTP BLA JKLF ULFA NSCN PLA PLAN CIA FBI NSA DEA DIA KGB FSB GRU SVR MI5 MI6 GCHQ
  BBC CNN AFP AP RFE RL TV AIDS HIV OAS OAU ECOWAS SADC IGAD OIC GCC CIS CSTO SCO BRICS APEC G7 G8 G20 G77
  II III IV VI VII VIII IX XI XII USAID OPCW IPCC WFP FAO ILO IMO ITU UPU WMO WIPO ICAO IFAD UNIDO UNFPA
  OHCHR OCHA DPKO MONUC MONUSCO UNMIN UNAMA UNAMI MINUSMA UNMISS NGOS ANC PAC SWAPO ZANU ZAPU MPLA UNITA FRELIMO
  RENAMO PAIGC POLISARIO EPRDF TPLF OLF ONLF EPLF SNM USC AMISOM AU ANSF ISAF KFOR SFOR IFOR EUFOR EULEX OHR
  PA PNA PFLP DFLP PIJ PRC AKP CHP MHP HDP DTP PYD KDP PUK KRG ISI RAW BJP CPI CPM JUI PPP PML MQM ANP BNP
  JI LDP DPJ KMT DPP CCP CPC NPC SNS SPS DS DSS SRS LDK AAK PDK SDA SDS HDZ SDP DUI VMRO VMRO-DPMNE SDSM DPS
  SNP DUP SDLP UUP SF AfD CDU CSU SPD FDP PiS PO PSOE PP UMP PS RN LR PD PDL SPO OVP FPO SVP CVP MDC ZANU-PF
  ECOMOG UNITAF UNOSOM UNPROFOR UNMIK UNTAET SAARC NAFTA EFTA EEC ECB EBRD EIB ADB AIIB IDB AFDB IEA IOM
  WHO WTO WCO WEF WEU OECD NAM OAPEC CEMAC ECCAS EAC COMESA UEMOA BCEAO CARICOM MERCOSUR UNASUR CELAC SICA
  ALBA IPU ICTY ICTR STL SCSL ECHR ECJ PACE CoE`.split(/\s+/)
);
const LOWER_PARTICLES = new Set(
  'of the and for in on at to a an de del della di da das dos do du des la le les van von der den y e et bin ibn al el ul ud ur'.split(' ')
);
function capWord(w) {
  if (!w) return w;
  if (/^Mc[a-z]/i.test(w) && w.length > 3) return 'Mc' + w[2].toUpperCase() + w.slice(3).toLowerCase();
  const m = /^([A-Za-z])'([A-Za-z].*)$/.exec(w); // O'KENNEDY, D'ESCOTO
  if (m) return m[1].toUpperCase() + "'" + m[2][0].toUpperCase() + m[2].slice(1).toLowerCase();
  return w[0].toUpperCase() + w.slice(1).toLowerCase();
}
function caseToken(tok, isFirst, extraAcronyms) {
  const up = tok.toUpperCase();
  if (/^([A-Z]\.)+[A-Z]?\.?$/.test(up)) return up; // U.S., U.N.
  if (isFirst && /^(II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(up)) return capWord(tok); // "XI JINPING" is not a numeral
  if (ACRONYM_KEEP.has(up) || (extraAcronyms && extraAcronyms.has(up))) return up;
  if (/\d/.test(up) && up.length <= 6) return up; // G7, MI6, 17N
  if (up.length >= 2 && up.length <= 5 && !/[AEIOUY]/.test(up.replace(/[^A-Z]/g, '')) && /^[A-Z&]+$/.test(up)) return up; // PKK, KRG
  const lower = tok.toLowerCase();
  if (!isFirst && LOWER_PARTICLES.has(lower)) return lower;
  // hyphenated: AL-ASSAD -> al-Assad, KI-MOON -> Ki-Moon
  if (tok.includes('-')) {
    const parts = tok.split('-');
    return parts
      .map((p, i) => {
        const pl = p.toLowerCase();
        if (i === 0 && !isFirst && (pl === 'al' || pl === 'el' || pl === 'ad' || pl === 'as' || pl === 'ash' || pl === 'ar' || pl === 'az')) return pl;
        if (i > 0 && ACRONYM_KEEP.has(p.toUpperCase())) return p.toUpperCase();
        return capWord(p);
      })
      .join('-');
  }
  return capWord(tok);
}
/** person names: no acronyms ("KIM YONG NAM" -> "Kim Yong Nam"), regnal numerals kept ("HASSAN II") */
function personCase(upper) {
  const toks = upper.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return toks
    .map((t, i) => {
      if (i > 0 && /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|JR\.?|SR\.?)$/.test(t)) return /^[JS]R/.test(t) ? capWord(t) : t;
      if (/^([A-Z]\.)+$/.test(t)) return t; // initials
      const lower = t.toLowerCase();
      if (i > 0 && LOWER_PARTICLES.has(lower)) return lower;
      if (t.includes('-')) return t.split('-').map((p, j) => (j === 0 && i > 0 && /^(al|el|ad|as|ash|ar|az)$/i.test(p) ? p.toLowerCase() : capWord(p))).join('-');
      return capWord(t);
    })
    .join(' ');
}
/** "ALEKSANDAR VUCIC" -> "Aleksandar Vucic"; "U.S. STATE DEPARTMENT" -> "U.S. State Department" */
function petrarchCase(upper, extraAcronyms) {
  const toks = upper.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return toks.map((t, i) => caseToken(t, i === 0, extraAcronyms)).join(' ');
}
function cleanPetrarchName(s) {
  return s
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\{\}\s*/g, ' ')
    .trim();
}
const PETRARCH_OK = /^[A-Z0-9 .'&\-/()]+$/;

function yymmddToIso(d) {
  if (!d) return null;
  let y, m, day;
  if (/^\d{8}$/.test(d)) {
    y = +d.slice(0, 4);
    m = +d.slice(4, 6);
    day = +d.slice(6, 8);
  } else if (/^\d{6}$/.test(d)) {
    const yy = +d.slice(0, 2);
    y = yy <= 20 ? 2000 + yy : 1900 + yy;
    m = +d.slice(2, 4);
    day = +d.slice(4, 6);
  } else return null;
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// English-word check (lint only; never changes output)

function loadEnglishWords() {
  const dict = '/usr/share/dict/words';
  if (fs.existsSync(dict)) {
    const set = new Set();
    for (const w of fs.readFileSync(dict, 'utf8').split('\n')) if (w && w === w.toLowerCase()) set.add(w);
    return { set, source: dict };
  }
  const fallback = `a an the and or but if of in on at to by for with from as is it its be are was were he she we me my
  us our you your they them his her him who what when where why how this that these those there here so no not yes
  do does did go went can may might will would shall should must up down out over under again all any both each few
  more most other some such only own same than too very just now then once also am being been have has had having
  chad turkey china jordan georgia guinea niger mali oman peru cuba iran iraq israel japan malta monaco nauru palau
  samoa tonga tuvalu yemen wales jersey man mann island islands gulf bank union state states new south north east west
  general major private marshal admiral captain colonel sergeant president minister secretary chancellor premier
  press post times guardian mirror sun independent express star telegraph herald tribune observer economist
  reuters apple amazon shell total alliance bloc coalition front party council ministry office house army navy
  force forces command group corps guard guards police service agency commission assembly parliament court`.split(/\s+/);
  return { set: new Set(fallback), source: 'built-in stopword list' };
}

// =============================================================================================
// 1. COUNTRIES

const wc = JSON.parse(fs.readFileSync(WC_FILE, 'utf8'));
const curCountries = readYaml('countries.yaml');
const BANNED_COUNTRY_ALIASES = new Set((curCountries.bannedAliases || []).map((s) => s.toLowerCase()));

const EN_KEYWORDS =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Islands?|Democratic|Federal|Confederation|Duchy|Emirates|Sultanate|Territory|People's|Socialist|Plurinational|Independent|Co-operative|Cooperative|Oriental|Arab|Islamic|Hashemite|Bailiwick|Collectivity|Country|Nation|Special Administrative Region|Region)\b/;
const FOREIGN_WORDS =
  /\b(de|del|da|do|du|des|la|le|di|ng|ta|ya|wa|e|y|et|République|Republique|República|Republica|Republik|Repubblica|Respublika|Respublikasi|Republiek|Repoblikan|Repiblik|Königreich|Koninkrijk|Koninkryk|Royaume|Reino|Estado|Estados|Stato|Jumhuri|Jamhuri|Jamhuuriyadda|Mamlakat|Dawlat|Territoire|Collectivité|Collectivite|Département|Departement|Bailliage|Principat|Principauté|Fürstentum|Großherzogtum|Groussherzogtum|Konungariket|Kongeriket|Kongeriget|Lýðveldið|Lietuvos|Latvijas|Eesti|Vabariik|Udzima|Union des|Umbuso|Muso|Matanitu|Malo|Independen|Sankattan|Tetã|Teratri|Salṭanat|Sultanat|Al-|al-|Aolepān|Ripablik|Ripublik)\b/;

function englishAltSpelling(s) {
  if (s.length < 3) return false;
  if (!/^[\p{Script=Latin}\s'’.\-&()]+$/u.test(s)) return false;
  if (s.includes(',')) return false;
  if (/^[A-Z]{2,3}$/.test(s)) return false; // codes (RSA, UAE are re-added by curation when wanted)
  if (FOREIGN_WORDS.test(s)) return false;
  if (!isAscii(fold(s))) return false;
  return EN_KEYWORDS.test(s);
}
const INVARIANT_DEMONYM = /(ese|ss|sh|ch|x|z|s|i-Kiribati|Ni-Vanuatu|Swiss|Thai|Lao|Inuit)$/;
function pluralDemonym(w) {
  if (INVARIANT_DEMONYM.test(w)) return w;
  if (/y$/.test(w) && !/[aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

const countryEntries = [];
const SOVEREIGN_NON_INDEPENDENT = new Set(['XKX', 'PSE', 'TWN', 'VAT']);
for (const c of wc) {
  const id = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
  const cur = curCountries.countries[id] || {};
  const name = cur.name || c.name.common;
  const territory = !c.independent && !SOVEREIGN_NON_INDEPENDENT.has(id);
  // aliases
  let aliases = [];
  if (c.name.common !== name && englishAltSpellingLoose(c.name.common)) aliases.push(c.name.common);
  if (englishAltSpelling(c.name.official) || c.name.official === c.name.common) aliases.push(c.name.official);
  for (const a of c.altSpellings || []) if (englishAltSpelling(a)) aliases.push(a);
  aliases.push(...(cur.aliases || []));
  aliases = withFolded(aliases);
  const drop = new Set((cur.dropAliases || []).map((s) => s.toLowerCase()));
  aliases = sortedUniq(aliases).filter(
    (a) =>
      a !== name &&
      !drop.has(a.toLowerCase()) &&
      !BANNED_COUNTRY_ALIASES.has(a.toLowerCase()) &&
      norm(a) !== norm(name) &&
      // two-letter codes are ambiguous, save the ones news writes for the country ("US", "UK", curated "PH")
      !(a.length === 2 && /^[A-Z]{2}$/.test(a) && a !== 'US' && a !== 'UK' && !(cur.aliases || []).includes(a))
  );
  // name folded variant (e.g. "Curaçao" -> "Curacao")
  if (fold(name) !== name && !aliases.includes(fold(name))) aliases.push(fold(name));
  aliases = sortedUniq(aliases);
  // capitals
  let capitals = cur.capitals !== undefined ? cur.capitals : c.capital || [];
  capitals = sortedUniq(withFolded(capitals));
  // demonyms / adjectives
  let demonyms;
  let adjectives;
  if (cur.demonyms !== undefined && cur.adjectives !== undefined) {
    demonyms = cur.demonyms;
    adjectives = cur.adjectives;
  } else {
    const raw = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      .flatMap((d) => d.split(/,\s*|\s+or\s+/))
      .filter(Boolean);
    demonyms = [];
    adjectives = [];
    for (const d of raw) {
      if (/er$/.test(d)) {
        demonyms.push(d, d + 's');
        adjectives.push(fold(name) === name ? name : name);
      } else {
        adjectives.push(d);
        demonyms.push(d, pluralDemonym(d));
      }
    }
    if (cur.demonyms !== undefined) demonyms = cur.demonyms;
    if (cur.adjectives !== undefined) adjectives = cur.adjectives;
  }
  demonyms = sortedUniq(withFolded(demonyms));
  adjectives = sortedUniq(withFolded(adjectives));
  const acronymAliases = aliases.filter((a) => /^([A-Z]\.?){2,5}$/.test(a));
  const hyphenForms = sortedUniq([name, fold(name), ...acronymAliases, ...adjectives, ...(cur.hyphenForms || [])]);
  // the adjective that names the state's bodies ("Philippine Navy", not the sorted first "Filipino")
  const adjective = (cur.adjectives || [])[0];
  // the letters that name its bodies where news writes them so ("US Embassy", "UAE Air Force")
  const bodyPrefix = cur.bodyPrefix;
  const e = { id, name, kind: 'country', aliases, capitals, demonyms, adjectives, ...(adjective ? { adjective } : {}), ...(bodyPrefix ? { bodyPrefix } : {}), hyphenForms };
  if (territory) e.territory = true;
  countryEntries.push(e);
}
function englishAltSpellingLoose(s) {
  return /^[\p{Script=Latin}\s'’.\-&()]+$/u.test(s) && !s.includes(',') && s.length > 2;
}
for (const [id, h] of Object.entries(curCountries.historical || {})) {
  const adjectives = sortedUniq(h.adjectives || []);
  const aliases = sortedUniq(withFolded(h.aliases || []));
  countryEntries.push({
    id,
    name: h.name,
    kind: 'country',
    aliases,
    capitals: sortedUniq(h.capitals || []),
    demonyms: sortedUniq(h.demonyms || []),
    adjectives,
    hyphenForms: sortedUniq([h.name, ...aliases.filter((a) => /^([A-Z]\.?){2,5}$/.test(a)), ...adjectives, ...(h.hyphenForms || [])]),
    historical: true,
  });
}
sortEntries(countryEntries);

// collision check: a demonym/adjective/alias used by two sovereign entries
{
  const owner = new Map();
  for (const e of countryEntries) {
    for (const f of ['aliases', 'demonyms', 'adjectives', 'capitals']) {
      for (const v of e[f]) {
        const k = `${v}`;
        if (owner.has(k) && owner.get(k).id !== e.id) {
          const o = owner.get(k);
          // resolve: prefer sovereign, non-historical owner
          const oScore = (o.territory ? 1 : 0) + (o.historical ? 2 : 0);
          const eScore = (e.territory ? 1 : 0) + (e.historical ? 2 : 0);
          if (f === 'capitals') {
            if (oScore !== eScore) {
              const loser = oScore > eScore ? o : e;
              loser.capitals = loser.capitals.filter((x) => x !== v);
              if (loser === o) owner.set(k, e);
            } else warn(`country capital collision "${v}": ${o.id} / ${e.id}`);
            continue;
          }
          if (oScore === eScore) warn(`country ${f} collision "${v}": ${o.id} / ${e.id}`);
          const loser = oScore > eScore ? o : oScore < eScore ? e : null;
          if (loser) {
            for (const ff of ['aliases', 'demonyms', 'adjectives', 'hyphenForms']) loser[ff] = loser[ff].filter((x) => x !== v || (ff === 'hyphenForms' && x === loser.name));
            if (loser === o) owner.set(k, e);
          }
        } else if (!owner.has(k)) owner.set(k, e);
      }
    }
  }
}
const COUNTRY_IDS = new Set(countryEntries.map((e) => e.id));
const countryById = new Map(countryEntries.map((e) => [e.id, e]));
// CAMEO codes that differ from ISO cca3
const CAMEO_COUNTRY = { IMY: 'IMN', KSV: 'XKX', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', BUR: 'MMR', DDR: 'DDR', SUN: 'SUN', YUG: 'YUG', CSK: 'CSK', SCG: 'SCG', GMY: 'DEU', WSB: 'PSE', GZS: 'PSE', PAL: 'PSE' };
function cameoCountry(code3) {
  if (!code3) return null;
  if (CAMEO_COUNTRY[code3]) return CAMEO_COUNTRY[code3];
  return COUNTRY_IDS.has(code3) ? code3 : null;
}
function countryAdj(id) {
  const c = countryById.get(id);
  if (!c) return id;
  return c.adjectives[0] && !/^[A-Z.]+$/.test(c.adjectives[0]) ? pickAdj(c) : c.name;
}
function pickAdj(c) {
  const curAdj = (curCountries.countries[c.id] || curCountries.historical?.[c.id] || {}).adjectives;
  if (curAdj && curAdj.length) return curAdj[0];
  return c.adjectives.find((a) => !/^[A-Z.]+$/.test(a)) || c.name;
}

// =============================================================================================
// 2. ORGANIZATIONS and 3. MEDIA (curated first; generated per-country ministries; PETRARCH imports)

const curOrgs = readYaml('organizations.yaml');
const curMedia = readYaml('media.yaml');
const ORG_TYPES = new Set(['igo', 'government', 'military', 'party', 'company', 'ngo', 'armed-group', 'court', 'other']);

function mkOrg(src, kind) {
  const name = src.name;
  const id = src.id || `${kind === 'media' ? 'media' : 'org'}:${slug(name)}`;
  const acronyms = sortedUniq(src.acronyms || []);
  const aliases = sortedUniq(withFolded([...(src.aliases || []), ...(fold(name) !== name ? [fold(name)] : [])])).filter(
    (a) => a !== name && !acronyms.includes(a)
  );
  const e = { id, name, kind, type: src.type, aliases, acronyms };
  if (src.descriptions) e.descriptions = sortedUniq(src.descriptions);
  if (src.country) e.country = src.country;
  if (src.memberOf) e.memberOf = src.memberOf;
  if (src.stateOwned) e.stateOwned = true;
  if (src.historical) e.historical = true;
  if (src.note) e.note = src.note;
  if (src.source) e.source = src.source;
  if (kind === 'organization' && !ORG_TYPES.has(e.type)) warn(`org ${id}: bad type ${e.type}`);
  for (const ref of [e.country, e.memberOf]) {
    if (ref && !ref.includes(':') && !COUNTRY_IDS.has(ref)) warn(`${id}: unknown country ${ref}`);
  }
  return e;
}

const orgMap = new Map();
function addOrg(e, { override = true } = {}) {
  const prev = orgMap.get(e.id);
  if (prev && !override) return;
  if (prev) {
    // merge: curated fields win, aliases union
    e.aliases = sortedUniq([...prev.aliases, ...e.aliases]).filter((a) => a !== e.name && !e.acronyms.includes(a));
    e.acronyms = sortedUniq([...prev.acronyms, ...e.acronyms]);
    if (prev.descriptions || e.descriptions) e.descriptions = sortedUniq([...(prev.descriptions || []), ...(e.descriptions || [])]);
    if (prev.name !== e.name && !e.aliases.includes(prev.name) && !e.acronyms.includes(prev.name)) e.aliases = sortedUniq([...e.aliases, prev.name]);
  }
  orgMap.set(e.id, e);
}

// 2a. generated per-country foreign ministry / defence ministry / armed forces
const gen = curOrgs.generated || {};
const GEN_SKIP = new Set(gen.skipCountries || []);
for (const c of countryEntries) {
  if (c.territory || c.historical || GEN_SKIP.has(c.id)) continue;
  const A = pickAdj(c);
  const N = c.name;
  const Ns = N.endsWith('s') ? `${N}'` : `${N}'s`;
  const mk = (suffix, name, type, aliases) => ({ id: `org:${c.id.toLowerCase()}-${suffix}`, name, type, aliases, country: c.id, memberOf: c.id, source: 'generated' });
  const fm = mk('foreign-ministry', `${A} Foreign Ministry`, 'government', [
    `${A} Ministry of Foreign Affairs`,
    `${A} foreign ministry`,
    `${Ns} Foreign Ministry`,
    `${Ns} foreign ministry`,
    `${Ns} Ministry of Foreign Affairs`,
    `Foreign Ministry of ${N}`,
    `Ministry of Foreign Affairs of ${N}`,
    `${N} Foreign Ministry`,
  ]);
  const dm = mk('defence-ministry', `${A} Defence Ministry`, 'government', [
    `${A} Defense Ministry`,
    `${A} defence ministry`,
    `${A} defense ministry`,
    `${A} Ministry of Defence`,
    `${A} Ministry of Defense`,
    `${Ns} Defence Ministry`,
    `${Ns} Defense Ministry`,
    `${Ns} defence ministry`,
    `${Ns} defense ministry`,
    `${Ns} Ministry of Defence`,
    `${Ns} Ministry of Defense`,
    `Ministry of Defence of ${N}`,
    `Ministry of Defense of ${N}`,
    `Defence Ministry of ${N}`,
    `Defense Ministry of ${N}`,
    `${N} Defence Ministry`,
    `${N} Defense Ministry`,
  ]);
  const af = mk('armed-forces', `${A} Armed Forces`, 'military', [
    `Armed Forces of ${N}`,
    `${A} armed forces`,
    `${A} military`,
    `${Ns} armed forces`,
    `${Ns} military`,
  ]);
  const gv = mk('government', `${A} Government`, 'government', [`Government of ${N}`, `${A} government`, `${Ns} government`, `${N} government`]);
  for (const o of [fm, dm, af, gv]) addOrg(mkOrg(o, 'organization'));
}
// 2b. curated organizations (override generated entries with the same id)
const GEN_ID = /^org:([a-z]{3})-(foreign-ministry|defence-ministry|armed-forces|government)$/;
for (const o of curOrgs.organizations) {
  const e = mkOrg(o, 'organization');
  // an id of the generated form org:<cc>-<suffix> must name the entry's own country (org:bel-armed-forces
  // for a Belarusian entry would swallow Belgium's generated entry): re-key it to its country's id
  const m = GEN_ID.exec(e.id);
  const cc = e.country || (COUNTRY_IDS.has(e.memberOf) ? e.memberOf : null);
  if (m && cc && m[1] !== cc.toLowerCase() && orgMap.get(e.id)?.source === 'generated' && orgMap.get(e.id).country !== cc) {
    const nid = `org:${cc.toLowerCase()}-${m[2]}`;
    warn(`curated org ${e.id} is for ${cc}: re-keyed to ${nid}`);
    e.id = nid;
  }
  const prev = orgMap.get(e.id);
  if (prev && prev.source === 'generated' && !o.keepGenerated) orgMap.delete(e.id);
  addOrg(e);
}
// a generated entry sharing a surface form with a curated entry of the same country and type is the same
// body under another id (org:lebanese-army vs org:lbn-armed-forces): fold its aliases into the curated one
{
  const curatedByKey = new Map();
  for (const e of orgMap.values()) {
    if (e.source === 'generated') continue;
    for (const s of [e.name, ...e.aliases, ...e.acronyms]) if (!curatedByKey.has(norm(s))) curatedByKey.set(norm(s), e);
  }
  for (const g of [...orgMap.values()]) {
    if (g.source !== 'generated') continue;
    const forms = [g.name, ...g.aliases];
    const owner = forms.map((s) => curatedByKey.get(norm(s))).find((c) => c && c.type === g.type && (c.memberOf === g.country || c.country === g.country));
    if (!owner) continue;
    const taken = (s) => curatedByKey.has(norm(s)) && curatedByKey.get(norm(s)) !== owner;
    owner.aliases = sortedUniq([...owner.aliases, ...forms.filter((s) => !taken(s))]).filter((a) => a !== owner.name && !owner.acronyms.includes(a));
    orgMap.delete(g.id);
  }
}

// index of every curated / generated alias, to skip PETRARCH duplicates
const knownOrgKeys = new Map();
function indexOrg(e) {
  for (const s of [e.name, ...e.aliases, ...e.acronyms]) {
    const k = norm(s);
    if (!knownOrgKeys.has(k)) knownOrgKeys.set(k, e.id);
  }
}
for (const e of orgMap.values()) indexOrg(e);

// media
const mediaEntries = [];
for (const m of curMedia.media) mediaEntries.push(mkOrg(m, 'media'));
for (const e of mediaEntries) {
  for (const s of [e.name, ...e.aliases, ...e.acronyms]) knownOrgKeys.set(norm(s), e.id);
}

// 2c. PETRARCH imports
const ORG_KW =
  /\b(MINISTRY|MINISTRIES|DEPARTMENT|COUNCIL|PARTY|FRONT|ARMY|ARMIES|FORCES?|ORGANI[SZ]ATION|AGENCY|COMMISSION|ASSEMBLY|PARLIAMENT|COURT|BANK|UNION|LEAGUE|MOVEMENT|BRIGADES?|POLICE|GOVERNMENT|MILITARY|NAVY|OFFICE|HOUSE|SERVICES?|CONGRESS|SENATE|CABINET|COMMITTEE|GUARDS?|CORPS|COMMAND|AUTHORITY|INSTITUTE|UNIVERSITY|ASSOCIATION|FEDERATION|CENTER|CENTRE|REPUBLIC|KINGDOM|STATES?|REBELS?|MILITIAS?|GROUPS?|TRIBUNAL|BUREAU|CHAMBER|FUND|FOUNDATION|PROGRAMME|PROGRAM|INTERNATIONAL|NETWORK|ALLIANCE|COALITION|SOCIETY|TRUST|CAMPAIGN|COMMUNITY|PROJECT|INITIATIVE|PARTNERSHIP|FORUM|WATCH|RELIEF|AID|MISSION|CONFERENCE|COOPERATION|SECRETARIAT|NUCLEI|JIHAD|RESISTANCE|CELLS?|COMMANDOS?|TIGERS|BATTALIONS?|LIBERATION|REVOLUTIONARY|ISLAMIC|ISLAMI|JAMAAT|JEMAAH|JAMAAH|JAMIAT|HARAKAT|LASHKAR|JAISH|ANSAR|TEHRIK|TEHREEK|HEZBOLLAH|HIZB|MUJAHIDEEN|MUJAHIDIN|SQUADS?|UNITS?|ACTION|STRUGGLE|DEFENSE|DEFENCE|SELF-DEFENSE|VANGUARD|SOLIDARITY|BROTHERHOOD|NATIONAL|PEOPLE'?S|POPULAR|DEMOCRATIC|UNITED|ARMED|COMMUNIST|SOCIALIST|CORPORATION|CORP|INC|LTD|COMPANY|GROUP|HOLDINGS?|ENERGY|OIL|PETROLEUM|AIRLINES?|MOTORS?|SYSTEMS|INDUSTRIES|TECHNOLOGIES|PHARMACEUTICALS?|TELECOM|COMMUNICATIONS|RAILWAY|BANCORP|FINANCIAL|INSURANCE|CAPITAL|PARTNERS)\b/;
const GENERIC_ORG_TAIL =
  /\b(ENVOY|MONITORS?|PEACEKEEPERS?|RESIDENT|MINISTERS|COUNTRIES|BODIES|OFFICIALS?|CHIEF|PRESIDENT|SECRETARY|SECRETARY GENERAL|SECRETARY-GENERAL|SPOKESMAN|SPOKESWOMAN|REPRESENTATIVE|DIRECTOR|HEAD|CHAIRMAN|LEADER|MEMBERS?|DATABASE|STAFF|SOLDIERS|TROOPS|CONTINGENT|INITIATIVE FOR .*)$/;
const GENERIC_ORG_NAMES = new Set(
  ['INTERNATIONAL GOVERNMENT ORGANIZATION', 'INTERNATIONAL GOVERNMENT ORGANISATION', 'CHRISTIAN CATHOLIC', 'UN BODIES', 'ANTARCTIC TREATY'].map((s) => s)
);
function looksLikeOrg(upper) {
  return ORG_KW.test(upper) || /^[A-Z0-9&'.-]+$/.test(upper); // single-token names (acronyms, ANSARU)
}
function initialsOf(upper) {
  return upper
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}
function isSubsequence(small, big) {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i++;
  return i === small.length;
}
const STOP_CONTENT = new Set(['THE', 'OF', 'AND', 'FOR', 'IN', 'ON', 'TO', 'A', 'AN', 'DE', 'LA', 'AL']);
function contentWords(upper) {
  return upper
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP_CONTENT.has(w));
}
/** is a PETRARCH synonym a genuine variant of the org name (vs. a lumped-together other body)? */
function orgVariant(syn, name) {
  if (/^[A-Z0-9.&-]{2,8}$/.test(syn) && !syn.includes(' ')) {
    const letters = syn.replace(/[^A-Z]/g, '');
    return letters.length >= 2 && isSubsequence(letters, initialsOf(name)) && letters[0] === initialsOf(name)[0];
  }
  const a = new Set(contentWords(syn));
  const b = new Set(contentWords(name));
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(a.size, b.size) >= 0.6;
}
function splitParenAcronym(upper) {
  // "UNITED SELF-DEFENSE FORCES OF VENEZUELA (AUV)" -> ["UNITED ...", "AUV"]
  const m = /^(.*?)\s*\(([A-Z0-9\-.&]{2,10})\)\s*$/.exec(upper);
  if (m) return [m[1].trim(), m[2]];
  return [upper.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), null];
}
function toAcronymOrAlias(displayForm) {
  return /^[A-Z0-9.&-]{2,8}$/.test(displayForm) && !/^[A-Z][a-z]/.test(displayForm);
}

const petrarchOrgs = new Map(); // key norm(name) -> entry
const COUNTRY_KEYS = new Set();
for (const c of countryEntries) for (const s of [c.name, ...c.aliases]) COUNTRY_KEYS.add(norm(s));
let petrarchOrgSkipped = 0;
// PETRARCH records left out by name (organizations.yaml `petrarchSkip`): records whose name, once its legal
// form is stripped, is a common word ("NEWS CORP" -> "News", "TARGET CORP" -> "Target") or is misspelt,
// and that a curated entry covers under its proper name
const PETRARCH_ORG_SKIP = new Set((curOrgs.petrarchSkip || []).map((s) => cleanPetrarchName(String(s)).toUpperCase()));
const petrarchSkipUsed = new Set();
function skippedByName(raw) {
  if (!PETRARCH_ORG_SKIP.has(raw)) return false;
  petrarchSkipUsed.add(raw);
  return true;
}
function importPetrarchOrg(r, type, country, file) {
  const raw = cleanPetrarchName(r.name);
  if (!PETRARCH_OK.test(raw) || GENERIC_ORG_NAMES.has(raw) || GENERIC_ORG_TAIL.test(raw)) {
    petrarchOrgSkipped++;
    return;
  }
  const [base, parenAcr] = splitParenAcronym(raw);
  if (!base || base.length < 3 || /^THE$/.test(base)) return;
  const baseNoThe = base.replace(/^THE\s+/, '');
  const syns = (r.synonyms || []).map(cleanPetrarchName).filter((s) => PETRARCH_OK.test(s) && !GENERIC_ORG_TAIL.test(s));
  const variants = syns.map((s) => splitParenAcronym(s)[0]).filter((s) => s && orgVariant(s.replace(/^THE\s+/, ''), baseNoThe));
  const extraAcr = new Set([parenAcr, ...variants.filter((v) => /^[A-Z0-9.&-]{2,8}$/.test(v))].filter(Boolean));
  const display = (s) => petrarchCase(s.replace(/^THE\s+/, ''), extraAcr);
  let name = display(baseNoThe);
  const forms = [base, ...variants].map((s) => s.replace(/^THE\s+/, ''));
  if (parenAcr) forms.push(parenAcr);
  if (COUNTRY_KEYS.has(norm(name))) return;
  // already known (curated / generated / earlier PETRARCH)?
  for (const f of forms) {
    const k = norm(display(f));
    if (knownOrgKeys.has(k)) return;
  }
  const acronyms = [];
  const aliases = [];
  for (const f of forms.slice(1)) {
    const d = display(f);
    if (COUNTRY_KEYS.has(norm(d))) continue; // "CAR" is the Central African Republic, not an armed group
    if (extraAcr.has(f) || (toAcronymOrAlias(d) && f.length <= 8)) acronyms.push(d);
    else aliases.push(d);
  }
  // single-token all-caps names are acronyms themselves (e.g. "UNDP")
  if (/^[A-Z0-9&-]{2,7}$/.test(baseNoThe) && !/[AEIOU].*[AEIOU].*[AEIOU]/.test(baseNoThe)) acronyms.push(baseNoThe);
  const e = mkOrg({ name, type, aliases, acronyms, country: country || undefined, source: `petrarch2:${file}` }, 'organization');
  if (orgMap.has(e.id) || petrarchOrgs.has(e.id)) return;
  petrarchOrgs.set(e.id, e);
  for (const s of [e.name, ...e.aliases, ...e.acronyms]) knownOrgKeys.set(norm(s), e.id);
}

const intl = readJsonl('Phoenix.International.actors.jsonl');
const milnon = readJsonl('Phoenix.MilNonState.actors.jsonl');
const ctry = readJsonl('Phoenix.Countries.actors.jsonl');
const agentsRows = readJsonl('Phoenix.agents.jsonl');

// parse the MNC market-value comments from the raw text file (JSONL drops comments)
const mncValue = new Map();
for (const line of fs.readFileSync(path.join(PETRARCH, 'Phoenix.International.actors.txt'), 'utf8').split('\n')) {
  const m = /^([^\s#+\t][^\t#]*?)\s*\[(MNC[A-Z]*)\][^#]*#[^$\d]*\$?\s*([\d,]{6,})\s*$/.exec(line);
  if (m) mncValue.set(cleanPetrarchName(m[1]), Number(m[3].replace(/,/g, '')));
}
const MNC_MIN_VALUE = 20e9;

const PERSONISH = (upper) => !looksLikeOrg(upper) && upper.split(' ').length >= 2;
for (const r of intl) {
  const code = r.codes[0]?.code || '';
  const raw = cleanPetrarchName(r.name);
  if (skippedByName(raw)) continue;
  if (code.startsWith('IGO')) {
    if (PERSONISH(raw)) continue;
    importPetrarchOrg(r, /JUD/.test(code) ? 'court' : 'igo', null, 'International');
  } else if (code.startsWith('NGO')) {
    if (PERSONISH(raw)) continue;
    if (raw.split(' ').length < 2) continue; // bare acronyms of obscure NGOs are too ambiguous
    importPetrarchOrg(r, 'ngo', cameoCountry(code.slice(3, 6)), 'International');
  } else if (code.startsWith('MNC')) {
    const v = mncValue.get(raw);
    if (!v || v < MNC_MIN_VALUE) continue;
    const stripped = {
      ...r,
      name: raw.replace(/\s+(INC|INCORPORATED|CORP|CORPORATION|COMPANY|CO|LTD|LIMITED|PLC|C|S\.A\.|AG|N\.V\.|SA|NV|LLC|L\.P\.|LP)\.?\s*$/, '').replace(/,\s*$/, ''),
    };
    importPetrarchOrg(stripped, 'company', cameoCountry(code.slice(3, 6)), 'International');
  }
}
for (const r of milnon) {
  const raw = cleanPetrarchName(r.name);
  if (skippedByName(raw)) continue;
  if (PERSONISH(raw)) continue;
  const code = r.codes[0]?.code || '';
  importPetrarchOrg(r, 'armed-group', cameoCountry(code.slice(0, 3)), 'MilNonState');
}
const SUFFIX_TYPE = { GOV: 'government', MIL: 'military', COP: 'government', SPY: 'government', LEG: 'government', JUD: 'court', REB: 'armed-group', INS: 'armed-group', OPP: 'party', PTY: 'party', BUS: 'company', EDU: 'other' };
for (const r of ctry) {
  const raw = cleanPetrarchName(r.name);
  if (skippedByName(raw)) continue;
  const code = r.codes[0]?.code || '';
  if (!ORG_KW.test(raw)) continue;
  if (code.length === 3) continue; // country entries
  const cc = cameoCountry(r.country) || cameoCountry(code.slice(0, 3));
  const suffix = code.slice(3, 6);
  const type = SUFFIX_TYPE[suffix];
  if (!type || !cc) continue;
  const e0 = { ...r };
  importPetrarchOrg(e0, type, cc, 'Countries');
}
for (const s of PETRARCH_ORG_SKIP) if (!petrarchSkipUsed.has(s)) warn(`petrarchSkip: no PETRARCH record named "${s}"`);
for (const e of petrarchOrgs.values()) {
  if (e.country && ['government', 'military'].includes(e.type)) e.memberOf = e.country;
  orgMap.set(e.id, e);
}
const orgEntries = sortEntries([...orgMap.values()]);

// =============================================================================================
// 4. PERSONS

const curPersons = readYaml('persons.yaml');
const COMMON_SURNAMES = new Set(curPersons.commonSurnames.map((s) => s.toLowerCase()));
const personMap = new Map();
const personKeyIndex = new Map(); // norm(alias) -> id
const TITLE_WORDS = new Set(
  `PRESIDENT PRIME MINISTER FOREIGN DEFENSE DEFENCE SECRETARY GENERAL CHANCELLOR KANZLER BUNDESKANZLER AMBASSADOR
  SENATOR GOVERNOR KING QUEEN PRINCE CROWN SHEIKH SHAIKH EMIR AMIR SULTAN DR DR. MR MR. MRS MRS. MS MS. SIR LORD LADY
  BARON BARONESS DAME GEN GEN. COL COL. LT LT. MAJ MAJ. CAPT CAPT. ADM ADM. MARSHAL FIELD COLONEL MAJOR CAPTAIN ADMIRAL
  LIEUTENANT COMMANDER CHIEF PREMIER DEPUTY VICE FORMER ACTING INTERIM US U.S. AMERICAN RUSSIAN BRITISH FRENCH GERMAN
  CHINESE UN U.N. SECRETARY-GENERAL POPE AYATOLLAH GRAND MULLAH IMAM REV REV. REVEREND BISHOP ARCHBISHOP CARDINAL
  PATRIARCH JUDGE JUSTICE SPEAKER LEADER CHAIRMAN DIRECTOR COMMISSIONER ENVOY MINISTRE PRESIDENTE
  VICE-PRESIDENT PRESIDENT-ELECT GOV GOV. GOVENOR REPRESENTATIVE REP REP. SEN SEN. SECRETATY PM REFORMER CONGRESSMAN
  CONGRESSWOMAN MAYOR CHAIRWOMAN HOJATOLISLAM HOJATOLESLAM`.split(/\s+/)
);
const LEADING_HONORIFICS = /^(DATUK SERI|DATO' SERI|DATO SERI|TAN SRI|DATUK|DATO'|DATO|TUN|HAJI|HOJATOLISLAM|HOJATOLESLAM|SAYYED|SAYYID|SEYYED|SIR|DR\.?|DOCTOR|GENERAL|GEN\.?|LORD|BARON|BARONESS|LADY|DAME|MR\.?|MRS\.?|MS\.?|COLONEL|COL\.?|MAJOR|CAPTAIN|CAPT\.?|ADMIRAL|ADM\.?|MARSHAL|FIELD MARSHAL|LT\.?|LIEUTENANT|BRIGADIER|PRESIDENT|PRIME MINISTER|KING|QUEEN|EMIR|AMIR|SULTAN|PRINCE|PRINCESS|CHIEF|AYATOLLAH|GRAND AYATOLLAH|MULLAH|IMAM|REV\.?|REVEREND|BISHOP|ARCHBISHOP|CARDINAL|PATRIARCH|POPE|JUDGE|SENATOR|SEN\.?|GOVERNOR|AMBASSADOR)\s+/;

function addPersonKey(k, id) {
  const key = norm(k);
  if (!personKeyIndex.has(key)) personKeyIndex.set(key, id);
  const loose = key.replace(/-/g, ' '); // "Muammar al Qaddafi" (PETRARCH drops hyphens) = "Muammar al-Qaddafi"
  if (!personKeyIndex.has(loose)) personKeyIndex.set(loose, id);
}

/** candidate surname aliases are distinctive only if not common, not an English word, not a place/org */
function surnameOk(s, englishWords) {
  const f = fold(s);
  if (f.length < 4) return false;
  if (COMMON_SURNAMES.has(f.toLowerCase())) return false;
  if (englishWords && englishWords.has(f.toLowerCase())) return false;
  if (countryOrPlaceKey.has(norm(f))) return false;
  return true;
}

// place/country keys to keep surnames from colliding with locations
const countryOrPlaceKey = new Set();
for (const c of countryEntries) for (const s of [c.name, ...c.aliases, ...c.capitals, ...c.demonyms, ...c.adjectives]) countryOrPlaceKey.add(norm(s));
{
  // curated regions and cities too (data/curated/places.yaml, read again in section 6)
  const pl = readYaml('places.yaml');
  const names = [...(pl.regions || []).flatMap((r) => [...r.name.split('/'), ...(r.aliases || [])]), ...Object.values(pl.cities || {}).flat().flatMap((x) => String(x).split('/'))];
  for (const n of names) countryOrPlaceKey.add(norm(fold(n.trim())));
}

const english = loadEnglishWords();
// a FIXED minimal English list that does influence output (so output never depends on /usr/share/dict)
const SURNAME_BLOCK_WORDS = new Set(curPersons.surnameBlockWords.map((s) => s.toLowerCase()));

function mkRole(r) {
  if (Array.isArray(r)) return { title: r[0], from: r[1] ?? null, to: r[2] ?? null };
  return { title: r.title, from: r.from ?? null, to: r.to ?? null, ...(r.org ? { org: r.org } : {}) };
}
/** the engine looks offices up by exact (lower-cased) title: "Defence Minister of X" and "Defense Minister of X"
 * are both written in the news, so curated titles get the other spelling too */
function withSpellingVariants(roles) {
  const out = [];
  for (const r of roles) {
    out.push(r);
    const alt = /\bDefence\b/.test(r.title) ? r.title.replace(/\bDefence\b/g, 'Defense') : /\bDefense\b/.test(r.title) ? r.title.replace(/\bDefense\b/g, 'Defence') : null;
    if (alt && !roles.some((x) => x.title === alt && x.from === r.from)) out.push({ ...r, title: alt });
  }
  return out;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// 4a curated persons
for (const p of curPersons.persons) {
  const name = p.name;
  const id = p.id || `person:${slug(name)}`;
  if (personMap.has(id)) warn(`duplicate curated person ${id}`);
  const aliases = [...(p.aliases || [])];
  if (p.native) aliases.push(p.native);
  const shorts = [].concat(p.short || []);
  if (p.native && shorts.length) {
    // accented surname from the native spelling ("Vučić")
    for (const s of shorts) {
      const nt = p.native.split(/\s+/);
      const last = nt[nt.length - 1];
      if (fold(last) === s && last !== s) shorts.push(last);
    }
  }
  for (const s of shorts) {
    if (COMMON_SURNAMES.has(fold(s).toLowerCase())) warn(`curated short alias "${s}" for ${id} is a common surname`);
    aliases.push(s);
  }
  const allAliases = sortedUniq(withFolded(aliases)).filter((a) => a !== name);
  const e = {
    id,
    name,
    kind: 'person',
    aliases: allAliases,
    country: p.country || null,
    roles: withSpellingVariants((p.roles || []).map(mkRole)),
  };
  if (!p.country || !COUNTRY_IDS.has(p.country)) warn(`curated person ${id}: unknown country ${p.country}`);
  for (const r of e.roles) {
    if (!r.title) warn(`curated person ${id}: role without title`);
    for (const d of [r.from, r.to]) if (d !== null && (typeof d !== 'string' || !ISO_DATE.test(d))) warn(`curated person ${id}: bad date ${d} in "${r.title}"`);
    if (r.from && r.to && r.from > r.to) warn(`curated person ${id}: "${r.title}" ends before it starts`);
    if (r.org && !(r.org.includes(':') ? orgMap.has(r.org) : COUNTRY_IDS.has(r.org))) warn(`curated person ${id}: unknown org ${r.org}`);
    // national offices must name the country as countries.json does ("President of United States")
    const m = / of (.+)$/.exec(r.title);
    if (m && !countryEntries.some((c) => c.name === m[1]) && COUNTRY_KEYS.has(norm(m[1]))) warn(`curated person ${id}: "${r.title}" names a country other than as countries.json does`);
  }
  if (p.org && !orgMap.has(p.org)) warn(`curated person ${id}: unknown org ${p.org}`);
  Object.defineProperty(e, 'curatedAliases', { value: new Set(allAliases), enumerable: false });
  if (p.org) e.memberOf = p.org;
  if (p.dead) e.deceased = p.dead === true ? true : p.dead;
  if (p.note) e.note = p.note;
  personMap.set(id, e);
  for (const a of [name, ...allAliases]) addPersonKey(a, id);
}

// 4b PETRARCH persons
function personYear(d) {
  const iso = yymmddToIso(d);
  return iso ? +iso.slice(0, 4) : null;
}
const IGO_ROLE_ORGS = {
  IGOUNOIAE: ['org:iaea', 'IAEA'],
  IGOUNOHLHWHO: ['org:who', 'World Health Organization'],
  IGOUNODEVWBK: ['org:world-bank', 'World Bank'],
  IGOUNOREFHCR: ['org:unhcr', 'UNHCR'],
  IGOUNOKID: ['org:unicef', 'UNICEF'],
  IGOUNO: ['org:un', 'United Nations'],
  IGOWSTNAT: ['org:nato', 'NATO'],
  IGOEUREEC: ['org:eu', 'European Union'],
  IGOBUSIMF: ['org:imf', 'IMF'],
  IGOMEAARL: ['org:arab-league', 'Arab League'],
  IGOAFRAFU: ['org:au', 'African Union'],
  IGOOAS: ['org:oas', 'Organization of American States'],
  IGOBUSOPC: ['org:opec', 'OPEC'],
  IGOSEAASN: ['org:asean', 'ASEAN'],
  IGOCOPITP: ['org:interpol', 'Interpol'],
};
const ROLE_WORD = {
  GOV: 'government official', MIL: 'military officer', ELI: 'political figure', LEG: 'legislator', OPP: 'opposition figure',
  JUD: 'judiciary official', COP: 'police official', SPY: 'intelligence official', REB: 'rebel figure', INS: 'insurgent figure',
  PTY: 'party official', BUS: 'business figure', MED: 'media figure', EDU: 'education figure', HLH: 'health official',
  LAB: 'labour figure', REL: 'religious figure', CVL: 'civilian', AGR: 'agriculture figure', DEV: 'development official',
  ENV: 'environment figure', HRI: 'human rights figure', REF: 'refugee figure', MOD: 'moderate figure', RAD: 'radical figure',
};
function petrarchRoles(r, homeCountry) {
  const roles = [];
  for (const c of r.codes) {
    const code = c.code || '';
    let title = null;
    let org;
    if (code.startsWith('IGO')) {
      const k = Object.keys(IGO_ROLE_ORGS)
        .filter((p) => code.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (!k) continue;
      title = `${IGO_ROLE_ORGS[k][1]} official`;
      org = IGO_ROLE_ORGS[k][0];
    } else {
      // 9-letter codes of dependencies name the territory second: DNKFROGOV = Faroe Islands government
      const terr = code.length >= 9 && !ROLE_WORD[code.slice(3, 6)] && ROLE_WORD[code.slice(6, 9)] ? cameoCountry(code.slice(3, 6)) : null;
      const cc = terr || cameoCountry(code.slice(0, 3)) || (code.length <= 3 ? homeCountry : null);
      const suf = terr ? code.slice(6, 9) : code.length >= 6 ? code.slice(3, 6) : code.slice(0, 3);
      const word = ROLE_WORD[suf];
      if (!cc || !word) continue;
      title = `${countryAdj(cc)} ${word}`;
      org = cc;
    }
    // (the CAMEO code itself is not kept: the engine reads title/from/to, and the title already says
    // the country and the CAMEO role; keeping it would push the lexicons over their size budget)
    roles.push({ title, from: yymmddToIso(c.from), to: yymmddToIso(c.to), org });
  }
  // dedupe identical
  const seen = new Set();
  const sorted = roles
    .filter((x) => {
      const k = JSON.stringify(x);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => cmp(a.from || '', b.from || '') || cmp(a.title, b.title) || cmp(a.to || '9999', b.to || '9999'));
  // merge dated periods of the same title that touch or overlap (GOV 1979-1981 + GOV 1981-1992)
  const out = [];
  for (const r of sorted) {
    const p = out.find((x) => x.title === r.title && x.org === r.org && x.from && x.to && r.from && x.to >= r.from && x.from <= r.from);
    if (p) p.to = r.to && p.to < r.to ? r.to : r.to ? p.to : null;
    else out.push({ ...r });
  }
  // an undated role next to dated ones of the same title adds nothing
  return out.filter((r) => r.from || r.to || !out.some((x) => x !== r && x.title === r.title && x.org === r.org && (x.from || x.to)));
}
/** last year a PETRARCH record shows the person in office (9999 when a role is open-ended) */
function lastActiveYear(r) {
  return Math.max(0, ...(r.codes || []).map((c) => (c.to ? personYear(c.to) || 0 : 9999)));
}
const PETRARCH_PERSON_MIN_YEAR = 1990; // new entries only for people in some office in 1990 or later
function cleanPersonName(upper) {
  let s = upper.replace(/\s*#.*$/, '').trim();
  for (let i = 0; i < 3; i++) s = s.replace(LEADING_HONORIFICS, '');
  return s.trim();
}
function validPersonName(s) {
  if (!/^[A-Z][A-Z .'-]+$/.test(s)) return false;
  const toks = s.split(' ');
  if (toks.length < 2 || toks.length > 6) return false;
  if (toks.some((t) => TITLE_WORDS.has(t) && !['GENERAL'].includes(t))) return false;
  if (/\b(THEN|AND|OF|THE|FOR|FROM|TO|ON|IN|AT|BY|WITH)\b/.test(s)) return false;
  if (ORG_KW.test(s) && !/^(AL|ABU)/.test(s)) return false;
  if (GENERIC_ORG_TAIL.test(s) || /^(ASEAN|MONUC|MONUSCO|OHCHR|UNHCR|UNICEF|UNDP|ISIS|ISIL|NATO|OSCE|IAEA|UNAMA|UNAMI|UNMIK|UNIFIL|AMISOM|ECOWAS|EU|UN|AU)\b/.test(s)) return false;
  if (/\b(ADMINISTRATION|REGIME|CABINET|CAMP|FAMILY|CLAN|ALLIES|SUPPORTERS|LOYALISTS|FOLLOWERS|DYNASTY|ERA)$/.test(s)) return false; // "BUSH ADMINISTRATION"
  if (toks.every((t) => t.length <= 2)) return false;
  return true;
}
/** name-variant synonyms of a person (drop title-prefixed and lumped ones) */
function personVariants(r, nameUpper) {
  const nameToks = nameUpper.split(' ');
  const last = nameToks[nameToks.length - 1];
  const out = [];
  const surnames = [];
  for (const s0 of r.synonyms || []) {
    let s = cleanPetrarchName(s0).toUpperCase();
    if (!PETRARCH_OK.test(s)) continue;
    let toks = s.split(' ');
    while (toks.length > 1 && (TITLE_WORDS.has(toks[0]) || COUNTRY_ADJ_UPPER.has(toks[0]))) toks = toks.slice(1);
    s = toks.join(' ');
    if (toks.length === 1) {
      if (nameToks.includes(s) && s === last) surnames.push(s);
      continue;
    }
    if (!validPersonName(s)) continue;
    if (toks[toks.length - 1] !== last && !toks.includes(last)) continue;
    out.push(s);
  }
  return { variants: out, surnames };
}
const COUNTRY_ADJ_UPPER = new Set();
for (const c of countryEntries) for (const a of [...c.adjectives, ...c.demonyms]) COUNTRY_ADJ_UPPER.add(a.toUpperCase());

const petrarchPersonsRaw = [];
function considerPetrarchPerson(r, file) {
  const nameUpper = cleanPersonName(cleanPetrarchName(r.name));
  if (!validPersonName(nameUpper)) return;
  const codes = r.codes || [];
  if (!codes.length) return;
  // country header entries ("SIERRA LEONE [SLE]") and known organisations are not persons
  if (codes.every((c) => (c.code || '').length === 3)) return;
  if (countryOrPlaceKey.has(norm(nameUpper)) || knownOrgKeys.has(norm(nameUpper))) return;
  // the record's "country" is the nearest block header above it, which is wrong for the dependencies listed
  // at the end of some blocks (Faroese politicians under ETH): prefer the country most of its codes name
  let home = null;
  if (file === 'Countries') {
    const tally = new Map();
    for (const c of codes) {
      const code = c.code || '';
      const cc = (code.length >= 9 && !ROLE_WORD[code.slice(3, 6)] && ROLE_WORD[code.slice(6, 9)] && cameoCountry(code.slice(3, 6))) || cameoCountry(code.slice(0, 3));
      if (cc) tally.set(cc, (tally.get(cc) || 0) + 1);
    }
    const best = [...tally].sort((a, b) => b[1] - a[1])[0];
    home = best ? best[0] : cameoCountry(r.country);
  }
  const { variants, surnames } = personVariants(r, nameUpper);
  const lastYear = Math.max(
    ...codes.map((c) => (c.to ? personYear(c.to) || 0 : c.from ? 2014 : personYear(c.from) || 0))
  );
  let notable = false;
  if (file === 'Countries') {
    const eli = codes.some((c) => /ELI$/.test(c.code) || c.code.slice(3, 6) === 'ELI');
    const lateGov = codes.some(
      (c) =>
        c.code.length === 6 &&
        ['GOV', 'MIL'].includes(c.code.slice(3)) &&
        ((c.to == null && c.from && (personYear(c.from) || 0) >= 2008) || (c.to && (personYear(c.to) || 0) >= 2012))
    );
    notable = (eli && lastYear >= 1975) || variants.length > 0 || surnames.length > 0 || lateGov;
    if (!home) return;
  } else {
    const major = codes.some((c) => Object.keys(IGO_ROLE_ORGS).some((p) => c.code.startsWith(p)));
    notable = major;
  }
  if (!notable) return;
  petrarchPersonsRaw.push({ r, nameUpper, home, variants, surnames, file });
}
for (const r of ctry) considerPetrarchPerson(r, 'Countries');
for (const r of intl) if ((r.codes[0]?.code || '').startsWith('IGO')) considerPetrarchPerson(r, 'International');

// surname frequency across all candidate persons (for distinctiveness)
const surnameFreq = new Map();
function bumpSurname(n) {
  const toks = n.split(' ');
  const s = fold(toks[toks.length - 1]).toLowerCase();
  surnameFreq.set(s, (surnameFreq.get(s) || 0) + 1);
}
for (const p of personMap.values()) bumpSurname(p.name);
for (const x of petrarchPersonsRaw) bumpSurname(x.nameUpper);

let petrarchPersonsAdded = 0;
let petrarchPersonsOld = 0;
let petrarchPersonsMerged = 0;
for (const x of petrarchPersonsRaw) {
  const name = personCase(x.nameUpper);
  const variantNames = x.variants.map((v) => personCase(v));
  const existingId = [name, ...variantNames].map((n) => personKeyIndex.get(norm(n)) || personKeyIndex.get(norm(n).replace(/-/g, ' '))).find(Boolean);
  const roles = petrarchRoles(x.r, x.home);
  const surnameAliases = x.surnames
    .map((s) => personCase(s))
    .filter((s) => surnameOk(s, SURNAME_BLOCK_WORDS) && (surnameFreq.get(fold(s).toLowerCase()) || 0) <= 1);
  if (existingId) {
    const e = personMap.get(existingId);
    if (e.source === undefined) {
      // curated entry: only add full-name variants (not roles, not surnames the curator left out)
      const add = [name, ...variantNames].filter((a) => a !== e.name);
      e.aliases = sortedUniq([...e.aliases, ...add]);
      for (const a of add) addPersonKey(a, existingId);
      petrarchPersonsMerged++;
    } else {
      e.aliases = sortedUniq([...e.aliases, ...[name, ...variantNames, ...surnameAliases].filter((a) => a !== e.name)]);
      e.roles = [...e.roles, ...roles];
      if (!e.country && x.home) e.country = x.home;
    }
    continue;
  }
  if (!roles.length || [...x.variants, ...x.r.synonyms || []].some((v) => countryOrPlaceKey.has(norm(cleanPetrarchName(v))))) continue; // "REPUBLICA SRPSKA"
  if (lastActiveYear(x.r) < PETRARCH_PERSON_MIN_YEAR) {
    petrarchPersonsOld++;
    continue;
  }
  const id = `person:${slug(name)}`;
  if (personMap.has(id)) {
    // same slug, different spelling (rare): merge
    const e = personMap.get(id);
    e.aliases = sortedUniq([...e.aliases, ...[name, ...variantNames].filter((a) => a !== e.name)]);
    continue;
  }
  let country = x.home;
  if (!country) {
    const cc = roles.map((r) => r.org).find((o) => o && !o.includes(':'));
    country = cc || null;
  }
  const e = {
    id,
    name,
    kind: 'person',
    aliases: sortedUniq(withFolded([...variantNames, ...surnameAliases])).filter((a) => a !== name),
    country,
    roles,
    source: `petrarch2:${x.file}`,
  };
  personMap.set(id, e);
  for (const a of [name, ...e.aliases]) addPersonKey(a, id);
  petrarchPersonsAdded++;
}
for (const e of personMap.values()) {
  // PETRARCH roles: the org of a national role is the person's own country; don't repeat it
  if (e.source) e.roles = e.roles.map((r) => (r.org && r.org === e.country ? (({ org: _org, ...rest }) => rest)(r) : r));
  e.roles = (e.roles || []).map((r) => orderKeys(r));
  // dedupe roles
  const seen = new Set();
  e.roles = e.roles.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  e.aliases = e.aliases.filter((a) => a !== e.name);
}
// an alias shared by two persons ("George Bush" for both presidents) identifies neither: drop it from both
{
  const owners = new Map();
  for (const e of personMap.values()) for (const a of e.aliases) owners.set(norm(a), [...(owners.get(norm(a)) || []), e.id]);
  const names = new Set([...personMap.values()].map((e) => norm(e.name)));
  for (const e of personMap.values()) {
    const keep = (a) => new Set(owners.get(norm(a))).size < 2 && !(names.has(norm(a)) && norm(a) !== norm(e.name));
    for (const a of e.aliases) if (!keep(a) && e.curatedAliases?.has(a)) warn(`curated person ${e.id}: alias "${a}" is shared with another person; dropped`);
    e.aliases = e.aliases.filter(keep);
  }
}
const personEntries = sortEntries([...personMap.values()]);

// =============================================================================================
// 5. ROLES

const curRoles = readYaml('roles.yaml');
const AGENT_TYPE = {
  GOV: 'government', MIL: 'military', COP: 'police', REB: 'rebel', UAF: 'armed', INS: 'rebel', OPP: 'opposition',
  BUS: 'business', MED: 'media', CVL: 'civilian', PPL: 'civilian', JUD: 'judiciary', LEG: 'legislature', SPY: 'intelligence',
  CRM: 'criminal', HLH: 'health', EDU: 'education', AGR: 'agriculture', LAB: 'labour', REF: 'refugee', REL: 'religious',
  MUS: 'religious', CHR: 'religious', JEW: 'religious', HIN: 'religious', BUD: 'religious', PTY: 'party', NGO: 'ngo',
  HRI: 'ngo', ENV: 'ngo', DEV: 'ngo', ELI: 'elite', RAD: 'radical', MOD: 'civilian', IGO: 'igo',
};
const titles = {};
for (const [k, v] of Object.entries(curRoles.titles)) {
  const key = k.toLowerCase();
  titles[key] = typeof v === 'string' ? { type: v } : v;
}
const agents = {};
const PERSON_SUBST = ['man', 'men', 'woman', 'women', 'person', 'people'];
function addAgent(noun, type, source) {
  const key = noun.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key || key.length < 3 || !/^[a-z][a-z '-]*[a-z]$/.test(key)) return;
  if (!agents[key]) agents[key] = { agent: type, ...(source ? { source } : {}) };
}
const INVARIANT_NOUNS = new Set(['police', 'personnel', 'staff', 'clergy', 'military', 'artillery', 'infantry', 'cavalry', 'intelligence', 'security', 'aircraft', 'craft', 'youth', 'media', 'press', 'public', 'leadership']);
function pluralNoun(w) {
  const parts = w.split(' ');
  const last = parts[parts.length - 1];
  let p;
  if (INVARIANT_NOUNS.has(last)) return null;
  if (/(man)$/.test(last)) p = last.replace(/man$/, 'men');
  else if (/(s|x|z|ch|sh)$/.test(last)) p = last + 'es';
  else if (/[^aeiou]y$/.test(last)) p = last.slice(0, -1) + 'ies';
  else p = last + 's';
  return [...parts.slice(0, -1), p].join(' ');
}
// curated agent nouns first (they win), then PETRARCH agents
for (const [noun, type] of Object.entries(curRoles.agents || {})) {
  const key = noun.toLowerCase();
  agents[key] = { agent: type };
}
const AGENT_SKIP = new Set((curRoles.agentSkip || []).map((s) => s.toLowerCase()));
// phrases whose last word is one of these are things, not agents ("attack helicopter", "cargo ship")
const AGENT_SKIP_HEADS = new Set((curRoles.agentSkipHeads || []).map((s) => s.toLowerCase()));
// PETRARCH pattern fragments ("AMBASSADOR_TO", "A_CABINET_MEETING") are not nouns of their own
const AGENT_FUNCTION_WORD = /^(a|an|the)\s|\s(a|an|the|to|at|for|of|in|on|from|by|with|and|or)$/;
for (const r of agentsRows) {
  const code = r.codes[0]?.code || '';
  const m = /^~([A-Z]{3})/.exec(code);
  if (!m) continue;
  const type = AGENT_TYPE[m[1]];
  if (!type) continue;
  let raw = r.name.replace(/_/g, ' ').replace(/\s*\{\}\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/^[A-Z !'-]+$/.test(raw)) continue;
  const forms = [];
  if (raw.includes('!PERSON!')) for (const s of PERSON_SUBST) forms.push(raw.replace('!PERSON!', s.toUpperCase()));
  else if (raw.includes('!MINIST!')) continue;
  else if (/ MINIST$/.test(raw)) forms.push(raw.replace(/MINIST$/, 'MINISTER'), raw.replace(/MINIST$/, 'MINISTRY')); // stem "DEFENCE_MINIST"
  else forms.push(raw);
  for (const f0 of forms) {
    const f = f0.toLowerCase().replace(/\s+/g, ' ').trim();
    if (f.split(' ').length > 3) continue;
    if (AGENT_SKIP.has(f) || AGENT_SKIP_HEADS.has(f.split(' ').pop()) || AGENT_FUNCTION_WORD.test(f)) continue;
    addAgent(f, type, 'petrarch2');
    if (!/s$/.test(f) && !/(men|people)$/.test(f)) {
      const pl = pluralNoun(f);
      if (pl) addAgent(pl, type, 'petrarch2');
    }
  }
}
// every title is also an agent noun (president -> government, general -> military)
for (const [k, v] of Object.entries(titles)) if (v.agent && !agents[k]) agents[k] = { agent: v.agent };
const rolesOut = {
  titles,
  agents,
  groupNouns: sortedUniq(curRoles.groupNouns || []),
  modifiers: sortedUniq(curRoles.modifiers || []),
  headOfState: curRoles.headOfState,
};

// =============================================================================================
// 6. PLACES

const curPlaces = readYaml('places.yaml');
const placeMap = new Map();
function addPlace(p) {
  if (placeMap.has(p.id)) {
    warn(`duplicate place ${p.id}`);
    return;
  }
  placeMap.set(p.id, p);
}
for (const r of curPlaces.regions) {
  const [name, ...alts] = r.name.split('/').map((s) => s.trim());
  const e = {
    id: r.id || `place:${slug(name)}`,
    name,
    kind: r.kind || 'region',
    aliases: sortedUniq(withFolded([...alts, ...(r.aliases || [])])).filter((a) => a !== name),
  };
  if (r.country) e.country = r.country;
  if (r.countries) e.countries = [...r.countries].sort(cmp);
  if (r.disputed) e.disputed = true;
  for (const ref of [e.country, ...(e.countries || [])]) if (ref && !COUNTRY_IDS.has(ref)) warn(`place ${e.id}: unknown country ${ref}`);
  addPlace(e);
}
// capital ids, so that a city of the same name elsewhere (Tripoli, Lebanon) does not take Libya's capital's id
const capitalSlugOwner = new Map();
for (const c of countryEntries) {
  if (c.historical) continue;
  const main = (curCountries.countries[c.id]?.capitals || c.capitals)[0];
  if (main && !capitalSlugOwner.has(slug(main))) capitalSlugOwner.set(slug(main), c.id);
}
for (const [cc, list] of Object.entries(curPlaces.cities)) {
  if (!COUNTRY_IDS.has(cc)) warn(`cities: unknown country ${cc}`);
  for (const item of list) {
    const [name, ...alts] = String(item).split('/').map((s) => s.trim());
    const base = slug(name);
    const taken = placeMap.has(`place:${base}`) || (capitalSlugOwner.has(base) && capitalSlugOwner.get(base) !== cc);
    const id = `place:${base}${taken ? '-' + cc.toLowerCase() : ''}`;
    if (capitalSlugOwner.get(base) === cc) warn(`cities: ${name} (${cc}) is the capital; list it under capitalVariants, not cities`);
    addPlace({ id, name, kind: 'city', aliases: sortedUniq(withFolded(alts)).filter((a) => a !== name), country: cc });
  }
}
// capitals from countries.json are cities too (flagged capital: true)
for (const c of countryEntries) {
  if (c.historical) continue;
  const caps = c.capitals.filter((x) => isAscii(x) || fold(x) === x);
  if (!caps.length) continue;
  const main = (curCountries.countries[c.id]?.capitals || caps)[0];
  if (!main) continue;
  const id = `place:${slug(main)}`;
  const existing = placeMap.get(id);
  if (existing) {
    if (existing.country === c.id) existing.capital = true;
    continue;
  }
  if (main === c.name) continue; // city-states (Singapore, Monaco): the country entry covers them
  const alts = c.capitals.filter((x) => x !== main && !(curCountries.countries[c.id]?.capitals || []).slice(1).includes(x));
  // only alternates of the same city (folded forms, Kiev for Kyiv) are aliases; second capitals become their own entries
  const sameCity = alts.filter((x) => fold(x) === fold(main) || (curPlaces.capitalVariants || {})[main]?.includes(x));
  addPlace({ id, name: main, kind: 'city', aliases: sortedUniq([...sameCity, ...((curPlaces.capitalVariants || {})[main] || [])]).filter((a) => a !== main), country: c.id, capital: true });
  for (const other of (curCountries.countries[c.id]?.capitals || []).slice(1)) {
    if ((curPlaces.capitalVariants || {})[main]?.includes(other) || fold(other) === fold(main) || fold(other) !== other) continue;
    const oid = `place:${slug(other)}`;
    if (!placeMap.has(oid)) addPlace({ id: oid, name: other, kind: 'city', aliases: [], country: c.id, capital: true });
  }
}
const placeEntries = sortEntries([...placeMap.values()]);

// =============================================================================================
// LINT: aliases that are common lower-case English words, cross-file collisions

function lint() {
  const report = [];
  const words = english.set;
  const check = (file, id, field, s) => {
    if (!s) return;
    const lower = s.toLowerCase();
    // only single words matter; and the lexicon form must itself be capitalised or all-caps
    if (/\s/.test(s)) return;
    if (words.has(lower) || words.has(lower.replace(/\./g, ''))) report.push(`${file}\t${id}\t${field}\t${s}`);
  };
  for (const e of countryEntries) {
    check('countries', e.id, 'name', e.name);
    for (const a of e.aliases) check('countries', e.id, 'alias', a);
    for (const a of e.capitals) check('countries', e.id, 'capital', a);
  }
  for (const e of orgEntries) {
    check('organizations', e.id, 'name', e.name);
    for (const a of e.aliases) check('organizations', e.id, 'alias', a);
    for (const a of e.acronyms) check('organizations', e.id, 'acronym', a);
  }
  for (const e of mediaEntries) {
    check('media', e.id, 'name', e.name);
    for (const a of e.aliases) check('media', e.id, 'alias', a);
    for (const a of e.acronyms) check('media', e.id, 'acronym', a);
  }
  for (const e of personEntries) for (const a of e.aliases) check('persons', e.id, 'alias', a);
  for (const e of placeEntries) {
    check('places', e.id, 'name', e.name);
    for (const a of e.aliases) check('places', e.id, 'alias', a);
  }
  return report;
}

// collisions between files (same surface form -> different ids)
function collisions() {
  const owners = new Map();
  const add = (s, id) => {
    const k = s;
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k).add(id);
  };
  for (const e of countryEntries) for (const s of [e.name, ...e.aliases]) add(s, e.id);
  for (const e of [...orgEntries, ...mediaEntries]) for (const s of [e.name, ...e.aliases, ...e.acronyms]) add(s, e.id);
  for (const e of personEntries) for (const s of [e.name, ...e.aliases]) add(s, e.id);
  const out = [];
  for (const [k, ids] of owners) if (ids.size > 1) out.push(`${k}\t${[...ids].sort(cmp).join(' ')}`);
  return out.sort(cmp);
}

// =============================================================================================
// WRITE

if (!CHECK_ONLY) fs.mkdirSync(OUT, { recursive: true });
const sizes = {};
sizes['countries.json'] = writeArray('countries.json', countryEntries);
sizes['organizations.json'] = writeArray('organizations.json', orgEntries);
sizes['media.json'] = writeArray('media.json', sortEntries(mediaEntries));
sizes['persons.json'] = writeArray('persons.json', personEntries);
sizes['roles.json'] = writeObjectLines('roles.json', rolesOut);
sizes['places.json'] = writeArray('places.json', placeEntries);

const counts = {
  'countries.json': `${countryEntries.length} (${countryEntries.filter((e) => e.historical).length} historical, ${countryEntries.filter((e) => e.territory).length} territories)`,
  'organizations.json': `${orgEntries.length} (${Object.entries(
    orgEntries.reduce((a, e) => ((a[e.type] = (a[e.type] || 0) + 1), a), {})
  )
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; ${orgEntries.filter((e) => e.source === 'generated').length} generated, ${orgEntries.filter((e) => (e.source || '').startsWith('petrarch2')).length} from PETRARCH2, ${petrarchOrgSkipped} PETRARCH2 records skipped as generic)`,
  'media.json': `${mediaEntries.length}`,
  'persons.json': `${personEntries.length} (${personEntries.filter((e) => !e.source).length} curated, ${petrarchPersonsAdded} from PETRARCH2, ${petrarchPersonsMerged} PETRARCH2 records merged into curated, ${petrarchPersonsOld} PETRARCH2 records out of office before ${PETRARCH_PERSON_MIN_YEAR} left out)`,
  'roles.json': `${Object.keys(titles).length} titles, ${Object.keys(agents).length} agent nouns, ${rolesOut.groupNouns.length} group nouns`,
  'places.json': `${placeEntries.length} (${placeEntries.filter((e) => e.kind === 'city').length} cities, ${placeEntries.filter((e) => e.kind !== 'city').length} regions/other)`,
};
const total = Object.values(sizes).reduce((a, b) => a + b, 0);

// SOURCES.md: provenance, licences and counts (regenerated on every build; no dates, so it is deterministic)
{
  const wcPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'world-countries', 'package.json'), 'utf8'));
  const petrarchLicence = fs.readFileSync(path.join(PETRARCH, 'LICENSE'), 'utf8').trim();
  const nOrgPet = orgEntries.filter((e) => (e.source || '').startsWith('petrarch2')).length;
  const nOrgGen = orgEntries.filter((e) => e.source === 'generated').length;
  const nPerPet = personEntries.filter((e) => (e.source || '').startsWith('petrarch2')).length;
  const nAgentPet = Object.values(agents).filter((a) => a.source === 'petrarch2').length;
  const nCapitals = placeEntries.filter((e) => e.capital).length;
  const md = `# Sources of the actor lexicons

Generated by \`scripts/build-lexicons.mjs\` (build time only; nothing here is downloaded or read at run time).
Do not edit the JSON files or this file by hand: change \`data/curated/*.yaml\` and rebuild with
\`node scripts/build-lexicons.mjs\`.

| file | entries | built from | licence |
| --- | --- | --- | --- |
| countries.json | ${countryEntries.length} (${countryEntries.filter((e) => e.territory).length} territories, ${countryEntries.filter((e) => e.historical).length} historical) | world-countries ${wcPkg.version} (mledoze) + data/curated/countries.yaml | **ODbL 1.0** (derivative database of world-countries) |
| organizations.json | ${orgEntries.length}: ${orgEntries.length - nOrgPet - nOrgGen} curated, ${nOrgGen} generated per country, ${nOrgPet} from PETRARCH2 | data/curated/organizations.yaml, PETRARCH2 Phoenix dictionaries | project licence; PETRARCH2-derived entries (\`source: petrarch2:*\`) MIT, see below |
| media.json | ${mediaEntries.length} | data/curated/media.yaml | project licence |
| persons.json | ${personEntries.length}: ${personEntries.length - nPerPet} curated, ${nPerPet} from PETRARCH2 (${petrarchPersonsMerged} PETRARCH2 records merged into curated entries as spelling variants) | data/curated/persons.yaml, PETRARCH2 Phoenix.Countries / Phoenix.International | project licence; PETRARCH2-derived entries and aliases MIT, see below |
| roles.json | ${Object.keys(titles).length} titles, ${Object.keys(agents).length} agent nouns (${nAgentPet} from PETRARCH2), ${rolesOut.groupNouns.length} group nouns | data/curated/roles.yaml, PETRARCH2 Phoenix.agents | project licence; PETRARCH2-derived agent nouns MIT, see below |
| places.json | ${placeEntries.length}: ${placeEntries.length - nCapitals} curated regions and cities, ${nCapitals} capitals | data/curated/places.yaml; capitals from countries.json | project licence; the ${nCapitals} capital entries (\`capital: true\`) come from world-countries and stay under the ODbL 1.0 |

## world-countries (countries.json)

Country names, official names, alternative spellings, ISO codes, capitals and demonyms are taken from
[world-countries](${wcPkg.homepage}) ${wcPkg.version} by Mohammed Le Doze (mledoze) and contributors, made
available under the Open Database License (ODbL) 1.0 (\`node_modules/world-countries/LICENSE\`;
https://opendatacommons.org/licenses/odbl/1-0/). \`countries.json\` is a derivative database of it, adapted
with the hand-curated overrides in \`data/curated/countries.yaml\` (news names such as "Ivory Coast", extra
aliases, English demonyms, Kosovo as XKX, historical states), and it is licensed under the ODbL 1.0 as well:
keep this notice with it, and share any adapted version of it under the same licence.

## PETRARCH2 / Phoenix CAMEO dictionaries (organizations.json, persons.json, roles.json)

Organisation names, person names with dated CAMEO roles, and generic agent nouns are derived from the
Phoenix actor and agent dictionaries of PETRARCH2 (https://github.com/openeventdata/petrarch2, commit
676801cd, \`petrarch2/data/dictionaries/\`), by the Open Event Data Alliance (OEDA); the Countries dictionary
builds on the Parus Analytics CountryInfo.140130 data (NSF-funded). Copyright (c) 2014 Open Event Data Alliance
(the LICENSE file of the repository reads "Copyright (c) 2014 Open Event Data"). The data dates from about 2014:
offices held after that are covered only by the curated entries. Licence (MIT), as distributed:

\`\`\`
${petrarchLicence}
\`\`\`

What was taken: ${nOrgPet} organisations (IGOs, NGOs, companies worth over US$20bn in the dictionary's comments,
non-state armed groups, national bodies), ${nPerPet} persons in some office in ${PETRARCH_PERSON_MIN_YEAR} or later (name
variants, distinctive surnames, roles as "<adjective> government official" etc. with CAMEO dates), spelling
variants of ${petrarchPersonsMerged} curated persons, and ${nAgentPet} agent nouns (singular and plural). All were re-cased
from the dictionaries' upper case and filtered (see the script).

## Hand-curated data (data/curated/*.yaml)

countries.yaml, organizations.yaml, media.yaml, persons.yaml (offices as of late 2025), roles.yaml and
places.yaml are written for this project from public knowledge and are under the project's licence.
`;
  if (!CHECK_ONLY) fs.writeFileSync(path.join(OUT, 'SOURCES.md'), md);
}
console.log(CHECK_ONLY ? 'check only (nothing written)' : `wrote ${OUT}`);
for (const f of Object.keys(sizes)) console.log(`  ${f.padEnd(20)} ${String(sizes[f]).padStart(9)} bytes  ${counts[f]}`);
console.log(`  total ${(total / 1024 / 1024).toFixed(2)} MB`);
if (warnings.length) {
  console.log(`\n${warnings.length} warnings:`);
  for (const w of warnings) console.log('  ' + w);
}
if (process.argv.includes('--lint') || CHECK_ONLY) {
  const rep = lint();
  console.log(`\nsingle-word names/aliases that are also lower-case English words (${english.source}): ${rep.length}`);
  for (const l of rep) console.log('  ' + l);
  const col = collisions();
  console.log(`\nsurface forms shared by more than one id: ${col.length}`);
  for (const l of col) console.log('  ' + l);
}

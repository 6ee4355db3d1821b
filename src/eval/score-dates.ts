/**
 * Dates scorer, TempEval-3 style. Per dataset: strict span (same start and end), relaxed span
 * (overlap, one-to-one), value (a relaxed match whose normalised value equals the gold one:
 * tp; fp = system - tp, fn = gold - tp) and type accuracy over relaxed matches.
 *
 * What is not counted:
 * - system dates after the annotated zone (`scoreEnd`: MEANTIME annotates the opening sentences);
 * - a system date inside the dateline that matches no gold timex (MEANTIME leaves the dateline's
 *   CREATION_TIME out of its gold: it restates the reference date);
 * - on GUM, system durations, sets and PRESENT/PAST/FUTURE_REF that match no gold date: GUM
 *   marks up calendar dates and clock times only;
 * - values of gold dates without one (GUM ranges `from`/`to`, `notBefore`/`notAfter`): their spans
 *   count for the span metrics, a system date matched to them counts neither way for values.
 * The seed fixtures' `dates` are matched by text (case and a leading preposition aside); optional
 * ones only count when found.
 */
import type { DateMention, ExtractResult } from '../model/contract.js';
import { matchOneToOne, overlap, quote } from './match.js';
import type { GoldDoc, GoldTimex, Metric, Scored, Scorer, SectionReport } from './types.js';

const metric = (label: string): Metric => ({ label, tp: 0, fp: 0, fn: 0 });

export const scoreDates: Scorer = (docs) => {
  const reports: SectionReport[] = [];
  const seed = docs.filter((d) => d.gold.seed?.dates);
  if (seed.length) reports.push(scoreSeedDates(seed));
  const sets = new Map<string, Scored[]>();
  for (const d of docs) {
    if (!d.gold.timexes || !d.result.dates) continue;
    const list = sets.get(d.gold.set) ?? [];
    list.push(d);
    sets.set(d.gold.set, list);
  }
  for (const [set, list] of sets) reports.push(scoreTimexes(set, list));
  return reports;
};

function scoreSeedDates(docs: Scored[]): SectionReport {
  const values = metric('seed values');
  const misses: string[] = [];
  for (const { gold, result } of docs) {
    const golds = gold.seed?.dates ?? [];
    const system = result.dates ?? [];
    for (const g of golds) {
      const want = String(g.value);
      const found = system.filter((d) => sameText(d.text, g.text));
      if (found.some((d) => d.value === want)) values.tp++;
      else if (!g.optional) {
        values.fn++;
        misses.push(`${gold.id}: ${quote(g.text)} gold=${want} got=${found.map((d) => d.value).join('|') || 'none'}`);
      }
    }
    for (const d of system) {
      const g = golds.find((x) => sameText(d.text, x.text));
      if (!g || String(g.value) !== d.value) {
        values.fp++;
        if (!g) misses.push(`${gold.id}: spurious: ${quote(d.text)} ${d.value}`);
      }
    }
  }
  return { title: 'dates (seed)', metrics: [values], misses };
}

/** Seed dates match by text, whatever the case and a leading preposition the gold may keep ("In July"). */
function sameText(system: string, gold: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/^(?:in|on|at|by|since|until)\s+/, '');
  return norm(system) === norm(gold);
}

function scoreTimexes(set: string, docs: Scored[]): SectionReport {
  const strict = metric('strict span');
  const relaxed = metric('relaxed span');
  const value = metric('value');
  const type = metric('type accuracy');
  const misses: string[] = [];
  let ignored = 0;

  for (const { gold: doc, result } of docs) {
    const gold = (doc.timexes ?? []).filter((g) => g.end <= doc.scoreEnd);
    const all = (result.dates ?? []).filter((d) => d.end <= doc.scoreEnd);
    const system = all.filter((d) => counted(d, gold, doc, result));
    ignored += all.length - system.length;

    const strictPairs = matchOneToOne(gold, system, (g, s) => g.start === s.start && g.end === s.end);
    strict.tp += strictPairs.length;
    strict.fp += system.length - strictPairs.length;
    strict.fn += gold.length - strictPairs.length;

    const pairs = matchOneToOne(gold, system, () => true);
    relaxed.tp += pairs.length;
    relaxed.fp += system.length - pairs.length;
    relaxed.fn += gold.length - pairs.length;

    const matchedGold = new Map(pairs.map(([gi, si]) => [gi, si]));
    const matchedSystem = new Set(pairs.map(([, si]) => si));
    let valueTp = 0;
    let valueless = 0;
    for (const [gi, si] of pairs) {
      const g = gold[gi]!;
      const s = system[si]!;
      if (g.value === null) {
        valueless++;
        continue;
      }
      const typeOk = sameType(g, s);
      type.tp += typeOk ? 1 : 0;
      type.fp += typeOk ? 0 : 1;
      type.fn += typeOk ? 0 : 1;
      if (sameValue(g.value, s.value)) valueTp++;
      else misses.push(`${doc.id}: ${quote(g.text)} gold=${g.value} got=${s.value}${g.text === s.text ? '' : ` as ${quote(s.text)}`}`);
      if (g.value !== null && sameValue(g.value, s.value) && (g.start !== s.start || g.end !== s.end)) {
        misses.push(`${doc.id}: span ${quote(g.text)} got ${quote(s.text)}`);
      }
    }
    value.tp += valueTp;
    value.fp += system.length - valueless - valueTp;
    value.fn += gold.filter((g) => g.value !== null).length - valueTp;

    gold.forEach((g, gi) => {
      if (!matchedGold.has(gi)) misses.push(`${doc.id}: missed ${quote(g.text)} gold=${g.value ?? '(range)'} got=none`);
    });
    system.forEach((s, si) => {
      if (!matchedSystem.has(si)) misses.push(`${doc.id}: spurious: ${quote(s.text)} ${s.value}`);
    });
  }
  if (ignored) misses.push(`(${ignored} system dates not counted: in the dateline or of a kind ${set} does not annotate)`);
  return { title: `dates (${set})`, metrics: [strict, relaxed, value, type], misses };
}

const REF_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** Whether a system date counts at all (see the header). */
function counted(d: DateMention, gold: GoldTimex[], doc: GoldDoc, result: ExtractResult): boolean {
  if (gold.some((g) => overlap(g, d) > 0)) return true;
  const dateline = result.document.dateline;
  if (dateline && d.start >= dateline.start && d.end <= dateline.end) return false;
  if (doc.set === 'gum' && (d.type === 'DURATION' || d.type === 'SET' || REF_VALUES.has(d.value))) return false;
  return true;
}

function sameType(g: GoldTimex, s: DateMention): boolean {
  return g.type.toUpperCase() === s.type;
}

/** Values compared after dropping seconds of :00 and a UTC `Z`; a gold clock time alone (GUM "15:11:00") matches any day. */
export function sameValue(gold: string, system: string): boolean {
  const norm = (v: string) =>
    v
      .trim()
      .toUpperCase()
      .replace(/(T?\d\d:\d\d):00(?=Z?$)/, '$1')
      .replace(/(\d\d:\d\d)Z$/, '$1');
  const g = norm(gold);
  const s = norm(system);
  if (g === s) return true;
  return /^\d\d:\d\d$/.test(g) && s.endsWith(`T${g}`);
}

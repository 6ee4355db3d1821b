/**
 * `extract eval`: runs the extractor over every gold document found and prints precision,
 * recall and F1 per section and dataset, with a few misses to read.
 */
import { existsSync } from 'node:fs';
import { PACKAGE_DIR } from '../data.js';
import { extract } from '../index.js';
import { LOADERS } from './datasets.js';
import { prf, type DatasetName, type GoldDoc, type Scored, type Scorer, type SectionReport } from './types.js';
import { scoreDocument } from './score-document.js';
import { scoreEntities } from './score-entities.js';
import { scoreSeed } from './score-seed.js';
import { scoreQuotes } from './score-quotes.js';
import { scoreDates } from './score-dates.js';

/** Scorers by the section name used with --section. */
const SCORERS: Record<string, Scorer> = {
  document: scoreDocument,
  seed: scoreSeed,
  entities: scoreEntities,
  dates: scoreDates,
  quotes: scoreQuotes,
};

export interface EvalOptions {
  set?: string | boolean;
  section?: string | boolean;
  misses?: string | boolean;
  shared?: string | boolean;
  json?: string | boolean;
}

export async function runEval(options: EvalOptions): Promise<number> {
  const shared = typeof options.shared === 'string' ? options.shared : PACKAGE_DIR + '../shared';
  const sets = listOption(options.set, Object.keys(LOADERS)) as DatasetName[];
  const sections = listOption(options.section, Object.keys(SCORERS));
  const missCount = typeof options.misses === 'string' ? Number(options.misses) : 10;
  const unknown = [...sets.filter((s) => !(s in LOADERS)), ...sections.filter((s) => !(s in SCORERS))];
  if (unknown.length) {
    process.stderr.write(`extract eval: unknown set or section '${unknown[0]}'\n`);
    return 2;
  }
  if (!existsSync(shared)) process.stderr.write(`extract eval: ${shared} not found; scoring the fixtures only\n`);

  const reports: SectionReport[] = [];
  for (const set of sets) {
    const docs = LOADERS[set]!(PACKAGE_DIR, shared);
    if (docs.length === 0) continue;
    const scored = docs.map(run);
    for (const section of sections) reports.push(...SCORERS[section]!(scored).map((r) => ({ ...r, title: `${r.title} [${set}, ${docs.length} docs]` })));
  }
  if (options.json) process.stdout.write(JSON.stringify(reports.map(withFigures), null, 2) + '\n');
  else process.stdout.write(reports.map((r) => formatReport(r, missCount)).join('\n'));
  return 0;
}

function run(gold: GoldDoc): Scored {
  return { gold, result: extract(gold.text, { referenceDate: gold.referenceDate, path: gold.id }) };
}

function listOption(value: string | boolean | undefined, all: string[]): string[] {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()) : all;
}

function withFigures(report: SectionReport) {
  return { ...report, metrics: report.metrics.map((m) => ({ ...m, ...prf(m) })) };
}

function formatReport(report: SectionReport, missCount: number): string {
  const lines = [`== ${report.title}`];
  const width = Math.max(12, ...report.metrics.map((m) => m.label.length));
  lines.push(`  ${'metric'.padEnd(width)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`);
  for (const m of report.metrics) {
    const { precision, recall, f1 } = prf(m);
    lines.push(`  ${m.label.padEnd(width)}  ${pct(precision)} ${pct(recall)} ${pct(f1)}   ${m.tp}/${m.fp}/${m.fn}`);
  }
  if (report.misses.length && missCount > 0) {
    lines.push(`  misses (${Math.min(missCount, report.misses.length)} of ${report.misses.length}):`);
    for (const miss of report.misses.slice(0, missCount)) lines.push(`    ${miss}`);
  }
  return lines.join('\n') + '\n';
}

function pct(x: number): string {
  return x.toFixed(3).padStart(6);
}

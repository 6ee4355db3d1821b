/**
 * The `extract` command line: argument parsing, input selection, formats and exit codes.
 * Extraction itself lives in the library; it is imported only when there is work to do, so
 * that `--help` and `--version` start fast.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { SECTIONS } from '../model/contract.js';
import { ExtractError } from '../model/errors.js';
import { parseReferenceDate, parseSections } from '../options.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../6-emit/format.js';
import { extensionFilter, globFilter } from './glob.js';
import { listInputs } from './inputs.js';
import * as say from './messages.js';
import { run } from './run.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  extract story.txt --reference-date 2020-03-05     one story, YAML on stdout
  extract stories/ > claims.jsonl                   a folder (recursive, *.txt), JSON Lines
  cat story.txt | extract --format json             standard input
  extract stories/ --out-dir claims/                one <name>.claims.yaml per story
  extract stories/ --only quotes,actors | jq .quotes
  extract eval                                      score against the gold files

Exit status: 0 all inputs done, 1 some inputs failed, 2 usage error.`;

interface CliOptions {
  format?: OutputFormat;
  outDir?: string;
  referenceDate?: string;
  only?: string;
  ext: string;
  glob?: string;
  failFast?: boolean;
  explain?: boolean;
  quiet?: boolean;
  lexicon: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram(): Command {
  const program = new Command('extract')
    .description('Turn news stories into structured, checkable claims: actors, places, weapons, arms transfers, dates and quotes, with character offsets.')
    .argument('[paths...]', 'story files or folders; - or nothing (with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: yaml for one story, jsonl for several)').choices(OUTPUT_FORMATS))
    .option('-o, --out-dir <dir>', 'write one <name>.claims.yaml|json per input here, mirroring sub-folders')
    .option('-r, --reference-date <date>', "publication date for relative dates: YYYY-MM-DD or 'today' (default: the dateline's)")
    .option('--only <sections>', `comma-separated sections to produce (${SECTIONS.join(', ')})`)
    .option('--ext <list>', 'file extensions to read in folders', 'txt')
    .option('--glob <pattern>', "select files in folders by glob instead (e.g. '**/*.story')")
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--explain', 'add an explain section: which rule produced each value')
    .option('--lexicon <file>', 'add actors and places from a YAML file (repeatable; see README)', collect, [])
    .option('-q, --quiet', 'no notices or summary on stderr (errors are still reported)')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'extract: ')),
    });

  program
    .command('eval')
    .description('score the extractor against gold files (fixtures/*.gold.yaml and ../shared/eval when present)')
    .option('--set <names>', 'datasets to score: seed, gum, meantime (default: all found)')
    .option('--section <names>', 'sections to score (default: all)')
    .option('--misses <n>', 'how many misses to list per section', '10')
    .option('--shared <dir>', 'folder holding the shared eval data (default: ../shared beside the project)')
    .option('--json', 'print the scores as JSON')
    .action(async (options: Record<string, string | boolean | undefined>) => {
      const { runEval } = await import('../eval/run.js');
      process.exitCode = await runEval(options);
    });

  program.action(async (paths: string[], options: CliOptions) => {
    process.exitCode = await runExtract(paths, options);
  });
  return program;
}

async function runExtract(paths: string[], options: CliOptions): Promise<number> {
  const referenceDate = parseReferenceDate(options.referenceDate ?? null);
  const only = options.only !== undefined ? parseSections(options.only) : undefined;
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new ExtractError('usage', 'no input: give story files or folders, or pipe a story in (see --help)');
    paths = ['-'];
  }
  if (paths.filter((p) => p === '-').length > 1) throw new ExtractError('usage', 'standard input (-) can be read only once');
  const batch = paths.length > 1 || (await anyDirectory(paths));
  // One file per story reads best as YAML; a stream of several stories as JSON Lines.
  const format: OutputFormat = options.format ?? (batch && !options.outDir ? 'jsonl' : 'yaml');
  const filter = options.glob ? globFilter(options.glob) : extensionFilter(options.ext);
  const filterDescription = options.glob ?? options.ext.split(',').map((e) => `*.${e.trim().replace(/^\*?\./, '')}`).join(', ');
  const library = await import('../index.js');
  for (const file of options.lexicon) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ExtractError('bad-lexicon', `${file}: ${library.errorInfo(error).message}`);
    }
    library.loadUserLexicon(source, file);
  }
  const started = Date.now();
  const summary = await run(
    listInputs(paths, { filter, filterDescription }),
    {
      format,
      batch,
      outDir: options.outDir ?? null,
      failFast: Boolean(options.failFast),
      quiet: Boolean(options.quiet),
      extract: { referenceDate, ...(only ? { only } : {}), explain: Boolean(options.explain) },
    },
    library,
  );
  if (batch && !options.quiet) {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (summary.done / seconds).toFixed(1) : '-';
    say.info(`${summary.done + summary.failed} stories, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}, ${seconds.toFixed(1)} s, ${rate} stories/s`);
  }
  return summary.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

async function anyDirectory(paths: string[]): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  for (const path of paths) {
    if (path === '-') continue;
    try {
      if ((await stat(path)).isDirectory()) return true;
    } catch {
      // A missing path is reported when it is read.
    }
  }
  return false;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
      return;
    }
    if (error instanceof ExtractError) {
      say.error(null, error.message);
      process.exitCode = EXIT_USAGE;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    say.error(null, `internal error: ${message.split('\n', 1)[0]}`);
    process.exitCode = EXIT_FAILED;
  }
}

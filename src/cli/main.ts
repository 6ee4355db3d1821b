/**
 * The `extract` command line: argument parsing, input selection, formats and exit codes.
 * Extraction itself lives in the library; it is imported only when there is work to do, so
 * that `--help` and `--version` start fast.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { PACKAGE_DIR } from '../data.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../6-emit/formats.js';
import { SECTIONS } from '../model/contract.js';
import { ExtractError } from '../model/errors.js';
import { SUMMARY_FORMATS, SUMMARY_TABLES, type SummaryCommandOptions } from '../summary/options.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  extract story.txt --reference-date 2020-03-05     one story, YAML on stdout
  extract stories/ > claims.jsonl                   a folder (recursive, *.txt), JSON Lines
  cat story.txt | extract --format json             standard input
  extract stories/ --out-dir claims/                one <name>.claims.yaml per story
  extract stories/ --out-dir claims/ --resume       again, skipping stories already done
  extract --input jsonl < stories.jsonl             {"id","text","date"?} per line in, one result per line out
  extract stories/ --only quotes,actors | jq .quotes
  extract story.txt --format html > story.html      highlighted report (--out-dir: <name>.claims.html)
  extract summary stories/ --format csv             who said what across a batch
  extract eval                                      score against the gold files

Exit status: 0 all inputs done, 1 some inputs failed, 2 usage error, 130 interrupted.`;

export interface CliOptions {
  format?: OutputFormat;
  input: 'text' | 'jsonl';
  outDir?: string;
  referenceDate?: string;
  only?: string;
  ext: string;
  glob?: string;
  failFast?: boolean;
  explain?: boolean;
  quiet?: boolean;
  lexicon: string[];
  jobs: string;
  unordered?: boolean;
  timeout: string;
  maxBytes?: string;
  resume?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(PACKAGE_DIR + 'package.json', 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram({ Command, Option }: typeof import('commander')): Command {
  const program = new Command('extract')
    .description('Turn news stories into structured, checkable claims: actors, places, weapons, arms transfers, dates and quotes, with character offsets.')
    .argument('[paths...]', 'story files or folders; - or nothing (with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty for one story on a terminal, else yaml; jsonl for several)').choices(OUTPUT_FORMATS))
    .option('-o, --out-dir <dir>', 'write one <name>.claims.yaml|json per input here, mirroring sub-folders')
    .option('-r, --reference-date <date>', "publication date for relative dates: YYYY-MM-DD or 'today' (default: the dateline's)")
    .option('--only <sections>', `comma-separated sections to produce (${SECTIONS.join(', ')})`)
    .option('--ext <list>', 'file extensions to read in folders', 'txt')
    .option('--glob <pattern>', "select files in folders by glob instead (e.g. '**/*.story')")
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--explain', 'add an explain section: which rule produced each value')
    .option('--lexicon <file>', 'add actors and places from a YAML file (repeatable; see README)', collect, [])
    .addOption(new Option('--input <kind>', 'text: story files; jsonl: one {"id","text","date"?} per line (stdin or the files named)').choices(['text', 'jsonl']).default('text'))
    .option('-j, --jobs <n>', 'worker threads', String(availableParallelism()))
    .option('--unordered', 'write results as they finish rather than in input order')
    .option('--timeout <seconds>', 'stop a story that takes longer (per MiB of story) and report it (0: no limit)', '30')
    .option('--max-bytes <size>', 'refuse a story larger than this (e.g. 512k, 10M; default 10M)')
    .option('--resume', 'with --out-dir: skip inputs whose output file exists and is newer')
    .option('-q, --quiet', 'no notices, progress or summary on stderr (errors are still reported)')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    // Options after a subcommand are its own (`extract summary DIR --format csv`).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'extract: ')),
    });

  program
    .command('eval')
    .description('score the extractor against gold files (fixtures/*.gold.yaml, eval/heldout/*.gold.yaml and ../shared/eval when present)')
    .option('--set <names>', 'datasets to score: seed, heldout, heldout2 ... heldout132, gum, meantime (default: all found)')
    .option('--section <names>', 'sections to score (default: all)')
    .option('--misses <n>', 'how many misses to list per section', '10')
    .option('--shared <dir>', 'folder holding the shared eval data (default: ../shared beside the project)')
    .option('--json', 'print the scores as JSON')
    .action(async (options: Record<string, string | boolean | undefined>) => {
      const { runEval } = await import('../eval/run.js');
      process.exitCode = await runEval(options);
    });

  program
    .command('summary')
    .description('who said what across a batch: quotes by speaker and stance, most mentioned actors and weapons, transfers, quotes shared by several stories')
    .argument('<paths...>', 'story files or folders, or extract output (.json, .jsonl); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SUMMARY_FORMATS).default('pretty'))
    .addOption(new Option('--table <name>', 'the table written as CSV').choices(SUMMARY_TABLES).default('who-said-what'))
    .option('--top <n>', 'rows per table (default: 20 in the pretty view, all in CSV and JSON; 0 for all)')
    .option('-r, --reference-date <date>', "publication date for relative dates: YYYY-MM-DD or 'today'")
    .option('--ext <list>', 'file extensions to read in folders', 'txt')
    .option('--glob <pattern>', 'select files in folders by glob instead')
    .option('-q, --quiet', 'no notices or timing on stderr (errors are still reported)')
    .action(async (paths: string[], options: SummaryCommandOptions) => {
      const { runSummary } = await import('../summary/command.js');
      process.exitCode = await runSummary(paths, options);
    });

  program.action(async (paths: string[], options: CliOptions) => {
    const { runExtract } = await import('./extract-command.js');
    process.exitCode = await runExtract(paths, options);
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `extract --help | head`: the reader went away; nothing is wrong.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  });
  // The version alone needs nothing else loaded: it answers in about the time of `node -e 0`.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(packageVersion() + '\n');
    return;
  }
  const commander = await import('commander');
  const program = buildProgram(commander);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof commander.CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
      return;
    }
    const say = await import('./messages.js');
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

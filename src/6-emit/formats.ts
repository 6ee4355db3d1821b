/**
 * The output formats and their file extensions, apart from the formatters so that the CLI can
 * list them (`--help`, option checking) without loading YAML, the pretty view or the HTML report.
 */

export type OutputFormat = 'yaml' | 'json' | 'jsonl' | 'pretty' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['yaml', 'json', 'jsonl', 'pretty', 'html'];

/** The extension of a `--out-dir` file in this format: `<name>.claims.<extension>`. */
export function fileExtension(format: OutputFormat): string {
  switch (format) {
    case 'yaml':
      return 'yaml';
    case 'json':
    case 'jsonl':
      return 'json';
    case 'pretty':
      return 'txt';
    case 'html':
      return 'html';
  }
}

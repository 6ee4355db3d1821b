/** The options of `extract summary`, kept apart so that the CLI can list them without loading the rest. */

export const SUMMARY_FORMATS = ['pretty', 'csv', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** CSV holds one table; `--table` says which. */
export const SUMMARY_TABLES = ['who-said-what', 'actors', 'weapons', 'transfers', 'shared-quotes'] as const;
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

export interface SummaryCommandOptions {
  format: SummaryFormat;
  table: SummaryTable;
  top?: string;
  referenceDate?: string;
  ext: string;
  glob?: string;
  quiet?: boolean;
}

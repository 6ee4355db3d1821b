/** Serialises results: YAML for reading, JSON and JSON Lines for tools. */
import YAML from 'yaml';
import type { ErrorRecord, ExtractResult } from '../model/contract.js';

export type OutputFormat = 'yaml' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['yaml', 'json', 'jsonl'];

/** One record as text, ending with a newline. */
export function formatResult(record: ExtractResult | ErrorRecord, format: OutputFormat): string {
  switch (format) {
    case 'yaml':
      // No anchors or aliases: readers expect every value written out where it belongs.
      return YAML.stringify(record, { lineWidth: 0, aliasDuplicateObjects: false });
    case 'json':
      return JSON.stringify(record, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(record) + '\n';
  }
}

/** Serialises results: YAML for reading, JSON and JSON Lines for tools, pretty and HTML for people. */
import YAML from 'yaml';
import type { ErrorRecord, ExtractResult } from '../model/contract.js';
import { formatHtml } from './html.js';
import type { OutputFormat } from './formats.js';
import { formatPretty } from './pretty.js';

export { OUTPUT_FORMATS, fileExtension, type OutputFormat } from './formats.js';

export interface FormatContext {
  /** The decoded story text: the HTML report shows it highlighted. */
  text?: string | undefined;
  /** ANSI colours in the pretty view. */
  color?: boolean;
  /** Columns the pretty view fits (100 by default). */
  width?: number | undefined;
}

/** One record as text, ending with a newline. */
export function formatResult(record: ExtractResult | ErrorRecord, format: OutputFormat, context: FormatContext = {}): string {
  switch (format) {
    case 'yaml':
      // No anchors or aliases: readers expect every value written out where it belongs.
      return YAML.stringify(record, { lineWidth: 0, aliasDuplicateObjects: false });
    case 'json':
      return JSON.stringify(record, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    case 'pretty':
      return formatPretty(record, { color: context.color ?? false, ...(context.width ? { width: context.width } : {}) });
    case 'html':
      return formatHtml(record, { text: context.text });
  }
}


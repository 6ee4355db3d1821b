/** Date annotation stage (filled in by the dates work): adds `layers.timexes` and `layers.dates`. */
import type { AnalysisDocument } from '../../model/document.js';

export function annotateDates(_doc: AnalysisDocument): void {}

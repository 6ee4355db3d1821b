/** Quote stage (filled in by the quotes work): adds `layers.quotes`. Runs after actors and dates are resolved. */
import type { AnalysisDocument } from '../../model/document.js';

export function annotateQuotes(_doc: AnalysisDocument): void {}

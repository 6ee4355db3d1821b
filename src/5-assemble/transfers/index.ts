/** Transfers stage (filled in by the weapons work): adds `layers.transfers` from weapons, actors and dates. */
import type { AnalysisDocument } from '../../model/document.js';

export function assembleTransfers(_doc: AnalysisDocument): void {}

/** Weapons stage (filled in by the weapons work): adds `layers.weapons`. Runs after actors are resolved. */
import type { AnalysisDocument } from '../../model/document.js';

export function annotateWeapons(_doc: AnalysisDocument): void {}

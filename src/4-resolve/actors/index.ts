/** The actor resolve stage: type the untyped names, read roles, merge mentions into entities. */
import type { AnalysisDocument } from '../../model/document.js';
import { rolesFromAppositions } from './appositions.js';
import { buildEntities } from './build.js';
import { clusterMentions } from './cluster.js';
import { typeUntyped } from './type-untyped.js';

export function resolveActors(doc: AnalysisDocument): void {
  typeUntyped(doc);
  rolesFromAppositions(doc);
  buildEntities(doc, clusterMentions(doc), doc.ids);
}

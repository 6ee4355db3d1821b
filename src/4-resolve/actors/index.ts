/** The actor resolve stage: type the untyped names (dropping everyday words), read roles, merge mentions into entities. */
import type { AnalysisDocument } from '../../model/document.js';
import { rolesFromAppositions } from './appositions.js';
import { buildEntities } from './build.js';
import { clusterMentions } from './cluster.js';
import { applyDefinedAcronyms, applySpelledAcronyms } from './defined-acronyms.js';
import { applyCompassNames, applyHomeAcronyms, applyHomeBodies } from './home-bodies.js';
import { dropCommonWordNames } from './drop-common-word-names.js';
import { dropThingAcronyms } from './drop-thing-acronyms.js';
import { nationalTeams } from './national-teams.js';
import { retypeRepeatedNames, untypedNames } from './retype-repeated-names.js';
import { applySharedCountryNames } from './shared-country-names.js';
import { typeUntyped } from './type-untyped.js';

export function resolveActors(doc: AnalysisDocument): void {
  applyCompassNames(doc);
  const untyped = untypedNames(doc);
  typeUntyped(doc);
  dropCommonWordNames(doc);
  dropThingAcronyms(doc);
  retypeRepeatedNames(doc, untyped);
  rolesFromAppositions(doc);
  applyDefinedAcronyms(doc);
  applySpelledAcronyms(doc);
  applyHomeAcronyms(doc);
  applyHomeBodies(doc);
  applySharedCountryNames(doc);
  buildEntities(doc, nationalTeams(doc, clusterMentions(doc)), doc.ids);
}

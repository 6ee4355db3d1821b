/**
 * Country actors a story names only inside another name: "the Portuguese Air Force" (actors stage),
 * "six Chinese CH-92A drones" (weapons stage). Each is made once per story, and each such word is
 * one of its mentions.
 */
import type { Actor, Mention } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';

export class MadeCountries {
  private readonly byName = new Map<string, Actor>();

  constructor(private readonly doc: AnalysisDocument) {}

  /** The country actor named `name`, made and added to the story's actors the first time; `mention` joins its mentions. */
  mention(name: string, mention: Mention): Actor {
    let actor = this.byName.get(name);
    if (!actor) {
      actor = { id: this.doc.ids.take(name), name, kind: 'country', aliases: [], mentions: [] };
      this.byName.set(name, actor);
      this.doc.layers.actors.push(actor);
    }
    if (!actor.mentions.some((m) => m.start === mention.start)) {
      actor.mentions.push(mention);
      actor.mentions.sort((a, b) => a.start - b.start);
    }
    return actor;
  }

  /** The country actor made for `name`, if any. */
  get(name: string): Actor | undefined {
    return this.byName.get(name);
  }
}

/**
 * compromise, loaded on first use from its CommonJS build (it starts about 0.24 s faster than its
 * ESM sources), with the project's plugins registered once per process. Its `two` build: the
 * pre-tagger and the lexicon we read are the same as the full build's, and the full build's
 * plugins (noun and verb phrases, numbers, ...) only add methods we do not call, at a tenth more
 * loading time.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

export type Nlp = typeof nlpType;
export type View = ReturnType<Nlp>;

type Plugin = Parameters<Nlp['plugin']>[0];

let engine: Nlp | null = null;
const plugins: Plugin[] = [];

/** Registers a plugin (words, tags, compute) before the first parse; later ones apply at once. */
export function usePlugin(plugin: Plugin): void {
  plugins.push(plugin);
  if (engine) engine.plugin(plugin);
}

export function compromise(): Nlp {
  if (!engine) {
    const loaded = createRequire(import.meta.url)('compromise/two') as Nlp & { default?: Nlp };
    engine = loaded.default ?? loaded;
    // The stages read word classes (noun or verb, name or common word) and lexicon tags, which the
    // pre-tagger sets (lexicon, suffixes, neighbour "switches" for noun/verb words). The post-tagger
    // (hundreds of multi-word match rules, three quarters of a parse) and the noun/verb chunks
    // change none of what we read: eval scores equal or better without them (README, Speed).
    const world = engine.world() as { hooks: string[] };
    world.hooks = world.hooks.filter((hook) => hook !== 'chunks' && hook !== 'postTagger');
    for (const plugin of plugins) engine.plugin(plugin);
  }
  return engine;
}

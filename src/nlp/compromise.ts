/**
 * compromise, loaded on first use from its CommonJS build (it starts about 0.24 s faster than its
 * ESM sources), with the project's plugins registered once per process.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

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
    const loaded = createRequire(import.meta.url)('compromise') as Nlp & { default?: Nlp };
    engine = loaded.default ?? loaded;
    for (const plugin of plugins) engine.plugin(plugin);
  }
  return engine;
}

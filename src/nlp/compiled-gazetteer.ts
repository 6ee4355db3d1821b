/**
 * A gazetteer compiled at build time (scripts/build-compiled-lexicons.mjs) into flat arrays that
 * load with one JSON.parse: building the actor lexicon's trie of Maps at start-up took a quarter of
 * a second, most of it tokenizing phrases and collecting the garbage. Same look-ups and case rules
 * as ./gazetteer.ts.
 *
 * The trie's nodes are numbered breadth first, so node n's edges are the contiguous run
 * edgeStart[n] .. edgeStart[n + 1], sorted by token, and the node edge e leads to is e + 1.
 */
import { caseFits, phraseForm, type GazetteerHit, type PhraseForm, type PhraseLookup } from './gazetteer.js';
import type { Token } from './tokens.js';

/** The JSON form. A payload is the caller's number for what a phrase stands for. */
export interface CompiledPhrases {
  /** Folded tokens, sorted; an edge's token is its index here. */
  vocabulary: string[];
  edgeStart: number[];
  edgeToken: number[];
  /** Phrases ending at node n: hitStart[n] .. hitStart[n + 1]. */
  hitStart: number[];
  /** Per phrase: its tokens as written joined by spaces, or '' when written in lower case (any case fits). */
  written: string[];
  /** Per phrase: ACRONYM. */
  flags: number[];
  payload: number[];
}

const ACRONYM = 1;

/** Compiles phrases (in order: phrases ending at the same node keep it) with their payload numbers. */
export function compilePhrases(phrases: Iterable<readonly [string, number]>): CompiledPhrases {
  interface Build {
    next: Map<string, Build>;
    hits: { form: PhraseForm; payload: number }[];
  }
  const root: Build = { next: new Map(), hits: [] };
  const words = new Set<string>();
  for (const [phrase, payload] of phrases) {
    const form = phraseForm(phrase);
    if (!form) continue;
    let node = root;
    for (const token of form.tokens) {
      const key = token.toLowerCase();
      words.add(key);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), hits: [] }));
      node = child;
    }
    node.hits.push({ form, payload });
  }
  const vocabulary = [...words].sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const out: CompiledPhrases = { vocabulary, edgeStart: [], edgeToken: [], hitStart: [], written: [], flags: [], payload: [] };
  const queue = [root];
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n]!;
    out.edgeStart.push(out.edgeToken.length);
    out.hitStart.push(out.payload.length);
    for (const [key, child] of [...node.next].sort((a, b) => index.get(a[0])! - index.get(b[0])!)) {
      out.edgeToken.push(index.get(key)!);
      queue.push(child);
    }
    for (const { form, payload } of node.hits) {
      out.written.push(form.lowercase ? '' : form.tokens.join(' '));
      out.flags.push(form.acronym ? ACRONYM : 0);
      out.payload.push(payload);
    }
  }
  out.edgeStart.push(out.edgeToken.length);
  out.hitStart.push(out.payload.length);
  return out;
}

export class CompiledGazetteer<P> implements PhraseLookup<P> {
  private readonly tokenIds: Map<string, number>;
  private readonly forms: (PhraseForm | undefined)[] = [];

  /** `payloadOf` turns a payload number into the caller's object (once per number: callers may compare them). */
  constructor(
    private readonly data: CompiledPhrases,
    private readonly payloadOf: (payload: number) => P,
  ) {
    this.tokenIds = new Map();
    data.vocabulary.forEach((word, i) => this.tokenIds.set(word, i));
  }

  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): GazetteerHit<P> | null {
    const { hitStart } = this.data;
    let node = 0;
    let best: GazetteerHit<P> | null = null;
    for (let j = i; j < limit; j++) {
      const id = this.tokenIds.get(tokens[j]!.lower);
      if (id === undefined) break;
      node = this.child(node, id);
      if (node < 0) break;
      if (hitStart[node] === hitStart[node + 1]) continue;
      const window = tokens.slice(i, j + 1);
      const payloads: P[] = [];
      for (let h = hitStart[node]!; h < hitStart[node + 1]!; h++) if (caseFits(this.form(h), window)) payloads.push(this.payloadOf(this.data.payload[h]!));
      if (payloads.length) best = { first: i, last: j, start: tokens[i]!.start, end: tokens[j]!.end, payloads };
    }
    return best;
  }

  /** The node reached from `node` by token `id`, or -1: a binary search of its edges. */
  private child(node: number, id: number): number {
    const { edgeStart, edgeToken } = this.data;
    let low = edgeStart[node]!;
    let high = edgeStart[node + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const token = edgeToken[mid]!;
      if (token === id) return mid + 1;
      if (token < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private form(h: number): PhraseForm {
    let form = this.forms[h];
    if (!form) {
      const written = this.data.written[h]!;
      form = { tokens: written ? written.split(' ') : [], acronym: (this.data.flags[h]! & ACRONYM) !== 0, lowercase: written === '' };
      this.forms[h] = form;
    }
    return form;
  }
}

/** Both gazetteers' longest phrase; on a tie, the payloads of both, the first's first. */
export function layered<P>(first: PhraseLookup<P>, second: PhraseLookup<P>): PhraseLookup<P> {
  return {
    longestAt(tokens, i, limit) {
      const a = first.longestAt(tokens, i, limit);
      const b = second.longestAt(tokens, i, limit);
      if (!a || !b) return a ?? b;
      if (a.last !== b.last) return a.last > b.last ? a : b;
      return { ...a, payloads: [...a.payloads, ...b.payloads] };
    },
  };
}

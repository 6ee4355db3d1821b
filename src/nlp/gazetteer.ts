/**
 * A compiled multi-word lexicon: phrases are tokenized with the shared tokenizer and stored
 * in a trie keyed by lower-cased tokens, so one left-to-right pass over a sentence finds the
 * longest phrase at each position. Case rules per phrase: a phrase written in lower case
 * matches any case; a phrase with capitals matches its own casing or ALL CAPS (wire headlines);
 * an acronym (all capitals) matches only as written.
 */
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

export interface GazetteerEntry<P> {
  phrase: string;
  payload: P;
}

interface Entry<P> {
  tokens: string[];
  acronym: boolean;
  lowercase: boolean;
  payload: P;
}

export interface GazetteerHit<P> {
  /** Token indices [first, last] inclusive within the token array searched. */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: P[];
}

/** A trie node; most nodes are leaves, so a map of children is made only for nodes that have some. */
interface Node<P> {
  next?: Map<string, Node<P>>;
  entries?: Entry<P>[];
}

export class Gazetteer<P> {
  private readonly root: Node<P> = {};
  size = 0;

  add(phrase: string, payload: P): void {
    const tokens = tokenize(phrase, { start: 0, end: phrase.length }, 0).map((t) => t.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      const key = fold(token);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    (node.entries ??= []).push({
      tokens,
      acronym: letters.length >= 2 && letters === letters.toUpperCase() && tokens.length <= 2,
      lowercase: letters === letters.toLowerCase(),
      payload,
    });
    this.size++;
  }

  /** Longest matches, left to right, not overlapping. */
  match(tokens: readonly Token[]): GazetteerHit<P>[] {
    const hits: GazetteerHit<P>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.last + 1;
      } else i++;
    }
    return hits;
  }

  /** The longest phrase starting at token i and ending before token `limit`, or null. */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): GazetteerHit<P> | null {
    let node: Node<P> | undefined = this.root;
    let best: GazetteerHit<P> | null = null;
    for (let j = i; j < limit && node.next; j++) {
      node = node.next.get(tokens[j]!.lower); // a token's lower form is the fold of its text
      if (!node) break;
      if (!node.entries) continue;
      const window = tokens.slice(i, j + 1);
      const payloads = node.entries.filter((e) => caseFits(e, window)).map((e) => e.payload);
      if (payloads.length) best = { first: i, last: j, start: tokens[i]!.start, end: tokens[j]!.end, payloads };
    }
    return best;
  }
}

function fold(token: string): string {
  return token.toLowerCase().replace(/’/g, "'");
}

function caseFits(entry: Entry<unknown>, window: readonly Token[]): boolean {
  if (entry.lowercase) return true;
  const written = window.map((t) => t.text.replace(/’/g, "'"));
  const expected = entry.tokens.map((t) => t.replace(/’/g, "'"));
  if (written.join(' ') === expected.join(' ')) return true;
  if (entry.acronym) return false;
  // ALL CAPS text (wire headlines) matches any cased phrase.
  const joined = written.join(' ');
  if (joined === joined.toUpperCase() && /\p{L}{2}/u.test(joined)) return true;
  // Otherwise every word must be capitalised as in the phrase: "Visa" is a company, "visa" is not.
  return written.every((w, k) => w.toLowerCase() === expected[k]!.toLowerCase() && capitalOf(w) === capitalOf(expected[k]!));
}

function capitalOf(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

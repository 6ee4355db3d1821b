/**
 * A multi-word lexicon: phrases are tokenized with the shared tokenizer and stored in a trie keyed
 * by folded (lower-cased) tokens, so one left-to-right pass over a sentence finds the longest
 * phrase at each position. Case rules per phrase: a phrase written in lower case matches any case;
 * a phrase with capitals matches its own casing or ALL CAPS (wire headlines); an acronym (all
 * capitals) matches only as written.
 *
 * `Gazetteer` builds its trie at run time, for the small lexicons and the user's own entries; the
 * large actor lexicon is compiled at build time into a flat trie (./compiled-gazetteer.ts) with the
 * same look-ups and case rules.
 */
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

export interface GazetteerHit<P> {
  /** Token indices [first, last] inclusive within the token array searched. */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: P[];
}

/** What the recognisers ask of any gazetteer. */
export interface PhraseLookup<P> {
  /** The longest phrase starting at token i and ending before token `limit`, or null. */
  longestAt(tokens: readonly Token[], i: number, limit?: number): GazetteerHit<P> | null;
}

/** A phrase as the case rules see it. */
export interface PhraseForm {
  /** Its tokens as written, ’ folded to '. */
  tokens: string[];
  acronym: boolean;
  lowercase: boolean;
}

interface Entry<P> extends PhraseForm {
  payload: P;
}

/** A trie node; most nodes are leaves, so a map of children is made only for nodes that have some. */
interface Node<P> {
  next?: Map<string, Node<P>>;
  entries?: Entry<P>[];
}

export class Gazetteer<P> implements PhraseLookup<P> {
  private readonly root: Node<P> = {};
  size = 0;

  add(phrase: string, payload: P): void {
    const form = phraseForm(phrase);
    if (!form) return;
    let node = this.root;
    for (const token of form.tokens) {
      const key = token.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    (node.entries ??= []).push({ ...form, payload });
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

/** A phrase's tokens and case class, or null for a phrase with no token. */
export function phraseForm(phrase: string): PhraseForm | null {
  const tokens = tokenize(phrase, { start: 0, end: phrase.length }, 0).map((t) => t.text.replace(/’/g, "'"));
  if (tokens.length === 0) return null;
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return {
    tokens,
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && tokens.length <= 2,
    lowercase: letters === letters.toLowerCase(),
  };
}

/** Do the tokens as written fit the phrase's case rule? */
export function caseFits(form: PhraseForm, window: readonly Token[]): boolean {
  if (form.lowercase) return true;
  const written = window.map((t) => t.text.replace(/’/g, "'"));
  const expected = form.tokens;
  if (written.join(' ') === expected.join(' ')) return true;
  if (form.acronym) return false;
  // ALL CAPS text (wire headlines) matches any cased phrase.
  const joined = written.join(' ');
  if (joined === joined.toUpperCase() && /\p{L}{2}/u.test(joined)) return true;
  // Otherwise every word must be capitalised as in the phrase: "Visa" is a company, "visa" is not.
  return written.every((w, k) => w.toLowerCase() === expected[k]!.toLowerCase() && capitalOf(w) === capitalOf(expected[k]!));
}

function capitalOf(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

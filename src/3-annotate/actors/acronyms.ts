/**
 * Acronyms defined in the text: "Radio Free Europe (RFE)", or an organisation's acronym in its own
 * language ("the Brazilian Air Force (FAB)"). Before names are typed, an acronym
 * that stands for a law or an event ("... Sanctions Act (CAATSA)") is set aside; afterwards,
 * the acronym becomes a mention of whatever its long form named.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorRules, namesDocumentOrEvent } from '../../lexicon/actor-rules.js';
import type { Token } from '../../nlp/tokens.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

export interface AcronymDefinition {
  /** Token range of the acronym: more than one token when hyphens split it ("F-FDTL"). */
  acronymAt: number;
  acronymLast: number;
  /** Token range of the long form. */
  first: number;
  last: number;
  /** The initials do not spell it ("Brazilian Air Force (FAB)", from the Portuguese): taken for a state body only. */
  loose: boolean;
}

export function findAcronymDefinitions(ctx: SentenceContext): AcronymDefinition[] {
  const { tokens } = ctx;
  const definitions: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    // ("the Angolan National Air Force (Força Aérea Nacional Angolana: FANA)": the name in its own
    // language, a colon, then the acronym.)
    const colon = nativeNameColon(tokens, i);
    const open = colon ?? i;
    const close = closingParenthesis(tokens, open);
    if (close === -1) continue;
    const acronym = ctx.doc.text.slice(tokens[open + 1]!.start, tokens[close - 1]!.end);
    // ("the Slovenian Ministry of Defence (MoD)": a small letter may stand for a connector between capitals.)
    if (!/^\p{Lu}[\p{Lu}\d&/-]{1,9}$/u.test(acronym) && !/^\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}$/u.test(acronym)) continue;
    const long = longForm(ctx, i - 1, acronym);
    const loose = long === null && /^\p{Lu}+(?:-\p{Lu}+)*$/u.test(acronym) && /^\p{Lu}{2,6}$/u.test(acronym.replace(/-/g, '')) && /^\p{Lu}/u.test(tokens[i - 1]!.text);
    if (long === null && !loose) continue;
    definitions.push({ acronymAt: open + 1, acronymLast: close - 1, first: long ?? i - 1, last: i - 1, loose });
    if (namesDocumentOrEvent(tokens.slice(long ?? i - 1, i).map((t) => t.lower))) claim(ctx, open + 1, close - 1);
  }
  return definitions;
}

/** Words of a name in its own language inside brackets before a colon ("Força Aérea Nacional Angolana:"). */
const NATIVE_NAME_WORDS = 8;

/** The colon inside the brackets opened at `open`, after capitalised words only, before the acronym; else null. */
function nativeNameColon(tokens: readonly Token[], open: number): number | null {
  for (let j = open + 1; j < tokens.length && j - open <= NATIVE_NAME_WORDS + 1; j++) {
    if (tokens[j]!.text === ':') return j > open + 1 ? j : null;
    if (!/^\p{Lu}/u.test(tokens[j]!.text) && !actorRules().nameConnectors.has(tokens[j]!.lower)) return null;
  }
  return null;
}

/** The ")" that closes the "(" at `open` around one word written without spaces ("(F-FDTL)"), or -1. */
function closingParenthesis(tokens: readonly Token[], open: number): number {
  for (let j = open + 2; j < tokens.length && j <= open + 5; j++) {
    if (tokens[j]!.start !== tokens[j - 1]!.end) return -1;
    if (tokens[j]!.text === ')') return j;
  }
  return -1;
}

/** Walks back from `last` over capitalised words and connectors until the initials spell the acronym. */
function longForm(ctx: SentenceContext, last: number, acronym: string): number | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let initials = '';
  for (let j = last; j >= 0 && last - j < 12; j--) {
    const t = ctx.tokens[j]!;
    if (/^\p{Lu}/u.test(t.text)) {
      // "PNG Defence Force (PNGDF)": letters of their own open the acronym whole.
      const whole = t.text.length > 1 && /^\p{Lu}+$/u.test(t.text) && letters.endsWith(t.text + initials);
      initials = (whole ? t.text : t.text[0]!) + initials;
      if (initials === letters || (initials.length >= letters.length && letters.startsWith(initials[0]!) && (initials.includes(letters) || skipsOne(initials, letters)))) return j;
      if (t.text.length > 1 && /^\p{Lu}+$/u.test(t.text) && letters.endsWith(t.text)) initials = t.text.slice(1) + initials.slice(1);
    } else if (!/^(?:of|the|for|and|&|on|in|to|'s|-)$/.test(t.lower)) return null;
  }
  return null;
}

/** "Brazilian Air Force", "Ministry of Defence": an organisation named as a government body. */
function stateBody(mention: EntityMention): boolean {
  const padded = ` ${mention.text.toLowerCase()} `;
  return mention.kind === 'organization' && actorRules().governmentBodies.some((b) => padded.includes(` ${b} `));
}

/** After names are typed: the acronym becomes a mention of the long form's entity. */
export function acronymMentions(ctx: SentenceContext, definitions: AcronymDefinition[], found: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const d of definitions) {
    const acronymStart = ctx.tokens[d.acronymAt]!.start;
    const acronymEnd = ctx.tokens[d.acronymLast]!.end;
    if (ctx.claimed[d.acronymAt] && !found.some((m) => m.start === acronymStart)) continue;
    const end = ctx.tokens[d.last]!.end;
    // A facility named by its head ("Kennedy Space Center (KSC)") lends its acronym too; other places do not.
    // ("Armed Forces of the Philippines (AFP)": not the country the long form ends with, but the body
    // whose mention "Armed Forces" the long form names in full.)
    const start = ctx.tokens[d.first]!.start;
    const text = ctx.doc.text.slice(start, end);
    const long =
      found.find((m) => m.end === end && (m.kind !== 'place' || m.rule === 'name:place-head') && m.form !== 'adjective' && (d.loose || m.start <= start)) ??
      found.find((m) => m.start === start && m.kind === 'organization' && m.canonical === text);
    const existing = found.filter((m) => m.start < acronymEnd && m.end > acronymStart);
    // (Not letters the lexicon knows: "The Air Force (USAF)" stays the US Air Force.)
    // (Unless the letters are the long form's initials in another order, the name in its own language:
    // "the Angolan Armed Forces (FAA)" is not the lexicon's US aviation agency.)
    if (!long || (d.loose && (!stateBody(long) || ((long.entry || existing.some((m) => m.entry)) && !sameLetters(initials(long.text), ctx.doc.text.slice(acronymStart, acronymEnd)))))) continue;
    // Hyphenated letters name weapons as often as bodies ("(JASSM-ER)"): only an organisation's are taken.
    if (d.acronymLast > d.acronymAt && long.kind !== 'organization') continue;
    const mention = mentionFrom(ctx, d.acronymAt, d.acronymLast, {
      kind: long.kind,
      entry: long.entry,
      form: 'acronym',
      rule: d.loose ? 'acronym-foreign' : 'acronym-definition',
      canonical: long.canonical ?? long.text,
    });
    for (const m of existing) found.splice(found.indexOf(m), 1);
    out.push(mention);
    claim(ctx, d.acronymAt, d.acronymLast);
  }
  return out;
}

/** "China Shipbuilding & Offshore International Co (CSOC)": the letters spell the initials but for one word. */
function skipsOne(initials: string, letters: string): boolean {
  if (initials.length !== letters.length + 1) return false;
  for (let k = 1; k < initials.length; k++) if (initials.slice(0, k) + initials.slice(k + 1) === letters) return true;
  return false;
}

/** "Indian Air Force" -> "IAF": the capitals that open its words. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "Angolan Armed Forces (FAA)", from "Forças Armadas Angolanas": the initials in another order. */
function sameLetters(a: string, b: string): boolean {
  const sorted = (x: string) => [...x.replace(/[^\p{Lu}]/gu, '')].sort().join('');
  return a.length >= 3 && sorted(a) === sorted(b);
}

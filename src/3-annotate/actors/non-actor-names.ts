/**
 * Recogniser that runs first and claims what is not an actor, so that no later recogniser takes
 * a part of it: dates and times, market indices, weapon designations ("MiG-29", "HQ-22"),
 * products named by maker and model ("Airbus A380", "Sukhoi Su-35"), currency prefixes ("US$"),
 * "pro-"/"anti-" adjectives, ship classes ("Hamilton-class"), a name before a weapon head noun
 * ("Patriot battery"), and laws,
 * treaties and events ("Countering America's Adversaries Through Sanctions Act").
 */
import { actorRules, namesDocumentOrEvent } from '../../lexicon/actor-rules.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { contextWeaponBeforeHead, weaponLexicon } from '../../lexicon/weapons.js';
import type { Token } from '../../nlp/tokens.js';
import { claim, type SentenceContext } from './context.js';
import { countryWordsAt } from './nested-country.js';

const MODEL_NUMBER = /^(?:\p{Lu}{1,3}-?)?\d{2,4}\p{Lu}{0,3}$/u;

export function claimNonActorNames(ctx: SentenceContext): void {
  claimDates(ctx);
  claimTokenPatterns(ctx);
  claimLawAndEventNames(ctx);
}

/** Tokens inside a date or time ("14:00 UTC", "May 5") are not names. */
function claimDates(ctx: SentenceContext): void {
  for (const timex of ctx.timexes) {
    ctx.tokens.forEach((t, i) => {
      if (t.start >= timex.start && t.end <= timex.end) ctx.claimed[i] = true;
    });
  }
}

function claimTokenPatterns(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const rules = actorRules();
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const t = tokens[i]!;
    const phrase = rules.nonActorPhrases.longestAt(tokens, i);
    if (phrase) {
      claim(ctx, i, phrase.last);
      i = phrase.last;
      continue;
    }
    const designation = designationEnd(tokens, i);
    if (designation !== -1) {
      // The maker before a designation names the product, not the company acting.
      const maker = i > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]!.text) && !ctx.claimed[i - 1] && isMaker(tokens, i - 1) && !makerOfWeapon(tokens, i - 1) ? i - 1 : i;
      claim(ctx, maker, designation);
      i = designation;
      continue;
    }
    const model = tokens[i + 1];
    if (/^\p{Lu}\p{L}+$/u.test(t.text) && model?.spaceBefore && MODEL_NUMBER.test(model.text) && !/^(?:19|20)\d\d$/.test(model.text) && !isKnownPlace(tokens, i)) {
      // ("two Airbus C295 aircraft": a company the lexicon knows stays an actor, the weapon's maker.)
      claim(ctx, makerOfWeapon(tokens, i) ? i + 1 : i, i + 1); // "Airbus A380", "Boeing 787"
      i++;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && tokens[i + 2]?.lower === 'class' && !tokens[i + 2]!.spaceBefore) {
      claim(ctx, i, i + 2); // "a Hamilton-class cutter": a ship class, named after a place or a person
      i += 2;
      continue;
    }
    if (tokens[i + 1]?.text === '$' && !tokens[i + 1]!.spaceBefore && /^\p{Lu}{1,3}$/u.test(t.text)) {
      claim(ctx, i, i); // "US$40 billion"
      continue;
    }
    // ("the Anglo-Italian company": the demonym after it is left to name its state; "Indo-Russia Rifles" is a name.)
    if (rules.combiningForms.has(t.lower) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && tokens[i + 2] !== undefined && !tokens[i + 2]!.spaceBefore && countryWordsAt(tokens, i + 2, i + 3, ['adjective']) !== null) {
      claim(ctx, i, i);
      continue;
    }
    if (/^(?:pro|anti|non)$/i.test(t.text) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && tokens[i + 2] && !tokens[i + 2]!.spaceBefore) {
      claim(ctx, i, i + 2); // "pro-Beijing"
      i += 2;
      continue;
    }
    const weapon = contextWeaponBeforeHead(tokens, i);
    // ("the German-Swedish company Taurus Systems": a capitalised firm's head after the name, in a
    // sentence not written in title case, makes it a firm's name.)
    const firm = ctx.sentence.role !== 'headline' && /^\p{Lu}\p{Ll}/u.test(tokens[weapon + 1]?.text ?? '') && rules.organizationHeads.has(tokens[weapon + 1]!.lower);
    if (weapon !== -1 && !firm) {
      claim(ctx, i, weapon); // "a Patriot battery"
      i = weapon;
    }
  }
}

/** "MiG-29", "HQ-22", "T-72B3": letters, a hyphen and digits written together; -1 if none at i. */
function designationEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const hyphen = tokens[i + 1];
  const digits = tokens[i + 2];
  if (/^\p{L}{1,5}$/u.test(t.text) && hyphen?.text === '-' && !hyphen.spaceBefore && digits && /^\d/.test(digits.text) && !digits.spaceBefore) return i + 2;
  return -1;
}

/** "Germany gave Ukraine 18 tanks": a country or place before a number is no maker. */
function isKnownPlace(tokens: Token[], i: number): boolean {
  const hit = actorLexicon().gazetteer.longestAt(tokens, i, i + 1);
  return Boolean(hit?.payloads.some((p) => p.entry.kind === 'country' || p.entry.kind === 'place'));
}

/**
 * "Airbus C295", "Sukhoi Su-30": a one-word name, not in capitals, that the actor lexicon knows as an
 * organisation, before a weapon's name (not an airliner's: "Boeing 787"). Letters in capitals
 * ("FDI", "ANKA", "CASA") name systems as often as makers.
 */
function makerOfWeapon(tokens: Token[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text)) return false;
  const hit = actorLexicon().gazetteer.longestAt(tokens, i, i + 1);
  // A weapon's name that takes in the model after the maker's ("C295", "Su-30"), not the maker's name alone.
  const weaponAt = (k: number) => {
    const name = weaponLexicon().phrases.longestAt(tokens, k);
    return name !== null && name.last > i && name.payloads.some((p) => p.system);
  };
  return Boolean(hit?.payloads.some((p) => p.entry.kind === 'organization' && p.form === 'name')) && (weaponAt(i) || weaponAt(i + 1));
}

/** A capitalised word right before a designation is its maker when it is a name ("Sukhoi", "Antonov"). */
function isMaker(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  // A country's name, or its capital, before a designation is an actor of its own ("give Ukraine
  // S-300 missiles", "US Patriot systems", "has sent Kyiv Mi-8 helicopters").
  if (countryWordsAt(tokens, i, i + 1, ['capital'])) return false;
  return !/^(?:The|A|An|Its|His|Her|Their|Our)$/.test(token.text) && actorLexicon().countryWords.get(token.lower)?.name.toLowerCase() !== token.lower;
}

function claimLawAndEventNames(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const rules = actorRules();
  if (ctx.allCaps) return;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && !ctx.claimed[j]; j++) {
      if (/^\p{Lu}/u.test(tokens[j]!.text)) last = j;
      else if (!rules.documentNameConnectors.has(tokens[j]!.lower)) break;
    }
    if (last > i && namesDocumentOrEvent(tokens.slice(i, last + 1).map((t) => t.lower))) claim(ctx, i, last);
    i = last;
  }
}

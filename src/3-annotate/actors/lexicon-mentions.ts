/** Recogniser: names, acronyms, capitals and adjectives the actor lexicon knows. */
import type { EntityMention } from '../../model/annotations.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { beforeCurrency } from '../../nlp/tokens.js';
import { actorLexicon, type LexiconHit } from '../../lexicon/actors.js';
import { titleGazetteer } from '../../lexicon/roles.js';
import type { GazetteerHit } from '../../nlp/gazetteer.js';
import { continuesNounPhrase, isCommonWord, isFirstName, isKnownWord, isNounForm } from '../../nlp/word-classes.js';
import { isEnglishWord } from '../../lexicon/english-words.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';
import { countryAfterOf, countryAtStart, stateBodyOwner } from './nested-country.js';
import { startsSentence } from './proper-names.js';

/** Tokens before a dateline's credit ("NEW DELHI, March 3 (PTI)"). */
const CREDIT_REACH = 8;

export function lexiconMentions(ctx: SentenceContext): EntityMention[] {
  const mentions: EntityMention[] = [];
  let nextClaimed = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    if (nextClaimed < i) {
      nextClaimed = i;
      while (nextClaimed < ctx.tokens.length && !ctx.claimed[nextClaimed]) nextClaimed++;
    }
    const hit = longestFreeHit(ctx, i, nextClaimed);
    if (!hit) continue;
    i = hit.last;
    // "US$23.27 million", "A$1.2 billion": a currency's letters, not the country.
    if (beforeCurrency(ctx.tokens, hit.last)) continue;
    // Two or three capitals are an acronym, not a name written in capitals ("GAO" is no "Gao"),
    // unless the whole sentence is in capitals.
    const shortCaps = !ctx.allCaps && hit.first === hit.last && /^\p{Lu}{2,3}$/u.test(ctx.tokens[i]!.text);
    const payloads = shortCaps ? hit.payloads.filter((p) => p.form === 'acronym') : hit.payloads;
    if (payloads.length === 0) continue;
    // Prefer the entity kinds that act (country, organisation, person) over places sharing the name.
    // "ISTANBUL (AA) -": letters in brackets near a sentence's start credit a news agency.
    const credit = ctx.tokens[hit.first - 1]?.text === '(' && ctx.tokens[hit.last + 1]?.text === ')' && hit.first <= CREDIT_REACH;
    const best = (credit ? payloads.find((p) => p.entry.kind === 'media') : undefined) ?? payloads.find((p) => p.entry.kind !== 'place') ?? payloads[0]!;
    const { entry, form } = best;
    // An adjective or demonym at the start of a capitalised name is part of that name
    // ("Serbian Progressive Party"): leave it to the name recogniser.
    if (form === 'adjective' && continuesAsName(ctx, hit.last + 1)) continue;
    // "The National Air Force of Angola": a paper named like an adjective ("The National") inside a longer name.
    if (entry.kind === 'media' && ctx.tokens[hit.first]!.lower === 'the' && continuesAsName(ctx, hit.last + 1)) continue;
    // "the Royal Air Force of Oman": a state's force named for another state's is that state's.
    const ofCountry = entry.kind === 'organization' && entry.memberOf ? countryAfterOf(ctx.tokens, hit.last)?.country : undefined;
    if (ofCountry && ofCountry.id !== entry.memberOf) continue;
    // ("Kenya's Ministry of Defence": so is one another country's possessive owns; a firm's memberOf is its group's.)
    const owner = entry.kind === 'organization' && entry.memberOf ? stateBodyOwner(ctx.tokens, hit.first, hit.last) : null;
    if (owner && owner.id !== entry.memberOf) continue;
    const group = form === 'adjective' && entry.kind === 'country' ? peopleOf(ctx, hit, entry.id) : null;
    if (group) {
      mentions.push(group);
      claim(ctx, hit.first, hit.last);
      continue;
    }
    const person = (entry.kind === 'place' || entry.kind === 'country') && form !== 'adjective' ? personWithPlaceSurname(ctx, hit) : null;
    if (person) {
      mentions.push(person);
      claim(ctx, hit.first - 1, hit.last);
      continue;
    }
    const named = entry.kind === 'country' && form !== 'adjective' ? organizationBeforeCountry(ctx, hit) : null;
    if (named) {
      mentions.push(named);
      claim(ctx, hit.first - 1, hit.last);
      continue;
    }
    // "US government": the country is the name, the body a common noun; "US State Department": both are names.
    const commonNoun = /^\p{Ll}/u.test(ctx.tokens[hit.last]!.text);
    const country = entry.kind === 'organization' || entry.kind === 'media' ? countryAtStart(ctx, hit.first, hit.last, commonNoun) : null;
    if (country) mentions.push(country);
    mentions.push(
      mentionFrom(ctx, hit.first, hit.last, {
        kind: entry.kind,
        entry: entry.id,
        form,
        rule: `lexicon:${form}`,
        ...(entry.kind === 'place' && entry.type ? { placeKind: entry.type } : {}),
        ...(country && commonNoun ? { descriptive: true } : {}),
      }),
    );
    claim(ctx, hit.first, hit.last);
  }
  return mentions;
}

/**
 * The longest lexicon phrase at token i over unclaimed tokens (before `limit`). A phrase ending in a lower-case
 * word that modifies the next noun ("Russian military equipment") is cut back to a shorter
 * phrase ("Russian").
 */
function longestFreeHit(ctx: SentenceContext, i: number, limit: number): GazetteerHit<LexiconHit> | null {
  const { gazetteer } = actorLexicon();
  for (let end = limit; ; ) {
    const hit = gazetteer.longestAt(ctx.tokens, i, end);
    if (!hit) return null;
    const last = ctx.tokens[hit.last]!;
    const next = ctx.tokens[hit.last + 1];
    if (hit.last > i && /^\p{Ll}/u.test(last.text) && next && continuesNounPhrase(next)) {
      end = hit.last;
      continue;
    }
    return hit;
  }
}

/**
 * "Afghans", "about 100,000 Greeks": a plural demonym standing as a noun is a group of people of
 * that country, not the country.
 */
function peopleOf(ctx: SentenceContext, hit: GazetteerHit<LexiconHit>, country: string): EntityMention | null {
  const word = ctx.tokens[hit.last]!;
  if (hit.first !== hit.last || !/\p{Ll}[^s]s$/u.test(word.text)) return null; // "Afghans", not "Swiss"
  const next = ctx.tokens[hit.last + 1];
  if (next && (continuesNounPhrase(next) || isNameStart(next))) return null;
  return mentionFrom(ctx, hit.first, hit.last, { kind: 'group', entry: null, form: 'name', rule: 'lexicon:demonym-plural', memberOf: country });
}

/**
 * "Environment Canada", "Team Estonia", "Hitwise UK": a capitalised word right before a country's
 * name makes one name with it, an organisation (a department, a team, a company's branch).
 */
function organizationBeforeCountry(ctx: SentenceContext, hit: GazetteerHit<LexiconHit>): EntityMention | null {
  const at = hit.first - 1;
  const word = ctx.tokens[at];
  if (!word || ctx.claimed[at] || ctx.allCaps || !/^\p{Lu}[\p{L}\d]+$/u.test(word.text) || !word.spaceBefore && at > 0) return null;
  const rules = actorRules();
  const lower = word.lower;
  if (rules.nonNames.has(lower) || rules.compassWords.has(lower) || isFirstName(lower) || titleGazetteer().longestAt(ctx.tokens, at)) return null;
  if (isCommonWord(lower) && !isNounForm(lower)) return null; // "Later Canada said", "Only Canada"
  if (participleOpening(ctx, at)) return null;
  // "Top U.S. officials": an everyday word that starts a sentence, before a country that modifies a noun.
  const after = ctx.tokens[hit.last + 1];
  if (startsSentence(ctx, at) && isEnglishWord(lower) && !ctx.capitalisedInside.has(lower) && after && continuesNounPhrase(after)) return null;
  const before = ctx.tokens[at - 1];
  if (before && (isNameStart(before) || before.lower === "'s")) return null; // "Prime Minister Canada", "Kevin Jordan"
  return mentionFrom(ctx, at, hit.last, { kind: 'organization', entry: null, form: 'name', rule: 'name:word-before-country' });
}

/**
 * "Valeska Paris", "Kevin Jordan": a given name, or a word that is neither English nor known
 * to compromise, right before a one-word place name makes a person's name with it.
 */
function personWithPlaceSurname(ctx: SentenceContext, hit: GazetteerHit<LexiconHit>): EntityMention | null {
  const at = hit.first - 1;
  const word = ctx.tokens[at];
  if (hit.first !== hit.last || !word || ctx.claimed[at] || ctx.allCaps || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return null;
  const lower = word.lower;
  const given = isFirstName(lower) || (!isKnownWord(lower) && !isEnglishWord(lower));
  if (!given || participleOpening(ctx, at) || actorRules().nonNames.has(lower) || actorRules().compassWords.has(lower) || titleGazetteer().longestAt(ctx.tokens, at)) return null;
  const before = ctx.tokens[at - 1];
  // (Part of a longer name, unless a title ends there: "Col. Xerxes Trinidad", "Gen. Michael Jordan".)
  if (before && isNameStart(before) && before.lower !== 'the' && !titleEndsAt(ctx, at - 1)) return null;
  const after = ctx.tokens[hit.last + 1];
  if (after && isNameStart(after) && after.spaceBefore) return null; // "Valeska Paris Hotel": a longer name the name recogniser reads
  return mentionFrom(ctx, at, hit.last, { kind: 'person', entry: null, form: 'name', rule: 'name:given-name+place' });
}

/** Words a title may have before the name it precedes ("military spokesperson Col."). */
const TITLE_WORDS = 4;

/** A title ends at token `last` ("Col.", "Defence Minister"). */
function titleEndsAt(ctx: SentenceContext, last: number): boolean {
  for (let k = last; k >= 0 && last - k < TITLE_WORDS; k--) if (titleGazetteer().longestAt(ctx.tokens, k)?.last === last) return true;
  return false;
}

/** "Neighboring Romania bought ...", "Neighbouring Hungary": a sentence's first word in -ing is an adjective, no name. */
function participleOpening(ctx: SentenceContext, at: number): boolean {
  return startsSentence(ctx, at) && /\p{Ll}ing$/u.test(ctx.tokens[at]!.text);
}

function isNameStart(t: { text: string }): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function continuesAsName(ctx: SentenceContext, next: number): boolean {
  const a = ctx.tokens[next];
  const b = ctx.tokens[next + 1];
  return Boolean(a && b && !ctx.claimed[next] && !ctx.claimed[next + 1] && /^\p{Lu}\p{Ll}/u.test(a.text) && /^\p{Lu}\p{Ll}/u.test(b.text) && !ctx.allCaps);
}

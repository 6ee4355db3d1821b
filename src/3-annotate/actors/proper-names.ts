/**
 * Recogniser: capitalised names the lexicon lacks ("Peter Stano", "Serbian Progressive Party",
 * "Baranovichi"), typed by their own words (organisation and place heads, first names, titles)
 * and by their context (an apposition with a role, a place preposition, a reporting verb).
 * Names it cannot type are left `kind: 'group'` with rule `name:untyped` for the refiner.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { isRoleWord, titleGazetteer } from '../../lexicon/roles.js';
import { isWeaponName } from '../../lexicon/weapons.js';
import { isCommonWord, isFirstName, isLastName, properNounClass } from '../../nlp/word-classes.js';
import type { Token } from '../../nlp/tokens.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';


/**
 * Names that end in an organisation head ("Balkan Energy Community", "Novi Sad Trade Authority")
 * run before the lexicon, so that a known name inside them does not split them. When the lexicon
 * knows the whole name, the lexicon's entry is used.
 */
export function organizationNames(ctx: SentenceContext): EntityMention[] {
  if (ctx.allCaps) return [];
  const out: EntityMention[] = [];
  const rules = actorRules();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || !startsName(ctx, i)) continue;
    const last = splitAtAnd(ctx, i, chunkEnd(ctx, i));
    i = afterPossessive(ctx, i, last);
    const head = tokens[last]!.lower.replace(/\.$/, '');
    if (last > i && (rules.organizationHeads.has(head) || rules.mediaHeads.has(head)) && !titleGazetteer().longestAt(tokens, i)) {
      const hit = actorLexicon().gazetteer.longestAt(tokens, i, last + 1);
      if (hit?.last === last) {
        const entry = (hit.payloads.find((p) => p.entry.kind !== 'place') ?? hit.payloads[0]!).entry;
        out.push(mentionFrom(ctx, i, last, { kind: entry.kind, entry: entry.id, form: 'name', rule: 'name:organization-head>lexicon' }));
        claim(ctx, i, last);
      } else if (!hit || hit.last < last) {
        const mention = typeName(ctx, i, last);
        if (mention?.kind === 'organization' || mention?.kind === 'media') {
          out.push(mention);
          claim(ctx, tokens.findIndex((t) => t.start === mention.start), last);
        }
      }
    }
    i = last;
  }
  return out;
}

/**
 * "France's Naval Group": a known name and its possessive before a name are not part of it.
 * Returns where the name proper starts.
 */
function afterPossessive(ctx: SentenceContext, first: number, last: number): number {
  for (let j = first + 1; j < last; j++) {
    if (ctx.tokens[j]!.lower !== "'s") continue;
    const owner = actorLexicon().gazetteer.longestAt(ctx.tokens, first, j);
    if (owner?.last === j - 1) return j + 1;
  }
  return first;
}

/** The last token of the capitalised name starting at i; "the" only inside "of the". */
function chunkEnd(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  let last = i;
  for (let j = i + 1; j < tokens.length && !ctx.claimed[j]; j++) {
    const t = tokens[j]!;
    if (isNameToken(t)) last = j;
    else if (isHyphenatedGivenName(tokens, j)) last = ++j; // "Yau Wai-ching", "Park Joo-ho"
    else if (t.lower === 'the' && tokens[j - 1]!.lower !== 'of') break;
    else if (t.text === '-' ? t.spaceBefore || !tokens[j + 1] || tokens[j + 1]!.spaceBefore : !actorRules().nameConnectors.has(t.lower)) break;
  }
  return last;
}

/** A hyphen joining a capitalised syllable to a lower-case one, written together: "Wai-ching". */
function isHyphenatedGivenName(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.text === '-' && !t.spaceBefore && Boolean(next && !next.spaceBefore && /^\p{Ll}+$/u.test(next.text)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]!.text);
}

/** "X Party and Y Authority" are two names: cut at an "and" that follows an organisation head. */
function splitAtAnd(ctx: SentenceContext, first: number, last: number): number {
  const heads = actorRules().organizationHeads;
  for (let j = first + 1; j < last; j++) {
    const t = ctx.tokens[j]!;
    if ((t.lower === 'and' || t.lower === '&') && heads.has(ctx.tokens[j - 1]!.lower.replace(/\.$/, ''))) return j - 1;
  }
  return last;
}

export function properNames(ctx: SentenceContext): EntityMention[] {
  if (ctx.allCaps) return [];
  const out: EntityMention[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || !startsName(ctx, i)) continue;
    const last = splitAtAnd(ctx, i, chunkEnd(ctx, i));
    i = afterPossessive(ctx, i, last);
    const mention = typeName(ctx, i, last);
    i = last;
    if (mention) {
      out.push(mention);
      claim(ctx, tokens.findIndex((t) => t.start === mention.start), tokens.findIndex((t) => t.end === mention.end));
    }
  }
  return out;
}

function isNameToken(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

function startsName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!isNameToken(t)) return false;
  if (actorRules().nonNames.has(t.lower.replace(/\.$/, ''))) return false;
  // "European" alone is an adjective; "European Commission" is a name.
  const next = ctx.tokens[i + 1];
  if (actorRules().loneAdjectives.has(t.lower) && !(next && isNameToken(next))) return false;
  // The first word of a sentence is capitalised anyway: only a name if it is no common word.
  const first = i === 0 || /^["“‘'(]$/.test(ctx.tokens[i - 1]!.text);
  return !(first && isCommonWord(t.lower));
}

function typeName(ctx: SentenceContext, first: number, last: number): EntityMention | null {
  const { tokens } = ctx;
  const rules = actorRules();
  // Trim connectors at the edges ("of", "and", "'s").
  while (last > first && (actorRules().nameConnectors.has(tokens[last]!.lower) || !isNameToken(tokens[last]!))) last--;
  // "and" joins two names unless the whole is an organisation ("Ministry of Trade and Industry").
  const words0 = tokens.slice(first, last + 1);
  const andAt = words0.findIndex((t) => t.lower === 'and' || t.lower === '&');
  const ofBefore = words0.findIndex((t) => t.lower === 'of');
  if (andAt > 0 && !(ofBefore > 0 && ofBefore < andAt) && !rules.organizationHeads.has(tokens[last]!.lower.replace(/\.$/, ''))) last = first + andAt - 1;
  while (last > first && actorRules().nameConnectors.has(tokens[last]!.lower)) last--;
  // Split titles off the front: "Foreign Minister Sergei Lavrov", "Gen. Smith"; but a name with
  // an organisation head keeps its first word ("General Motors", "President Hotels Group").
  let nameStart = first;
  let role: string | undefined;
  const title = rules.organizationHeads.has(tokens[last]!.lower.replace(/\.$/, '')) ? null : titleGazetteer().longestAt(tokens, first);
  if (title && title.last < last) {
    // "High Commissioner for Foreign and Security": a title phrase, no name after it.
    if (!isNameToken(tokens[title.last + 1]!)) return null;
    role = ctx.doc.text.slice(title.start, title.end);
    nameStart = title.last + 1;
  } else if (title && title.last >= last) {
    return null; // a title alone ("President"): the roles step links it to a person
  }

  const words = tokens.slice(nameStart, last + 1);
  const lowerWords = words.map((t) => t.lower.replace(/\.$/, ''));
  const head = lowerWords[lowerWords.length - 1]!;
  if (isWeaponName(tokens, nameStart, last) || words.some((t) => /\p{L}-?\d|\d-?\p{L}/u.test(t.text))) return null; // weapons, products
  if (words.length === 1 && /^\p{L}\.?$/u.test(words[0]!.text)) return null; // a lone initial
  if (rules.lawHeads.has(head) || (rules.eventHeads.has(head) && !rules.placeHeads.has(head))) return null;

  const make = (kind: EntityMention['kind'], rule: string, extra: Partial<EntityMention> = {}) =>
    mentionFrom(ctx, nameStart, last, { kind, entry: null, form: 'name', rule, ...(role ? { role } : {}), ...extra });

  if (rules.placeHeads.has(head) && words.length > 1) return make('place', 'name:place-head', { placeKind: head });
  if (rules.mediaHeads.has(head) && words.length > 1 && !role) {
    // "The Jakarta Post": the article is part of a newspaper's name.
    const the = tokens[nameStart - 1]?.text === 'The' ? nameStart - 1 : nameStart;
    return mentionFrom(ctx, the, last, { kind: 'media', entry: null, form: 'name', rule: 'name:media-head' });
  }
  if (rules.organizationHeads.has(head) && words.length > 1) {
    // "Nigerian Air Force", "Kenya Defence Forces": a country's name or adjective first makes it part of that state.
    const country = actorLexicon().countryWords.get(lowerWords[0]!) ?? actorLexicon().countryWords.get(`${lowerWords[0]} ${lowerWords[1]}`);
    return make('organization', 'name:organization-head', country ? { memberOf: country.id } : {});
  }
  if (rules.organizationHeads.has(head) && words.length === 1 && isAcronymToken(words[0]!)) return make('organization', 'name:acronym');
  if (words.length > 2 && rules.organizationStarts.has(lowerWords[0]!) && lowerWords[1] === 'of') return make('organization', 'name:organization-start');
  if (role) return make('person', 'name:after-title');
  const known = properNounClass(lowerWords.join(' '));
  if (known) return make(known, 'name:known-word', known === 'place' ? { placeKind: 'location' } : {});
  if (words.length >= 2 && isFirstName(lowerWords[0]!) && !lowerWords.some((w) => actorRules().nameConnectors.has(w))) return make('person', 'name:first-name');
  if (words.length >= 3 && words.length <= 4 && lowerWords.includes('-') && !lowerWords.some((w) => actorRules().nameConnectors.has(w) && w !== '-')) return make('person', 'name:hyphenated-given-name');
  if (hasRoleApposition(ctx, last)) return make('person', 'name:role-apposition');
  const before = tokens[nameStart - 1];
  if (words.length === 1 && before && rules.placePrepositions.has(before.lower) && !isAcronymToken(words[0]!)) return make('place', 'name:after-preposition', { placeKind: 'location' });
  if (followedByCountry(ctx, last)) return make('place', 'name:city-country', { placeKind: 'city' });
  if (words.length >= 2 && words.length <= 3 && followedByPersonVerb(ctx, last)) return make('person', 'name:speaker');
  if (words.length >= 2 && isLastName(head)) return make('person', 'name:last-name');
  if (words.length === 1 && isAcronymToken(words[0]!)) return make('organization', 'name:acronym', { form: 'acronym' });
  return make('group', 'name:untyped');
}

function isAcronymToken(t: Token): boolean {
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** "Matthew Palmer, the State Department special envoy ..." / "Peter Stano, a spokesperson for ..." */
function hasRoleApposition(ctx: SentenceContext, last: number): boolean {
  const { tokens } = ctx;
  if (tokens[last + 1]?.text !== ',') return false;
  const det = tokens[last + 2]?.lower;
  const from = det === 'a' || det === 'an' || det === 'the' ? last + 3 : last + 2;
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.') break;
    if (isRoleWord(t.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

function followedByCountry(ctx: SentenceContext, last: number): boolean {
  const comma = ctx.tokens[last + 1];
  const next = ctx.tokens[last + 2];
  if (comma?.text !== ',' || !next) return false;
  const hit = actorLexicon().gazetteer.longestAt(ctx.tokens, last + 2);
  return Boolean(hit?.payloads.some((p) => p.entry.kind === 'country' && p.form === 'name'));
}

function followedByPersonVerb(ctx: SentenceContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return Boolean(next && actorRules().personVerbs.has(next.lower));
}

export { isNameToken };

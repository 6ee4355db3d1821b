/**
 * Recogniser: capitalised names the lexicon lacks ("Peter Stano", "Serbian Progressive Party",
 * "Baranovichi"), typed by their own words (organisation and place heads, first names, titles)
 * and by their context (an apposition with a role, a place preposition, a reporting verb).
 * Names it cannot type are left `kind: 'group'` with rule `name:untyped` for the refiner.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon, isAcronym } from '../../lexicon/actors.js';
import { actorRules, namesDocumentOrEvent } from '../../lexicon/actor-rules.js';
import { isRoleWord, titleGazetteer } from '../../lexicon/roles.js';
import { isEnglishWord } from '../../lexicon/english-words.js';
import { isWeaponName } from '../../lexicon/weapons.js';
import { isCommonWord, isFirstName, isKnownWord, isLastName, properNounClass } from '../../nlp/word-classes.js';
import { isPossessiveMark, type Token } from '../../nlp/tokens.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';
import { countryAfterOf, countryAtStart, countryWordsAt, stateBodyOwner } from './nested-country.js';


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
    const opening = last > i + 1 && rules.organizationStarts.has(tokens[i]!.lower) && /^(?:of|for|on)$/.test(tokens[i + 1]!.lower); // "Council on Foreign Relations"
    if (last > i && (rules.organizationHeads.has(head) || rules.mediaHeads.has(head) || opening) && !titleGazetteer().longestAt(tokens, i)) {
      const hit = actorLexicon().gazetteer.longestAt(tokens, i, last + 1);
      // ("China North Industries Group Corp.": a name the lexicon knows, then a legal form.)
      const legalForm = hit?.last === last - 1 && rules.companySuffixes.has(head) && hit.payloads.some((p) => p.entry.kind === 'organization');
      const known = hit && (hit.last === last || legalForm) ? (hit.payloads.find((p) => p.entry.kind !== 'place') ?? hit.payloads[0]!).entry : null;
      // "Panama's National Aeronaval Service", "Kenya's Ministry of Defence": a state body after a
      // country's possessive is that country's, not the one the lexicon gives the same name.
      const possessor = stateBodyOwner(tokens, i, last);
      if (known && !(possessor && known.memberOf && known.memberOf !== possessor.id)) {
        const country = countryAtStart(ctx, i, last, false);
        if (country) out.push(country);
        out.push(mentionFrom(ctx, i, last, { kind: known.kind, entry: known.id, form: 'name', rule: 'name:organization-head>lexicon' }));
        claim(ctx, i, last);
      } else if (!hit || hit.last < last || known) {
        const mention = typeName(ctx, i, last);
        if (mention?.kind === 'organization' && possessor && !mention.memberOf) mention.memberOf = possessor.id;
        if (mention?.kind === 'organization' || mention?.kind === 'media') {
          const first = tokens.findIndex((t) => t.start === mention.start);
          const country = countryAtStart(ctx, tokens[first]!.lower === 'the' ? first + 1 : first, last, false);
          if (country) out.push(country);
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
    if (t.lower !== 'and' && t.lower !== '&') continue;
    if (heads.has(ctx.tokens[j - 1]!.lower.replace(/\.$/, ''))) return j - 1;
    // "Toyota and General Motors": the lexicon knows the first name whole, and it stops before "and".
    const known = actorLexicon().gazetteer.longestAt(ctx.tokens, first, last + 1);
    if (known?.last === j - 1 && known.payloads.some((p) => p.entry.kind !== 'place' && p.entry.kind !== 'person' && p.form === 'name')) return j - 1;
  }
  return last;
}

export function properNames(ctx: SentenceContext): EntityMention[] {
  if (ctx.allCaps) return [];
  const out: EntityMention[] = [];
  const { tokens } = ctx;
  const take = (mention: EntityMention): number => {
    const first = tokens.findIndex((t) => t.start === mention.start);
    const end = tokens.findIndex((t) => t.end === mention.end);
    out.push(mention);
    claim(ctx, first, end);
    return end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || !startsName(ctx, i)) continue;
    const last = splitAtAnd(ctx, i, chunkEnd(ctx, i));
    i = afterPossessive(ctx, i, last);
    const owner = possessiveOwner(ctx, i, last);
    if (owner !== -1) {
      const mention = typeName(ctx, i, owner);
      if (mention) take(mention);
      i = owner + 2;
    }
    const mention = typeName(ctx, i, last);
    // A name cut short ("Kwok Ka-ki and Andrew Wan", "Ann Chiang of DAB"): what follows is read again.
    i = mention ? Math.max(take(mention), i) : last;
  }
  return out;
}

/**
 * "DAB's Ben Chan", "New People Party's Regina Ip": the owner before a possessive inside a run of
 * capitalised words is a name of its own. Returns the owner's last token, or -1 when the
 * possessive belongs to the name ("People's Liberation Army": the name ends in an organisation head).
 */
function possessiveOwner(ctx: SentenceContext, first: number, last: number): number {
  const rules = actorRules();
  const head = ctx.tokens[last]!.lower.replace(/\.$/, '');
  if (rules.organizationHeads.has(head) || rules.mediaHeads.has(head)) return -1;
  for (let j = first + 1; j < last; j++) if (ctx.tokens[j]!.lower === "'s" && isNameToken(ctx.tokens[j + 1]!)) return j - 1;
  return -1;
}

/**
 * "the Government signed", "the Cabinet approved": a home body's noun some newsrooms capitalise, alone
 * after "the", is the description of the dateline's body, not a name ("the Government of Ghana" is one).
 */
export function capitalisedHomeBody(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const rules = actorRules();
  return tokens[i - 1]?.lower === 'the' && (rules.homeBodyNouns.has(tokens[i]!.lower) || rules.homeForceNouns.has(tokens[i]!.lower)) && !(next && (isNameToken(next) || next.lower === 'of'));
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
  if (capitalisedHomeBody(ctx.tokens, i)) return false;
  // The first word of a sentence or line is capitalised anyway: only a name if it is no common
  // word, or if the story writes it with a capital elsewhere too ("Ford said ... sales at Ford").
  if (!startsSentence(ctx, i) || isFirstName(t.lower)) return true;
  if (isCommonWord(t.lower)) return false;
  return !isEnglishWord(t.lower) || Boolean(next?.spaceBefore && isNameToken(next)) || ctx.capitalisedInside.has(t.lower);
}

/** Words the story writes with a capital inside a sentence, not only at its start (lower-cased). */
export function capitalisedInsideSentences(ctx: Pick<SentenceContext, 'doc' | 'tokens'>, into: Set<string>): void {
  for (let i = 1; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (/^\p{Lu}\p{Ll}/u.test(t.text) && !startsSentence(ctx, i)) into.add(t.lower);
  }
}

/** The first word of its sentence, of its line (a headline after a dateline), of a quotation, or after a dateline's dash. */
export function startsSentence(ctx: Pick<SentenceContext, 'doc' | 'tokens'>, i: number): boolean {
  if (i === 0 || /^["“‘'(]$/.test(ctx.tokens[i - 1]!.text)) return true;
  // After a dateline's dash ("WASHINGTON, March 3 - Top officials ...").
  const before = ctx.tokens[i - 1]!;
  if (/^[-–—]$/.test(before.text) && before.spaceBefore && ctx.tokens[i]!.spaceBefore) return true;
  const text = ctx.doc.text;
  for (let at = ctx.tokens[i - 1]!.end; at < ctx.tokens[i]!.start; at++) if (text[at] === '\n') return true;
  return false;
}

function typeName(ctx: SentenceContext, first: number, last: number): EntityMention | null {
  const { tokens } = ctx;
  const rules = actorRules();
  // Trim connectors and words that are never names at the edges ("of", "and", "'s", "on Monday").
  while (last > first && (actorRules().nameConnectors.has(tokens[last]!.lower) || !isNameToken(tokens[last]!) || actorRules().nonNames.has(tokens[last]!.lower.replace(/\.$/, '')))) last--;
  // "and" joins two names unless the whole is an organisation ("Ministry of Trade and Industry"),
  // and a person's name before it is never part of one ("Tam Ka-wing and Andrew Pullman of the Green Party").
  const words0 = tokens.slice(first, last + 1);
  const andAt = words0.findIndex((t) => t.lower === 'and' || t.lower === '&');
  const ofBefore = words0.findIndex((t) => t.lower === 'of');
  if (andAt > 0 && !(ofBefore > 0 && ofBefore < andAt) && (!rules.organizationHeads.has(tokens[last]!.lower.replace(/\.$/, '')) || looksLikePerson(tokens, first, first + andAt - 1))) {
    last = first + andAt - 1;
  }
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

  last = personBeforeOf(tokens, nameStart, last);
  const words = tokens.slice(nameStart, last + 1);
  const lowerWords = words.map((t) => t.lower.replace(/\.$/, ''));
  // "Turkish" left of "Defense Minister Yasar Guler" once the title is split off: the country's adjective.
  const country = words.length === 1 ? actorLexicon().countryWords.get(lowerWords[0]!) : undefined;
  // ("a Car Nicobar-class craft": a country's acronym, "CAR", only in capitals.)
  const lowerAcronym = (word: Token) => word.text !== word.text.toUpperCase() && Boolean(country?.aliases.some((a) => isAcronym(a) && a.toLowerCase() === word.lower));
  if (country && !lowerAcronym(words[0]!) && lowerWords[0] !== country.name.toLowerCase()) return mentionFrom(ctx, nameStart, last, { kind: 'country', entry: country.id, form: 'adjective', rule: 'name:country-adjective' });
  const head = lowerWords[lowerWords.length - 1]!;
  if (isWeaponName(tokens, nameStart, last) || words.some((t) => /\p{L}-?\d|\d-?\p{L}/u.test(t.text))) return null; // weapons, products
  if (words.length === 1 && /^\p{L}\.?$/u.test(words[0]!.text)) return null; // a lone initial
  if (words.length === 1 && isAcronymToken(words[0]!) && !isActorAcronym(words[0]!)) return null;
  // "University exhibits", "Party officials": a head word alone, with no "the" to make it a name.
  if (words.length === 1 && tokens[nameStart - 1]?.lower !== 'the' && (rules.organizationHeads.has(head) || rules.placeHeads.has(head)) && isEnglishWord(head)) return null;
  if (namesDocumentOrEvent(lowerWords)) return null;
  // "Japan's Official Security Assistance (OSA) programme": a name that the word after it calls a programme.
  const after = tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' ? last + 4 : last + 1;
  if (rules.programmeNouns.has(tokens[after]?.text ?? '')) return null;

  const make = (kind: EntityMention['kind'], rule: string, extra: Partial<EntityMention> = {}) =>
    mentionFrom(ctx, nameStart, last, { kind, entry: null, form: 'name', rule, ...(role ? { role } : {}), ...extra });

  if (words.length === 1 && rules.peopleGroups.has(head)) return make('group', 'name:people-group');
  // "GEELONG, July 8 (Geelong Advertiser) -": the place a dateline opens with, which the lexicon lacks, is a town.
  if (datelinePlace(ctx, nameStart, last)) return make('place', 'name:dateline-place', { placeKind: 'city' });
  if (rules.placeHeads.has(head) && words.length > 1) return make('place', 'name:place-head', { placeKind: head });
  // "Jim Press", "Emily Post": a given name and a word that also ends newspaper names is a person.
  if (words.length === 2 && rules.mediaHeads.has(head) && isFirstName(lowerWords[0]!) && !isEnglishWord(lowerWords[0]!) && tokens[nameStart - 1]?.lower !== 'the') return make('person', 'name:first-name');
  if (rules.mediaHeads.has(head) && words.length > 1 && !role) {
    // "The Jakarta Post": the article is part of a newspaper's name.
    const the = tokens[nameStart - 1]?.text === 'The' ? nameStart - 1 : nameStart;
    return mentionFrom(ctx, the, last, { kind: 'media', entry: null, form: 'name', rule: 'name:media-head' });
  }
  if (rules.organizationHeads.has(head) && words.length > 1) {
    // "Nigerian Air Force", "Kenya Defence Forces": a country's name or adjective first makes it part of that state.
    // "Royal Moroccan Armed Forces": a crown's title before the country's adjective.
    const from = /^(?:royal|imperial)$/.test(lowerWords[0]!) && words.length > 2 ? 1 : 0;
    const country = countryWordsAt(tokens, nameStart + from, last, ['name', 'acronym', 'adjective'])?.entry ?? actorLexicon().countryWords.get(lowerWords[from]!);
    if (country) return make('organization', 'name:organization-head', { memberOf: country.id });
    // "the National Air Force of Angola": the country named after "of" (a mention of its own) owns it.
    const after = countryAfterOf(tokens, last);
    if (after) return make('organization', 'name:organization-head', { memberOf: after.country.id, canonical: ctx.doc.text.slice(tokens[nameStart]!.start, tokens[after.at]!.end) });
    return make('organization', 'name:organization-head');
  }
  if (rules.organizationHeads.has(head) && words.length === 1 && isAcronymToken(words[0]!)) return make('organization', 'name:acronym');
  // "Ministry of Defence", "Italian Supreme Court of Cassation": a body word right before of/for/on.
  const linkAt = lowerWords.findIndex((w, k) => k > 0 && /^(?:of|for|on)$/.test(w));
  if (linkAt > 0 && linkAt < words.length - 1 && rules.organizationStarts.has(lowerWords[linkAt - 1]!)) return make('organization', 'name:organization-start');
  if (role) return make('person', 'name:after-title');
  // "French shipbuilder Piriou", "the defence firm Ocea": a name a company noun describes.
  const described = tokens[nameStart - 1];
  // ("arms trader Viktor Bout": a given name that is no English word opens a person's name.)
  const person = words.length >= 2 && isFirstName(lowerWords[0]!) && !isEnglishWord(lowerWords[0]!);
  if (described && rules.companyNouns.has(described.lower) && words.length <= 3 && !person) return make('organization', 'name:after-company-noun');
  if (words.length <= 3 && ownedFirm(tokens, nameStart) && !isFirstName(lowerWords[0]!) && !isLastName(head)) return make('organization', 'name:country-firm');
  const known = properNounClass(lowerWords.join(' '));
  if (known) return make(known, 'name:known-word', known === 'place' ? { placeKind: 'location' } : {});
  if (words.length >= 2 && isFirstName(lowerWords[0]!) && !lowerWords.some((w) => actorRules().nameConnectors.has(w))) return make('person', 'name:first-name');
  if (words.length >= 3 && words.length <= 4 && lowerWords.includes('-') && !lowerWords.some((w) => actorRules().nameConnectors.has(w) && w !== '-')) return make('person', 'name:hyphenated-given-name');
  // "lie to Daniel": a given name alone is a person, whatever the preposition before it.
  if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(words[0]!.text) && isFirstName(head) && !isEnglishWord(head) && !followedByPlace(ctx, last)) return make('person', 'name:given-name');
  if (hasRoleApposition(ctx, last)) return make('person', 'name:role-apposition');
  const before = tokens[nameStart - 1];
  if (words.length === 1 && before && rules.placePrepositions.has(before.lower) && !isAcronymToken(words[0]!)) return make('place', 'name:after-preposition', { placeKind: 'location' });
  if (followedByCountry(ctx, last)) return make('place', 'name:city-country', { placeKind: 'city' });
  if (words.length >= 2 && words.length <= 3 && followedByPersonVerb(ctx, last)) return make('person', 'name:speaker');
  if (words.length >= 2 && isLastName(head)) return make('person', 'name:last-name');
  // "worth DKK 4.2 billion", "SEK 500 million": capitals before an amount are a currency.
  if (words.length === 1 && /^\p{Lu}{3}$/u.test(words[0]!.text) && /^\d/.test(tokens[last + 1]?.text ?? '')) return null;
  if (words.length === 1 && isAcronymToken(words[0]!)) return make('organization', 'name:acronym', { form: 'acronym' });
  if (words.length >= 2 && rules.organizationFirstWords.has(lowerWords[0]!)) return make('organization', 'name:organization-first-word');
  if (words.length >= 2 && rules.placeFirstWords.has(lowerWords[0]!)) return make('place', 'name:place-first-word', { placeKind: 'location' });
  if (isForeignPersonName(words)) return make('person', 'name:unknown-words');
  return make('group', 'name:untyped');
}

/**
 * "Ann Chiang of DAB", "Lee Cheuk-yan of the Labour Party": a person's name, then "of" and the
 * body the person belongs to. Returns where the person's name ends (or `last` when the name is
 * not such a pair: "Bank of England", "University of Texas").
 */
function personBeforeOf(tokens: Token[], first: number, last: number): number {
  for (let k = first + 2; k < last; k++) if (tokens[k]!.lower === 'of') return looksLikePerson(tokens, first, k - 1) ? k - 1 : last;
  return last;
}

/** Two to four capitalised words starting with a known first name, or with a hyphenated given name ("Lee Cheuk-yan"). */
function looksLikePerson(tokens: Token[], first: number, last: number): boolean {
  const span = tokens.slice(first, last + 1);
  const glued = (k: number) => k > 0 && !span[k]!.spaceBefore && span[k - 1]!.text === '-'; // "Ka-wing"
  if (span.length < 2 || !span.every((t, k) => isNameToken(t) || (t.text === '-' && !t.spaceBefore) || glued(k))) return false;
  const names = span.filter((t) => t.text !== '-').length;
  return names <= 4 && (isFirstName(span[0]!.lower) || span.some((t) => t.text === '-'));
}

/**
 * Two or three capitalised words, none of them an English word nor a word compromise knows:
 * "Romelu Lukaku", "Thibaut Courtois". Organisations and places without a head word rarely look
 * like that; people named without a known first name mostly do.
 */
function isForeignPersonName(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  return words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isEnglishWord(t.lower) && (!isKnownWord(t.lower) || isLastName(t.lower) || isFirstName(t.lower)));
}

/** Capitals that can name an actor: not a Roman numeral, an everyday word ("UNLESS") or a known non-actor abbreviation ("CEO"). */
function isActorAcronym(t: Token): boolean {
  const bare = t.lower.replace(/\./g, '');
  // Short capitals are often an English word by chance ("DAB", "BAT"); longer ones are shouted words ("UNLESS").
  return !/^[ivxlcdm]+$/.test(bare) && !(bare.length >= 4 && isEnglishWord(bare)) && !actorRules().nonActorAcronyms.has(bare);
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

/** "Everett, Washington": a comma and a place or state the lexicon knows. */
function followedByPlace(ctx: SentenceContext, last: number): boolean {
  if (ctx.tokens[last + 1]?.text !== ',' || !ctx.tokens[last + 2]) return false;
  const hit = actorLexicon().gazetteer.longestAt(ctx.tokens, last + 2);
  return Boolean(hit?.payloads.some((p) => p.entry.kind === 'country' || p.entry.kind === 'place'));
}

function followedByPersonVerb(ctx: SentenceContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return Boolean(next && actorRules().personVerbs.has(next.lower));
}

export { isNameToken };

/**
 * "built by France's Piriou", "ordered from South Korea's Hanwha": a name a country owns, right after a
 * maker's or seller's preposition, is a firm ("France's Macron" after no such word is not).
 */
function ownedFirm(tokens: readonly Token[], nameStart: number): boolean {
  if (!isPossessiveMark(tokens[nameStart - 1])) return false;
  const countries = actorLexicon().countryWords;
  for (const size of [1, 2]) {
    const first = nameStart - 1 - size;
    const words = tokens.slice(first, nameStart - 1).map((t) => t.lower).join(' ');
    const country = first >= 1 ? countries.get(words) : undefined;
    if (country?.kind === 'country' && actorRules().firmPrepositions.has(tokens[first - 1]!.lower)) return true;
  }
  return false;
}

/** Whether tokens first..last open the story's wire dateline and end at its first comma, bracket or dash. */
function datelinePlace(ctx: SentenceContext, first: number, last: number): boolean {
  const dateline = ctx.doc.layout.dateline;
  const { tokens } = ctx;
  if (!dateline || tokens[first]!.start !== dateline.start || tokens[last]!.end > dateline.end) return false;
  return /^[,(–—-]$/.test(tokens[last + 1]?.text ?? '');
}

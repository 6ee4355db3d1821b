/**
 * Clauses of a sentence, as token ranges: a transfer's status, parties and date are read inside
 * one clause. A clause ends at a semicolon, before a contrast word ("but", "while", "although"),
 * after a reporting verb ("Vucic said | Serbia would stop buying"), before a subordinator with a
 * subject pronoun ("was removed from the programme | after it bought"), at ", and" before a subject
 * and a finite verb of its own (", and | Swedish-made Archer howitzers were delivered", ", and | Sweden
 * pledged"), around a
 * partitive relative (", | the first of which arrived in March | ,"), and before a complementiser
 * "that" ("confirmed on Wednesday | that the Pantsir arrived"). Relative clauses stay with their
 * antecedent: "bought six jets, which will be delivered next year" is one transfer.
 */
import { isWeekday, monthNumber } from '../../2-segment/dateline.js';
import { joinedByHyphen, opensWord, phraseAt, type Token } from '../../nlp/tokens.js';
import { isGerund, isNounForm, isVerbForm } from '../../nlp/word-classes.js';
import { transferRules } from './rules.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { countedUnitsEnd, isCount, opensHeadNoun, weaponLexicon } from '../../lexicon/weapons.js';

export interface Clause {
  /** Token indices into the sentence's tokens, inclusive. */
  first: number;
  last: number;
  /** "... to Kyiv in 2023 | and ordered 19 guns from Elbit": a verb phrase that shares the clause before's subject. */
  sharesSubject?: boolean;
  /** "there is no evidence | that the jets have arrived": the complement of a negated statement. */
  negated?: boolean;
  /** "Croatia to acquire 50 Leopard tanks, | donate M-84s to Ukraine": a headline's verb under the "to" of the clause before. */
  planned?: boolean;
  /** ", | the first of which are due next year": a partitive relative, about the goods before it. */
  partitive?: boolean;
  /** ", | which it had bought second-hand from Austria | ,": an object relative with a transfer verb of its own, about the goods before it. */
  relative?: boolean;
  /** "The first four Leopards, which Ottawa pledged in January, | have already been flown to Poland": the clause an object relative interrupted goes on. */
  resumes?: boolean;
  /** ", | which will replace Urutu models bought from Brazil | ,": a subject relative with no transfer verb of its own, set off inside the clause it interrupts. */
  aside?: boolean;
  /** "After receiving TB2 drones in 2022, | Mali has ordered the Akinci": an opening gerund phrase, its subject the next clause's. */
  subjectAfter?: boolean;
}

/** Words a reporting tail may hold after its verb: "told reporters on Friday". */
const TAIL_WORDS = 4;
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const COMPLEMENT_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'it', 'they', 'he', 'she', 'we', 'i', 'some', 'all', 'any', 'none']);

export function splitClauses(tokens: readonly Token[], headline = false, isActorEnd: (i: number) => boolean = () => false, isGoods: (i: number) => boolean = () => false, disavowedNext = false): Clause[] {
  const rules = transferRules();
  const clauses: Clause[] = [];
  let first = 0;
  let shares = false;
  let negated = false;
  // Inside a partitive relative (", the first six of which arrived in April"), which ends at its comma.
  let partitive = false;
  let relative = false;
  let resumes = false;
  let inAside = false;
  // The aside is a relative on a name: "Hungary, | whose parliament has approved ..., | has promised".
  let onName = false;
  let pendingPlan = false;
  // Inside a relative a party's preposition opened (", from which it received ..."), which ends at its comma.
  let prepositional = false;
  const close = (last: number, next: number, nextShares = false, nextNegated = false) => {
    const planned = pendingPlan;
    pendingPlan = false;
    if (last >= first) clauses.push({ first, last, ...(first === 0 && last + 1 === gerundEnd ? { subjectAfter: true } : {}), ...(shares ? { sharesSubject: true } : {}), ...(negated ? { negated: true } : {}), ...(planned ? { planned: true } : {}), ...(partitive ? { partitive: true } : {}), ...(relative ? { relative: true } : {}), ...(resumes ? { resumes: true } : {}), ...(inAside ? { aside: true } : {}) });
    first = next;
    resumes = relative || inAside;
    partitive = false;
    relative = false;
    inAside = false;
    shares = nextShares;
    negated = nextNegated;
  };
  // "With the Black Hawks now in service, | Latvia has given Ukraine its Mi-17s": an opening absolute
  // phrase tells a state of things, not the main clause's goods.
  const absoluteEnd = tokens[0]?.lower === 'with' ? closingComma(tokens, 1) : null;
  // "After receiving TB2 drones in 2022, | Mali has ordered the Akinci": an opening gerund phrase tells
  // a transfer of its own, its subject the main clause's.
  const gerundEnd = rules.subordinators.has(tokens[0]?.lower ?? '') && isGerund(tokens[1]?.text ?? '') ? closingComma(tokens, 2) : null;
  // "Until the first P-8A arrives, | the Air Force will lease two Dash 8s": an opening subordinate
  // clause with a verb of its own tells a stage of its own goods, not the main clause's.
  const subordinateEnd = gerundEnd === null ? frontedSubordinateEnd(tokens) : null;
  // Where a relative with no commas ends and the clause it interrupts goes on ("helicopters that Angola
  // had bought from Russia | were handed over by Luanda").
  let restrictiveEnd: number | null = null;
  // "The Chilean Air Force (Fuerza Aérea de Chile: FACh) has ordered": a colon or a semicolon inside
  // brackets breaks no clause.
  let bracketed = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === '(') bracketed++;
    else if (token.text === ')' && bracketed > 0) bracketed--;
    else if (bracketed > 0 && (token.text === ':' || token.text === ';')) continue;
    if (i === absoluteEnd || i === gerundEnd || i === subordinateEnd) {
      close(i - 1, i + 1);
      continue;
    }
    if (i === restrictiveEnd) close(i - 1, i);
    // (A headline lists no goods with semicolons: "... sign joint IRIS-T deal; Riga to pass Stingers on to Ukraine".)
    if (token.text === ';' && !headline && listGoesOn(tokens, i + 1)) continue;
    // A headline's comma joins two statements: "drops plan to buy Su-35 jets, turns to French Rafales".
    if (token.text === ';') close(i - 1, i + 1);
    // "the most heavily armed in the fleet: | MBDA has supplied ...": a colon before a clause of its own (not a list).
    else if (token.text === ':' && i > first && opensClause(tokens, i + 1)) close(i - 1, i + 1);
    else if (headline && token.text === ',') {
      // "Croatia to acquire 50 tanks, donate M-84s": the headline's "to" plans both verbs.
      const verbAt = (k: number) => /^\p{Ll}/u.test(tokens[k]?.text ?? '') && (isVerbForm(tokens[k]!.lower) || Boolean(rules.cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb')));
      const planned = /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && (pendingPlan || tokens.slice(first, i).some((t, k) => t.lower === 'to' && verbAt(first + k + 1)));
      close(i - 1, i + 1);
      if (planned) pendingPlan = true;
    }
    // ", and the first of them arrived in Yerevan": a coordinated partitive, about the goods before it.
    else if (token.text === ',' && tokens[i + 1]?.lower === 'and' && i > first && partitiveOf(tokens, i + 2)) {
      close(i - 1, i + 1);
      partitive = true;
    }
    else if (token.text === ',' && tokens[i + 1]?.lower === 'and' && i > first && opensClause(tokens, i + 2)) close(i - 1, i + 1);
    // (", and as NATO ally Croatia took the last of its Rafales": so does one after a subordinator.)
    else if (token.text === ',' && tokens[i + 1]?.lower === 'and' && i > first && rules.subordinators.has(tokens[i + 2]?.lower ?? '') && opensClause(tokens, i + 3)) close(i - 1, i + 1);
    else if (token.text === ',' && i > first && partitiveRelative(tokens, i + 1)) {
      close(i - 1, i + 1);
      partitive = true;
    } else if (token.text === ',' && i > first && (objectRelative(tokens, i + 1) || (isActorEnd(i - 1) && subjectRelative(tokens, i + 1) && verbBefore(tokens, first, i)))) {
      close(i - 1, i + 1);
      relative = true;
    } else if (token.text === ',' && i > first && ((!isActorEnd(i - 1) && asideRelative(tokens, i + 1)) || (isActorEnd(i - 1) && (whoseAside(tokens, i + 1) || whichAside(tokens, i + 1))))) {
      close(i - 1, i + 1);
      inAside = true;
      onName = isActorEnd(i - 1);
    } else if (token.text === ',' && (partitive || relative || inAside || (prepositional && /^(?:and|but|while)$/.test(tokens[i + 1]?.lower ?? ''))) && !partyListGoesOn(tokens, i, isActorEnd)) {
      // (", from which it received Leopard 2 tanks, | and Poland, which sent T-72s": the relative ends
      // where the sentence goes on; an apposition inside it, "the export version of the HQ-9", does not end it.)
      // (After an aside on a name, the clause goes on with that name's verb.)
      close(i - 1, i + 1, onName && inAside);
      onName = false;
      prepositional = false;
    }
    // "and to Russia, | from which Nigeria took delivery of Mi-35M helicopters": a relative opened by a
    // party's preposition tells a transfer of its own.
    else if (token.text === ',' && i > first && /^(?:from|to)$/.test(tokens[i + 1]?.lower ?? '') && /^(?:which|whom)$/.test(tokens[i + 2]?.lower ?? '')) {
      close(i - 1, i + 1);
      prepositional = true;
    }
    // "under a swap | in which Germany supplied Athens with 40 Marders": a relative opened by a
    // preposition, with a subject and a transfer verb of its own, tells its own transfer.
    // "from the United States, a plan | Lambrecht scrapped in March": a contact relative on a plan or a
    // deal in apposition tells what befell it, like "a plan that Lambrecht scrapped".
    else if ((rules.planNouns.has(token.lower) || rules.dealNouns.has(token.lower)) && /^(?:a|the)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',' && i - 2 > first && namedSubjectOfCue(tokens, i + 1, headline, isGoods)) close(i, i + 1);
    else if (rules.relativePrepositions.has(token.lower) && tokens[i + 1]?.lower === 'which' && i > first && (SUBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') || namedSubjectOfCue(tokens, i + 2, headline, isGoods))) close(i - 1, i);
    // "handed over 19 howitzers to Kyiv(,) and ordered 19 guns from Elbit": a second verb phrase, its
    // own parties (not "ordered and received", where the two verbs share theirs).
    // "which it bought from Boeing and inducted in 2019": verbs of one relative share its goods.
    else if (token.lower === 'and' && !relative && secondVerbPhrase(tokens, first, i)) close(tokens[i - 1]!.text === ',' ? i - 2 : i - 1, i, true);
    // ", meanwhile," or ", however," set off by commas is an aside inside a clause, not a break.
    else if (rules.clauseBreaks.has(token.lower) && i > first && !aside(tokens, i)) close(i - 1, i);
    // "received two Y-8s, | according to a statement from the Chinese embassy.": the source of a report
    // that ends the sentence is no party to what it reports (not one a list or a clause goes on after:
    // "according to a tally by Cato, including ...", which cost more than it gave as an aside).
    else if (tokens[i - 1]?.text === ',' && i - 1 > first && rules.sourcePhrases.some((phrase) => phraseAt(tokens, i, phrase)) && !tokens.slice(i + 1).some((t) => /^[,;:]$/.test(t.text))) close(i - 1, i);
    else if (rules.subordinators.has(token.lower) && i > first && (SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') || namedSubjectOfCue(tokens, i + 1, headline, isGoods) || copulaSubject(tokens, i + 1) || failingSubject(tokens, i + 1) || (headline && headlineSubordinate(tokens, i)))) close(i - 1, i);
    // "has asked to buy": a reporting verb before "to" asks for something; it reports nothing.
    // ("was called off": a reporting verb inside a longer cue reports nothing.)
    // (A participle reports only after a comma: ", saying the money would be better spent", not "without saying how many".)
    // ("the so-called Libyan National Army": not a word joined by a hyphen to the one before.)
    else if ((rules.reportingVerbs.has(token.text) || rules.reportingTails.has(token.text)) && i > first && tokens[i + 1]?.lower !== 'to' && !pluralAfterAdjective(tokens, i) && !reducedReport(tokens, i) && !joinedByHyphen(tokens, i) && (rules.cues.longestAt(tokens, i)?.last ?? i) === i && (!token.text.endsWith('ing') || tokens[i - 1]?.text === ',')) {
      // A reporting tail (", RFE said.", ", the Pentagon said on Friday.") is a clause of its own.
      const comma = endsSoon(tokens, i) ? lastIndexOf(tokens, ',', first, i) : -1;
      if (comma > first) close(comma - 1, comma + 1);
      // ("denied reports that it had sold ...": what a denial reports is denied.)
      // ("told Washington it was suspending discussions": the one told belongs to the reporting clause.)
      // ("the ministry said Tuesday, clearing the way for deliveries to begin next year": the day of
      // the report and its comma stay with it, and do not date the clause after.)
      const told = rules.reportingVerbs.has(token.text) ? reportDateEnd(tokens, addressee(tokens, i + 1)) : i;
      // ("asked about reports | that Pakistan will acquire J-35 fighters, but the government has not
      // confirmed": "reports" read as a verb is still hearsay for the "that" after it.)
      const denied = tokens.slice(Math.max(first, i - DENIED_REPORT_REACH), i).some((t) => rules.denials.has(t.lower)) || (tokens[told + 1]?.lower === 'that' && deniedHearsay(tokens, told + 1, disavowedNext));
      if (rules.reportingVerbs.has(token.text) || comma > first) close(told, told + 1, false, denied);
      i = told;
    }
    // "though it is not clear whether the aircraft has been handed over": what "whether" opens is
    // in doubt and states no stage ("decide whether to buy" neither).
    else if (token.lower === 'whether' && i > first) close(i - 1, i, false, true);
    else if (token.lower === 'that' && i > first) {
      // "helicopters that Angola had bought ... were handed over": a relative the goods' clause goes on after;
      // "said that ...": a clause of its own.
      // ("denied reports in several Russian Telegram channels that Kazakhstan was preparing to buy":
      // after denied hearsay, a clause of its own, whatever noun stands right before "that".)
      restrictiveEnd = isComplementiser(tokens, i) && deniedHearsay(tokens, i, disavowedNext) ? null : restrictiveRelativeEnd(tokens, i);
      if (restrictiveEnd !== null) {
        close(i - 1, i);
        relative = true;
      } else if (isComplementiser(tokens, i) && SUBJECT_PRONOUNS.has(tokens[i + 1]!.lower) && (isGoods(i - 1) || goodsEndAt(tokens, i - 1))) {
        // ("sent Kyiv its M109 howitzers | that it had bought from Austria": on goods, a relative.)
        close(i - 1, i);
        relative = true;
      } else if (isComplementiser(tokens, i)) close(i - 1, i, false, negatedBefore(tokens, first, i, disavowedNext));
    }
  }
  close(tokens.length - 1, tokens.length);
  return clauses;
}

/** "a string of African states", "Gulf states": a reporting verb's -s form after a country's or a region's adjective is a plural noun. */
function pluralAfterAdjective(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!tokens[i]!.text.endsWith('s') || !before || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) return false;
  return transferRules().regionAdjectives.has(before.lower) || actorLexicon().countryWords.has(before.lower);
}

/** Words from a headline's "as" to the verb of its clause ("as Stinger deliveries slip"). */
const HEADLINE_SUBJECT_WORDS = 5;

/**
 * "Taiwan receives Altius drones from US | as Stinger deliveries slip again": in a headline, "as" or
 * "while" before a subject and a verb of its own in the present tense opens a statement of its own
 * (not "as part of aid package", "as well as").
 */
function headlineSubordinate(tokens: readonly Token[], i: number): boolean {
  // ("UAE Turns to South Korea for Missile Shield | After Pausing F-35 Talks": a gerund after a subordinator)
  if (/^\p{L}+ing$/u.test(tokens[i + 1]?.text ?? '') && isVerbForm(tokens[i + 1]!.lower)) return true;
  if (!/^(?:as|while)$/.test(tokens[i]!.lower) || transferRules().notSubordinateAfterAs.has(tokens[i + 1]?.lower ?? '')) return false;
  // ("as Abrams deliveries continue", "as Stinger deliveries slip", "while Mirage pledge still waits",
  // "as Chinese howitzers near delivery")
  // ("as Indian helicopters, US plane are lined up": a finite auxiliary or modal after a listed subject; its commas are not words.)
  // ("as U.S.-donated surveillance plane arrives": nor are hyphens, which join two words into one.)
  for (let k = i + 2, words = 2; k < tokens.length && words <= HEADLINE_SUBJECT_WORDS; k++) {
    const word = tokens[k]!.lower;
    if (tokens[k]!.text !== ',' && opensWord(tokens, k)) words++;
    // (A listed verb in any case: "as State OKs Black Hawk sale".)
    if ((/^\p{Ll}+$/u.test(tokens[k]!.text) && ((isVerbForm(word) && !isNounForm(word)) || FINITE.has(word))) || transferRules().headlineVerbs.has(word)) return true;
  }
  return false;
}

/** Words of a short date between a subordinate clause's subject and its verb ("in May last year"). */
const DATE_WORDS = 4;
/** Words of a name that opens a subordinate clause ("after New Delhi bought"). */
const NAME_WORDS = 3;

/** "weeks after Kyiv received the second SAMP/T system": a name, then a transfer verb, opens a clause of its own. */
function namedSubjectOfCue(tokens: readonly Token[], from: number, headline: boolean, isGoods: (i: number) => boolean): boolean {
  // ("after the US State Department approved": a name may take "the", and after its first word a
  // word in capitals, "US", is part of it too.)
  const start = tokens[from]?.lower === 'the' && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '') ? from + 1 : from;
  let k = start;
  while (k < tokens.length && k - start < NAME_WORDS && (/^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) || (k > from && /^\p{Lu}{2,}$/u.test(tokens[k]!.text)))) k++;
  if (k === start || !/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return false;
  // "after Chisinau had already sold", "after the US State Department in May last year approved":
  // auxiliaries, adverbs and a short date before the verb.
  const { passiveAuxiliaries, adverbs } = transferRules();
  k = afterShortDate(tokens, k);
  while (tokens[k] && (FINITE.has(tokens[k]!.lower) || passiveAuxiliaries.has(tokens[k]!.lower) || adverbs.has(tokens[k]!.lower))) k++;
  // A headline's "as Zagreb signs for French howitzers" tells a statement of its own; in the body
  // "will receive 80 tanks after Kyiv signed a deal with Denmark" tells how the goods came.
  // ("bought F-35s after Washington approved the sale": an approval of a sale of its own, before the
  // deal; not "after the United States approved the transfer" of another's jets, nor "approved it".)
  const verb = transferRules().cues.longestAt(tokens, k);
  if (!verb?.payloads.some((p) => p?.pos === 'verb' && (p.transfer || p.status === 'cancelled' || (headline && p.status === 'ordered') || (p.status === 'approved' && approvesSale(tokens, verb.last)) || (p.status === 'announced' && announcesTransfer(tokens, verb.last))))) return false;
  // ... naming goods or a party of its own ("as Cairo received the last of its first batch" names
  // neither, and speaks of the goods of the clause before; "once the Ankas enter service" names its
  // goods as its subject and closes the sentence, unlike "until the Rafales arrive, was cancelled").
  if (isGoods(start) && !tokens.slice(k).some((t) => t.text === ',')) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]!.text !== ','; j++) if (/[\p{Lu}\p{N}]/u.test(tokens[j]!.text)) return true;
  return false;
}

/** Words from an announcing verb to the giving verb it announces ("announced it would give"). */
const ANNOUNCED_REACH = 4;

/** "a week after Canberra announced it would give Tonga a Cessna 208": an announcement of a transfer of its own. */
function announcesTransfer(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 1; j <= last + ANNOUNCED_REACH && tokens[j] && tokens[j]!.text !== ','; j++) {
    if (transferRules().cues.longestAt(tokens, j)?.payloads.some((p) => p?.pos === 'verb' && p.transfer)) return true;
  }
  return false;
}

/** Words from an approving verb to the sale it approves ("approved the possible sale"). */
const SALE_REACH = 3;

function approvesSale(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 1; j <= last + SALE_REACH && tokens[j]; j++) {
    if (transferRules().cues.longestAt(tokens, j)?.payloads.some((p) => p?.pos === 'noun' && p.deal === 'sale')) return true;
  }
  return false;
}

/** The index after a short date at `k` ("in May last year", "in 2019", "on Friday", "last week"; capitalised words, so a place too), else `k`. */
export function afterShortDate(tokens: readonly Token[], k: number): number {
  // ("and last week the government sent": a relative date with no preposition.)
  if (relativeDateAt(tokens, k)) return k + 2;
  if (!/^(?:in|on)$/.test(tokens[k]?.lower ?? '')) return k;
  // ("and in September Belgium agreed": a month, not the name after it.)
  const j = dateRunEnd(tokens, k + 1, DATE_WORDS, (t) => SHORT_DATE_WORDS.test(t.text));
  return j > k + 1 ? j : k;
}

/** Words of a short date besides months ("in 2019", "in May last year"). */
const SHORT_DATE_WORDS = /^(?:\d{1,4}|last|this|year|month)$/u;
/** Prepositions that open a span of time after goods ("since 2020", "between 2014 and 2023", "since the early 1990s"). */
const SPAN_OPENERS = /^(?:in|since|between|from|until|during)$/;
/** Words inside such a span besides years, decades and months. */
const SPAN_WORDS = /^(?:\d{1,4}s?|and|to|the|early|late|mid|last|this|year|month)$/u;

/** A month's name, capitalised ("May", "September"). */
const isMonth = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && monthNumber(t.text) !== null;

/** The index after a run of at most `reach` words of a date from `from`: months and the words `fits` takes. */
function dateRunEnd(tokens: readonly Token[], from: number, reach: number, fits: (t: Token) => boolean): number {
  let j = from;
  while (j - from < reach && tokens[j] && (fits(tokens[j]!) || isMonth(tokens[j]!))) j++;
  return j;
}

/** The index after a span of time at `k` ("since 2020", "between 2014 and 2023"), else `k`. */
export function afterTimeSpan(tokens: readonly Token[], k: number): number {
  if (!SPAN_OPENERS.test(tokens[k]?.lower ?? '')) return k;
  const j = dateRunEnd(tokens, k + 1, DATE_WORDS + 1, (t) => SPAN_WORDS.test(t.lower));
  // (a span holds a number: "in the" alone is no date)
  return tokens.slice(k + 1, j).some((t) => /\d/.test(t.text) || monthNumber(t.text) !== null) ? j : k;
}

/** A relative date of two words at `k`: "last week", "this year", "next spring". */
export function relativeDateAt(tokens: readonly Token[], k: number): boolean {
  return /^(?:last|this|next)$/.test(tokens[k]?.lower ?? '') && /^(?:week|month|year|spring|summer|autumn|winter)$/.test(tokens[k + 1]?.lower ?? '');
}

/** Words of an aside between commas that a deal's content may come after ("a deal, days before the coup, to supply"). */
const ASIDE_WORDS = 6;

/**
 * The index before what ends at `k` and interrupts a deal and its content: a short date, an aside
 * between commas, or both ("a deal in January, days before the coup, | to provide"); else `k`.
 */
export function beforeDateOrAside(tokens: readonly Token[], k: number): number {
  let end = k;
  if (tokens[end]?.text === ',') {
    const open = lastIndexOf(tokens, ',', Math.max(0, end - ASIDE_WORDS), end);
    if (open > 0) end = open - 1;
  }
  for (let j = end; j >= Math.max(0, end - DATE_WORDS); j--) if (afterShortDate(tokens, j) === end + 1) return j - 1;
  return end;
}

/** Words that make a verb phrase finite: a subject before them starts a clause of its own. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** How far after ", and" the finite verb of a new clause may come ("and Swedish-made Archer howitzers were"). */
const SUBJECT_WORDS = 7;
/** Words that open an unnamed subject: ", and the air force received". */
const SUBJECT_DETERMINERS = new Set(['the', 'its', 'their']);

/** ", and Swedish-made Archer howitzers were first delivered": a subject of its own, then a finite verb. */
/** ", the Cayor," ", INS Tushil,": a name alone (after "the") between commas. */
function namedApposition(tokens: readonly Token[], at: number): boolean {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const end = closingComma(tokens, start);
  return end !== null && end > start && tokens.slice(start, end).every((w) => /^\p{Lu}/u.test(w.text));
}

function opensClause(tokens: readonly Token[], at: number): boolean {
  // ", and in 2014 the air force received ...": a short date may open the clause before its subject.
  const dated = afterShortDate(tokens, at);
  const from = dated > at && tokens[dated]?.text === ',' ? dated + 1 : dated;
  if (!tokens[from] || FINITE.has(tokens[from].lower) || isVerbForm(tokens[from].lower)) return false;
  // ", and Sweden pledged 50 CV90s": a name, then a verb in the past tense.
  const named = /^\p{Lu}/u.test(tokens[from].text);
  // (", and the air force received ...": a noun phrase; not ", and last year signed", nor a pronoun, which the clause shares.)
  const determined = SUBJECT_DETERMINERS.has(tokens[from].lower);
  if ((determined || /^an?$/.test(tokens[from].lower)) && goodsSubject(tokens, from + 1)) return true;
  if (arrivingGoods(tokens, from)) return true;
  // ", and the last of the new tanks, which began arriving last year, are due": a relative clause
  // inside the subject does not count against it.
  let skipped = 0;
  for (let k = from + 1; k < tokens.length && k - from - skipped <= SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && /^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '')) {
      const end = closingComma(tokens, k + 2);
      if (end === null) return false;
      skipped += end - k + 1;
      k = end;
      continue;
    }
    // (", and Morocco, Algeria's regional rival, has bought ...": so does an apposition after a name.)
    // (", and the third, the Cayor, is due": and a ship's or unit's name in apposition after a determined subject.)
    const apposition = t.text === ',' && ((named && tokens.slice(from, k).every((w) => /^\p{Lu}/u.test(w.text))) || (determined && namedApposition(tokens, k + 1))) ? closingComma(tokens, k + 1) : null;
    if (apposition !== null && !tokens.slice(k + 1, apposition).some((w) => /^(?:and|or)$/.test(w.lower) || FINITE.has(w.lower))) {
      skipped += apposition - k + 1;
      k = apposition;
      continue;
    }
    if (t.text === ',' || t.lower === 'and') return false;
    if (FINITE.has(t.lower)) return true;
    // (", and the air force received a pair of ...": an unnamed subject's past verb takes an object
    // at once; "the tanks delivered last year" is a reduced relative.)
    if ((named || (determined && opensObject(tokens, k + 1))) && /^\p{Ll}/u.test(t.text) && tokens[k - 1]!.text !== '-' && !opensWeaponPhrase(tokens, k) && isPast(tokens, k)) return true;
    // (", and Western analysts consider the HQ-9B comparable": so does a named subject's opinion in the present.)
    if (named && transferRules().opinionVerbs.has(t.text)) return true;
    // (", and 15 Akash air defence systems bought from Bharat Dynamics are due": nor does a reduced
    // relative with the name its preposition takes.)
    // (Only one that names a party: "jets ordered in 2018 are expected" leaves the clause its parties.)
    if (/^\p{Ll}+$/u.test(t.text) && isParticiple(t) && /^(?:from|by)$/.test(tokens[k + 1]?.lower ?? '')) {
      let end = k + 2;
      while (tokens[end] && (/^\p{Lu}/u.test(tokens[end]!.text) || tokens[end]!.lower === 'the')) end++;
      if (!/^\p{Lu}/u.test(tokens[end - 1]!.text)) continue;
      skipped += end - k;
      k = end - 1;
    }
  }
  return false;
}

/** "since the Russian systems are fully compatible": a noun phrase and a copula (no verb of its own) open a subordinate clause. */
function copulaSubject(tokens: readonly Token[], from: number): boolean {
  if (!SUBJECT_DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k - from <= SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (/^(?:is|are|was|were)$/.test(t.lower)) return k > from + 1;
    if (/^[,.;:]$/.test(t.text) || t.lower === 'and' || FINITE.has(t.lower) || (/^\p{Ll}/u.test(t.text) && isPast(tokens, k))) return false;
  }
  return false;
}

/** Words of a noun phrase that a failing verb ends ("an earlier attempt to replace the air force's ageing MiG-21s"). */
const FAILING_SUBJECT_WORDS = 14;

/**
 * "The Rafale deal came after | an earlier attempt to replace the air force's ageing MiG-21s collapsed":
 * a noun phrase, then a verb of failure with no object before any comma, is a subject of its own; the
 * failure is not the clause before's.
 */
function failingSubject(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:a|an|the|its|their)$/.test(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 2; k < tokens.length && k - from <= FAILING_SUBJECT_WORDS; k++) {
    if (/^[,.;:]$/.test(tokens[k]!.text) || FINITE.has(tokens[k]!.lower)) return false;
    const cue = transferRules().cues.longestAt(tokens, k);
    // (Only a verb with no object: "after the Gulf state suspended talks with Washington" ends a clause of its subject's.)
    const next = cue ? tokens[cue.last + 1] : undefined;
    if (cue) return cue.payloads.some((p) => p?.pos === 'verb' && p.status === 'cancelled' && !p.transfer) && tokens[k - 1]?.lower !== 'to' && (!next || /^[,.;:]$/.test(next.text) || transferRules().notObjectWords.has(next.lower));
  }
  return false;
}

/**
 * ", and the 24 Mi-171Sh helicopters it acquired from Russia between 2014 and 2015 have been grounded":
 * goods named at `k` (after a count), then a finite verb before the next comma, however long the subject.
 */
/** Words a weapon's name or head noun may run over ("M109 self-propelled howitzers"). */
const GOODS_WORDS = 4;

/** Whether a weapon's name or head noun ends at token `end` ("howitzers" in "its M109 howitzers"). */
function goodsEndAt(tokens: readonly Token[], end: number): boolean {
  const { phrases } = weaponLexicon();
  for (let j = end; j >= 0 && end - j < GOODS_WORDS; j--) if (phrases.longestAt(tokens, j)?.last === end) return true;
  return false;
}

function goodsSubject(tokens: readonly Token[], at: number): boolean {
  const { numbers } = weaponLexicon().words;
  const isCount = (j: number) => /^\d/.test(tokens[j]?.text ?? '') || numbers.has(tokens[j]?.lower ?? '');
  // ("the first four of 12 UH-60M helicopters ordered in 2021 were handed over": a part of the goods counted.)
  const { ordinalFacts, remainderWords } = transferRules();
  const ordinal = ordinalFacts.has(tokens[at]?.lower ?? '') || remainderWords.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  const part = isCount(ordinal) && tokens[ordinal + 1]?.lower === 'of' ? ordinal + 2 : at;
  const k = part > at && SUBJECT_DETERMINERS.has(tokens[part]?.lower ?? '') ? part + 1 : part;
  const counted = isCount(k) ? k + 1 : k;
  // (", and a batch of T-72B1MS tanks ... was shipped": goods counted by a unit noun.)
  const start = weaponLexicon().words.countNouns.has(tokens[counted]?.lower ?? '') && tokens[counted + 1]?.lower === 'of' ? counted + 2 : counted;
  // (", and a contract for a batch of BTR-82A carriers, signed with the Arzamas plant in the summer, will
  // allow": a deal noun too, past a participle set off by commas.)
  const deal = transferRules().dealNouns.has(tokens[start]?.lower ?? '');
  const goods = deal ? { last: start } : weaponLexicon().phrases.longestAt(tokens, start);
  if (!goods) return false;
  for (let j = goods.last + 1; j < tokens.length && !/^[.;:]$/.test(tokens[j]!.text); j++) {
    const aside = tokens[j]!.text === ',' && deal && isPast(tokens, j + 1) ? closingComma(tokens, j + 2) : null;
    if (aside !== null) j = aside;
    else if (tokens[j]!.text === ',') return false;
    else if (FINITE.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * ", and 24 Bastion armoured vehicles arrived in Armenia": counted goods whose own verb is an arrival
 * (which has no agent, so no reduced relative: "vehicles supplied by Arquus" goes on a list).
 */
function arrivingGoods(tokens: readonly Token[], at: number): boolean {
  if (!isCount(tokens[at])) return false;
  // (Over the goods' noun phrase and adverbs: "24 Bastion armoured vehicles finally arrived".)
  let goods = false;
  for (let k = at + 1; k < tokens.length && k - at <= SUBJECT_WORDS; k++) {
    const cue = transferRules().cues.longestAt(tokens, k);
    if (goods && cue?.payloads.some((p) => p !== null && p.pos === 'verb' && p.arrival && p.agent === null)) return true;
    if (!/^\p{L}/u.test(tokens[k]!.text) || tokens[k]!.lower === 'and' || FINITE.has(tokens[k]!.lower)) return false;
    goods ||= opensHeadNoun(tokens, k) || weaponLexicon().phrases.longestAt(tokens, k) !== null;
  }
  return false;
}

/** A verb's object opens at `k` with a determiner or a count: "received a pair of", "bought 12 jets", "sent its ...". */
export function objectOpensAt(tokens: readonly Token[], k: number): boolean {
  return transferRules().objectOpeners.has(tokens[k]?.lower ?? '') || weaponLexicon().words.numbers.has(tokens[k]?.lower ?? '') || /^\d/.test(tokens[k]?.text ?? '');
}

/** ... or after a name before one: "sent Washington a letter". */
function opensObject(tokens: readonly Token[], k: number): boolean {
  return objectOpensAt(tokens, k) || (/^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '') && objectOpensAt(tokens, k + 1));
}

/** ", and BRDM-2M armoured reconnaissance vehicles": a participle that opens a weapon's noun phrase is no verb. */
function opensWeaponPhrase(tokens: readonly Token[], k: number): boolean {
  return weaponLexicon().words.modifiers.has(tokens[k]!.lower) || opensHeadNoun(tokens, k);
}

/**
 * "has asked to buy eight HIMARS launchers; 36 GMLRS pods; and six ATACMS missiles": a part after a
 * semicolon with no verb of its own goes on listing the goods of the clause before.
 */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  const rules = transferRules();
  for (let k = from; k < tokens.length && tokens[k]!.text !== ';'; k++) {
    const t = tokens[k]!;
    if (FINITE.has(t.lower) || rules.reportingVerbs.has(t.text) || (/^\p{Ll}/u.test(t.text) && isVerbForm(t.lower) && !rules.cues.longestAt(tokens, k))) return false;
    if (rules.cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb' && !rules.cues.longestAt(tokens, k)!.payloads.some((q) => q?.pos === 'noun'))) return false;
  }
  return true;
}

/** Words one party of a list may take ("the United Arab Emirates"). */
const LIST_PARTY_WORDS = 5;

/**
 * ", which Moscow has exported to Syria, | the United Arab Emirates and Algeria": the comma at `comma`
 * parts the parties of a list (each an actor, the last after "and" or "or"), not the relative from the
 * clause it interrupts. A single party after ", and" is no list ("from Russia, and Poland, which sent").
 */
function partyListGoesOn(tokens: readonly Token[], comma: number, isActorEnd: (i: number) => boolean): boolean {
  if (!isActorEnd(comma - 1) || joinsList(tokens[comma + 1])) return false;
  let start = comma + 1;
  for (let k = start; k < tokens.length && k - start <= LIST_PARTY_WORDS; k++) {
    const word = tokens[k]!;
    if (word.text !== ',' && !joinsList(word)) continue;
    if (!isActorEnd(k - 1)) return false;
    if (word.text === ',' && !joinsList(tokens[k + 1])) {
      start = k + 1;
      continue;
    }
    // The last party, after "and", "or" or ", and".
    const last = word.text === ',' ? k + 2 : k + 1;
    for (let j = last; j < tokens.length && j - last < LIST_PARTY_WORDS; j++) if (isActorEnd(j)) return true;
    return false;
  }
  return false;
}

/** "and" or "or" before the last party of a list. */
function joinsList(token: Token | undefined): boolean {
  return token?.lower === 'and' || token?.lower === 'or';
}

/** Tokens a verb phrase before "and" needs to hold its own goods and parties. */
const MIN_PHRASE = 4;

/** "and" at `and` opens a verb phrase of its own after one long enough to hold its own goods and parties. */
function secondVerbPhrase(tokens: readonly Token[], first: number, and: number): boolean {
  const comma = tokens[and - 1]?.text === ',';
  if ((comma ? and - 1 : and) - first < MIN_PHRASE || (!comma && isVerbForm(tokens[and - 1]!.lower))) return false;
  // ", and has earmarked 2 billion euros": after a comma, any verb with its auxiliary starts a phrase
  // of its own (its dates and parties are not the first verb's).
  const aux = tokens[and + 1];
  const verb = tokens[and + 2];
  if (comma && aux && verb && FINITE.has(aux.lower) && /^\p{Ll}+$/u.test(verb.text) && isPast(tokens, and + 2)) return true;
  // (A buyer's first verb: "took delivery of FK-3s and signed a contract with Dassault": the one the
  // contract is signed with sells; after "agreed to deliver radars", it is the buyer.)
  // (Looked up only for a signing verb with a deal noun, where it counts.)
  const buyer = () => tokens.slice(first, and).some((_, k) => transferRules().cues.longestAt(tokens, first + k)?.payloads.some((p) => p?.pos === 'verb' && p.agent === 'recipient'));
  return opensVerbPhrase(tokens, and + 1, buyer);
}

/** Words from a signed deal noun to its seller's "from": "a contract for armoured vehicles from". */
const SIGNED_REACH = 6;

/** "and ordered", "and has signed", "and took delivery": a transfer verb with no subject of its own. */
function opensVerbPhrase(tokens: readonly Token[], start: number, buyer: () => boolean = () => false): boolean {
  const rules = transferRules();
  // ("and in August signed a contract": a short date may come before the verb.)
  const from = afterShortDate(tokens, start);
  const aux = FINITE.has(tokens[from]?.lower ?? '');
  let at = aux ? from + 1 : from;
  // ("and has already given it two Dhruvs": adverbs between the auxiliary and the verb; "and later
  // sold some of its older Leopard 1V tanks to Ecuador": an adverb of time with none.)
  while ((aux ? rules.adverbs : rules.timeAdverbs).has(tokens[at]?.lower ?? '') && tokens[at]!.lower !== 'not') at++;
  const verb = tokens[at];
  if (!verb || !/^\p{Ll}/u.test(verb.text)) return false;
  const payloads = rules.cues.longestAt(tokens, at)?.payloads ?? [];
  const verbs = payloads.filter((p) => p?.pos === 'verb' && p.transfer !== false);
  // ("and signed a contract for armoured vehicles from Paramount": a signing verb with a deal noun for
  // its object, and a seller of its own; "France has agreed to deliver ... and signed a contract for
  // three radars" shares its parties.)
  const deal = rules.objectOpeners.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  // ("signed a contract with France's Dassault Aviation for 12 Rafales": one a buyer signed with a seller too.)
  const ownSeller = () => {
    const sellerWords = buyer() ? /^(?:from|with)$/ : /^from$/;
    return sellerWords.test(tokens.slice(deal + 1, deal + 1 + SIGNED_REACH).find((t) => sellerWords.test(t.lower) || /^[,;.]$/.test(t.text))?.lower ?? '');
  };
  const signs = payloads.some((p) => p?.pos === 'verb' && p.status === 'ordered' && p.agent === null) && rules.dealNouns.has(tokens[deal]?.lower ?? '') && ownSeller();
  // "and flies the JF-17": a fleet in service, in the present.
  return (verbs.length > 0 || signs) && (aux || isPast(tokens, at) || verbs.some((p) => p!.background));
}

/** A verb in the past tense: "pledged", "sent", "sold", "took delivery" (a cue verb, or a verb compromise knows). */
function isPast(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const rules = transferRules();
  if (rules.irregularParticiples.has(token.lower)) return true;
  // A cue verb in an irregular past ("took delivery", "gave") is listed with its forms.
  const cueVerb = Boolean(rules.cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb'));
  if (!token.lower.endsWith('ed')) return cueVerb && !rules.cues.longestAt(tokens, k)!.payloads.some((p) => p?.pos === 'noun') && !/s$/.test(token.lower);
  return isVerbForm(token.lower) || cueVerb;
}

/** Token i stands alone between two commas (", however,", ", meanwhile,"): an aside, the clause goes on around it. */
/** A relative pronoun that opens a relative on goods or a deal ("the helicopters that were given", ", which were delivered"), lower case. */
export const THING_RELATIVE = /^(?:that|which)$/;

export function aside(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',';
}

/** Words before "of which" in a partitive relative: "the first two of which". */
const PARTITIVE_WORDS = 4;

/** "the first of them", "the remaining six of these": a part of goods named before. */
export function partitiveOf(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= PARTITIVE_WORDS; k++) {
    if (tokens[k]!.lower === 'of' && /^(?:them|these|those)$/.test(tokens[k + 1]?.lower ?? '')) return k > from;
    if (tokens[k]!.text === ',' || FINITE.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** ", the first of which arrived in March", ", two of which": a relative clause about part of the goods. */
export function partitiveRelative(tokens: readonly Token[], from: number): boolean {
  // ", whose first two batteries were delivered": the units of the system before, like "the first two of which".
  if (tokens[from]?.lower === 'whose') return countedUnitsEnd(tokens, from + 1) >= 0;
  for (let k = from; k < tokens.length && k - from <= PARTITIVE_WORDS; k++) {
    // ", the first of which ...", ", of which 140 were ...".
    if (tokens[k]!.lower === 'of' && tokens[k + 1]?.lower === 'which') return k > from || /^\d/.test(tokens[k + 2]?.text ?? '');
    if (tokens[k]!.text === ',' || FINITE.has(tokens[k]!.lower)) return false;
  }
  return false;
}


/** Words a relative clause set off by commas may hold before its closing comma. */
const RELATIVE_WORDS = 30;

/** The comma that closes a subordinate clause opening the sentence, when it holds a verb and a clause follows it. */
function frontedSubordinateEnd(tokens: readonly Token[]): number | null {
  if (!transferRules().subordinators.has(tokens[0]?.lower ?? '')) return null;
  // (Its subject right after the subordinator: not "Since 2022 Latvia has handed over ..., which".)
  const subject = tokens[1];
  if (!subject || !(SUBJECT_PRONOUNS.has(subject.lower) || SUBJECT_DETERMINERS.has(subject.lower) || /^an?$/.test(subject.lower) || (/^\p{Lu}\p{L}/u.test(subject.text) && monthNumber(subject.lower) === null))) return null;
  const end = closingComma(tokens, 1);
  if (end === null || !opensClause(tokens, end + 1) || transferRules().relativePronouns.has(tokens[end + 1]!.lower)) return null;
  const verbAt = (k: number) => /^\p{Ll}+$/u.test(tokens[k]!.text) && (FINITE.has(tokens[k]!.lower) || (isVerbForm(tokens[k]!.lower) && !isNounForm(tokens[k]!.lower)));
  for (let k = 2; k < end; k++) if (verbAt(k)) return end;
  return null;
}

/**
 * The comma that closes a relative clause whose words start at `from`, within a relative's reach
 * (a sentence may be a megabyte of commas); null when a full stop or semicolon comes first, or none.
 */
function closingComma(tokens: readonly Token[], from: number): number | null {
  for (let k = from; k < tokens.length && k - from < RELATIVE_WORDS; k++) {
    if (tokens[k]!.text === ',') return k;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') return null;
  }
  return null;
}

/**
 * "The 4x4 vehicles, | which will replace Urutu and Cascavel models bought from Brazil in the 1970s, |
 * are to be delivered next year": "which", auxiliaries, then a verb that is no transfer cue, closed by a
 * comma after which the clause goes on with a verb of its own (after goods: an actor before "which" is
 * the subject the clause goes on with, "Nurol Makina, which does not disclose export figures, has").
 */
function asideRelative(tokens: readonly Token[], from: number): boolean {
  const rules = transferRules();
  if (tokens[from]?.lower !== 'which') return false;
  let k = from + 1;
  while (tokens[k] && (FINITE.has(tokens[k]!.lower) || rules.adverbs.has(tokens[k]!.lower) || tokens[k]!.lower === 'be')) k++;
  const verb = tokens[k];
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || !isVerbForm(verb.lower) || rules.cues.longestAt(tokens, k)) return false;
  const end = closingComma(tokens, k + 1);
  const next = end === null ? undefined : tokens[end + 1];
  return next !== undefined && (FINITE.has(next.lower) || rules.passiveAuxiliaries.has(next.lower));
}

/**
 * "Hungary, whose parliament has approved the deployment of 200 soldiers to Chad, has promised": a
 * relative on a name, closed by a comma before the name's own verb, is an aside of its own.
 */
function whoseAside(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.lower === 'whose' && closedBeforeOwnVerb(tokens, from + 1, false);
}

/**
 * Whether the relative from `from` is closed by a comma right before the name's own verb: an
 * auxiliary, or with `past`, a verb in the past tense (", signed a deal").
 */
function closedBeforeOwnVerb(tokens: readonly Token[], from: number, past: boolean): boolean {
  const end = closingComma(tokens, from);
  const next = end === null ? undefined : tokens[end + 1];
  return next !== undefined && (FINITE.has(next.lower) || transferRules().passiveAuxiliaries.has(next.lower) || (past && /^\p{Ll}/u.test(next.text) && isPast(tokens, end! + 1)));
}

/**
 * "Baku, which has bought Harop munitions over the past decade, signed a deal to buy JF-17s from
 * Pakistan": a relative on the sentence's opening name that tells a transfer of its own, closed by a
 * comma before the name's own verb, is an aside: the parties of the clause it interrupts are not its.
 */
function whichAside(tokens: readonly Token[], from: number): boolean {
  return /^(?:which|who)$/.test(tokens[from]?.lower ?? '') && subjectRelative(tokens, from) && closedBeforeOwnVerb(tokens, from + 1, true);
}

/** Words from "which" to the verb of an object relative: "which the Czech army had bought". */
const OBJECT_RELATIVE_REACH = 6;

/**
 * ", which it had bought second-hand from Austria": "which", a subject of its own (a pronoun, a name,
 * a noun phrase) and a transfer verb in the active voice, before any comma. Not ", which were
 * delivered" (the goods are its subject) nor ", which is due" (no transfer verb).
 */
function objectRelative(tokens: readonly Token[], from: number): boolean {
  const rules = transferRules();
  const subject = tokens[from + 1];
  if (tokens[from]?.lower !== 'which' || !subject || FINITE.has(subject.lower) || (/^\p{Ll}/u.test(subject.text) && isVerbForm(subject.lower) && !SUBJECT_PRONOUNS.has(subject.lower))) return false;
  let verb = false;
  for (let k = from + 2; k < tokens.length && k - from <= OBJECT_RELATIVE_REACH && !verb; k++) {
    // (An auxiliary before an -ing form is no passive: "which Navantia is building".)
    if (tokens[k]!.text === ',' || (rules.passiveAuxiliaries.has(tokens[k]!.lower) && !/^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? ''))) return false;
    verb = Boolean(rules.cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb' && p.transfer !== false && !p.background));
  }
  if (!verb) return false;
  // "sent 22 M109 howitzers, which it had bought from the United States, | to Ukraine": the clause it
  // interrupts goes on with a party of its own, so the relative stays inside it.
  const end = closingComma(tokens, from + 1);
  return end === null || !rules.prepositions.has(tokens[end + 1]?.lower ?? '');
}

/** Words from "which" to the verb of a subject relative: "which had earlier delivered". */
const SUBJECT_RELATIVE_REACH = 4;

/**
 * "built by Germany's Lurssen, | which had earlier delivered four Ijtihad-class boats": after a name,
 * "which" or "who" and a transfer verb in the active voice that names who gives or gets (auxiliaries
 * and adverbs between): a relative that tells a transfer of its own, its antecedent the subject.
 */
function subjectRelative(tokens: readonly Token[], from: number): boolean {
  const rules = transferRules();
  // ("Germany, whose navy is buying the same design from TKMS": a body of the name acts for it.)
  const body = tokens[from]?.lower === 'whose' ? bodyAfterWhose(tokens, from + 1) : null;
  if (!body && !/^(?:which|who)$/.test(tokens[from]?.lower ?? '')) return false;
  const start = body ?? from;
  for (let k = start + 1; k < tokens.length && k - start <= SUBJECT_RELATIVE_REACH; k++) {
    const word = tokens[k]!.lower;
    // ("whose navy is buying": an auxiliary before an -ing form is no passive; not after "which", where
    // "Brazil, which is assembling 15 of its 36 Gripen E jets" most often tells a state of things.)
    const progressive = body !== null && rules.progressiveAuxiliaries.has(word) && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '');
    if ((rules.passiveAuxiliaries.has(word) && !progressive) || tokens[k]!.text === ',') return false;
    const hit = rules.cues.longestAt(tokens, k);
    const cue = hit?.payloads.find((p) => p?.pos === 'verb');
    // (Goods of its own: not "Finland, which bought 100 of them", the goods told before.)
    if (cue) return cue.transfer !== false && cue.agent !== null && !cue.background && !ownsNoGoods(tokens, hit!.last + 1);
    if (!progressive && !rules.perfectAuxiliaries.has(word) && !rules.adverbs.has(word) && !rules.timeAdverbs.has(word)) return false;
  }
  return false;
}

/** The last token of a state's or firm's body right after "whose" ("navy", "air force"), or null. */
function bodyAfterWhose(tokens: readonly Token[], from: number): number | null {
  const { whoseBodies } = transferRules();
  for (const last of [from + 1, from]) {
    const words = tokens.slice(from, last + 1).map((t) => t.lower).join(' ');
    if (whoseBodies.has(words) || (last === from && actorRules().stateBodyHeads.has(words))) return last;
  }
  return null;
}

/** Words after a relative's verb that may still refer back to goods told before ("100 of them"). */
const BACK_REFERENCE_REACH = 4;

/** A pronoun for goods told before right after a verb: "bought 100 of them", "sold it". */
function ownsNoGoods(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from, from + BACK_REFERENCE_REACH).some((t) => /^(?:them|it|those)$/.test(t.lower));
}

/** A verb the clause has before `end`, so that a name before "which" is no subject of the clause: "built by Germany's Lurssen, which". */
function verbBefore(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (transferRules().cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb') || (/^\p{Ll}/u.test(tokens[k]!.text) && isPast(tokens, k))) return true;
  return false;
}

/**
 * "Two Mi-8 helicopters that Angola had bought from Russia | were handed over by Luanda": after goods,
 * "that", a subject of its own (a name, a pronoun) and a transfer verb, then a finite verb with no
 * subject of its own before any comma: the relative ends at that verb, where the goods' own clause
 * goes on. The index of that verb, else null.
 */
function restrictiveRelativeEnd(tokens: readonly Token[], that: number): number | null {
  const { referenceNouns, contextNouns } = weaponLexicon().words;
  const head = tokens[that - 1]!.lower;
  if (!referenceNouns.has(head) && !contextNouns.has(head) && !opensHeadNoun(tokens, that - 1)) return null;
  let k = that + 1;
  if (SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) k++;
  else while (k < tokens.length && k - that <= NAME_WORDS && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === that + 1) return null;
  const { passiveAuxiliaries, adverbs, cues } = transferRules();
  while (tokens[k] && (FINITE.has(tokens[k]!.lower) || passiveAuxiliaries.has(tokens[k]!.lower) || adverbs.has(tokens[k]!.lower))) k++;
  const verb = cues.longestAt(tokens, k);
  if (!verb?.payloads.some((p) => p?.pos === 'verb' && p.transfer)) return null;
  for (let j = verb.last + 1; j < tokens.length && j - that <= RELATIVE_WORDS; j++) {
    if (/^[,.;:]$/.test(tokens[j]!.text) || tokens[j]!.lower === 'that' || tokens[j]!.lower === 'which') return null;
    if (FINITE.has(tokens[j]!.lower)) return j;
  }
  return null;
}

/** "under a deal reported at $1.6 billion": a reporting participle after a common noun, with a measure after it, describes the noun; it reports nothing. */
function reducedReport(tokens: readonly Token[], i: number): boolean {
  return /ed$/.test(tokens[i]!.lower) && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && isNounForm(tokens[i - 1]!.lower) && /^(?:at|as)$/.test(tokens[i + 1]?.lower ?? '');
}

/** Words of a name told something ("the United States"). */
const ADDRESSEE_WORDS = 3;

/** The comma after a reporting verb's day ("said Tuesday,", "said on Friday,"), else `k`, the verb's last word. */
function reportDateEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  if (tokens[j]?.lower === 'on' && isWeekday(tokens[j + 1]?.text ?? '')) j++;
  if (isWeekday(tokens[j]?.text ?? '') || /^(?:today|yesterday)$/.test(tokens[j]?.lower ?? '')) j++;
  else j = afterShortDate(tokens, j);
  return j > k + 1 && tokens[j]?.text === ',' ? j : k;
}

/**
 * "told Washington it was suspending": the last token of a name right after a telling verb when a
 * subject pronoun or "that" follows it; else the verb itself.
 */
function addressee(tokens: readonly Token[], from: number): number {
  const verb = from - 1;
  if (!transferRules().tellingVerbs.has(tokens[verb]!.lower)) return verb;
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  while (k < tokens.length && k - start < ADDRESSEE_WORDS && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === start) return verb;
  return SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'that' ? k - 1 : verb;
}

/** The telling verb before the name told, when a clause opens right after that name ("told Washington | it was"), else null. */
export function tellingVerbBefore(tokens: readonly Token[], first: number): number | null {
  for (let k = first - 1; k >= 0 && first - k <= ADDRESSEE_WORDS + 2; k--) {
    if (transferRules().tellingVerbs.has(tokens[k]!.lower)) return addressee(tokens, k + 1) === first - 1 ? k : null;
  }
  return null;
}

/** At most a few words ("reporters", "on Friday") follow the reporting verb before the sentence ends. */
function endsSoon(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length <= TAIL_WORDS;
}

function lastIndexOf(tokens: readonly Token[], text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.text === text) return k;
  return -1;
}

/** Words between a denial and the report it denies ("rejected the reports"). */
const DENIED_REPORT_REACH = 2;

/** Words before "that" that deny what its clause says: "no evidence that", "denied that". */
const DENIAL_REACH = 5;

function negatedBefore(tokens: readonly Token[], first: number, that: number, disavowedNext: boolean): boolean {
  const { negation, denials } = transferRules();
  return tokens.slice(Math.max(first, that - DENIAL_REACH), that).some((t) => (negation.has(t.lower) && t.lower !== 'if' && t.lower !== 'whether') || denials.has(t.lower)) || deniedHearsay(tokens, that, disavowedNext);
}

/** Words between a noun of hearsay and its "that" ("reports published last week by a Lima weekly that"). */
const HEARSAY_REACH = 10;

/** Words from a negation or a refusal to the unsaid word it governs ("have not been confirmed"). */
const UNSAID_REACH = 3;

/**
 * "The ministry denied reports in several Russian Telegram channels that Kazakhstan was preparing to
 * buy J-10C fighters", "Reports in foreign media that Egypt has ordered J-10C fighters have not been
 * confirmed by Cairo": a clause that tells what hearsay says tells no transfer when its sentence denies
 * the hearsay or leaves it unconfirmed, wherever the denial stands.
 */
function deniedHearsay(tokens: readonly Token[], that: number, disavowedNext: boolean): boolean {
  const { hearsayNouns, hearsayVerbs } = transferRules();
  const told = (t: Token | undefined) => Boolean(t && (hearsayNouns.has(t.lower) || hearsayVerbs.has(t.lower)));
  // (The walk may pass the clause's start: "reports" is also a reporting verb, which closes a clause.)
  let k = that - 1;
  while (k > Math.max(0, that - HEARSAY_REACH) && !told(tokens[k]) && !/^[,;:]$/.test(tokens[k]!.text)) k--;
  if (!told(tokens[k])) return false;
  // ("Telegram channels claimed last month that Algeria had already received its first Su-57E jets.
  // Asked about the reports, a ministry official said "no such aircraft" were in Algeria": hearsay a
  // verb tells is disavowed where a sentence refers to it, this one or the next.)
  return hearsayNouns.has(tokens[k]!.lower) ? disavows(tokens) : disavowedNext || disavowsHearsay(tokens);
}

/** The sentence denies something or calls it untrue or unconfirmed ("dismissed", "completely false", "have not been confirmed", "no such aircraft"). */
function disavows(tokens: readonly Token[]): boolean {
  const { denials, negation, disavowals } = transferRules();
  return tokens.some((t, i) =>
    denials.has(t.lower) || disavowals.words.has(t.lower) || disavowals.noSuch.some((phrase) => phraseAt(tokens, i, phrase)) ||
    (disavowals.unsaid.has(t.lower) && tokens.slice(Math.max(0, i - UNSAID_REACH), i).some((b) => negation.has(b.lower) || disavowals.refusals.has(b.lower))));
}

/**
 * "Asked about the reports, a ministry official said "no such aircraft" were in Algeria", "but Zelaya
 * dismissed the reports": the sentence refers to hearsay ("the reports") and disavows it.
 */
export function disavowsHearsay(tokens: readonly Token[]): boolean {
  const { hearsayNouns } = transferRules();
  const { referenceDeterminers } = weaponLexicon().words;
  // ("..., an accusation the Nicaraguan government described as "an infamous lie"": an indefinite one in apposition too.)
  const determiner = (t: Token | undefined) => Boolean(t && (referenceDeterminers.has(t.lower) || t.lower === 'an' || t.lower === 'a'));
  return tokens.some((t, i) => hearsayNouns.has(t.lower) && determiner(tokens[i - 1])) && disavows(tokens);
}

/** "that" opening a clause of its own ("that the system arrived"), not a relative clause ("jets that arrived"). */
function isComplementiser(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  // "confirmed that three of its Leopard 2 tanks were handed over": a count opens a subject.
  if (COMPLEMENT_STARTS.has(next.lower) || /^\d/.test(next.text) || weaponLexicon().words.numbers.has(next.lower)) return true;
  return /^\p{Lu}/u.test(next.text) && !isVerbForm(next.lower);
}

/** A past participle written as such: "donated", "sold", "sent" (for reduced relatives: "a battery, donated by ..."). */
export function isParticiple(token: Token): boolean {
  return /ed$/.test(token.lower) || transferRules().irregularParticiples.has(token.lower);
}

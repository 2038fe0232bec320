// Names of people and places, found word by word with the gazetteers and the context.
//
// Rules (in this order for each capitalised word):
//  1. After a title ("Frau", "Herr", "Dr.") or a naming word ("namens", "Name:") any capitalised
//     word is a name, even an ordinary noun ("Frau Sommer").
//  2. After "Familie" or a kinship/role word ("die Tochter", "Vater:") a known name is a name, and
//     so is an unknown word that is no German word ("Familie Yıldırım").
//  3. A known name that is no German word is a name anywhere ("Ahmet", "Wagner"). One that is also
//     an adjective or verb ("Klein") counts mid-sentence unless an article precedes it; one that is
//     also a noun ("Sommer", "Rose") needs a cue or a neighbouring name ("Melanie Sommer").
//  4. A name grows over the following surname(s): known names or words that are no German word.
//  5. A known place follows the same three grades; a place that is also a noun ("Essen", "Halle")
//     needs "in/aus/nach/…" or "Stadtteil/Gemeinde/…" right before it. An unknown word after
//     "Stadtteil/Ortsteil/Gemeinde/…", or after "in/aus/nach" when it is no German word, no name,
//     no country and has no common-noun ending, is a place too ("aus Neckarau").
//  6. Hyphenated words: "Mila-Sophie" (all parts names), "Karlsruhe-Durlach" (town-district).
//  7. Generic words never count: cue words themselves, roles, function words, countries, and
//     "Altstadt"/"Südstadt"/… after an article.
import type { Candidate } from '../types';
import type { Commonness } from '../lexicon';
import {
  isEponym, isGenericTerm, isGermanHead, isGermanNoun, isGermanWord, isNounLemma, isKnownName, isKnownPlace, isNominalisedWord,
  isKnownNameRaw, isNounCompound, isPlaceAdjective, isRegion, multiWordPlacesStartingWith, startsMultiWordPlace, nameCommonness, placeCommonness,
} from '../lexicon';
import { foldKey, isAllCaps, isUpperAt } from '../text';
import type { Tokens } from '../tokens';
import {
  ARTICLES, ENDEARMENTS, FAMILY_CUES, FUNCTION_WORDS, GENERIC_PLACE_WORDS, INSTITUTION_TYPES, KIN_CUES, NAMING_CUES, NICKNAME_NOUNS, NICKNAME_VERBS,
  NOT_INSTITUTION_NAMES, PERSON_PRONOUNS, PLACE_PREPOSITIONS, PLACE_TYPE_CUES, ROLE_AFTER_TITLE, TITLE_CUES, TITLE_FILLERS,
} from '../vocabulary';

const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'du', 'al', 'el', 'bin', 'ibn', 'zu', 'ter', 'ten', 'le', 'la']);
/**
 * Particles that are no German words: before a capitalised word they make it a surname even
 * without a title ("ten Brink", "van Dijk"), and they may follow a kinship word ("die Tochter van
 * Houten"). "von", "der", "de", "zu" … are German (or too short to tell) and need a title or "Familie".
 */
const FOREIGN_PARTICLES = new Set(['van', 'ten', 'ter', 'dos', 'del', 'della']);
/** Family words after which particles may open the surname ("Familie van der Berg"; not "die Kinder von Melanie"). */
const SINGULAR_FAMILY_CUES = new Set(['Familie', 'Fam', 'Ehepaar', 'Eheleute']);
/** First parts of Arabic and other compound surnames: "Al-Hassan", "Abu-Bakr", "El-Khoury". */
const NAME_PREFIXES = new Set(['Al', 'El', 'Abu', 'Abd', 'Abdel', 'Ben', 'Bin', 'Ibn', 'Ould', 'Bou', 'De', 'Di', 'Da', 'La', 'Le', 'Mac', 'Mc', 'O']);
const NUMERALS = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'beiden', 'beide', 'mehrere', 'mehreren', 'einige', 'einigen', 'wenige', 'wenigen', 'andere', 'anderen', 'anderer']);
const TEMPORAL_SURNAMES = new Set(['Sommer', 'Winter', 'Herbst', 'Frühling', 'Mai', 'April', 'August', 'Juli', 'Montag', 'Freitag', 'Sonntag', 'Ostern']);
/** Endings of German and borrowed common nouns ("Quarantäne", "Substitution", "Psychiatrie"), rare in town names. */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|sion|ität|ismus|ie|äne|enz|anz|age|ose|ik|ment|ur|eur|ine|ität)$/;
/** Prepositions that take places rather than people ("bei", "von" take both). */
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'aus', 'nach']);
const SEASON_SURNAMES = new Set(['Sommer', 'Winter', 'Herbst', 'Frühling']);
const PLURAL_FAMILY_CUES = new Set(['Geschwister', 'Brüder', 'Schwestern', 'Zwillinge', 'Kinder', 'Töchter', 'Söhne']);

type Cue = 'title' | 'naming' | 'family' | 'kin' | 'placePrep' | 'placeType' | 'none';

/** Facts about one capitalised word, computed once. */
interface WordInfo {
  word: string;
  key: string;
  name: boolean;
  nameCommon: Commonness;
  place: boolean;
  placeCommon: Commonness;
  /** No German word, no generic term, no compound noun: could be an unknown name. */
  foreign: boolean;
  /** Place names of several words may start with this word. */
  multiPlace: boolean;
  /** Named after a person ("Pfeiffer"): generic alone, a surname after a family cue or a first name. */
  eponym: boolean;
  /**
   * Hyphenated, every part a known name, one of them no German word ("Schulze-Berg"): a double
   * surname after a first name or "Familie", though "Berg" alone would be a noun.
   */
  nameParts: boolean;
  /**
   * A name list's noun in an inflected or plural form ("Termine"): surnames that are nouns are
   * written in the base form ("Koch", "Fischer"), so it never joins or pairs with a name.
   */
  inflected: boolean;
}

export function detectNamesAndPlaces(tokens: Tokens, out: Candidate[]): void {
  const n = tokens.count;
  let i = 0;
  while (i < n) {
    if (!tokens.isCapitalised(i)) { i++; continue; }
    const start = tokens.start[i]!;
    const word = tokens.text_(i);
    const info = wordInfo(word);
    // "Frau van der Berg", "Familie ten Brink", "Dr. de Vries": the cue stands before the particles,
    // and the name starts with them.
    const run = particleRunStart(tokens, i);
    let cue = cueBefore(tokens, i);
    let nameStart = start;
    if (run < i && isCandidateWord(tokens, i)) {
      const outer = cueBefore(tokens, run);
      if (particlesOpenName(tokens, run, outer) && surnameAfterParticles(info)) {
        cue = 'title';
        nameStart = tokens.start[run]!;
      }
    }
    // Multi-word places ("Frankfurt am Main", "Bad Homburg", "St. Ingbert") first: longest match.
    const multiEnd = cue === 'title' || !info.multiPlace ? -1 : matchMultiWordPlace(tokens, i, info.key);
    if (multiEnd > 0) {
      out.push({ start, end: multiEnd, kind: 'place' });
      while (i < n && tokens.start[i]! < multiEnd) i++;
      continue;
    }
    if (!isCandidateWord(tokens, i)) { i++; continue; }

    const kind = classify(tokens, i, info, cue);
    if (kind === 'name') {
      const last = extendName(tokens, i);
      out.push({ start: nameStart, end: tokens.end[last]!, kind: 'name' });
      i = last + 1;
      continue;
    }
    if (kind === 'place') {
      out.push({ start, end: tokens.end[i]!, kind: 'place' });
    } else if (isPlaceAdjectiveAt(tokens, i, info.word)) {
      out.push({ start, end: tokens.end[i]!, kind: 'place', hint: 'Ortsbezogenes Adjektiv (z. B. „Mannheimer …“) – ersetzen durch „örtliche …“ oder weglassen' });
    }
    i++;
  }
  detectNicknames(tokens, out);
}

const OPEN_QUOTES = '„"“‚\'«»';
const CLOSE_QUOTES = '“”"‘’\'«»';
const NICKNAME_HINT = 'Spitz- oder Kosename – ersetzen durch [Name] oder eine Rolle wie „das Kind“';

/**
 * Nicknames in quotation marks: "nennt ihn nur „Bobo“", "wird von allen „Mausi“ genannt",
 * "Spitzname: „Krümel“". One to three capitalised words between the quotes; a naming word at
 * most six words before them (no punctuation between) or "genannt"/"gerufen" right after. When the
 * naming word calls a person ("nennt ihn", "den Jüngsten", "Spitzname") any such word counts, but
 * not a role or a pet name everybody uses ("Papa", "Schatz"); otherwise ("nennt es", "heißt") only
 * a word that looks like a nickname ("Mausi", "Pünktchen"), not a German word ("Chaos").
 */
function detectNicknames(tokens: Tokens, out: Candidate[]): void {
  for (let q = 0; q < tokens.count; q++) {
    const open = tokens.punct(q);
    if (!open || !OPEN_QUOTES.includes(open) || !tokens.touching(q) || !tokens.isCapitalised(q + 1)) continue;
    let last = q + 1;
    while (last + 2 < tokens.count && last - q < 3 && tokens.tight(last) && !tokens.touching(last) && tokens.isCapitalised(last + 1)) last++;
    const close = tokens.punct(last + 1);
    if (!close || !CLOSE_QUOTES.includes(close) || !tokens.touching(last)) continue;
    const words: string[] = [];
    for (let k = q + 1; k <= last; k++) words.push(tokens.text_(k));
    const cue = nicknameCue(tokens, q, last + 1);
    if (cue === 'none') continue;
    if (words.some((w) => ENDEARMENTS.has(w) || ROLE_AFTER_TITLE.has(w) || KIN_CUES.has(w) || FUNCTION_WORDS.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase()))) continue;
    if (cue === 'thing' && !words.every(looksLikeNickname)) continue;
    // "nennt sie „Flocke“" (a girl), not "nennt sie „Schreikinder“" (a group): no compound, no plural.
    if (cue === 'plural' && !words.every((w) => looksLikeNickname(w) || (!isNounCompound(w) && !(isGermanNoun(w) && !isNounLemma(w))))) continue;
    out.push({ start: tokens.start[q + 1]!, end: tokens.end[last]!, kind: 'name', hint: NICKNAME_HINT });
    q = last + 1;
  }
}

const HEISSEN = new Set(['heißt', 'heißen', 'hieß', 'hießen']);
/** A person as the one who is called something: "ihn", "sie", "den Jüngsten", "die Kleine". */
const isPersonWord = (w: string): boolean => PERSON_PRONOUNS.has(w) || KIN_CUES.has(w) || (w.endsWith('n') && KIN_CUES.has(w.slice(0, -1)));

/** Does a naming word stand before the quote at `open` (or "genannt" after the one at `close`), and does it name a person? */
function nicknameCue(tokens: Tokens, open: number, close: number): 'person' | 'plural' | 'thing' | 'none' {
  let person = false;
  let sie = false;
  for (let j = open - 1, seen = 0; j >= 0 && seen <= 6; j--, seen++) {
    if (!tokens.isWord(j)) {
      // "Spitzname: „Bobo“" — a colon right after the noun; other punctuation ends the search.
      if (tokens.punct(j) === ':' && j === open - 1) { seen--; continue; }
      break;
    }
    const w = tokens.text_(j);
    if (NICKNAME_NOUNS.has(w)) return 'person';
    // "nennt ihn", "nennen den Jüngsten" (the object); "heißt er", "die Kleine heißt" (the subject).
    if (isPersonWord(w) || (w === 'er' && HEISSEN.has(tokens.text_(j - 1)))) person = true;
    if (w === 'sie') sie = true;
    if (NICKNAME_VERBS.has(w)) {
      if (HEISSEN.has(w) && tokens.isWord(j - 1) && (isPersonWord(tokens.text_(j - 1)) || tokens.text_(j - 1) === 'er' || tokens.text_(j - 1) === 'Er')) person = true;
      return person ? 'person' : sie ? 'plural' : 'thing';
    }
  }
  const after = close + 1;
  if (tokens.isWord(after) && (tokens.text_(after) === 'genannt' || tokens.text_(after) === 'gerufen')) return 'thing';
  return 'none';
}

/** "Mausi", "Bobo", "Pünktchen", "Jojo": no German word, a known first name, or a pet-name ending. */
function looksLikeNickname(word: string): boolean {
  if (/(?:chen|lein|i|y)$/.test(word) && word.length >= 3) return true;
  const info = wordInfo(word);
  if (info.name && info.nameCommon !== 'noun') return true;
  return info.foreign;
}

function isCandidateWord(tokens: Tokens, i: number): boolean {
  if (!tokens.isCapitalised(i)) return false;
  const len = tokens.end[i]! - tokens.start[i]!;
  if (len < 2) return false;
  // "Frau M." style initials are already anonymous.
  if (len <= 2 && tokens.punct(i + 1) === '.') return false;
  // "Groß- und Kleinschreibung": the first half of a compound.
  if (tokens.punct(i + 1) === '-' && tokens.touching(i) && !tokens.isWord(i + 2)) return false;
  if (tokens.punct(i + 1) === '-' && tokens.touching(i) && !tokens.touching(i + 1)) return false;
  return true;
}

const infoCache = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  const cached = infoCache.get(word);
  if (cached) return cached;
  let key = foldKey(word);
  let name = isKnownName(key);
  // Genitive: "Sophies Kita", "Ahmets Arbeit".
  if (!name && key.length > 4 && (key.endsWith('s') || key.endsWith("'s"))) {
    const base = key.endsWith("'s") ? key.slice(0, -2) : key.slice(0, -1);
    if (isKnownName(base) && nameCommonness(base) === 'none') { key = base; name = true; }
  }
  const generic = isGenericTerm(word) || INSTITUTION_TYPES.has(word) || FUNCTION_WORDS.has(word.toLowerCase());
  const allCaps = isAllCaps(word);
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  const info: WordInfo = {
    word,
    key,
    name: name && !generic && !allCaps,
    nameCommon: nameCommonness(key),
    place: isKnownPlace(key) && !generic && !allCaps,
    placeCommon: placeCommonness(key),
    // "Instagram-Reels", "WhatsApp-Status": a compound on a generic term.
    foreign: !generic && !allCaps && !isGermanWord(word) && !isNounCompound(lastPart) && !hyphenOfGermanWords(word) &&
      !(lastPart !== word && (isGermanWord(lastPart) || isGenericTerm(lastPart) || isGenericTerm(word.slice(0, word.indexOf('-'))))),
    multiPlace: startsMultiWordPlace(foldKey(word)),
    eponym: isEponym(word),
    nameParts: !generic && !allCaps && word.includes('-') && hyphenOfNames(word),
    inflected: false,
  };
  info.inflected = info.name && info.nameCommon === 'noun' && isGermanNoun(word) && !isNounLemma(word);
  // "Karlsruhe-Durlach", "Berlin-Neukölln", "Ettlingen-West": a town with its district.
  if (!info.place && !generic && word.includes('-')) {
    const firstKey = foldKey(word.slice(0, word.indexOf('-')));
    const restKey = foldKey(word.slice(word.indexOf('-') + 1));
    if (firstKey.length >= 3 && isKnownPlace(firstKey) && placeCommonness(firstKey) !== 'noun' && (!isKnownName(firstKey) || isKnownPlace(restKey))) {
      info.place = true;
      info.placeCommon = 'none';
    }
  }
  // "Mila-Sophie", "Lehmann-Özdemir", "Al-Hassan": every part a name or no German word, one a clear name.
  if (!info.name && !generic && word.includes('-') && hyphenatedName(word)) {
    info.name = true;
    info.nameCommon = 'none';
  }
  if (name && info.nameCommon === 'none' && !info.place && isLongCompound(word)) info.name = false;
  if (infoCache.size > 5000) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

function hyphenatedName(word: string): boolean {
  let clear = false;
  const parts = word.split('-');
  // The last part carries a compound: "Guthrie-Test", "Corona-Pandemie" are things, not people.
  const last = parts[parts.length - 1]!;
  const lastKey = foldKey(last);
  const lastClear = isKnownName(lastKey) && nameCommonness(lastKey) === 'none';
  if (!lastClear && (isGermanWord(last) || isGenericTerm(last))) return false;
  for (const part of parts) {
    if (part.length < 2 || !isUpperAt(part, 0) || (part.length > 2 && isAllCaps(part))) return false;
    if (/(?:ung|heit|keit|schaft|tion|ität|ismus)$/.test(part)) return false;
    const key = foldKey(part);
    if (isKnownName(key) && nameCommonness(key) === 'none') { clear = true; continue; }
    if (isKnownName(key) || NAME_PREFIXES.has(part)) continue;
    return false;
  }
  return clear;
}

function hyphenOfNames(word: string): boolean {
  let clear = false;
  for (const part of word.split('-')) {
    if (part.length < 2 || !isUpperAt(part, 0) || (part.length > 2 && isAllCaps(part))) return false;
    const key = foldKey(part);
    if (!isKnownName(key) && !NAME_PREFIXES.has(part)) return false;
    if (isKnownName(key) && nameCommonness(key) === 'none' && !isGermanWord(part)) clear = true;
  }
  return clear;
}

/** "Mutter-Kind-Gruppe", "Eltern-Kind-Zentrum": every part is an ordinary German word. */
function hyphenOfGermanWords(word: string): boolean {
  if (!word.includes('-')) return false;
  for (const part of word.split('-')) {
    if (!part) continue;
    const cap = part.charAt(0).toUpperCase() + part.slice(1);
    if (!isGermanWord(cap) && !isNounCompound(cap) && !isGenericTerm(cap)) return false;
  }
  return true;
}

/** A long word ending in a German noun ("Kindergartenplatz"): a compound, even if a list names it. */
function isLongCompound(word: string): boolean {
  if (word.length < 10 || word.includes('-')) return false;
  for (let i = 4; i <= word.length - 5; i++) {
    const tail = word.charAt(i).toUpperCase() + word.slice(i + 1);
    if (isNounLemma(tail) && isGermanHead(word.slice(0, i))) return true;
  }
  return false;
}

/** First token of the run of name particles right before word i ("van der" of "van der Berg"), or i. */
function particleRunStart(tokens: Tokens, i: number): number {
  let j = i;
  while (j - 1 >= 0 && tokens.isWord(j - 1) && tokens.tight(j - 1) && NAME_PARTICLES.has(tokens.text_(j - 1))) j--;
  return j;
}

/**
 * Do the particles from token `run` on open the surname after them, given the cue before them?
 * After a title any particles do ("Herr von Thaden", "Frau Dr. de Boer"); after "Familie" or
 * "namens" too ("Familie von Thaden"); after a kinship word, a naming verb, or with no cue at all,
 * only particles that are no German words ("die Tochter van Houten", "ten Brink sagte") — "Die
 * Mutter der Kinder", "nennen den Partner", "von Montag an" stay what they are.
 */
function particlesOpenName(tokens: Tokens, run: number, cue: Cue): boolean {
  if (cue === 'title') return true;
  const foreign = FOREIGN_PARTICLES.has(tokens.text_(run));
  if (cue === 'naming') {
    const prev = previousWord(tokens, run);
    return foreign || prev === 'namens' || (prev !== null && isUpperAt(prev, 0) && NAMING_CUES.has(prev));
  }
  if (cue === 'family') {
    const prev = previousWord(tokens, run);
    return foreign || (prev !== null && (SINGULAR_FAMILY_CUES.has(prev) || TITLE_CUES.has(prev)));
  }
  return foreign && !tokens.sentenceStart(run);
}

/**
 * The word after the particles is a surname: a known name or place, or no German word, and none of the
 * words that follow "von der" in ordinary German ("Frau von der Caritas", "von der Arbeit", "von
 * der Kita", "von der Stadt").
 */
function surnameAfterParticles(info: WordInfo): boolean {
  const { word } = info;
  if (isCueWord(word) || INSTITUTION_TYPES.has(word) || NOT_INSTITUTION_NAMES.has(word) || isGenericTerm(word)) return false;
  // Noble names are often places: "zu Guttenberg", "von Hirschhausen".
  return info.name || info.foreign || info.nameParts || info.place;
}

/** What stands right before word i and announces a name or a place. */
function cueBefore(tokens: Tokens, i: number): Cue {
  let j = i - 1;
  // Skip ". " of abbreviations and academic fillers: "Dr. med. Weber", "Frau Dr. Yılmaz".
  let sawTitle = false;
  while (j >= 0) {
    if (tokens.punct(j) === '.' && tokens.isWord(j - 1) && tokens.touching(j - 1)) {
      const w = tokens.text_(j - 1);
      if (TITLE_FILLERS.has(w) || TITLE_CUES.has(w) || w === 'Fam') { j--; continue; }
    }
    if (tokens.isWord(j) && TITLE_FILLERS.has(tokens.text_(j))) {
      sawTitle = true;
      j--;
      continue;
    }
    break;
  }
  if (sawTitle) return 'title';
  if (j < 0) return 'none';
  if (!tokens.isWord(j)) {
    // "Vater: Ahmet", "Die Mutter, Melanie Wagner," — one comma, colon or bracket between.
    const p = tokens.punct(j);
    if ((p === ':' || p === ',' || p === '(') && tokens.isWord(j - 1)) {
      const w = tokens.text_(j - 1);
      if (KIN_CUES.has(w)) return 'kin';
      if (NAMING_CUES.has(w) || w === 'Kind' || w === 'Kinder') return p === ':' ? 'naming' : 'kin';
      if (FAMILY_CUES.has(w)) return 'family';
    }
    return 'none';
  }
  if (!tokens.tight(j)) return 'none';
  const w = tokens.text_(j);
  if (TITLE_CUES.has(w)) {
    // "eine Frau Anfang 30", "der Herr im Wartezimmer": after an article "Frau"/"Herr" is a noun,
    // and only a known name or a word that is no German word follows as a name ("die Frau Müller").
    return (w === 'Frau' || w === 'Herr' || w === 'Herrn') && afterArticle(tokens, j) ? 'family' : 'title';
  }
  if (NAMING_CUES.has(w)) return 'naming';
  if (FAMILY_CUES.has(w)) return 'family';
  if (KIN_CUES.has(w)) return 'kin';
  if (PLACE_PREPOSITIONS.has(w)) return 'placePrep';
  if (PLACE_TYPE_CUES.has(w)) return 'placeType';
  return 'none';
}

/**
 * Does a determiner, numeral or adjective stand right before word i ("die Kleine", "in drei
 * Zimmern", "in kleinen Zimmern")? Then word i is a noun, not a name.
 */
function afterArticle(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i - 1) || !tokens.tight(i - 1)) return false;
  const prev = tokens.text_(i - 1);
  const lower = prev.toLowerCase();
  if (ARTICLES.has(lower) || NUMERALS.has(lower)) return true;
  // A lower-case adjective with an inflection ending: "kleinen", "neuen".
  if (prev !== lower || !/(?:e|en|em|er|es)$/.test(prev)) return false;
  return isNominalisedWord(prev.charAt(0).toUpperCase() + prev.slice(1));
}

/** Does a gazetteer word of this commonness count here without a cue? */
function countsAlone(tokens: Tokens, i: number, common: Commonness): boolean {
  if (common === 'none') return true;
  if (common === 'lower') return !tokens.sentenceStart(i) && !afterArticle(tokens, i) && !inBinomial(tokens, i);
  return false;
}

/** "für Groß und Klein", "Jung und Alt": two capitalised adjectives joined by "und"/"oder". */
function inBinomial(tokens: Tokens, i: number): boolean {
  const joined = (k: number): boolean => tokens.isWord(k) && (tokens.text_(k) === 'und' || tokens.text_(k) === 'oder');
  if (joined(i + 1) && tokens.isCapitalised(i + 2) && isNominalisedWord(tokens.text_(i + 2))) return true;
  return joined(i - 1) && tokens.isCapitalised(i - 2) && isNominalisedWord(tokens.text_(i - 2));
}

function classify(tokens: Tokens, i: number, info: WordInfo, cue: Cue): 'name' | 'place' | null {
  const { word } = info;
  // Cue words themselves ("Herr", "Mutter", "Familie") are never the name.
  if (isCueWord(word) && cue !== 'title' && cue !== 'naming') return null;
  switch (cue) {
    case 'title':
    case 'naming':
      if (ROLE_AFTER_TITLE.has(word) || TITLE_CUES.has(word) || isAllCaps(word) || FUNCTION_WORDS.has(word.toLowerCase())) return null;
      // "Frau Lehrerin", "Frau Pfarrerin": a female role noun, not a surname ("Frau Martin" is one).
      if (cue === 'title' && word.length > 6 && word.endsWith('in') && isGermanNoun(word.slice(0, -2)) && !info.name) return null;
      return 'name';
    case 'family': {
      const prev = previousWord(tokens, i);
      if (prev && PLURAL_FAMILY_CUES.has(prev)) return info.name && info.nameCommon !== 'noun' ? 'name' : null;
      // "Familie Sommer", "Familie Winter": surnames that are also seasons or months.
      if (info.name || info.foreign || info.eponym || info.nameParts || (TEMPORAL_SURNAMES.has(word) && isKnownNameRaw(info.key))) return 'name';
      break;
    }
    case 'kin':
      if (info.name && (info.nameCommon !== 'noun' || nextIsName(tokens, i) || closedApposition(tokens, i))) return 'name';
      if (info.foreign && !info.place && word.length >= 3) return 'name';
      break;
    case 'placePrep':
      if (info.place && info.placeCommon !== 'none' && !tokens.sentenceStart(i)) return 'place';
      // "aus Durlach", "in Neckarau": after in/aus/nach an unknown word that is no German word,
      // no name and no country is most likely a village or district the gazetteer lacks.
      if (!info.place && !info.name && info.foreign && word.length >= 4 && !isRegion(word) && !NOUN_SUFFIX.test(word) && !tokens.sentenceStart(i) &&
          PLACE_ONLY_PREPOSITIONS.has(previousWord(tokens, i) ?? '')) return 'place';
      break;
    case 'placeType':
      if (info.place || info.foreign || (!isGermanNoun(word) && !isNominalisedWord(word) && !isGenericTerm(word))) return 'place';
      break;
    default:
      break;
  }
  // "in der Altstadt", "in der Südstadt": a part of any town.
  if (info.place && GENERIC_PLACE_WORDS.has(word) && afterArticle(tokens, i)) return null;
  // No decisive cue: the gazetteers and the word's commonness decide.
  const nameAlone = info.name && countsAlone(tokens, i, info.nameCommon);
  const placeAlone = info.place && countsAlone(tokens, i, info.placeCommon);
  if (nameAlone && placeAlone) return cue === 'placePrep' ? 'place' : 'name';
  if (nameAlone) return cue === 'placePrep' && info.place ? 'place' : 'name';
  if (placeAlone) return 'place';
  // A name that is also a noun, next to a clear name: "Melanie Sommer", "Rose Yıldız".
  if (info.name && !tokens.sentenceStart(i) && nextIsName(tokens, i)) return 'name';
  if (info.name && info.nameCommon === 'noun' && !info.inflected && previousIsFirstOfPair(tokens, i)) return 'name';
  return null;
}

function isCueWord(word: string): boolean {
  return TITLE_CUES.has(word) || KIN_CUES.has(word) || FAMILY_CUES.has(word) || NAMING_CUES.has(word) || PLACE_TYPE_CUES.has(word);
}

function previousWord(tokens: Tokens, i: number): string | null {
  let j = i - 1;
  while (j >= 0 && !tokens.isWord(j)) j--;
  return j >= 0 ? tokens.text_(j) : null;
}

/** Is the next word a name that counts alone ("Rose Yıldız")? */
function nextIsName(tokens: Tokens, i: number): boolean {
  const j = i + 1;
  if (!isCandidateWord(tokens, j) || !tokens.tight(i)) return false;
  const w = tokens.text_(j);
  if (isCueWord(w)) return false;
  const next = wordInfo(w);
  return next.name && next.nameCommon !== 'noun' && !next.inflected;
}

function previousIsFirstOfPair(tokens: Tokens, i: number): boolean {
  const j = i - 1;
  if (!isCandidateWord(tokens, j) || !tokens.tight(j)) return false;
  const w = tokens.text_(j);
  if (isCueWord(w)) return false;
  const prev = wordInfo(w);
  return prev.name && prev.nameCommon === 'none';
}

/** "Die Mutter, Rose, ..." — a name between commas right after a kinship word. */
function closedApposition(tokens: Tokens, i: number): boolean {
  return tokens.punct(i - 1) === ',' && (tokens.punct(i + 1) === ',' || tokens.punct(i + 1) === '.');
}

/** The last token of a name that starts at word i: surnames and particles after it. */
function extendName(tokens: Tokens, i: number): number {
  let last = i;
  let added = 0;
  let j = i + 1;
  while (j < tokens.count && added < 3 && tokens.tight(j - 1)) {
    // "Melanie van der Berg", "Maria dos Santos": particles, then the surname.
    if (tokens.isWord(j) && NAME_PARTICLES.has(tokens.text_(j))) {
      let k = j;
      while (k < tokens.count && tokens.isWord(k) && NAME_PARTICLES.has(tokens.text_(k)) && tokens.tight(k)) k++;
      if (k > j && isCandidateWord(tokens, k)) { j = k; continue; }
      break;
    }
    if (!isCandidateWord(tokens, j)) break;
    const w = tokens.text_(j);
    // "Melanie Sommer", "Hans Winter": seasons are common surnames right after a first name.
    const season = SEASON_SURNAMES.has(w);
    const info = wordInfo(w);
    // "Gertrud Pfeiffer", "Tina Turner": after a first name an eponym is a surname.
    // "Frau Hartmann Bescheid geben", "Herr Özdemir Termine absagen": the next word is an object.
    if (INSTITUTION_TYPES.has(w) || isCueWord(w) || NOT_INSTITUTION_NAMES.has(w) || info.inflected || (isGenericTerm(w) && !season && !info.eponym)) break;
    if (!(info.name || info.foreign || season || info.eponym || info.nameParts)) break;
    // "Ahmet Demir" but not "Sophie Kita": a noun-name continues only a name that counts alone.
    last = j;
    added++;
    j++;
  }
  return last;
}

/** "Mannheimer Stadtteil", "Karlsruher Tafel": an adjective made from a place name, before a noun. */
function isPlaceAdjectiveAt(tokens: Tokens, i: number, word: string): boolean {
  return isCandidateWord(tokens, i + 1) && tokens.tight(i) && isPlaceAdjective(word);
}

/** End offset of the longest multi-word place starting at word i, or -1. */
function matchMultiWordPlace(tokens: Tokens, i: number, firstKey: string): number {
  const { text } = tokens;
  let j = i + 1;
  if (tokens.punct(j) === '.') j++;
  if (!tokens.isWord(j)) return -1;
  const candidates = multiWordPlacesStartingWith(firstKey, foldKey(tokens.text_(j)));
  if (!candidates) return -1;
  const start = tokens.start[i]!;
  for (const place of candidates) {
    const end = foldedMatch(text, start, place);
    if (end > 0) return end;
  }
  return -1;
}

/** Does `text` at `start`, folded, begin with `target` and end there at a word boundary? */
function foldedMatch(text: string, start: number, target: string): number {
  let t = 0;
  let p = start;
  while (t < target.length && p < text.length) {
    const ch = text.charAt(p);
    const folded = ch.charCodeAt(0) < 128 ? ch : foldKey(ch);
    for (let k = 0; k < folded.length; k++) {
      if (target.charAt(t) !== folded.charAt(k)) return -1;
      t++;
    }
    p++;
  }
  if (t < target.length) return -1;
  if (p < text.length && (isUpperAt(text, p) || /[\p{L}\p{N}]/u.test(text.charAt(p)))) return -1;
  return p;
}

// Institutions named by their proper name. A bare institution word ("die Kita", "eine Klinik")
// is generic and never flagged; a name attached to it is:
//   Kita Pusteblume · Kita „Sonnenschein“ · Grundschule am Park · Praxis Dr. Weber ·
//   Uniklinik Freiburg · Vincentius-Krankenhaus · St. Josefs-Krankenhaus · Bäckerei Müller GmbH
import type { Candidate } from '../types';
import { isGenericTerm, isGermanHead, isGermanNoun, isGermanWord, isKnownName, isKnownPlace, isNominalisedWord, isNounLemma, isRegion, nameCommonness } from '../lexicon';
import { foldKey, isAllCaps } from '../text';
import { NUMBER } from '../tokens';
import type { Tokens } from '../tokens';
import {
  ARTICLES, CLUB_ABBREVIATIONS, CLUB_NAME_WORDS, COMPASS_NAMES, FUNCTION_WORDS, INSTITUTION_TYPES, LEGAL_FORMS, NOT_INSTITUTION_NAMES, TITLE_CUES,
} from '../vocabulary';

const HINT = 'Name einer Einrichtung – ersetzen durch [Einrichtung] oder die Art, z. B. „eine Kita“, „eine Kinderklinik“';
const HINT_FIRM = 'Name eines Betriebs – ersetzen durch [Einrichtung] oder die Branche, z. B. „in einem Friseursalon“';
const HINT_CLUB = 'Name eines Vereins – ersetzen durch [Einrichtung] oder die Art, z. B. „in einem Sportverein“';
const HINT_COMMUNITY = 'Name einer Gemeinde oder Kirche – ersetzen durch [Einrichtung] oder die Art, z. B. „eine Kirchengemeinde“';
const FIRM_TYPES = new Set(['Firma', 'Bäckerei', 'Metzgerei', 'Konditorei', 'Friseursalon', 'Friseur', 'Salon', 'Restaurant', 'Gaststätte', 'Café', 'Imbiss', 'Pizzeria', 'Kiosk', 'Supermarkt', 'Hotel', 'Pension', 'Autohaus', 'Werkstatt', 'Spedition', 'Reinigung', 'Fahrschule', 'Tankstelle', 'Kanzlei', 'Agentur', 'Nagelstudio', 'Kosmetikstudio', 'Sanitätshaus']);
const LOCATIVE = new Set(['am', 'an', 'auf']);
const OPEN_QUOTES = '„"“‚\'«»';
const ABSTRACT = /(?:ung|heit|keit|schaft|tion|ität|nis|ismus|ment|ur|anz|enz)$/;

function hintFor(type: string): string {
  if (/(?:gemeinde|kirche)$/i.test(type)) return HINT_COMMUNITY;
  return FIRM_TYPES.has(type) ? HINT_FIRM : HINT;
}

/** The word names the institution (not an object of the sentence: "ob die Kita Zeit hat"). */
function isNameWord(word: string): boolean {
  if (word.length < 2 || isAllCaps(word) && word.length > 4) return false;
  if (NOT_INSTITUTION_NAMES.has(word) || INSTITUTION_TYPES.has(word) || TITLE_CUES.has(word)) return false;
  const key = foldKey(word);
  if (isKnownName(key) || isKnownPlace(key)) return true;
  if (isGenericTerm(word)) return false;
  if (isNominalisedWord(word)) return false;
  if (ABSTRACT.test(word)) return false;
  // An ordinary noun names an institution in its base form ("Kita Regenbogen"), hardly in an
  // inflected or plural form ("die Praxis Termine", "die Kita Plätze").
  if (isGermanNoun(word)) return isNounLemma(word) && !looksPlural(word);
  return true;
}

/** Umlaut plurals the lexicon keeps as irregular forms: "Plätze" (Platz), "Ärzte" (Arzt). */
function looksPlural(word: string): boolean {
  if (!/[äöü]/.test(word) && !/^[ÄÖÜ]/.test(word)) return false;
  const base = word.replace(/^Ä/, 'A').replace(/^Ö/, 'O').replace(/^Ü/, 'U').replace(/ä/, 'a').replace(/ö/, 'o').replace(/ü/, 'u');
  for (const ending of ['e', 'er', 'en', '']) {
    if (base.endsWith(ending) && isNounLemma(base.slice(0, base.length - ending.length))) return true;
  }
  return false;
}

/** Type endings of one-word names: "Goetheschule", "Marienkrankenhaus", "Elisabethenklinik". */
const COMPOUND_TYPES = ['schule', 'gymnasium', 'krankenhaus', 'klinikum', 'klinik', 'hospital', 'kita', 'kindergarten', 'kinderhaus', 'realschule', 'grundschule',
  // "Paulusgemeinde", "Lutherkirchengemeinde", "Marienkirche": a congregation or church named after someone.
  'kirchengemeinde', 'gemeinde', 'kirche'];
/** Teaching methods and school types, not names: "Montessori-Kinderhaus", "Waldorfschule". */
const METHOD_PREFIXES = new Set(['Montessori', 'Waldorf', 'Fröbel', 'Reggio', 'Kneipp', 'Freinet']);

function compoundType(word: string): string | null {
  if (word.length < 9 || word.includes('-')) return null;
  const lower = word.toLowerCase();
  for (const suffix of COMPOUND_TYPES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 4) continue;
    const prefix = word.slice(0, word.length - suffix.length);
    if (METHOD_PREFIXES.has(prefix) || isGermanNoun(word)) return null;
    // The prefix, without a linking -s/-n/-en/-e, must be a clear name: "Goethe", "Marie(n)".
    for (const cut of [0, 1, 2]) {
      const base = prefix.slice(0, prefix.length - cut);
      if (cut > 0 && !/^(?:s|n|en|e)$/.test(prefix.slice(prefix.length - cut))) continue;
      const key = foldKey(base);
      if (base.length >= 4 && isKnownName(key) && nameCommonness(key) === 'none' && !isGermanWord(base)) return suffix;
    }
  }
  return null;
}

const typeCache = new Map<string, string | null>();

/** The institution word in `word` ("Kita", "Krankenhaus" in "Vincentius-Krankenhaus"), or null. Cached. */
function typeOf(word: string): string | null {
  let type = typeCache.get(word);
  if (type === undefined) {
    type = findType(word);
    if (typeCache.size > 5000) typeCache.clear();
    typeCache.set(word, type);
  }
  return type;
}

/** Endings of compound institution words ("Jugendhilfeeinrichtung", "Kinderschutzzentrum"). */
const TYPE_ENDINGS = ['einrichtung', 'zentrum', 'beratungsstelle', 'praxis', 'klinik', 'klinikum', 'ambulanz', 'hospiz', 'kita', 'heim', 'wohngruppe', 'tagesstätte'];
/**
 * Religious communities are institutions ("Pfarrgemeinde St. Josef", "Moscheegemeinde …"); a
 * "Gemeinde" alone, a "Stadtgemeinde" or "Ortsgemeinde" is a municipality (a place cue, names.ts).
 */
const RELIGIOUS_COMMUNITY = /^(\p{Ll}*?)(?:kirchen|kirch|pfarr|moschee|synagogen|kultus)gemeinde$/u;

function findType(word: string): string | null {
  if (INSTITUTION_TYPES.has(word)) return word;
  // "Pfarrgemeinde" needs a name after it; "Lutherkirchengemeinde" has one inside.
  const community = word.includes('-') ? null : RELIGIOUS_COMMUNITY.exec(word.toLowerCase());
  if (community) return community[1] === '' ? word : compoundType(word) ?? word;
  // A German compound that ends in an institution word is one too: "Jugendhilfeeinrichtung".
  if (!word.includes('-') && word.length > 8) {
    const lower = word.toLowerCase();
    for (const ending of TYPE_ENDINGS) {
      if (lower.endsWith(ending) && lower.length - ending.length >= 4 && isGermanHead(word.slice(0, word.length - ending.length))) return word;
    }
  }
  const compound = compoundType(word);
  if (compound) return compound;
  // Hyphenated: "Vincentius-Krankenhaus", "Albert-Schweitzer-Schule".
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const last = word.slice(dash + 1);
    if (INSTITUTION_TYPES.has(last)) return last;
  }
  return null;
}

export function detectInstitutions(tokens: Tokens, out: Candidate[]): void {
  const { text } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.isCapitalised(i)) continue;
    const word = tokens.text_(i);
    const type = typeOf(word);
    if (!type) continue;
    let start = tokens.start[i]!;
    let end = -1;

    if (type !== word && !word.includes('-')) {
      // "Goetheschule": the name is inside the word.
      end = tokens.end[i]!;
    } else if (type !== word) {
      // "Vincentius-Krankenhaus": the parts before the type make the name, unless they are all
      // ordinary words ("Mutter-Kind-Heim", "Eltern-Kind-Zentrum") or a method ("Montessori-Kita").
      const parts = word.slice(0, word.length - type.length - 1).split('-');
      if (!METHOD_PREFIXES.has(parts[0]!) && parts.some((p) => isNameWord(p.charAt(0).toUpperCase() + p.slice(1)) && !isGermanNoun(p))) end = tokens.end[i]!;
      if (end > 0) {
        // "St. Josefs-Krankenhaus", "Sankt Marien-Hospital"
        const saint = saintBefore(tokens, i);
        if (saint >= 0) start = saint;
      }
    }

    let j = i + 1;
    if (end < 0 && j < tokens.count && tokens.tight(i)) {
      const p = tokens.punct(j);
      if (p && OPEN_QUOTES.includes(p)) {
        // Kita „Sonnenschein“
        const close = findClosingQuote(text, tokens.end[j]!);
        if (close > 0) end = close;
      } else if (tokens.isWord(j) && LOCATIVE.has(tokens.text_(j)) && tokens.tight(j)) {
        // Grundschule am Park, Klinik an der Weinstraße, Praxis auf dem Berg
        let k = j + 1;
        if (tokens.isWord(k) && ARTICLES.has(tokens.text_(k)) && tokens.tight(k)) k++;
        if (tokens.isCapitalised(k) && isLocativeName(tokens.text_(k))) {
          end = tokens.end[k]!;
          j = k + 1;
        }
      } else if (tokens.isWord(j) && (tokens.text_(j) === 'Dr' || tokens.text_(j) === 'Prof') && tokens.punct(j + 1) === '.') {
        // Praxis Dr. Weber, Kanzlei Prof. Dr. Schmidt
        let k = j + 2;
        while (tokens.isWord(k) && (tokens.text_(k) === 'Dr' || tokens.text_(k) === 'Prof' || tokens.text_(k) === 'med') && tokens.punct(k + 1) === '.') k += 2;
        if (tokens.isCapitalised(k)) { end = tokens.end[k]!; j = k + 1; }
      } else if (tokens.isWord(j) && (tokens.text_(j) === 'St' || tokens.text_(j) === 'Sankt')) {
        // Kita St. Martin, Krankenhaus Sankt Elisabeth
        let k = j + 1;
        if (tokens.punct(k) === '.') k++;
        if (tokens.isCapitalised(k)) { end = tokens.end[k]!; j = k + 1; }
      } else if (tokens.isCapitalised(j) && COMPASS_NAMES.has(tokens.text_(j)) && !timeAfterMitte(tokens, j)) {
        // Klinikum Mitte, Kita Nord, Grundschule Süd
        end = tokens.end[j]!;
        j++;
      } else if (tokens.isCapitalised(j) && isNameWord(tokens.text_(j))) {
        // Kita Pusteblume, Uniklinik Freiburg, Friseursalon Haarmonie, Hotel Adler
        end = tokens.end[j]!;
        j++;
      } else if (tokens.isCapitalised(j) && isNominalisedWord(tokens.text_(j)) && tokens.isCapitalised(j + 1) && tokens.tight(j) && isNameWord(tokens.text_(j + 1))) {
        // Hotel Goldener Adler, Apotheke Zur Alten Post
        end = tokens.end[j + 1]!;
        j += 2;
      }
      // More name words and a legal form: "Bäckerei Müller GmbH", "Kita Arche Noah".
      if (end > 0) {
        let added = 0;
        while (added < 2 && j < tokens.count && tokens.tight(j - 1) && tokens.isCapitalised(j) && !INSTITUTION_TYPES.has(tokens.text_(j))) {
          const w = tokens.text_(j);
          const key = foldKey(w);
          if (!(isKnownName(key) || isKnownPlace(key) || !isGermanNoun(w)) || isGenericTerm(w) || isNominalisedWord(w)) break;
          // "die Kita Pusteblume Bescheid geben", "Klinikum Nord Termine": the next word is an object.
          if (NOT_INSTITUTION_NAMES.has(w) || isInflectedNoun(w)) break;
          end = tokens.end[j]!;
          j++;
          added++;
        }
        const legal = legalFormAt(text, end);
        if (legal > 0) end = legal;
      }
    }
    if (end > 0) out.push({ start, end, kind: 'institution', hint: hintFor(type) });
  }
  detectLegalForms(tokens, out);
  detectClubs(tokens, out);
}

/** "die Kita Mitte Mai", "Mitte nächster Woche": "Mitte" as a time, not the name. */
function timeAfterMitte(tokens: Tokens, j: number): boolean {
  if (tokens.text_(j) !== 'Mitte' || !tokens.tight(j)) return false;
  const k = j + 1;
  if (tokens.type[k] === NUMBER) return true;
  if (!tokens.isWord(k)) return false;
  return /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|des|der|dieses|diesen|nächster|nächsten|letzter|letzten|kommender|kommenden|vergangenen|vorigen)$/.test(tokens.text_(k));
}

/** A plural or inflected noun ("Termine", "Unterlagen"): an object after the name, not part of it. */
function isInflectedNoun(word: string): boolean {
  return isGermanNoun(word) && !isNounLemma(word) && !isKnownPlace(foldKey(word));
}

/** A word of a club's name: "Germania", "Grünwald", "Bayern", "Rot-Weiß" — not "Training" or "Fußball". */
function isClubNameWord(word: string): boolean {
  if (CLUB_NAME_WORDS.has(word)) return true;
  if (word.length < 2 || NOT_INSTITUTION_NAMES.has(word) || INSTITUTION_TYPES.has(word) || TITLE_CUES.has(word)) return false;
  if (FUNCTION_WORDS.has(word.toLowerCase()) || ARTICLES.has(word.toLowerCase())) return false;
  if (isInflectedNoun(word)) return false;
  const key = foldKey(word);
  if (isKnownPlace(key) || isKnownName(key) || isRegion(word)) return true;
  return !isGenericTerm(word) && !isGermanNoun(word);
}

/** A founding year in a club's name: "TSV 1860 München", "SV Darmstadt 98". */
function isClubYear(tokens: Tokens, k: number): boolean {
  const len = tokens.end[k]! - tokens.start[k]!;
  return tokens.type[k] === NUMBER && (len === 2 || len === 4);
}

/** Sports clubs: an abbreviation ("FC", "TSV") and the club's name, "1. FC Köln" with its number. */
function detectClubs(tokens: Tokens, out: Candidate[]): void {
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.isWord(i) || !CLUB_ABBREVIATIONS.has(tokens.text_(i)) || !tokens.tight(i)) continue;
    let j = i + 1;
    // "TSV 1860 München": a year may come first, but the name must follow.
    if (isClubYear(tokens, j) && tokens.tight(j)) j++;
    if (!tokens.isCapitalised(j) || !isClubNameWord(tokens.text_(j))) continue;
    let end = tokens.end[j]!;
    j++;
    for (let added = 0; added < 2 && j < tokens.count && tokens.tight(j - 1); added++, j++) {
      if (tokens.isCapitalised(j) && isClubNameWord(tokens.text_(j))) end = tokens.end[j]!;
      else if (isClubYear(tokens, j)) end = tokens.end[j]!;
      else break;
    }
    let start = tokens.start[i]!;
    // "1. FC Köln", "1. FC Kaiserslautern"
    if (tokens.punct(i - 1) === '.' && tokens.tight(i - 1) && tokens.type[i - 2] === NUMBER && tokens.touching(i - 2) && tokens.end[i - 2]! - tokens.start[i - 2]! === 1) {
      start = tokens.start[i - 2]!;
    }
    out.push({ start, end, kind: 'institution', hint: HINT_CLUB });
  }
}

/** A capitalised word after "am"/"an der" that names a place, not a time ("am Montag"). */
function isLocativeName(word: string): boolean {
  if (NOT_INSTITUTION_NAMES.has(word) || isGenericTerm(word) || ABSTRACT.test(word)) return false;
  if (isNominalisedWord(word)) return false;
  return true;
}

function saintBefore(tokens: Tokens, i: number): number {
  let k = i - 1;
  // "St.-Elisabeth-Krankenhaus"
  if (tokens.punct(k) === '-' && tokens.touching(k) && tokens.punct(k - 1) === '.' && tokens.touching(k - 1)) k--;
  if (tokens.punct(k) === '.') k--;
  if (tokens.isWord(k) && (tokens.text_(k) === 'St' || tokens.text_(k) === 'Sankt') && tokens.tight(k)) return tokens.start[k]!;
  return -1;
}

function findClosingQuote(text: string, from: number): number {
  for (let p = from; p < Math.min(text.length, from + 48); p++) {
    const c = text.charAt(p);
    if (c === '\n') return -1;
    if ('“”"\'‘’«»'.includes(c) && p > from) return p + 1;
  }
  return -1;
}

function legalFormAt(text: string, end: number): number {
  let p = end;
  if (text.charCodeAt(p) !== 32) return -1;
  p++;
  LEGAL_FORMS.lastIndex = p;
  const m = LEGAL_FORMS.exec(text);
  return m ? p + m[0].length : -1;
}

/** "Müller & Söhne GmbH", "Lebensfreude e. V.": capitalised words before a legal form. */
function detectLegalForms(tokens: Tokens, out: Candidate[]): void {
  const { text } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.isCapitalised(i)) continue;
    // The legal form must follow the word directly.
    const legal = legalFormAt(text, tokens.end[i]!);
    if (legal < 0) continue;
    let first = i;
    let k = i - 1;
    while (k >= 0 && i - k < 4 && tokens.isCapitalised(k) && tokens.tight(k) && !tokens.sentenceStart(k + 1)) {
      const w = tokens.text_(k);
      if (ARTICLES.has(w.toLowerCase())) break;
      first = k;
      k--;
    }
    // A firm's name starts with a capitalised word that is not an article at a sentence start.
    while (first <= i && ARTICLES.has(tokens.text_(first).toLowerCase())) first++;
    if (first > i) continue;
    out.push({ start: tokens.start[first]!, end: legal, kind: 'institution', hint: HINT_FIRM });
  }
}

// Street addresses and postal codes with towns.
//
// A street is a capitalised word with a street ending ("Schillerstraße", "Karl-Marx-Str.",
// "Lindenallee"), a street word after capitalised words ("Karlsruher Straße"), or a prepositional
// name ("Am Mühlbach", "In der Au"). It needs a house number, except for the unmistakable endings
// -straße/-str./-allee/-gasse. A postal code counts when it is one in use and a town follows.
// Like patterns.ts, everything is tried at token starts only.
import type { Candidate } from '../types';
import { isGermanNoun, isGermanWord, isKnownName, isNominalisedWord, isPlaceAdjective, isPostalCode, nameCommonness } from '../lexicon';
import { foldKey } from '../text';
import { NUMBER, WORD } from '../tokens';
import type { Tokens } from '../tokens';
import { ARTICLES, NUMBER_UNITS } from '../vocabulary';

/** Endings that make a street name without a house number: "in der Schillerstraße". */
const STRONG_ENDINGS = ['straße', 'strasse', 'str', 'allee', 'gasse'];
/** Endings that make a street name only with a house number: "Rosenweg 3", "Lindenhof 2". */
const NUMBERED_ENDINGS = ['weg', 'platz', 'ring', 'damm', 'ufer', 'steig', 'pfad', 'chaussee', 'promenade', 'markt', 'graben', 'wall', 'anger', 'kamp', 'hof', 'berg', 'feld', 'garten', 'park', 'tor', 'brücke', 'winkel', 'höhe', 'siedlung', 'stieg', 'twiete', 'zeile', 'bogen', 'halde', 'hain', 'grund', 'aue', 'busch', 'heide', 'acker', 'wiese', 'weide', 'blick', 'leite', 'rain'];
/** Numbered endings that are plain street words: with a number even an ordinary noun is a street ("Marktplatz 3"). */
const STREET_LIKE = new Set(['weg', 'platz', 'ring', 'damm', 'ufer', 'steig', 'pfad', 'chaussee', 'promenade']);
/** Street words standing alone after capitalised words: "Karlsruher Straße 5". */
const STREET_WORDS = new Set(['Straße', 'Strasse', 'Str', 'Weg', 'Allee', 'Platz', 'Gasse', 'Ring', 'Damm', 'Ufer', 'Chaussee']);
/** First words of prepositional street names. */
const STREET_PREPOSITIONS = /(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Hinter der|Hinter dem|Vor dem|Zum|Zur|Unter den|Beim|Bei der|Alte|Alter|Neue|Große|Kleine|Obere|Untere|Hohe|Lange)\s((?:\p{Lu}[\p{L}-]*\s){1,3})(\d{1,3}(?:\s?[a-zA-Z](?!\p{L}))?(?:\s?[-–/]\s?\d{1,3}[a-zA-Z]?)?)(?![\p{L}\d]|[.,]\d)/uy;
const PREPOSITION_STARTS = new Set(['Am', 'An', 'Auf', 'Im', 'In', 'Hinter', 'Vor', 'Zum', 'Zur', 'Unter', 'Beim', 'Bei', 'Alte', 'Alter', 'Neue', 'Große', 'Kleine', 'Obere', 'Untere', 'Hohe', 'Lange']);
/** Nouns that name a spot in a town and so make street names: "Am Markt", "Im Winkel". */
const LOCATION_NOUNS = new Set(`Markt Anger Ring Graben Wall Damm Berg Hang Bach See Park Platz Hof Brunnen Kanal
  Hafen Bahnhof Wald Feld Felde Acker Wiese Weiher Teich Mühle Mühlbach Schloss Schlossberg Rathaus Stadtgarten
  Turm Tor Weinberg Hügel Friedhof Kirchberg Sportplatz Winkel Eck Ecke Rain Steg Sand Steinbruch Mühlenweg
  Lindenhof Rosengarten Kirchplatz Marktplatz Schlossplatz Schulberg Burgberg Galgenberg Heuweg Pfarrgarten
  Lehmgrube Kreuz Bruch Rosenhang Sonnenhang Kapellenberg Klostergarten Gutshof Meierhof Dorfplatz`.split(/\s+/));
/** "76133 Karlsruhe", "69117 Heidelberg", "60311 Frankfurt am Main", "06108 Halle (Saale)". */
const POSTAL_TOWN = /(\d{5})\s(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)((?:\s(?:am|an der|im|in der|bei|ob der|vor der)\s\p{Lu}[\p{L}]*|\s?\([^)\n]{2,20}\)|\s(?:i\.|a\.)\s?(?:Br|M|d\.\s?\p{Lu}\p{L}*)\.?)?)/uy;
const NOT_TOWNS = new Set(['Kinder', 'Personen', 'Einwohner', 'Menschen', 'Fälle', 'Euro', 'Mal', 'Haushalte', 'Familien', 'Zeichen']);
const NEXT_WORD = /\s*([\p{L}%€]+)/uy;

const HINT_STREET = 'Straße und Hausnummer – ersetzen durch [Adresse] oder eine allgemeine Angabe („in einer Mietwohnung am Stadtrand“)';
const HINT_POSTAL = 'Postleitzahl und Ort – ersetzen durch [Adresse] oder „im Landkreis“';

/** Is the word after the house number a unit ("Schulweg 20 Minuten")? */
function unitFollows(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m !== null && NUMBER_UNITS.has(m[1]!);
}

/** Endings by their last letter, so that most words are ruled out by one lookup. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of [...STRONG_ENDINGS, ...NUMBERED_ENDINGS]) {
  const list = ENDINGS_BY_LAST.get(e.charAt(e.length - 1)) ?? [];
  list.push(e);
  ENDINGS_BY_LAST.set(e.charAt(e.length - 1), list);
}
const STRONG = new Set(STRONG_ENDINGS);

/** The street ending of the word ("Karl-Marx-Straße" → "straße"), compared case-insensitively. */
function endingOf(word: string): string | null {
  const list = ENDINGS_BY_LAST.get(word.charAt(word.length - 1));
  if (!list) return null;
  for (const e of list) if (word.length > e.length + 2 && endsWithIgnoringCase(word, e)) return e;
  return null;
}

/** Does `word` end with the lower-case `suffix`, whatever the case of the word's letters? */
function endsWithIgnoringCase(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  for (let k = 0; k < suffix.length; k++) {
    const a = word.charCodeAt(offset + k);
    const b = suffix.charCodeAt(k);
    if (a === b || (a >= 65 && a <= 90 && a + 32 === b) || ((a === 0xc4 || a === 0xd6 || a === 0xdc) && a + 32 === b)) continue;
    return false;
  }
  return true;
}

/**
 * End of the house number that follows token i ("5", "17a", "3-5", "12 b"), or -1. The number
 * has one to three digits and is no measure ("20 Minuten").
 */
function houseNumberEnd(tokens: Tokens, i: number): number {
  const j = i + 1;
  if (j >= tokens.count || tokens.type[j] !== NUMBER || !tokens.tight(i) || tokens.touching(i)) return -1;
  const digits = tokens.end[j]! - tokens.start[j]!;
  if (digits > 3) return -1;
  const { text } = tokens;
  let end = tokens.end[j]!;
  let k = j + 1;
  // 17a · 12 b
  if (tokens.type[k] === WORD && tokens.end[k]! - tokens.start[k]! === 1 && tokens.tight(k - 1) && (tokens.touching(k - 1) || !tokens.isWord(k + 1))) {
    end = tokens.end[k]!;
    k++;
  }
  // 3-5 · 3/5
  const sep = tokens.punct(k);
  if ((sep === '-' || sep === '–' || sep === '/') && tokens.type[k + 1] === NUMBER && tokens.end[k + 1]! - tokens.start[k + 1]! <= 3) end = tokens.end[k + 1]!;
  // Not "3.5", "3,5"
  if ((text.charAt(end) === '.' || text.charAt(end) === ',') && /\d/.test(text.charAt(end + 1))) return -1;
  if (unitFollows(text, end)) return -1;
  return end;
}

export function detectAddresses(tokens: Tokens, out: Candidate[]): void {
  for (let i = 0; i < tokens.count; i++) {
    const type = tokens.type[i];
    if (type === NUMBER) {
      if (tokens.end[i]! - tokens.start[i]! === 5) postalAt(tokens, i, out);
      continue;
    }
    if (!tokens.isCapitalised(i)) continue;
    const word = tokens.text_(i);
    if (word === 'PLZ' && tokens.type[i + 1] === NUMBER) {
      // "PLZ 76133"
      const j = tokens.punct(i + 1) === ':' ? i + 2 : i + 1;
      if (tokens.type[j] === NUMBER && tokens.end[j]! - tokens.start[j]! === 5 && isPostalCode(Number(tokens.text_(j)))) {
        out.push({ start: tokens.start[j]!, end: tokens.end[j]!, kind: 'address', hint: HINT_POSTAL });
      }
      continue;
    }
    if (PREPOSITION_STARTS.has(word)) prepositionStreetAt(tokens, i, out);
    if (STREET_WORDS.has(word)) streetPhraseAt(tokens, i, out);
    streetWordAt(tokens, i, word, out);
  }
}

/** "Schillerstraße 5", "Kaiserstr. 12a", "Karl-Marx-Straße", "Lindenallee 22". */
function streetWordAt(tokens: Tokens, i: number, word: string, out: Candidate[]): void {
  const ending = endingOf(word);
  if (!ending) return;
  const strong = STRONG.has(ending) ? ending : null;
  const numbered = strong ? null : ending;
  let last = i;
  // "Kaiserstr." — the abbreviation's dot belongs to the street.
  if (strong === 'str') {
    if (tokens.punct(i + 1) !== '.' || !tokens.touching(i)) return;
    last = i + 1;
  }
  const start = tokens.start[i]!;
  const numberEnd = houseNumberEnd(tokens, last);
  if (numberEnd > 0) {
    // Weak endings ("-hof", "-garten") only when the whole word is no ordinary noun: "Lindenhof 3"
    // yes, "Kindergarten 2" no.
    if (numbered && !STREET_LIKE.has(numbered) && isGermanNoun(word)) return;
    if (word.length < 6) return;
    out.push({ start, end: numberEnd, kind: 'address', hint: HINT_STREET });
  } else if (strong && word.length > 7 && !isGermanNoun(strong === 'str' ? word + 'aße' : word)) {
    out.push({ start, end: tokens.end[last]!, kind: 'address', hint: HINT_STREET });
  }
}

/** "Karlsruher Straße 5", "Willy Brandt Platz 3", "Mannheimer Str." */
function streetPhraseAt(tokens: Tokens, i: number, out: Candidate[]): void {
  let first = i;
  while (first - 1 >= 0 && i - first < 3 && tokens.isCapitalised(first - 1) && tokens.tight(first - 1) && !tokens.sentenceStart(first)) first--;
  if (first === i) return;
  const words: string[] = [];
  for (let k = first; k < i; k++) words.push(tokens.text_(k));
  let last = i;
  if (tokens.text_(i) === 'Str') {
    if (tokens.punct(i + 1) !== '.') return;
    last = i + 1;
  }
  const numberEnd = houseNumberEnd(tokens, last);
  // Without a house number only after a place adjective or a person's name ("Karlsruher
  // Straße", "Willy Brandt Allee"); with one, after words that are no ordinary German words.
  const nameLike = (w: string): boolean =>
    isPlaceAdjective(w, true) || (isKnownName(foldKey(w)) && nameCommonness(foldKey(w)) === 'none' && !ARTICLES.has(w.toLowerCase()));
  if (numberEnd > 0 ? words.some((w) => isGermanWord(w) && !nameLike(w)) : !words.every(nameLike)) return;
  out.push({ start: tokens.start[first]!, end: numberEnd > 0 ? numberEnd : tokens.end[last]!, kind: 'address', hint: HINT_STREET });
}

/** "Am Mühlbach 3", "In der Au 5", "An der Alten Mühle 7". */
function prepositionStreetAt(tokens: Tokens, i: number, out: Candidate[]): void {
  const { text } = tokens;
  const pos = tokens.start[i]!;
  STREET_PREPOSITIONS.lastIndex = pos;
  const m = STREET_PREPOSITIONS.exec(text);
  if (!m) return;
  const end = pos + m[0].length;
  if (unitFollows(text, end)) return;
  const words = m[1]!.trim().split(/\s/);
  // "Neue Adresse Am Mühlbach 3": the street starts at the inner "Am", which is matched on its own.
  if (words.some((w) => PREPOSITION_STARTS.has(w))) return;
  // "In der Phase 3", "Im Zimmer 5", "Am Tag 2": an ordinary noun is no street name, unless it
  // names a spot in a town ("Am Markt 7", "An der Alten Mühle 7").
  if (words.some((w) => isGermanNoun(w) && !LOCATION_NOUNS.has(w) && !isNominalisedWord(w))) return;
  out.push({ start: pos, end, kind: 'address', hint: HINT_STREET });
}

/** "76133 Karlsruhe", "D-69117 Heidelberg". */
function postalAt(tokens: Tokens, i: number, out: Candidate[]): void {
  const { text } = tokens;
  let pos = tokens.start[i]!;
  if (pos > 0 && /[\p{L}\d]/u.test(text.charAt(pos - 1))) {
    return;
  }
  if (!isPostalCode(Number(tokens.text_(i)))) return;
  POSTAL_TOWN.lastIndex = pos;
  const m = POSTAL_TOWN.exec(text);
  if (!m) return;
  const town = m[2]!;
  if (NUMBER_UNITS.has(town) || NOT_TOWNS.has(town)) return;
  // "D-69117": the country prefix belongs to the address.
  if (text.startsWith('D-', pos - 2)) pos -= 2;
  else if (text.startsWith('D- ', pos - 3)) pos -= 3;
  out.push({ start: pos, end: tokens.start[i]! + m[0].length, kind: 'address', hint: HINT_POSTAL });
}

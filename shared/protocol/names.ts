/**
 * People's names and professions as the documents print them: the attendance list sorted by
 * surname, the moderators' names under their signature lines, the profession in the person's own form.
 *
 * Rules:
 * - Names are printed as entered; only the order and the split into moderators are derived.
 * - The sort key is the surname: titles and degrees are ignored („Dr.“, „Dr. med.“, „Prof.“,
 *   „Dipl.-Päd.“, „M.A.“ …: every word with a full stop, and PD, MBA, MSc …), as are name particles
 *   („von“, „van der“, „de“, „ten“ …, as in German lists: „Jan van der Berg“ under B). The surname
 *   is the last word of what remains, or the part before a comma („Krüger, Jana“). A double name
 *   („Nowak-Müller“) sorts under its first part. German collation (Ä with A, ß with ss).
 * - A profession is printed in the person's own form („Kinderärztin“). A generic form that names
 *   both genders („Kinder- und Jugendärztin/-arzt“, „Hebamme/Entbindungspfleger“, „Erzieher:in“)
 *   or a placeholder („Sonstige“) says nothing about the person and is left out.
 */
import { compareGerman } from '../doc/text';

/** Words that are titles or degrees without a full stop (those with one are all ignored). */
const TITLE_WORDS = new Set(['pd', 'prof', 'dr', 'dres', 'mba', 'msc', 'bsc', 'ma', 'ba', 'llm', 'phd', 'mph']);
/** Name particles, ignored for the order (they stay in the printed name). */
const PARTICLES = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'la', 'le', 'ten', 'ter', 'te', 'al', 'el', 'bin', 'ibn']);

const isTitle = (word: string) => word.includes('.') || TITLE_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
const isParticle = (word: string) => PARTICLES.has(word.toLowerCase());

export interface NameParts {
  readonly surname: string;
  /** Given names, without titles and particles. */
  readonly given: string;
}

/** The surname and given names of a name as entered, titles and degrees dropped. */
export function nameParts(name: string): NameParts {
  const words = (text: string) => text.split(/\s+/).filter((w) => w && !isTitle(w));
  const comma = name.indexOf(',');
  if (comma > 0) {
    // „Krüger, Jana“, „Krüger, Dr. Jana“ (a trailing degree after a comma, „Jana Krüger, M.A.“, has no words left there).
    const before = words(name.slice(0, comma));
    const after = words(name.slice(comma + 1));
    if (before.length > 0 && after.length > 0) return { surname: before.filter((w) => !isParticle(w)).join(' ') || before.join(' '), given: after.join(' ') };
    if (before.length > 0) return nameParts(name.slice(0, comma));
  }
  const rest = words(name);
  if (rest.length === 0) return { surname: name.trim(), given: '' };
  // The last word is the surname; particles before it are part of the name but not of the order.
  let first = rest.length - 1;
  while (first > 0 && isParticle(rest[first - 1]!)) first--;
  return { surname: rest[rest.length - 1]!, given: rest.slice(0, first).join(' ') };
}

/** Order by surname, then given names, then the name as entered (so the order is total). */
export function compareBySurname(a: string, b: string): number {
  const [pa, pb] = [nameParts(a), nameParts(b)];
  return compareGerman(pa.surname, pb.surname) || compareGerman(pa.given, pb.given) || compareGerman(a, b);
}

export function sortBySurname<T extends { readonly name: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => compareBySurname(a.name, b.name));
}

/**
 * The moderators' names from the meeting's field as entered („Dr. Jana Krüger (Kinderärztin) und
 * Tom Berger“, „Dr. Jana Krüger, Tom Berger“): split at „und“, „&“, „,“, „;“ and „/“ outside
 * parentheses (a slash only between spaces), each without its parenthesis.
 */
export function moderatorNames(moderators: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    const name = current.replace(/\s+/g, ' ').trim();
    if (name) names.push(name);
    current = '';
  };
  // „und“ after a hyphen joins words („Kinder- und Jugendärztin“); a slash splits only between spaces.
  const text = moderators.replace(/(?<!-)\s+(?:und|sowie|&|\/)\s+/g, '\u0000');
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (depth === 0 && (char === '\u0000' || char === ',' || char === ';')) flush();
    else if (depth === 0) current += char;
  }
  flush();
  return names;
}

const GENERIC_PROFESSION = [
  /\/\s*-/, // Ärztin/-arzt, Psychotherapeutin/-therapeut, Sozialpädagoge/-pädagogin
  /\p{L}[/:*_]in(nen)?\b/iu, // Erzieher/in, Erzieher:in, Erzieher*innen, Sozialarbeiter_in
  /\p{L}In(nen)?\b/u, // ErzieherIn
  /(\p{L}+)in\s*\/\s*\1\b|(\p{L}+)\s*\/\s*\2in\b/iu, // Sozialarbeiterin/Sozialarbeiter, Lehrer/Lehrerin
  /ärztin\s*\/\s*arzt|arzt\s*\/\s*ärztin/i,
  /\b[mwd]\s*\/\s*[mwd]\b/i, // (m/w/d)
  /hebamme\s*\/\s*entbindungspfleger|entbindungspfleger\s*\/\s*hebamme/i,
  /^(sonstige[sr]?|andere[sr]?|weitere|unbekannt|nicht angegeben|k\.\s*a\.|-+|–)$/i,
];

/** The profession as the person's own form, or '' when none is known (empty or a generic form). */
export function ownProfession(profession: string): string {
  const value = profession.replace(/\s+/g, ' ').trim();
  return value && !GENERIC_PROFESSION.some((pattern) => pattern.test(value)) ? value : '';
}

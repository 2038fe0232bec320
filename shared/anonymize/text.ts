// Small text helpers shared by the detectors. No allocation on the fast paths: callers pass
// offsets into the note instead of slices where they can.

const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', '’': "'", ʼ: "'", '‘': "'", '`': "'",
};

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * The lookup key of a name or place: diacritics stripped, so that "Yıldız", "Yildiz", "Wiśniewski"
 * and "Wisniewski" find the same entry. Must stay identical to scripts/gazetteer/fold.mjs, which
 * folds the generated data (checked by tests/unit/anonymize/data.test.ts).
 */
export function foldKey(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  let out = '';
  for (const ch of word.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += SPECIAL[ch] ?? ch;
  }
  return out;
}

/** Is the character at `i` an upper-case letter? (Latin, Greek, Cyrillic and the rest.) */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[i] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Is the character at `i` a lower-case letter? */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = text[i] as string;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whole word in capitals ("ASD", "SGB"), which is an abbreviation rather than a name. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Builds a Set from front-coded data (see scripts/gazetteer/frontcode.mjs). */
export function decodeFrontCoded(data: string, into: Set<string> = new Set()): Set<string> {
  if (!data) return into;
  let prev = '';
  for (const entry of data.split(',')) {
    const c = entry.charCodeAt(0);
    const shared = c <= 57 ? c - 48 : c - 87; // base 36: 0-9, a-z
    prev = shared === 0 ? entry.slice(1) : prev.slice(0, shared) + entry.slice(1);
    into.add(prev);
  }
  return into;
}

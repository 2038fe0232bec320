// One pass over the note that splits it into words, numbers and punctuation. Offsets live in
// typed arrays, so the detectors walk the note without allocating per token.
import { ABBREVIATIONS } from './vocabulary';
import { isUpperAt } from './text';

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

const LETTER = /[\p{L}\p{M}]/u;
/** Letter test per UTF-16 code unit, cached: 0 unknown, 1 letter or mark, 2 other. */
const letterCache = new Uint8Array(65536);

function isLetterCode(text: string, p: number, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = letterCache[c]!;
  if (v === 0) {
    v = LETTER.test(text.charAt(p)) ? 1 : 2;
    letterCache[c] = v;
  }
  return v === 1;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 0x202f || c === 0x2009;

export class Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  private readonly words: (string | undefined)[] = [];

  /**
   * Words are letters with inner apostrophes (D'Angelo) and hyphens (Anna-Lena,
   * Mutter-Kind-Gruppe); numbers are runs of digits; every other visible character is a
   * punctuation token of its own.
   */
  constructor(readonly text: string) {
    const cap = Math.max(16, text.length >> 2);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.type = new Uint8Array(cap);
    const n = text.length;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (isSpaceCode(c)) { p++; continue; }
      const s = p;
      if (isDigitCode(c)) {
        while (p < n && isDigitCode(text.charCodeAt(p))) p++;
        this.push(s, p, NUMBER);
      } else if (isLetterCode(text, p, c)) {
        p++;
        for (;;) {
          while (p < n && isLetterCode(text, p, text.charCodeAt(p))) p++;
          const q = text.charCodeAt(p);
          // Inner apostrophe or hyphen followed by a letter continues the word.
          if ((q === 45 || q === 39 || q === 0x2019) && p + 1 < n && isLetterCode(text, p + 1, text.charCodeAt(p + 1))) { p++; continue; }
          break;
        }
        this.push(s, p, WORD);
      } else {
        // Keep surrogate pairs (emoji) together.
        p += c >= 0xd800 && c <= 0xdbff && p + 1 < n ? 2 : 1;
        this.push(s, p, PUNCT);
      }
    }
  }

  private push(s: number, e: number, type: number): void {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.start = grow(this.start);
      this.end = grow(this.end);
      const t = new Uint8Array(this.type.length * 2);
      t.set(this.type);
      this.type = t;
    }
    this.start[this.count] = s;
    this.end[this.count] = e;
    this.type[this.count] = type;
    this.count++;
  }

  /** The text of token i (cached: several detectors ask for the same words). */
  text_(i: number): string {
    let w = this.words[i];
    if (w === undefined) {
      w = this.text.slice(this.start[i]!, this.end[i]!);
      this.words[i] = w;
    }
    return w;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.type[i] === WORD;
  }

  isCapitalised(i: number): boolean {
    return this.isWord(i) && isUpperAt(this.text, this.start[i]!);
  }

  /** Single punctuation character at token i, or '' when token i is no punctuation. */
  punct(i: number): string {
    return i >= 0 && i < this.count && this.type[i] === PUNCT ? this.text.charAt(this.start[i]!) : '';
  }

  /** Only spaces (no line break) between token i and token i + 1. */
  tight(i: number): boolean {
    for (let p = this.end[i]!; p < this.start[i + 1]!; p++) {
      const c = this.text.charCodeAt(p);
      if (c === 10 || c === 13) return false;
    }
    return true;
  }

  /** No character at all between token i and token i + 1 ("Dr." → "Dr" + "."). */
  touching(i: number): boolean {
    return this.end[i] === this.start[i + 1];
  }

  /**
   * Does token i open a sentence (or a line, or a "Label: text" part)? Capitalisation there says
   * nothing about nouns and names.
   */
  sentenceStart(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && this.type[j] === PUNCT && '„"“”‚‘\'«»([{*•–-'.includes(this.text.charAt(this.start[j]!))) {
      if (!this.tight(j)) return true;
      j--;
    }
    if (j < 0) return true;
    if (!this.tight(j)) return true;
    if (this.type[j] !== PUNCT) return false;
    const p = this.text.charAt(this.start[j]!);
    if (p === '!' || p === '?' || p === ':' || p === ';') return true;
    if (p !== '.') return false;
    // "Dr. Hartmann", "z. B. Mai", "am 3. Mai": a dot after an abbreviation or a number.
    const before = j - 1;
    if (before < 0) return true;
    if (this.type[before] === NUMBER) return false;
    if (this.type[before] === WORD && this.touching(before)) {
      const w = this.text_(before);
      if (w.length === 1 || ABBREVIATIONS.has(w)) return false;
    }
    return true;
  }
}

/**
 * How hard a new passphrase is to guess, rated by zxcvbn-ts with its German dictionaries, and a
 * suggested passphrase of five random German words (passphraseWords.ts).
 *
 * The dictionaries are large (about 1 MB): they load on first use (loadPassphraseRater, when the
 * export dialog opens), never with the first screen or the dialog's own module.
 */
import { t } from '../../i18n/de';
import { PASSPHRASE_WORDS } from './passphraseWords';

/** Below this zxcvbn score (0–4) a passphrase is called weak, with the reason. */
export const STRONG_SCORE = 3;
export const SUGGESTED_WORDS = 5;

export interface PassphraseRating {
  /** zxcvbn's score, 0 (guessed at once) to 4 (very hard). */
  readonly score: number;
  readonly weak: boolean;
  /** Why it is weak, in German (zxcvbn's warning, or a plain reason where it gives none). */
  readonly reason: string;
  /** What would make it stronger (zxcvbn's first suggestion), '' if none. */
  readonly suggestion: string;
}

export type PassphraseRater = (passphrase: string, userInputs?: readonly string[]) => PassphraseRating;

let loading: Promise<PassphraseRater> | undefined;

/** The rater, with the German dictionaries and feedback loaded on the first call (once). */
export function loadPassphraseRater(): Promise<PassphraseRater> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-de')]).then(([core, de]) => {
    const zxcvbn = new core.ZxcvbnFactory({ dictionary: de.dictionary, translations: de.translations });
    return (passphrase, userInputs = []) => {
      const result = zxcvbn.check(passphrase, [...userInputs]);
      const weak = result.score < STRONG_SCORE;
      return {
        score: result.score,
        weak,
        reason: weak ? result.feedback.warning || wordsReason(result.sequence) : '',
        suggestion: weak ? result.feedback.suggestions[0] ?? '' : '',
      };
    };
  });
  loading.catch(() => { loading = undefined; });
  return loading;
}

/** zxcvbn gives no warning for a few plain words: say that, or the plain fallback. */
function wordsReason(sequence: ReadonlyArray<{ readonly pattern: string }>): string {
  const words = sequence.filter((match) => match.pattern === 'dictionary').length;
  return words > 0 && words === sequence.length ? t.sync.strength.fewWords(words) : t.sync.strength.fallbackReason;
}

/** A uniform random index below `n` (rejection sampling: no modulo bias). */
function randomIndex(n: number, random: (values: Uint32Array) => Uint32Array): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const [value] = random(new Uint32Array(1));
    if (value! < limit) return value! % n;
  }
}

/** Five random German words, e.g. „Laterne Apfel Wolke Garten Kompass“. */
export function suggestPassphrase(random: (values: Uint32Array) => Uint32Array = (values) => globalThis.crypto.getRandomValues(values)): string {
  return Array.from({ length: SUGGESTED_WORDS }, () => PASSPHRASE_WORDS[randomIndex(PASSPHRASE_WORDS.length, random)]!).join(' ');
}

/**
 * The passphrase dialog's rating (zxcvbn-ts with the German dictionaries, loaded on first use) and its
 * suggestion of five random German words.
 */
import { describe, expect, it } from 'vitest';
import { loadPassphraseRater, suggestPassphrase, SUGGESTED_WORDS } from '../../../renderer/features/sync/passphraseStrength';
import { PASSPHRASE_WORDS } from '../../../renderer/features/sync/passphraseWords';

describe('passphrase strength', () => {
  it('calls common German words, sequences, repeats and dates weak, with the reason in German', async () => {
    const rate = await loadPassphraseRater();
    for (const weak of ['passwort', 'Sommer2026', 'abcdefghij', 'aaaaaaaaaaaa', 'Schmetterling', 'frühehilfen', '24.11.2026']) {
      const rating = rate(weak);
      expect(rating.weak, weak).toBe(true);
      expect(rating.reason, weak).toMatch(/\p{L}{4,}/u);
    }
    expect(rate('Fenster')).toMatchObject({ weak: true, reason: 'Ein einzelnes Wort aus dem Wörterbuch ist leicht zu erraten.' });
    expect(rate('24.11.2026').reason).toBe('Ein Datum ist leicht zu erraten.');
    expect(rate('abcdefghij').reason).toBe('Häufige Zeichenfolgen wie "abc" sind leicht zu erraten.');
  });

  it('calls a sentence only the tandem knows, and every suggestion, strong', async () => {
    const rate = await loadPassphraseRater();
    expect(rate('Südstadt-Tandem: Frühe Hilfen 2026 mit Kaffee').weak).toBe(false);
    for (let i = 0; i < 20; i++) {
      const suggestion = suggestPassphrase();
      expect(rate(suggestion).weak, suggestion).toBe(false);
    }
  });

  it('suggests five words of the list, drawn without bias', () => {
    const words = suggestPassphrase().split(' ');
    expect(words).toHaveLength(SUGGESTED_WORDS);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[A-Z][a-z]{2,10}$/);
    // Values at or above the largest multiple of the list's length are drawn again.
    const limit = Math.floor(2 ** 32 / PASSPHRASE_WORDS.length) * PASSPHRASE_WORDS.length;
    const values = [limit, limit + 1, 0, 1, 2, 3, 4];
    const random = (out: Uint32Array) => { out[0] = values.shift()!; return out; };
    expect(suggestPassphrase(random)).toBe(PASSPHRASE_WORDS.slice(0, 5).join(' '));
  });
});

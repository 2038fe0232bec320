/**
 * Under a new passphrase: a suggested one (five random German words, to take with one click or draw
 * again) and how hard what is typed would be to guess. A weak one gets a warning with the reason;
 * it is a warning, not a lock (the tandem decides). The rating's dictionaries load when this is drawn.
 */
import { useEffect, useState } from 'react';
import { t } from '../../i18n/de';
import { loadPassphraseRater, suggestPassphrase, type PassphraseRater } from './passphraseStrength';

export function PassphraseStrength({ passphrase, onTake, disabled }: {
  readonly passphrase: string;
  readonly onTake: (passphrase: string) => void;
  readonly disabled?: boolean;
}) {
  const words = t.sync.strength;
  const [suggestion, setSuggestion] = useState(() => suggestPassphrase());
  const [rater, setRater] = useState<PassphraseRater>();
  useEffect(() => {
    let current = true;
    loadPassphraseRater().then((loaded) => current && setRater(() => loaded), () => undefined);
    return () => { current = false; };
  }, []);
  const rating = rater && passphrase ? rater(passphrase) : undefined;

  return (
    <div className="sync-strength">
      <p className="field-hint" role="status" aria-live="polite">
        {rating && (rating.weak
          ? <span className="field-error">{words.weak(rating.reason, rating.suggestion)}</span>
          : words.strong)}
      </p>
      <p className="sync-note">
        {words.suggestion} <strong className="sync-suggestion">{suggestion}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="button secondary" disabled={disabled} onClick={() => onTake(suggestion)}>{words.take}</button>
        <button type="button" className="button secondary" disabled={disabled} onClick={() => setSuggestion(suggestPassphrase())}>{words.another}</button>
      </div>
    </div>
  );
}

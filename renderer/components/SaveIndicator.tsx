/** "Gespeichert / Speichert …": whether every edit has reached IndexedDB. */
import type { SaveState } from '../data/persistence';
import { t } from '../i18n/de';

export function SaveIndicator({ state }: { readonly state: SaveState }) {
  return (
    <p className={`save-indicator save-${state}`} role="status" aria-label={t.save.label} aria-live="polite">
      <span aria-hidden="true" className="save-dot" />
      {t.save[state]}
    </p>
  );
}

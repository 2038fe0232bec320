/** The running step of a long sync job: its name, announced politely, and a progress bar. */
import type { SyncStep } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { stepLabel } from './messages';

export interface ProgressState {
  readonly step: SyncStep;
  readonly fraction?: number;
}

export function SyncProgress({ progress }: { readonly progress: ProgressState | undefined }) {
  return (
    <div className="sync-progress">
      <p role="status" aria-live="polite">{progress ? stepLabel(progress.step) : ''}</p>
      {progress && (progress.fraction === undefined
        ? <progress aria-label={t.sync.progress} />
        : <progress aria-label={t.sync.progress} value={progress.fraction} max={1} />)}
    </div>
  );
}

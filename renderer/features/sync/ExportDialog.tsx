/**
 * "Tandem-Paket erstellen": passphrase with confirmation, then the package is built in the sync
 * worker (progress shown, not startable twice) and saved (native dialog or download), then logged.
 */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import type { ExportScope } from '../../data/syncService';
import { t } from '../../i18n/de';
import { platform } from '../../platform';
import { syncFailure } from './messages';
import { OpenFindingsWarning } from '../anonymize/OpenFindingsWarning';
import { PassphraseFields, passphraseProblem, type PassphraseValue } from './PassphraseFields';
import { rememberedPassphrase, rememberPassphrase } from './passphrase';
import { SyncProgress, type ProgressState } from './SyncProgress';
import { useSyncBusy, useSyncService } from './useSync';

type Phase =
  | { readonly name: 'form' }
  | { readonly name: 'running'; readonly progress?: ProgressState }
  | { readonly name: 'done'; readonly message: string; readonly detail?: string };

export function ExportDialog({ scope, title, onClose }: {
  readonly scope: ExportScope;
  readonly title: string;
  readonly onClose: () => void;
}) {
  const service = useSyncService();
  const busy = useSyncBusy();
  const remembered = rememberedPassphrase();
  const [value, setValue] = useState<PassphraseValue>({ passphrase: remembered, confirmation: remembered, remember: true });
  const [full, setFull] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const [problem, setProblem] = useState<ReturnType<typeof passphraseProblem>>();
  const [failure, setFailure] = useState<string>();
  const running = phase.name === 'running';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (running || busy) return;
    const found = passphraseProblem(value, true);
    setProblem(found);
    if (found) return;
    setFailure(undefined);
    setPhase({ name: 'running' });
    try {
      const created = await service.createPackage(scope, value.passphrase, { full, onProgress: (step, fraction) => setPhase({ name: 'running', progress: { step, fraction } }) });
      rememberPassphrase(value.remember ? value.passphrase : undefined);
      const saved = await platform.saveFile(created.fileName, created.bytes, 'tandem-package');
      if (saved.canceled) return setPhase({ name: 'done', message: t.sync.exportCanceled });
      await service.recordExport(created, saved.fileName);
      const whole = created.log.docs.filter((d) => d.isNew).length;
      setPhase({ name: 'done', message: t.sync.exportDone(saved.fileName), detail: `${t.sync.exportDocs(created.log.docs.length - 1, whole)} ${t.sync.exportDoneHint}` });
    } catch (error) {
      setFailure(syncFailure(error));
      setPhase({ name: 'form' });
    }
  };

  return (
    <Dialog open onOpenChange={(open) => !open && !running && onClose()} title={title} description={t.sync.exportIntro}>
      {phase.name === 'done' ? (
        <div className="form">
          <p role="status">{phase.message}</p>
          {phase.detail && <p>{phase.detail}</p>}
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={onClose}>{t.common.close}</button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="form" noValidate aria-busy={running}>
          <p>{scope.meetingId ? t.sync.exportMeetingScope : t.sync.exportCircleScope}</p>
          <OpenFindingsWarning scope={scope} />
          <PassphraseFields value={value} onChange={setValue} confirm error={problem} disabled={running} />
          <label className="checkbox sync-checkbox">
            <input type="checkbox" checked={full} disabled={running} onChange={(e) => setFull(e.target.checked)} />
            {t.sync.exportFull}
          </label>
          {failure && <p className="field-error" role="alert">{failure}</p>}
          {running && <SyncProgress progress={phase.progress} />}
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={onClose} disabled={running}>{t.common.cancel}</button>
            <button type="submit" className="button primary" disabled={running || busy} aria-disabled={running || busy}>{t.sync.exportCreate}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

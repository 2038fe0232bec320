/**
 * "Tandem-Paket einlesen": passphrase → (worker) decode and preview, nothing written → apply →
 * report: the changes in words, the conflicts with „Stattdessen übernehmen“, and "Import rückgängig
 * machen" where it can work (a package that brought nothing new says so and has nothing to undo).
 * Each long step shows its progress and cannot be started twice; every failure shows its German
 * message and has changed nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { href } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { useRepository } from '../../data/hooks';
import type { OpenedPackage, SyncLogRow } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { PreviewView, ReportView } from './ChangeViews';
import { formatSize, syncFailure } from './messages';
import { PassphraseFields, passphraseProblem, type PassphraseValue } from './PassphraseFields';
import { rememberedPassphrase, rememberPassphrase } from './passphrase';
import { SyncProgress, type ProgressState } from './SyncProgress';
import { UndoImportButton } from './UndoImportButton';
import { useSyncBusy, useSyncService } from './useSync';

export interface ChosenFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

type Phase =
  | { readonly name: 'passphrase' }
  | { readonly name: 'opening'; readonly progress?: ProgressState }
  | { readonly name: 'preview'; readonly opened: OpenedPackage }
  | { readonly name: 'applying'; readonly opened: OpenedPackage; readonly progress?: ProgressState }
  | { readonly name: 'done'; readonly row: SyncLogRow; readonly opened: OpenedPackage };

export function ImportDialog({ file, onClose, onChooseAnother }: {
  readonly file: ChosenFile;
  readonly onClose: () => void;
  readonly onChooseAnother: () => void;
}) {
  const service = useSyncService();
  const repository = useRepository();
  const profile = useLiveQuery(() => repository.profile(), [repository]);
  const busy = useSyncBusy();
  // The cheap checks (size, magic, version, length) run before a passphrase is asked.
  const [fileProblem] = useState(() => {
    try {
      service.checkFile(file.bytes);
      return undefined;
    } catch (error) {
      return syncFailure(error);
    }
  });
  const remembered = rememberedPassphrase();
  const [value, setValue] = useState<PassphraseValue>({ passphrase: remembered, confirmation: '', remember: true });
  const [phase, setPhase] = useState<Phase>({ name: 'passphrase' });
  const [problem, setProblem] = useState<ReturnType<typeof passphraseProblem>>();
  const [failure, setFailure] = useState<string | undefined>(fileProblem);
  // A value taken in the report is a change since the import: its undo is checked again.
  const [choices, setChoices] = useState(0);
  const running = phase.name === 'opening' || phase.name === 'applying';

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (running || busy || fileProblem) return;
    const found = passphraseProblem(value, false);
    setProblem(found);
    if (found) return;
    setFailure(undefined);
    setPhase({ name: 'opening' });
    try {
      const opened = await service.openPackage(file.bytes, value.passphrase, {
        fileName: file.fileName, onProgress: (step, fraction) => setPhase({ name: 'opening', progress: { step, fraction } }),
      });
      rememberPassphrase(value.remember ? value.passphrase : undefined);
      setPhase({ name: 'preview', opened });
    } catch (error) {
      setFailure(syncFailure(error));
      setPhase({ name: 'passphrase' });
    }
  };

  const apply = async (opened: OpenedPackage) => {
    if (running || busy) return;
    setFailure(undefined);
    setPhase({ name: 'applying', opened });
    try {
      const row = await service.applyPackage(opened, { onProgress: (step, fraction) => setPhase({ name: 'applying', opened, progress: { step, fraction } }) });
      setPhase({ name: 'done', row, opened });
    } catch (error) {
      setFailure(syncFailure(error));
      setPhase({ name: 'preview', opened });
    }
  };

  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && !running && onClose()} title={t.sync.importTitle} description={t.sync.importFile(file.fileName, formatSize(file.bytes.length))}>
      <div className="form sync-dialog" aria-busy={running}>
        {(phase.name === 'passphrase' || phase.name === 'opening') && (
          <form onSubmit={open} className="form" noValidate>
            {!fileProblem && <PassphraseFields value={value} onChange={setValue} confirm={false} error={problem} disabled={running} />}
            {failure && <p className="field-error" role="alert">{failure}</p>}
            {phase.name === 'opening' && <SyncProgress progress={phase.progress} />}
            <div className="dialog-actions">
              <button type="button" className="button secondary" onClick={onChooseAnother} disabled={running}>{t.sync.importAnother}</button>
              {!fileProblem && <button type="submit" className="button primary" disabled={running || busy}>{t.sync.importOpen}</button>}
            </div>
          </form>
        )}
        {(phase.name === 'preview' || phase.name === 'applying') && (
          <>
            <PreviewView opened={phase.opened} ownDeviceId={profile?.deviceId} />
            {failure && <p className="field-error" role="alert">{failure}</p>}
            {phase.name === 'applying' && <SyncProgress progress={phase.progress} />}
            <div className="dialog-actions">
              <button type="button" className="button secondary" onClick={onClose} disabled={running}>{t.common.cancel}</button>
              <button type="button" className="button primary" onClick={() => void apply(phase.opened)} disabled={running || busy}>{t.sync.importApply}</button>
            </div>
          </>
        )}
        {phase.name === 'done' && (
          <>
            <p role="status"><strong>{t.sync.importDone}</strong></p>
            {phase.row.nothingNew
              ? <p className="sync-note">{t.sync.importNothingNew}</p>
              : <ReportView opened={phase.opened} ownDeviceId={profile?.deviceId} onChoice={() => setChoices((n) => n + 1)} />}
            <div className="dialog-actions">
              {!phase.row.nothingNew && <UndoImportButton importId={phase.row.id} revision={String(choices)} />}
              <a className="button secondary" href={href({ name: 'circle', circleId: phase.row.circleId })} onClick={onClose}>{t.sync.importDoneCircle(phase.row.circleName ?? '')}</a>
              <button type="button" className="button primary" onClick={onClose}>{t.common.close}</button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}

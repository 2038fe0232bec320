/** The circle header's sync actions: create a package of the circle, read one in, the sync log. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepository } from '../../data/hooks';
import type { CircleId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { ExportDialog } from './ExportDialog';
import { ImportPackageButton } from './ImportPackageButton';
import { SyncLogDialog } from './SyncLogDialog';
import { useSyncBusy } from './useSync';

export function CircleSyncActions({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const busy = useSyncBusy();
  const circle = useLiveQuery(() => repository.db.circles.get(circleId as CircleId), [repository, circleId]);
  const [dialog, setDialog] = useState<'export' | 'log'>();
  const name = circle?.name ?? '';
  return (
    <div className="button-row sync-actions">
      <button type="button" className="button secondary" onClick={() => setDialog('export')} disabled={busy || !circle}>{t.sync.exportCircle}</button>
      <ImportPackageButton />
      <button type="button" className="button secondary" onClick={() => setDialog('log')} disabled={!circle}>{t.sync.log}</button>
      {dialog === 'export' && <ExportDialog scope={{ circleId }} title={t.sync.exportCircleTitle(name)} onClose={() => setDialog(undefined)} />}
      {dialog === 'log' && <SyncLogDialog circleId={circleId} circleName={name} onClose={() => setDialog(undefined)} />}
    </div>
  );
}

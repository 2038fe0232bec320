/**
 * "Prüfung beim Schreiben": whether notes are checked while they are typed. A device-local setting
 * (Dexie `settings`, key 'anonymizeCheck'), on unless switched off; the export gate checks always.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Repository } from '../../data/repository';
import { useRepository } from '../../data/hooks';

export const LIVE_CHECK_SETTING = 'anonymizeCheck';

/** True while the live check is on (also while the setting is still loading: the safe default). */
export function useLiveCheckEnabled(): boolean {
  const repository = useRepository();
  const row = useLiveQuery(() => repository.db.settings.get(LIVE_CHECK_SETTING), [repository]);
  return row?.value !== false;
}

export async function setLiveCheckEnabled(repository: Repository, enabled: boolean): Promise<void> {
  await repository.db.settings.put({ key: LIVE_CHECK_SETTING, value: enabled });
}

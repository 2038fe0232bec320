/**
 * For the Tandem-Paket: how many findings are still open (neither replaced nor dismissed) in the
 * meetings a package carries. The package goes only to the co-moderator, so this warns, it does not
 * block. The detector is loaded when the count is asked for (this runs in the start bundle).
 */
import { useEffect, useState } from 'react';
import { circleSnapshot } from '../../../shared/doc';
import type { Repository } from '../../data/repository';
import { useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';

export interface FindingsScope {
  readonly circleId: string;
  /** One meeting; without it, every meeting of the circle. */
  readonly meetingId?: string;
}

/** Open findings in the scope's meetings (follow-up notes included). */
export async function openFindingsCount(repository: Repository, scope: FindingsScope): Promise<number> {
  const check = await import('./check');
  const circle = await repository.openDoc('circle', scope.circleId);
  try {
    const meetingIds = scope.meetingId ? [scope.meetingId] : circleSnapshot(circle.doc).meetingIds;
    // A follow-up note belongs to two meetings (its case's and the later one's): count it once.
    const open = new Set<string>();
    for (const id of meetingIds) {
      const meeting = await repository.openDoc('meeting', id);
      try {
        for (const f of check.meetingFindings(meeting.doc, circle.doc)) open.add(f.source.ref.type.startsWith('followUp') ? f.id : `${id}/${f.id}`);
      } finally {
        await repository.closeDoc(meeting);
      }
    }
    return open.size;
  } finally {
    await repository.closeDoc(circle);
  }
}

/** The count for a scope, undefined while it is being computed. */
export function useOpenFindingsCount(scope: FindingsScope): number | undefined {
  const repository = useRepository();
  const [count, setCount] = useState<number>();
  const { circleId, meetingId } = scope;
  useEffect(() => {
    let active = true;
    setCount(undefined);
    void openFindingsCount(repository, { circleId, meetingId }).then((n) => active && setCount(n), () => active && setCount(undefined));
    return () => {
      active = false;
    };
  }, [repository, circleId, meetingId]);
  return count;
}

/** One line for the package dialog: nothing when no finding is open. */
export function OpenFindingsWarning({ scope }: { readonly scope: FindingsScope }) {
  const count = useOpenFindingsCount(scope);
  return (
    <div aria-live="polite">
      {count === undefined && <p className="field-hint">{t.anonymize.sync.checking}</p>}
      {!!count && <p className="finding-warning">{t.anonymize.sync.open(count)}</p>}
    </div>
  );
}

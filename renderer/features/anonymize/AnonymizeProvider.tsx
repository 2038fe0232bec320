/**
 * Mounted once in the app shell: on a meeting's screens it opens the meeting and its circle, reads
 * the circle's lists and the meeting's dismissals, and provides them to every editor, field and
 * panel of the screen (other screens get no check). Also hosts the export gate's dialog.
 * WARNING: part of the start bundle — it must not import the detector (see check.ts).
 */
import { useMemo, type ReactNode } from 'react';
import { anonymizeListsSnapshot, dismissalsSnapshot, metaOf, str, type AnonymizeLists } from '../../../shared/doc';
import type { Route } from '../../app/router';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import { AnonymizeContext, type AnonymizeState } from './context';
import { ExportGateHost } from './exportGate';
import { useLiveCheckEnabled } from './settings';

const NO_LISTS = JSON.stringify({ stopList: [], allowList: [] } satisfies AnonymizeLists);

export function AnonymizeProvider({ route, me, children }: { readonly route: Route; readonly me: string; readonly children: ReactNode }) {
  const meetingId = route.name === 'meeting' || route.name === 'live' || route.name === 'protocol' ? route.meetingId : undefined;
  const meeting = useDocHandle('meeting', meetingId);
  const meetingCircleId = useDocSnapshot(meeting?.doc, (doc) => str(metaOf(doc), 'circleId'));
  const circleId = meetingCircleId || undefined;
  const circle = useDocHandle('circle', circleId);
  const enabled = useLiveCheckEnabled();
  // Compared as strings, so that the context keeps its identity while notes are typed.
  const listsJson = useDocSnapshot(circle?.doc, (doc) => JSON.stringify(anonymizeListsSnapshot(doc))) ?? NO_LISTS;
  const dismissedJson = useDocSnapshot(meeting?.doc, (doc) => JSON.stringify(dismissalsSnapshot(doc).map((d) => d.key))) ?? '[]';

  const state = useMemo<AnonymizeState>(() => ({
    enabled,
    lists: JSON.parse(listsJson) as AnonymizeLists,
    dismissed: new Set(JSON.parse(dismissedJson) as string[]),
    meetingDoc: meeting?.doc,
    circleDoc: circle?.doc,
    me,
  }), [enabled, listsJson, dismissedJson, meeting?.doc, circle?.doc, me]);

  return (
    <AnonymizeContext.Provider value={state}>
      <ExportGateHost me={me}>{children}</ExportGateHost>
    </AnonymizeContext.Provider>
  );
}

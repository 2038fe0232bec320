/**
 * The protocol page's data: the meeting export composed from the meeting doc and its circle doc,
 * each re-read on its own updates, and the embedded fonts (loaded once, on demand).
 */
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { docKind } from '../../../shared/doc';
import { composeMeetingExport, exportCircleDoc, exportMeetingDoc, type ExportedMeeting, type MeetingExport } from '../../../shared/doc/export';
import type { DocumentAssets } from '../../../shared/protocol';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';

export interface ProtocolData {
  readonly meetingDoc: Y.Doc;
  /** undefined while loading, null when the circle doc is not on this device. */
  readonly circleDoc: Y.Doc | undefined;
  readonly data: MeetingExport;
}

let fontsPromise: Promise<DocumentAssets> | undefined;
function loadAssets(): Promise<DocumentAssets> {
  fontsPromise ??= import('./fonts').then((m) => ({ fonts: m.embeddedFonts }));
  return fontsPromise;
}

export function useDocumentAssets(): DocumentAssets | undefined {
  const [assets, setAssets] = useState<DocumentAssets>();
  useEffect(() => {
    let active = true;
    void loadAssets().then((loaded) => active && setAssets(loaded));
    return () => {
      active = false;
    };
  }, []);
  return assets;
}

/** What the circle part depends on besides the circle doc: the meeting, its cases and the offers they link. */
function circleKey(meeting: ExportedMeeting | undefined): string[] {
  if (!meeting) return [];
  return [meeting.id, ...meeting.cases.map((c) => c.id), '|', ...meeting.cases.flatMap((c) => c.strategies.map((s) => s.offerId))];
}

export function useProtocolData(meetingId: string): ProtocolData | undefined {
  const meetingHandle = useDocHandle('meeting', meetingId);
  const meeting = useDocSnapshot(meetingHandle?.doc, exportMeetingDoc);
  const circleHandle = useDocHandle('circle', meeting?.circleId || undefined);
  const key = circleKey(meeting);
  const circle = useDocSnapshot(circleHandle?.doc, (doc) => (meeting && docKind(doc) === 'circle' ? exportCircleDoc(doc, meeting) : null), key);
  return useMemo(() => {
    if (!meetingHandle || !meeting) return undefined;
    return { meetingDoc: meetingHandle.doc, circleDoc: circleHandle?.doc, data: composeMeetingExport(meeting, circle ?? null) };
  }, [meetingHandle, meeting, circleHandle, circle]);
}

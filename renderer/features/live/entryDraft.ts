/**
 * What is typed into a field for a new entry (a capture list's „Neue Hypothese“ …, the form for a new
 * strategy): no doc entity exists until Enter, so the text is kept as a draft on this device
 * (renderer/data/drafts.ts) with every change, and is back in the field when it is drawn again — in
 * another phase, after a reload, after a crash. Live mode provides the scope (meeting, case, and the
 * doc's flush); LivePage draws the fields only once the meeting's drafts are read.
 */
import { createContext, useContext, useState } from 'react';
import { draftKey } from '../../data/drafts';
import { useDrafts } from '../../data/hooks';

export interface EntryDraftScope {
  readonly meetingId: string;
  readonly caseId: string;
  /** Resolves when the meeting doc has stored everything written so far. */
  readonly whenStored: () => Promise<void>;
}

export const EntryDraftContext = createContext<EntryDraftScope | null>(null);

export interface EntryDraft {
  readonly text: string;
  /** The field's new text: shown, and stored as the draft. */
  readonly change: (text: string) => void;
  /** The entry was added from it: the field is empty, the draft goes once the doc has stored the entry. */
  readonly submitted: () => void;
}

/** The draft of one field for a new entry, e.g. `new-hypothesis` or `strategy-measure`. */
export function useEntryDraft(field: string): EntryDraft {
  const scope = useContext(EntryDraftContext);
  const drafts = useDrafts();
  const key = scope ? draftKey(scope.meetingId, scope.caseId, field) : undefined;
  const [state, setState] = useState(() => ({ key, text: key ? drafts.get(key) : '' }));
  // Another case in the same view: its own draft.
  const text = state.key === key ? state.text : key ? drafts.get(key) : '';
  return {
    text,
    change: (next) => {
      setState({ key, text: next });
      if (key) drafts.set(key, next);
    },
    submitted: () => {
      setState({ key, text: '' });
      if (key && scope) drafts.clear(key, scope.whenStored());
    },
  };
}

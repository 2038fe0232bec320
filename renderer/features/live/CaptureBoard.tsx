/**
 * The capture lists of live mode. The current phase's lists are open; the others stay one key
 * (Alt+1…4) or one click away, so every list is reachable in every phase.
 */
import { memo } from 'react';
import type * as Y from 'yjs';
import { CAPTURE_KINDS, itemsSnapshot, type CaptureKind, type CaseId, type ItemSnapshot, type PhaseSnapshot, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { commandById, type CommandId } from './commands';
import { CaptureList, type CaptureListHandlers } from './CaptureList';
import { ariaKeyShortcut, keyLabel } from './keys';
import { privateTexts, useDocValue } from './useDocValue';

export const FOCUS_COMMAND: Readonly<Record<CaptureKind, CommandId>> = {
  hypothesis: 'focusHypothesis', resource: 'focusResource', stressor: 'focusStressor', idea: 'focusIdea',
};

type ItemLists = Readonly<Record<CaptureKind, readonly ItemSnapshot[]>>;
const NO_ITEMS: ItemLists = { hypothesis: [], resource: [], stressor: [], idea: [] };

export function itemsByKind(items: readonly ItemSnapshot[]): ItemLists {
  return Object.fromEntries(CAPTURE_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind)])) as unknown as ItemLists;
}

export interface CaptureBoardProps extends CaptureListHandlers {
  readonly doc: Y.Doc;
  readonly caseId: CaseId;
  readonly phase: PhaseSnapshot;
  /** Lists opened by the moderator besides the phase's own. */
  readonly openLists: readonly CaptureKind[];
  readonly perspectives: Readonly<Record<CaptureKind, System | ''>>;
  readonly onOpenList: (kind: CaptureKind) => void;
  readonly isMac: boolean;
}

export const CaptureBoard = memo(function CaptureBoard({ doc, caseId, phase, openLists, perspectives, onOpenList, isMac, ...handlers }: CaptureBoardProps) {
  // Grouped in the snapshot, so a list whose items did not change keeps its array and is not redrawn.
  const lists = useDocValue(doc, (d) => itemsByKind(itemsSnapshot(d, caseId)), [caseId], privateTexts(caseId)) ?? NO_ITEMS;
  const shown = CAPTURE_KINDS.filter((kind) => phase.lists.includes(kind) || openLists.includes(kind));
  const closed = CAPTURE_KINDS.filter((kind) => !shown.includes(kind));
  const shortcut = (kind: CaptureKind) => keyLabel(commandById(FOCUS_COMMAND[kind]).keys[0]!, isMac);
  return (
    <section className="live-capture" aria-labelledby="live-capture-title">
      <h2 id="live-capture-title">{t.live.capture.title}</h2>
      {shown.map((kind) => (
        <CaptureList key={kind} kind={kind} items={lists[kind]} perspective={perspectives[kind]} shortcut={shortcut(kind)} {...handlers} />
      ))}
      {closed.length > 0 && (
        <div className="capture-more">
          <h3>{t.live.capture.more}</h3>
          <ul>
            {closed.map((kind) => (
              <li key={kind}>
                <button type="button" className="button secondary" aria-keyshortcuts={ariaKeyShortcut(commandById(FOCUS_COMMAND[kind]).keys[0]!, isMac)} title={shortcut(kind)} onClick={() => onOpenList(kind)}>
                  {t.live.capture.open(t.live.capture.lists[kind], lists[kind].length)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="capture-legend">{t.live.capture.legend}</p>
    </section>
  );
});

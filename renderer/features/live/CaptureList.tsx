/**
 * One quick-capture list (Hypothesen, Ressourcen, Belastungen or Lösungsideen): Enter in the field
 * adds an item, each item can be edited in place, tagged with a perspective, moved and deleted.
 * What is typed into the field for a new item is kept as a draft on this device until Enter (or
 * Escape, which empties the field); typing into an item writes it to the doc (DraftInput).
 * Moving and deleting are also Alt+↑/↓ and Alt+Entf (commands.ts); their small buttons are left out
 * of the tab order so that Tab goes from item to item.
 */
import { memo } from 'react';
import { SYSTEMS, type CaptureKind, type ItemId, type ItemSnapshot, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { DraftInput } from './DraftInput';
import { useEntryDraft } from './entryDraft';
import { FindingsField } from '../anonymize/FindingsField';

export const newItemInputId = (kind: CaptureKind) => `live-new-${kind}`;

export interface CaptureListHandlers {
  readonly onAdd: (kind: CaptureKind, text: string, system: System | '') => void;
  /** `final`: the field was left or Enter pressed (trim); otherwise the text as typed so far. */
  readonly onEdit: (id: ItemId, text: string, final: boolean) => void;
  readonly onTag: (id: ItemId, system: System | '') => void;
  readonly onMove: (id: ItemId, direction: -1 | 1) => void;
  readonly onDelete: (id: ItemId) => void;
  readonly onPerspective: (kind: CaptureKind, system: System | '') => void;
}

export interface CaptureListProps extends CaptureListHandlers {
  readonly kind: CaptureKind;
  readonly items: readonly ItemSnapshot[];
  /** The perspective new items get. */
  readonly perspective: System | '';
  readonly shortcut: string;
}

function PerspectiveSelect({ value, label, onChange }: { readonly value: System | ''; readonly label: string; readonly onChange: (system: System | '') => void }) {
  return (
    <select className="live-perspective" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as System | '')}>
      <option value="">{t.live.systemShort['']}</option>
      {SYSTEMS.map((s) => <option key={s} value={s}>{t.live.systemShort[s]}</option>)}
    </select>
  );
}

export const CaptureList = memo(function CaptureList({ kind, items, perspective, shortcut, onAdd, onEdit, onTag, onMove, onDelete, onPerspective }: CaptureListProps) {
  const draft = useEntryDraft(`new-${kind}`);
  const titleId = `live-list-${kind}`;
  const one = t.live.capture.one[kind];
  return (
    <section className={`capture-list capture-${kind}`} data-capture-kind={kind} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t.live.capture.lists[kind]} <span className="capture-count">{items.length}</span>
        <kbd className="live-kbd" aria-hidden="true">{shortcut}</kbd>
      </h3>
      {items.length === 0 ? <p className="empty">{t.live.capture.empty}</p> : (
        <ol className="capture-items" aria-labelledby={titleId}>
          {items.map((item, index) => (
            <CaptureItemRow
              key={item.id} item={item} name={t.live.capture.item(one, index + 1)} first={index === 0} last={index === items.length - 1}
              kind={kind} onEdit={onEdit} onTag={onTag} onMove={onMove} onDelete={onDelete}
            />
          ))}
        </ol>
      )}
      <div className="capture-add">
        <input
          id={newItemInputId(kind)}
          className="capture-new"
          aria-label={t.live.capture.newItem[kind]}
          placeholder={t.live.capture.placeholder}
          value={draft.text}
          onChange={(e) => draft.change(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Escape' && draft.text) {
              e.preventDefault();
              draft.change('');
              return;
            }
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (!draft.text.trim()) return;
            onAdd(kind, draft.text, perspective);
            draft.submitted();
          }}
        />
        <PerspectiveSelect value={perspective} label={t.live.capture.newPerspective(t.live.capture.lists[kind])} onChange={(s) => onPerspective(kind, s)} />
      </div>
    </section>
  );
});

interface CaptureItemRowProps extends Pick<CaptureListHandlers, 'onEdit' | 'onTag' | 'onMove' | 'onDelete'> {
  readonly item: ItemSnapshot;
  readonly kind: CaptureKind;
  /** e.g. "Hypothese 2": the item's accessible name. */
  readonly name: string;
  readonly first: boolean;
  readonly last: boolean;
}

/** One item; memoized, so adding an item to a long list draws only the new row. */
const CaptureItemRow = memo(function CaptureItemRow({ item, kind, name, first, last, onEdit, onTag, onMove, onDelete }: CaptureItemRowProps) {
  return (
    <li data-item-id={item.id} className={`capture-item sys-${item.system || 'none'}`}>
      <FindingsField value={item.text}>
        <DraftInput
          multiline
          className="capture-text"
          aria-label={name}
          value={item.text}
          onCommit={(text, final) => (text.trim() ? onEdit(item.id, text, final) : final && onDelete(item.id))}
          onEnter={() => document.getElementById(newItemInputId(kind))?.focus()}
        />
      </FindingsField>
      <PerspectiveSelect value={item.system} label={t.live.capture.perspective(name)} onChange={(s) => onTag(item.id, s)} />
      <span className="capture-item-tools">
        <button type="button" tabIndex={-1} aria-label={t.live.capture.moveUp(name)} aria-keyshortcuts="Alt+ArrowUp" title={t.live.capture.moveUp(name)} disabled={first} onClick={() => onMove(item.id, -1)}>↑</button>
        <button type="button" tabIndex={-1} aria-label={t.live.capture.moveDown(name)} aria-keyshortcuts="Alt+ArrowDown" title={t.live.capture.moveDown(name)} disabled={last} onClick={() => onMove(item.id, 1)}>↓</button>
        <button type="button" tabIndex={-1} aria-label={t.live.capture.remove(name)} aria-keyshortcuts="Alt+Delete" title={t.live.capture.remove(name)} onClick={() => onDelete(item.id)}>×</button>
      </span>
    </li>
  );
});

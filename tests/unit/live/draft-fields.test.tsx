// @vitest-environment jsdom
/**
 * Live mode's short fields as typed, in real React over real docs and a real Repository (Dexie on
 * fake-indexeddb): a field over a doc value (an item's text) writes every change to the doc, with the
 * space typed between two words, and trims once it is left; Escape puts the text back. The field for
 * a new item and the new-strategy form keep their drafts on this device: drawn again (a reload, a
 * crash), they hold what was typed; Enter adds the entry and the draft goes once the doc is stored;
 * Escape empties the field. The save indicator says "Speichert …" while a draft is written.
 */
import 'fake-indexeddb/auto';
import { act, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { addCase, addItem, editItem, itemsSnapshot, type CaseId, type ItemId } from '../../../shared/doc';
import { typeItemText } from '../../../shared/doc/typing';
import { SaveIndicator } from '../../../renderer/components/SaveIndicator';
import { draftKey, draftStoreFor } from '../../../renderer/data/drafts';
import { RepositoryContext, useDocSnapshot } from '../../../renderer/data/hooks';
import { Repository } from '../../../renderer/data/repository';
import { CaptureList } from '../../../renderer/features/live/CaptureList';
import { DraftInput } from '../../../renderer/features/live/DraftInput';
import { EntryDraftContext, type EntryDraftScope } from '../../../renderer/features/live/entryDraft';
import { StrategyForm } from '../../../renderer/features/live/StrategyForm';
import { makeMeeting } from '../../factories/docs';
import { reactRoot } from '../../factories/react';

const view = reactRoot();

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
const press = (field: HTMLElement, key: string) => field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('a field over an item\'s text', () => {
  function ItemField({ doc, caseId, id }: { doc: ReturnType<typeof makeMeeting>['doc']; caseId: CaseId; id: ItemId }) {
    const text = useDocSnapshot(doc, (d) => itemsSnapshot(d, caseId).find((i) => i.id === id)?.text ?? '') ?? '';
    return (
      <DraftInput
        aria-label="Hypothese 1"
        value={text}
        onCommit={(next, final) => (final ? editItem(doc, caseId, id, next) : typeItemText(doc, caseId, id, next))}
      />
    );
  }

  function mount() {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Säugling');
    const id = addItem(doc, caseId, 'hypothesis', 'Mutter')!;
    act(() => view.root.render(<ItemField doc={doc} caseId={caseId} id={id} />));
    const input = view.container.querySelector('input')!;
    const stored = () => itemsSnapshot(doc, caseId)[0]!.text;
    return { input, stored };
  }

  it('writes every change to the doc at once, untrimmed, and trims when the field is left', () => {
    const { input, stored } = mount();
    act(() => input.focus());
    act(() => type(input, 'Mutter '));
    expect(stored()).toBe('Mutter ');
    act(() => type(input, 'Mutter e'));
    expect(stored()).toBe('Mutter e');
    act(() => type(input, 'Mutter erschöpft  '));
    expect(stored()).toBe('Mutter erschöpft  ');
    expect(input.value).toBe('Mutter erschöpft  ');
    act(() => input.blur());
    expect(stored()).toBe('Mutter erschöpft');
    expect(input.value).toBe('Mutter erschöpft');
  });

  it('puts back the text it had when the editing began on Escape', () => {
    const { input, stored } = mount();
    act(() => input.focus());
    act(() => type(input, 'Mutter müde'));
    expect(stored()).toBe('Mutter müde');
    act(() => { press(input, 'Escape'); });
    expect(stored()).toBe('Mutter');
    expect(input.value).toBe('Mutter');
  });
});

describe('the fields for new entries', () => {
  async function session(dbName: string, meetingId = 'm1', caseId = 'c1') {
    const repository = new Repository(dbName);
    const drafts = draftStoreFor(repository.db);
    await drafts.load(meetingId);
    // The meeting doc's flush, resolved by the test: the doc has stored everything written so far.
    let stored!: () => void;
    const docFlush = new Promise<void>((resolve) => { stored = resolve; });
    const whenStored = vi.fn(() => docFlush);
    const scope: EntryDraftScope = { meetingId, caseId, whenStored };
    // Drawn afresh (what was drawn before goes first): the fields start from what is stored.
    const render = async (children: ReactNode) => {
      await act(async () => view.root.render(null));
      await draw(children);
    };
    const draw = (children: ReactNode) => act(async () => view.root.render(
      <RepositoryContext.Provider value={repository}>
        <EntryDraftContext.Provider value={scope}>{children}</EntryDraftContext.Provider>
      </RepositoryContext.Provider>,
    ));
    return { repository, drafts, render, whenStored, docStored: () => stored() };
  }

  const handlers = () => ({
    onAdd: vi.fn(), onEdit: vi.fn(), onTag: vi.fn(), onMove: vi.fn(), onDelete: vi.fn(), onPerspective: vi.fn(),
  });
  const list = (on: ReturnType<typeof handlers>) => <CaptureList kind="hypothesis" items={[]} perspective="" shortcut="Alt + 1" {...on} />;
  const newHypothesis = () => view.container.querySelector<HTMLInputElement>('#live-new-hypothesis')!;

  it('find what was typed into "Neue Hypothese" again after a restart, and drop it once the item is stored', async () => {
    const dbName = `tandem-test-${crypto.randomUUID()}`;
    const first = await session(dbName);
    await first.render(list(handlers()));
    act(() => type(newHypothesis(), 'Schlafmangel '));
    act(() => type(newHypothesis(), 'Schlafmangel verstärkt'));
    await first.drafts.flush();
    expect(await first.repository.db.drafts.get(draftKey('m1', 'c1', 'new-hypothesis'))).toMatchObject({ text: 'Schlafmangel verstärkt' });

    // A new window on the same data (the browser was killed): the field holds the draft.
    const second = await session(dbName);
    const on = handlers();
    await second.render(list(on));
    expect(newHypothesis().value).toBe('Schlafmangel verstärkt');

    act(() => { press(newHypothesis(), 'Enter'); });
    expect(on.onAdd).toHaveBeenCalledWith('hypothesis', 'Schlafmangel verstärkt', '');
    expect(newHypothesis().value).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Until the meeting doc has stored the new item, the draft stays where a crash would find it.
    expect(await second.repository.db.drafts.count()).toBe(1);
    second.docStored();
    await second.drafts.flush();
    expect(await second.repository.db.drafts.count()).toBe(0);
  });

  it('are emptied by Escape, which drops the draft', async () => {
    const { drafts, repository, render } = await session(`tandem-test-${crypto.randomUUID()}`);
    await render(list(handlers()));
    act(() => type(newHypothesis(), 'Vater im Schichtdienst'));
    await drafts.flush();
    expect(await repository.db.drafts.count()).toBe(1);
    act(() => { press(newHypothesis(), 'Escape'); });
    expect(newHypothesis().value).toBe('');
    await drafts.flush();
    expect(await repository.db.drafts.count()).toBe(0);
  });

  it('keep the new-strategy form as it was, and empty it once the strategy is added', async () => {
    const dbName = `tandem-test-${crypto.randomUUID()}`;
    const first = await session(dbName);
    await first.render(<StrategyForm offers={[]} onAdd={vi.fn()} />);
    const measure = () => view.container.querySelector<HTMLInputElement>('#live-strategy-measure')!;
    const profession = () => view.container.querySelector<HTMLInputElement>('input[list="live-professions"]')!;
    act(() => type(measure(), 'Termin in der Schreibabyambulanz '));
    act(() => type(profession(), 'Familienhebamme'));
    await first.drafts.flush();

    const second = await session(dbName);
    const onAdd = vi.fn();
    await second.render(<StrategyForm offers={[]} onAdd={onAdd} />);
    expect(measure().value).toBe('Termin in der Schreibabyambulanz ');
    expect(profession().value).toBe('Familienhebamme');
    act(() => { view.container.querySelector('form')!.requestSubmit(); });
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ measure: 'Termin in der Schreibabyambulanz ', responsibleProfession: 'Familienhebamme' }));
    expect(measure().value).toBe('');
    second.docStored();
    await second.drafts.flush();
    expect(await second.repository.db.drafts.count()).toBe(0);
  });

  it('make the save indicator say "Speichert …" while a draft is written', async () => {
    const { drafts, render } = await session(`tandem-test-${crypto.randomUUID()}`);
    await render(<>{list(handlers())}<SaveIndicator /></>);
    const status = () => view.container.querySelector('[role="status"]')!.textContent;
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(status()).toBe('Gespeichert');
    act(() => type(newHypothesis(), 'H'));
    expect(status()).toBe('Speichert …');
    await act(() => drafts.flush());
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(status()).toBe('Gespeichert');
  });
});

// @vitest-environment jsdom
/**
 * The Ablauf tab's text fields over stored values (useDraft): a pause, Enter, blur or leaving the
 * screen commits what was typed; normalising never eats a space being typed; an edit from elsewhere
 * shows while the field is not being edited. Real React in jsdom, a real circle doc.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { circleSnapshot, renameTemplate, type TemplateId } from '../../../shared/doc';
import { useDocSnapshot } from '../../../renderer/data/hooks';
import { DraftInput } from '../../../renderer/features/templates/DraftField';
import { makeCircle } from '../../factories/docs';
import { reactRoot } from '../../factories/react';

function TemplateName({ doc, id }: { doc: ReturnType<typeof makeCircle>['doc']; id: TemplateId }) {
  const name = useDocSnapshot(doc, (d) => circleSnapshot(d).templates.find((x) => x.id === id)?.name ?? '') ?? '';
  return <DraftInput label="Name des Ablaufs" value={name} onCommit={(v) => renameTemplate(doc, id, v)} />;
}

const view = reactRoot();
const storedName = (doc: ReturnType<typeof makeCircle>['doc']) => circleSnapshot(doc).templates[0]!.name;

function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a draft field over a stored value', () => {
  function mount() {
    const circle = makeCircle();
    const id = circleSnapshot(circle.doc).templates[0]!.id;
    act(() => view.root.render(<TemplateName doc={circle.doc} id={id} />));
    const input = view.container.querySelector('input')!;
    return { circle, id, input };
  }

  it('commits after a pause without eating the space being typed, and on blur', () => {
    const { circle, input } = mount();
    act(() => input.focus());
    act(() => type(input, 'Fallberatung '));
    expect(storedName(circle.doc)).toBe('Familienfallkonferenz (IQZ)');
    act(() => { vi.advanceTimersByTime(1000); });
    expect(storedName(circle.doc)).toBe('Fallberatung');
    expect(input.value).toBe('Fallberatung ');
    act(() => type(input, 'Fallberatung kurz'));
    act(() => input.blur());
    expect(storedName(circle.doc)).toBe('Fallberatung kurz');
  });

  it('commits on Enter', () => {
    const { circle, input } = mount();
    act(() => input.focus());
    act(() => type(input, 'Kollegiale Beratung'));
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    expect(storedName(circle.doc)).toBe('Kollegiale Beratung');
  });

  it('commits what was typed when the field goes away before the pause ends', () => {
    const { circle, input } = mount();
    act(() => input.focus());
    act(() => type(input, 'Ohne Pause verlassen'));
    act(() => view.root.render(<p>anderer Bereich</p>));
    expect(storedName(circle.doc)).toBe('Ohne Pause verlassen');
  });

  it('shows an edit made elsewhere while the field is not being edited, but not while typing', () => {
    const { circle, id, input } = mount();
    act(() => renameTemplate(circle.doc, id, 'Vom Co-Moderator'));
    expect(input.value).toBe('Vom Co-Moderator');
    act(() => input.focus());
    act(() => type(input, 'Meine Eingabe'));
    act(() => renameTemplate(circle.doc, id, 'Zwischendurch'));
    expect(input.value).toBe('Meine Eingabe');
    act(() => input.blur());
    expect(storedName(circle.doc)).toBe('Meine Eingabe');
  });
});

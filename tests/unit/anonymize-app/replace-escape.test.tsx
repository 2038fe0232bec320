// @vitest-environment jsdom
/**
 * Escape in the gate dialog's replace field closes the replace form, not the whole dialog (the
 * moderator keeps the list of open findings); Escape elsewhere in a dialog still closes it.
 * Real Radix dialog and the real replace form in jsdom.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../renderer/components/Dialog';
import { ReplaceForm } from '../../../renderer/features/anonymize/ReplaceForm';
import { reactRoot } from '../../factories/react';

const view = reactRoot();

const escape = (target: Element) => act(() => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
});

function renderGate(onOpenChange: (open: boolean) => void, onCancel: () => void) {
  act(() => view.root.render(
    <Dialog open onOpenChange={onOpenChange} title="Vor dem Export prüfen">
      <ReplaceForm finding={{ kind: 'name', text: 'Müller' }} onReplace={() => undefined} onCancel={onCancel} />
      <button type="button">Kein Identifikator</button>
    </Dialog>,
  ));
  const field = document.body.querySelector<HTMLInputElement>('.replace-form input')!;
  const other = [...document.body.querySelectorAll('button')].find((b) => b.textContent === 'Kein Identifikator')!;
  return { field, other };
}

describe('Escape in a dialog', () => {
  it('in the replace field closes only the replace form', () => {
    const onOpenChange = vi.fn();
    const onCancel = vi.fn();
    const { field } = renderGate(onOpenChange, onCancel);
    expect(document.activeElement).toBe(field);
    escape(field);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('anywhere else closes the dialog', () => {
    const onOpenChange = vi.fn();
    const onCancel = vi.fn();
    const { other } = renderGate(onOpenChange, onCancel);
    escape(other);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(onCancel).not.toHaveBeenCalled();
  });
});

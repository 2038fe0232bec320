// @vitest-environment jsdom
/**
 * The German date and time fields: they show 24.11.2026 and 18:00, give the form ISO values, take
 * tolerant input when left, and refuse an invalid one with a German message that changes nothing.
 * Real React in jsdom.
 */
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField, DateInput, invalidEntry, TimeField } from '../../../renderer/components/DateTimeField';
import { reactRoot } from '../../factories/react';

const view = reactRoot();

function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Types `text` key by key (each prefix in turn, as a user would). */
function typeKeys(input: HTMLInputElement, text: string) {
  for (let i = 1; i <= text.length; i++) act(() => type(input, text.slice(0, i)));
}

function key(input: HTMLInputElement, name: string): boolean {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  act(() => {
    input.dispatchEvent(event);
  });
  return event.defaultPrevented;
}

function mount(kind: 'date' | 'time', initial: string) {
  const changes: string[] = [];
  let setFromOutside: (value: string) => void = () => undefined;
  function Form() {
    const [value, setValue] = useState(initial);
    setFromOutside = setValue;
    const Field = kind === 'date' ? DateField : TimeField;
    return (
      <form>
        <Field label={kind === 'date' ? 'Datum' : 'Beginn'} value={value} onChange={(next) => { changes.push(next); setValue(next); }} />
        <output>{value}</output>
      </form>
    );
  }
  act(() => view.root.render(<Form />));
  const input = view.container.querySelector('input')!;
  act(() => input.focus());
  return {
    input, changes,
    form: view.container.querySelector('form')!,
    stored: () => view.container.querySelector('output')!.textContent,
    error: () => view.container.querySelector('[role="alert"]')?.textContent,
    setFromOutside: (value: string) => act(() => setFromOutside(value)),
  };
}

describe('DateField', () => {
  it('shows the stored ISO date in German, named by its label', () => {
    const { input } = mount('date', '2026-11-24');
    expect(input.value).toBe('24.11.2026');
    expect(input.type).toBe('text');
    expect(view.container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Datum');
    expect(input.placeholder).toBe('TT.MM.JJJJ');
  });

  it('gives the form an ISO date once, when the typed date is whole (never 2020 on the way to 2026)', () => {
    const { input, changes, stored } = mount('date', '');
    typeKeys(input, '24.11.2026');
    expect(changes).toEqual(['2026-11-24']);
    expect(stored()).toBe('2026-11-24');
    expect(input.value).toBe('24.11.2026');
  });

  it('takes 24.11.26, 1.2.2027 and 24112026 when the field is left, and writes them out', () => {
    const { input, changes } = mount('date', '');
    typeKeys(input, '24.11.26');
    expect(changes).toEqual([]);
    act(() => input.blur());
    expect(changes).toEqual(['2026-11-24']);
    expect(input.value).toBe('24.11.2026');

    act(() => input.focus());
    typeKeys(input, '');
    act(() => type(input, '1.2.2027'));
    expect(input.value).toBe('1.2.2027'); // not rewritten under the cursor
    act(() => input.blur());
    expect(input.value).toBe('01.02.2027');
    act(() => input.focus());
    act(() => type(input, '24112026'));
    expect(key(input, 'Enter')).toBe(false); // accepted: Enter may submit
    expect(input.value).toBe('24.11.2026');
    expect(changes).toEqual(['2026-11-24', '2027-02-01', '2026-11-24']);
  });

  it('refuses an invalid date with a German message, changes nothing, and keeps Enter from submitting', () => {
    const { input, changes, stored, error, form } = mount('date', '2026-11-24');
    act(() => type(input, '31.02.2026'));
    act(() => input.blur());
    expect(error()).toBe('„31.02.2026“ ist kein gültiges Datum. Bitte so eingeben: 24.11.2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(view.container.querySelector('[role="alert"]')!.id);
    expect(stored()).toBe('2026-11-24');
    expect(changes).toEqual([]);
    expect(invalidEntry(form)).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(key(input, 'Enter')).toBe(true);

    // Typing letters: the mask drops them.
    act(() => type(input, '3x1.1a2.2026'));
    expect(input.value).toBe('31.12.2026');
    expect(error()).toBeUndefined();
    expect(stored()).toBe('2026-12-31');
    expect(invalidEntry(form)).toBeUndefined();
  });

  it('Esc puts the stored value back; ↑/↓ go a day on', () => {
    const { input, stored, error } = mount('date', '2026-12-31');
    act(() => type(input, '31.13.20'));
    act(() => input.blur());
    expect(error()).toBeDefined();
    act(() => input.focus());
    expect(input.hasAttribute('data-escape-local')).toBe(true); // a dialog leaves this Esc to the field
    expect(key(input, 'Escape')).toBe(true);
    expect(input.value).toBe('31.12.2026');
    expect(error()).toBeUndefined();
    expect(input.hasAttribute('data-escape-local')).toBe(false);
    expect(key(input, 'Escape')).toBe(false); // nothing to put back: Esc is the dialog's
    key(input, 'ArrowUp');
    expect(input.value).toBe('01.01.2027');
    expect(stored()).toBe('2027-01-01');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(stored()).toBe('2026-12-30');
  });

  it("follows a new value from outside (the co-moderator's), and an emptied field gives ''", () => {
    const { input, changes, setFromOutside } = mount('date', '2026-11-24');
    setFromOutside('2027-02-16');
    expect(input.value).toBe('16.02.2027');
    act(() => type(input, ''));
    act(() => input.blur());
    expect(changes).toEqual(['']);
  });

  it('without a label of its own, takes its name from aria-label', () => {
    act(() => view.root.render(<DateInput aria-label="Fällig bis (Strategie 1)" value="2026-12-01" onChange={() => undefined} />));
    const input = view.container.querySelector('input')!;
    expect(input.getAttribute('aria-label')).toBe('Fällig bis (Strategie 1)');
    expect(input.value).toBe('01.12.2026');
  });
});

describe('TimeField', () => {
  it('shows 18:00, takes 1800 and 9.30 when left, refuses 25:00', () => {
    const { input, changes, error, stored } = mount('time', '18:00');
    expect(input.value).toBe('18:00');
    act(() => type(input, '1930'));
    act(() => input.blur());
    expect(input.value).toBe('19:30');
    act(() => input.focus());
    act(() => type(input, '9.30'));
    key(input, 'Enter');
    expect(input.value).toBe('09:30');
    act(() => type(input, '25:00'));
    act(() => input.blur());
    expect(error()).toBe('„25:00“ ist keine gültige Uhrzeit. Bitte so eingeben: 18:00');
    expect(stored()).toBe('09:30');
    expect(changes).toEqual(['19:30', '09:30']);
  });

  it('↑/↓ go a quarter of an hour on', () => {
    const { input, stored } = mount('time', '18:00');
    key(input, 'ArrowUp');
    expect(stored()).toBe('18:15');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(input.value).toBe('17:45');
  });
});

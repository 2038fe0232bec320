// @vitest-environment jsdom
/**
 * The passphrase fields invite no password manager: every passphrase input, in the import form and
 * the export form (with its confirmation), carries autocomplete="off" and the attributes 1Password,
 * LastPass, Bitwarden and Dashlane respect. Real React in jsdom.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { PassphraseFields } from '../../../renderer/features/sync/PassphraseFields';
import { reactRoot } from '../../factories/react';

const view = reactRoot();

describe('passphrase fields', () => {
  for (const confirm of [false, true]) {
    it(`${confirm ? 'creating' : 'opening'} a package: no field for a password manager`, () => {
      act(() => view.root.render(<PassphraseFields value={{ passphrase: '', confirmation: '', remember: false }} onChange={() => undefined} confirm={confirm} />));
      const inputs = [...view.container.querySelectorAll<HTMLInputElement>('input[type="password"]')];
      expect(inputs).toHaveLength(confirm ? 2 : 1);
      for (const input of inputs) {
        expect(input.getAttribute('autocomplete')).toBe('off');
        expect(input.getAttribute('data-1p-ignore')).toBe('true');
        expect(input.getAttribute('data-lpignore')).toBe('true');
        expect(input.getAttribute('data-bwignore')).toBe('true');
        expect(input.getAttribute('data-form-type')).toBe('other');
      }
    });
  }
});

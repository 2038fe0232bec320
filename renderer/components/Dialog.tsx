/** A modal dialog (Radix): focus trapped, Escape closes (see keepLocalEscape), title and description announced. */
import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { t } from '../i18n/de';

export interface DialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly title: string;
  readonly description?: string;
  readonly children: ReactNode;
}

/**
 * A part of a dialog that handles Escape itself (an inline form: Escape closes the form) is marked
 * `data-escape-local`; Escape there does not close the whole dialog.
 */
function keepLocalEscape(event: KeyboardEvent): void {
  if (event.target instanceof Element && event.target.closest('[data-escape-local]')) event.preventDefault();
}

export function Dialog({ open, onOpenChange, title, description, children }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="dialog" onEscapeKeyDown={keepLocalEscape}>
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description ? <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description> : <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>}
          {children}
          <RadixDialog.Close className="dialog-close" aria-label={t.common.close}>×</RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Buttons at the bottom of a dialog form. */
export function DialogActions({ submitLabel, onCancel }: { readonly submitLabel: string; readonly onCancel: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button secondary" onClick={onCancel}>{t.common.cancel}</button>
      <button type="submit" className="button primary">{submitLabel}</button>
    </div>
  );
}

/** A button for a live command: its label, shortcut and enabled state come from the registry. */
import type { ReactNode } from 'react';
import type { LiveCommand, LiveState } from './commands';
import { ariaKeyShortcut, keyLabel } from './keys';

export interface CommandButtonProps {
  readonly command: LiveCommand;
  readonly state: LiveState;
  readonly run: (command: LiveCommand) => void;
  readonly isMac: boolean;
  /** Visible content when it differs from the label (e.g. "Pause" for the timer toggle). */
  readonly children?: ReactNode;
  /** Accessible name when it differs from the command's label. */
  readonly label?: string;
  readonly className?: string;
}

export function CommandButton({ command, state, run, isMac, children, label = command.label, className = 'button secondary' }: CommandButtonProps) {
  const enabled = command.predicate(state);
  const key = command.keys[0];
  return (
    <button
      type="button"
      className={className}
      // aria-disabled keeps the button focusable: the focus does not vanish at the last phase.
      aria-disabled={enabled ? undefined : true}
      aria-label={children ? label : undefined}
      aria-keyshortcuts={key ? command.keys.map((k) => ariaKeyShortcut(k, isMac)).join(' ') : undefined}
      title={key ? `${label} (${keyLabel(key, isMac)})` : label}
      onClick={() => enabled && run(command)}
    >
      {children ?? label}
    </button>
  );
}

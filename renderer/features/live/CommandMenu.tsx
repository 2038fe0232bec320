/**
 * The menu "Befehle" of live mode: every command that does not act on a focused item, grouped as
 * in the shortcut overview, with its shortcut; read from the registry like buttons and keys.
 * A chosen command runs once the menu has closed and the focus is back on the menu's button, so a
 * command that moves the focus (to the notes, to a list) keeps its move.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';
import { t } from '../../i18n/de';
import { COMMAND_GROUPS, LIVE_COMMANDS, type LiveCommand, type LiveState } from './commands';
import { ariaKeyShortcut, keyLabel } from './keys';

export interface CommandMenuProps {
  readonly state: LiveState;
  readonly run: (command: LiveCommand) => void;
  readonly isMac: boolean;
}

const MENU_COMMANDS = LIVE_COMMANDS.filter((command) => !command.onFocused);

export function CommandMenu({ state, run, isMac }: CommandMenuProps) {
  const chosen = useRef<LiveCommand | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const groups = COMMAND_GROUPS.map((group) => ({ group, commands: MENU_COMMANDS.filter((c) => c.group === group) })).filter((g) => g.commands.length > 0);
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>
        <button ref={trigger} type="button" className="button secondary">{t.live.menu.button}</button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className="command-menu"
          align="end"
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            const command = chosen.current;
            if (!command) return;
            chosen.current = null;
            event.preventDefault();
            trigger.current?.focus();
            run(command);
          }}
        >
          {groups.map(({ group, commands }, index) => (
            <Menu.Group key={group} aria-labelledby={`command-menu-${group}`}>
              {index > 0 && <Menu.Separator className="command-menu-separator" />}
              <Menu.Label id={`command-menu-${group}`} className="command-menu-label">{t.live.help.groups[group]}</Menu.Label>
              {commands.map((command) => (
                <Menu.Item
                  key={command.id}
                  className="command-menu-item"
                  disabled={!command.predicate(state)}
                  aria-keyshortcuts={command.keys.map((k) => ariaKeyShortcut(k, isMac)).join(' ')}
                  onSelect={() => { chosen.current = command; }}
                >
                  <span>{command.label}</span>
                  <kbd className="live-kbd" aria-hidden="true">{keyLabel(command.keys[0]!, isMac)}</kbd>
                </Menu.Item>
              ))}
            </Menu.Group>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

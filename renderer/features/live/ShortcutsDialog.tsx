/** "Tastenkürzel": every live command with its keys, read from the registry (opened with "?"). */
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n/de';
import { COMMAND_GROUPS, LIVE_COMMANDS } from './commands';
import { keyLabel } from './keys';

export function ShortcutsDialog({ open, onOpenChange, isMac }: { readonly open: boolean; readonly onOpenChange: (open: boolean) => void; readonly isMac: boolean }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t.live.help.title} description={t.live.help.description}>
      <div className="live-shortcuts">
        {COMMAND_GROUPS.map((group) => (
          <table key={group} className="table">
            <caption>{t.live.help.groups[group]}</caption>
            <thead>
              <tr><th scope="col">{t.live.help.command}</th><th scope="col">{t.live.help.keys}</th></tr>
            </thead>
            <tbody>
              {LIVE_COMMANDS.filter((c) => c.group === group).map((command) => (
                <tr key={command.id}>
                  <td>{command.label}</td>
                  <td>
                    {command.keys.map((key, i) => (
                      <span key={key}>{i > 0 && ` ${t.live.help.or} `}<kbd className="live-kbd">{keyLabel(key, isMac)}</kbd></span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}

/** The header of live mode: the case, the way back to the meeting, and the commands that are not about the phase. */
import { href } from '../../app/router';
import { t } from '../../i18n/de';
import { CommandButton } from './CommandButton';
import { CommandMenu } from './CommandMenu';
import { commandById, type LiveCommand, type LiveState } from './commands';

export interface LiveHeaderProps {
  readonly meetingId: string;
  readonly caseId: string;
  readonly caseTitle: string;
  readonly meetingTitle: string;
  readonly state: LiveState;
  readonly run: (command: LiveCommand) => void;
  readonly isMac: boolean;
}

export function LiveHeader({ meetingId, caseId, caseTitle, meetingTitle, state, run, isMac }: LiveHeaderProps) {
  const button = (id: 'undo' | 'redo' | 'openProjector' | 'projectorPrevious' | 'projectorNext' | 'help') => <CommandButton command={commandById(id)} state={state} run={run} isMac={isMac} />;
  return (
    <header className="live-head">
      <div>
        <a className="live-leave" href={href({ name: 'meeting', meetingId, caseId })}>
          <span aria-hidden="true">← </span>{t.live.leave}
        </a>
        <h1>{caseTitle}</h1>
        <p className="subtitle">{[meetingTitle, t.live.title].filter(Boolean).join(' · ')}</p>
      </div>
      <div className="button-row live-head-actions" aria-label={t.live.actions} role="group">
        {button('undo')}
        {button('redo')}
        {button('openProjector')}
        {state.projector && state.projector.pages > 1 && (
          <span className="live-projector-pages" role="group" aria-label={t.live.projector.remote(state.projector.page + 1, state.projector.pages)}>
            {button('projectorPrevious')}
            <span aria-hidden="true">{t.live.projector.remote(state.projector.page + 1, state.projector.pages)}</span>
            {button('projectorNext')}
          </span>
        )}
        {button('help')}
        <CommandMenu state={state} run={run} isMac={isMac} />
      </div>
    </header>
  );
}

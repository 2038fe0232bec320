/** One phase of a method template: title, minutes, guiding questions, capture lists, main part; move and remove. */
import { PHASE_MAINS, type CaptureKind, type PhaseDraft, type PhaseMain, type PhaseSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { DraftInput, DraftTextArea } from './DraftField';

export const CAPTURE_KINDS: readonly CaptureKind[] = ['hypothesis', 'resource', 'stressor', 'idea'];

/** Element ids of a phase's controls, so focus can follow a moved, added or removed phase. */
export const phaseControlId = (phaseId: string, part: 'title' | 'up' | 'down') => `phase-${phaseId}-${part}`;

export interface PhaseEditorProps {
  readonly phase: PhaseSnapshot;
  readonly index: number;
  readonly count: number;
  readonly onChange: (fields: Partial<PhaseDraft>) => void;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onRemove: () => void;
}

export function PhaseEditor({ phase, index, count, onChange, onMove, onRemove }: PhaseEditorProps) {
  const tt = t.circleAdmin.templates;
  const headingId = `phase-${phase.id}-heading`;
  const title = phase.title || tt.newPhase;
  const toggle = (kind: CaptureKind, on: boolean) =>
    onChange({ lists: CAPTURE_KINDS.filter((k) => (k === kind ? on : phase.lists.includes(k))) });

  return (
    <section aria-labelledby={headingId} className="phase-editor">
      <div className="phase-editor-head">
        <h3 id={headingId}>{tt.phaseHeading(index + 1, phase.title)}</h3>
        <div className="button-row">
          <button type="button" id={phaseControlId(phase.id, 'up')} className="button secondary small" aria-label={tt.moveUp(title)} disabled={index === 0} onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" id={phaseControlId(phase.id, 'down')} className="button secondary small" aria-label={tt.moveDown(title)} disabled={index === count - 1} onClick={() => onMove(1)}>
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className="button danger small" aria-label={tt.removePhase(title)} onClick={onRemove}>{t.common.remove}</button>
        </div>
      </div>
      <div className="row">
        <DraftInput id={phaseControlId(phase.id, 'title')} className="phase-title-field" label={tt.phaseTitle} value={phase.title} onCommit={(v) => v.trim() && onChange({ title: v })} />
        <DraftInput
          className="phase-minutes-field" label={tt.minutes} type="number" min={0} max={600} value={String(phase.minutes)}
          onCommit={(v) => {
            const minutes = Number(v);
            if (v.trim() !== '' && Number.isFinite(minutes) && minutes >= 0) onChange({ minutes });
          }}
        />
      </div>
      <DraftTextArea label={tt.questions} value={phase.questions} onCommit={(questions) => onChange({ questions })} />
      <fieldset className="fieldset capture-lists">
        <legend>{tt.lists}</legend>
        {CAPTURE_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" checked={phase.lists.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            {t.circleAdmin.captureKinds[kind]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {tt.main}
        <select value={phase.main} onChange={(e) => onChange({ main: e.target.value as PhaseMain })}>
          {PHASE_MAINS.map((main) => <option key={main} value={main}>{tt.mains[main]}</option>)}
        </select>
      </label>
    </section>
  );
}

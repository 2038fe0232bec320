/**
 * The circle's method templates (Ablauf): rename, duplicate, remove; phases added, removed,
 * reordered and edited. A meeting copies its template's phases once, when it is created.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import {
  addPhase, circleSnapshot, duplicateTemplate, movePhase, removePhase, removeTemplate, renameTemplate, updatePhase,
  type PhaseId, type TemplateId, type TemplateSnapshot,
} from '../../../shared/doc';
import { t } from '../../i18n/de';
import { DraftInput } from './DraftField';
import { PhaseEditor, phaseControlId } from './PhaseEditor';

export function TemplatesTab({ circleId }: { readonly circleId: string }) {
  const handle = useDocHandle('circle', circleId);
  const templates = useDocSnapshot(handle?.doc, (doc) => circleSnapshot(doc).templates);
  const [selectedId, setSelectedId] = useState<TemplateId>();
  const tt = t.circleAdmin.templates;
  const template = templates?.find((x) => x.id === selectedId) ?? templates?.[0];

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{tt.title}</h2>
      <p className="subtitle">{tt.intro}</p>
      {!handle || !templates ? <p>{t.app.loading}</p> : template && (
        <>
          <TemplateHeader
            doc={handle.doc} templates={templates} template={template} onSelect={setSelectedId}
          />
          <PhaseList key={template.id} doc={handle.doc} template={template} />
        </>
      )}
    </section>
  );
}

function TemplateHeader({ doc, templates, template, onSelect }: {
  readonly doc: Y.Doc;
  readonly templates: readonly TemplateSnapshot[];
  readonly template: TemplateSnapshot;
  readonly onSelect: (id: TemplateId) => void;
}) {
  const tt = t.circleAdmin.templates;
  const chooseId = useId();
  const nameId = `template-${template.id}-name`;
  const duplicate = () => {
    const id = duplicateTemplate(doc, template.id, tt.copyName(template.name));
    if (!id) return;
    onSelect(id);
    requestAnimationFrame(() => document.getElementById(`template-${id}-name`)?.focus());
  };
  const remove = () => {
    if (window.confirm(tt.removeConfirm(template.name)) && removeTemplate(doc, template.id)) {
      const next = templates.find((x) => x.id !== template.id);
      if (next) onSelect(next.id);
    }
  };
  return (
    <div className="template-head">
      {templates.length > 1 && (
        <div className="field">
          <label htmlFor={chooseId}>{tt.choose}</label>
          <select id={chooseId} value={template.id} onChange={(e) => onSelect(e.target.value as TemplateId)}>
            {templates.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        </div>
      )}
      <DraftInput key={template.id} id={nameId} label={tt.name} value={template.name} onCommit={(name) => renameTemplate(doc, template.id, name)} />
      <p className="template-summary">{tt.summary(template.phases.length, template.totalMinutes)}</p>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={duplicate}>{tt.duplicate}</button>
        {templates.length > 1 && <button type="button" className="button danger" onClick={remove}>{tt.remove}</button>}
      </div>
    </div>
  );
}

/** The phases, in order; focus follows a moved, added or removed phase (keyboard users keep their place). */
function PhaseList({ doc, template }: { readonly doc: Y.Doc; readonly template: TemplateSnapshot }) {
  const tt = t.circleAdmin.templates;
  const focusNext = useRef<(() => void) | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    focusNext.current?.();
    focusNext.current = null;
  }, [template]);
  const focusControl = (phaseId: PhaseId, part: 'title' | 'up' | 'down', fallback?: 'up' | 'down') => {
    focusNext.current = () => {
      const element = document.getElementById(phaseControlId(phaseId, part)) as HTMLInputElement | HTMLButtonElement | null;
      if (element && !element.disabled) element.focus();
      else if (fallback) document.getElementById(phaseControlId(phaseId, fallback))?.focus();
      if (element instanceof HTMLInputElement) element.select();
    };
  };

  const move = (phaseId: PhaseId, direction: -1 | 1) => {
    focusControl(phaseId, direction < 0 ? 'up' : 'down', direction < 0 ? 'down' : 'up');
    movePhase(doc, template.id, phaseId, direction);
  };
  const remove = (phaseId: PhaseId, index: number, title: string) => {
    if (!window.confirm(tt.removePhaseConfirm(title))) return;
    const next = template.phases[index + 1] ?? template.phases[index - 1];
    focusNext.current = () => (next ? document.getElementById(phaseControlId(next.id, 'title'))?.focus() : addButton.current?.focus());
    removePhase(doc, template.id, phaseId);
  };
  const add = () => {
    const id = addPhase(doc, template.id, { title: tt.newPhase, minutes: 10, questions: '' });
    if (id) focusControl(id, 'title');
  };

  return (
    <div className="phase-list">
      {template.phases.length === 0 && <p className="empty">{tt.noPhases}</p>}
      <ol aria-label={tt.phases}>
        {template.phases.map((phase, index) => (
          <li key={phase.id}>
            <PhaseEditor
              phase={phase} index={index} count={template.phases.length}
              onChange={(fields) => updatePhase(doc, template.id, phase.id, fields)}
              onMove={(direction) => move(phase.id, direction)}
              onRemove={() => remove(phase.id, index, phase.title)}
            />
          </li>
        ))}
      </ol>
      <p className="template-summary">{tt.summary(template.phases.length, template.totalMinutes)}</p>
      <button ref={addButton} type="button" className="button secondary" onClick={add}>{tt.addPhase}</button>
    </div>
  );
}

/** Editing a method template in the circle doc: phases added, removed, reordered, changed. */
import * as Y from 'yjs';
import { newId, type PhaseId, type TemplateId } from './ids';
import { createPhaseMap, PHASE_MAINS, type PhaseDraft } from './method';
import { ORIGIN, type Origin } from './schema';

function templateParts(circle: Y.Doc, templateId: TemplateId) {
  const template = circle.getMap<Y.Map<unknown>>('templates').get(templateId);
  const order = template?.get('phaseOrder');
  const phases = template?.get('phases');
  return template && order instanceof Y.Array && phases instanceof Y.Map ? { template, order, phases } : undefined;
}

export function renameTemplate(circle: Y.Doc, templateId: TemplateId, name: string, origin: Origin = ORIGIN.local): void {
  const p = templateParts(circle, templateId);
  if (p && name.trim()) circle.transact(() => p.template.set('name', name.trim()), origin);
}

export function addPhase(circle: Y.Doc, templateId: TemplateId, draft: PhaseDraft, origin: Origin = ORIGIN.local): PhaseId | undefined {
  const p = templateParts(circle, templateId);
  if (!p) return undefined;
  const id = newId<PhaseId>();
  circle.transact(() => {
    p.phases.set(id, createPhaseMap(draft));
    p.order.push([id]);
  }, origin);
  return id;
}

export function updatePhase(circle: Y.Doc, templateId: TemplateId, phaseId: PhaseId, fields: Partial<PhaseDraft>, origin: Origin = ORIGIN.local): void {
  const phase = templateParts(circle, templateId)?.phases.get(phaseId);
  if (!(phase instanceof Y.Map)) return;
  circle.transact(() => {
    if (typeof fields.title === 'string') phase.set('title', fields.title.trim());
    if (typeof fields.minutes === 'number' && Number.isFinite(fields.minutes)) phase.set('minutes', Math.max(0, Math.round(fields.minutes)));
    if (typeof fields.questions === 'string') phase.set('questions', fields.questions);
    if (fields.lists) phase.set('lists', [...fields.lists]);
    if (fields.main && PHASE_MAINS.includes(fields.main)) phase.set('main', fields.main);
  }, origin);
}

export function removePhase(circle: Y.Doc, templateId: TemplateId, phaseId: PhaseId, origin: Origin = ORIGIN.local): void {
  const p = templateParts(circle, templateId);
  if (!p) return;
  circle.transact(() => {
    const index = p.order.toArray().indexOf(phaseId);
    if (index >= 0) p.order.delete(index, 1);
  }, origin);
}

export function movePhase(circle: Y.Doc, templateId: TemplateId, phaseId: PhaseId, direction: -1 | 1, origin: Origin = ORIGIN.local): void {
  const p = templateParts(circle, templateId);
  if (!p) return;
  const ids = p.order.toArray();
  const from = ids.indexOf(phaseId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return;
  circle.transact(() => {
    p.order.delete(from, 1);
    p.order.insert(to, [phaseId]);
  }, origin);
}

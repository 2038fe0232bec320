import { describe, expect, it } from 'vitest';
import { addCase, addItem, itemsSnapshot, meetingSnapshot } from '../../../shared/doc';
import { projectedContent } from '../../../renderer/features/live/ProjectorView';
import { makeMeeting } from '../../factories/docs';

describe('what the projector shows', () => {
  it('shows a phase\'s own lists, even empty; other phases show everything gathered, strategies included', () => {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Fall');
    const phases = meetingSnapshot(doc).phases;
    const byTitle = (title: string) => phases.find((p) => p.title === title)!;
    addItem(doc, caseId, 'hypothesis', 'Schlafmangel');
    addItem(doc, caseId, 'idea', 'Schreibabyambulanz');
    const items = itemsSnapshot(doc, caseId);
    expect(projectedContent(byTitle('Ressourcen & Belastungen'), items, 2)).toEqual({ lists: ['resource', 'stressor'], strategies: false });
    expect(projectedContent(byTitle('Perspektiven & Hypothesen'), items, 2)).toEqual({ lists: ['hypothesis'], strategies: false });
    expect(projectedContent(byTitle('Handlungsstrategien vereinbaren'), items, 2)).toEqual({ lists: ['hypothesis', 'idea'], strategies: true });
    expect(projectedContent(byTitle('Ankommen & Rollen'), [], 0)).toEqual({ lists: [], strategies: false });
  });
});

import { describe, expect, it } from 'vitest';
import { addCase, meetingSnapshot } from '../../../shared/doc';
import { projectedContent } from '../../../renderer/features/live/ProjectorView';
import { makeMeeting } from '../../factories/docs';

describe('what the projector shows', () => {
  it('shows only the phase\'s own content: its lists (with the picked offers where ideas are collected), the strategies, or the question', () => {
    const { doc } = makeMeeting();
    addCase(doc, 'Fall');
    const phases = meetingSnapshot(doc).phases;
    const byTitle = (title: string) => phases.find((p) => p.title === title)!;
    expect(projectedContent(byTitle('Ressourcen & Belastungen'))).toEqual({ lists: ['resource', 'stressor'], strategies: false, question: false, offers: false });
    expect(projectedContent(byTitle('Perspektiven & Hypothesen'))).toEqual({ lists: ['hypothesis'], strategies: false, question: false, offers: false });
    expect(projectedContent(byTitle('Lösungsideen & Angebote'))).toEqual({ lists: ['idea'], strategies: false, question: false, offers: true });
    expect(projectedContent(byTitle('Handlungsstrategien vereinbaren'))).toEqual({ lists: [], strategies: true, question: false, offers: false });
    expect(projectedContent(byTitle('Ankommen & Rollen'))).toEqual({ lists: [], strategies: false, question: true, offers: false });
    expect(projectedContent(byTitle('Stellungnahme der Fallgeberin / des Fallgebers'))).toEqual({ lists: [], strategies: false, question: false, offers: false });
  });
});

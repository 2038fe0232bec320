/** „Enthalten: … Nicht enthalten: …“ above the preview: what the protocol prints with the chosen options. */
import { describe, expect, it } from 'vitest';
import { exportMeeting } from '../../../shared/doc/export';
import { protocolContents, renderProtocolMarkdown } from '../../../shared/protocol';
import { t } from '../../../renderer/i18n/de';
import { makeMeeting } from '../../factories/docs';
import { realisticExport } from '../../factories/protocol';

const data = realisticExport();
const phases = data.meeting.phases;
const summary = (options: Parameters<typeof protocolContents>[1]) => t.protocol.contentsSummary(protocolContents(data, options));

describe('what the protocol holds', () => {
  it('with every protocol note: all phases, the results with the number of strategies, never the tandem notes', () => {
    expect(protocolContents(data)).toEqual({ short: false, cases: 2, phases: 9, excludedPhases: [], strategies: 7 });
    expect(summary({})).toBe('Enthalten: Protokollnotizen aller 9 Phasen, Fragestellung, Stellungnahme, Sammellisten, 7 Handlungsstrategien, ' +
      'Fallverläufe, Zeit je Phase. Nicht enthalten: die Notizen „Nur für das Tandem“.');
  });

  it('names the phases whose protocol notes are left out, in phase order', () => {
    expect(summary({ excludedPhaseIds: [phases[2]!.id] })).toBe('Enthalten: Protokollnotizen von 8 der 9 Phasen, Fragestellung, Stellungnahme, ' +
      'Sammellisten, 7 Handlungsstrategien, Fallverläufe, Zeit je Phase. Nicht enthalten: die Protokollnotizen der Phase 3. Verständnisfragen, ' +
      'die Notizen „Nur für das Tandem“.');
    const three = summary({ excludedPhaseIds: [phases[8]!.id, phases[0]!.id, phases[2]!.id] });
    expect(three).toContain('Enthalten: Protokollnotizen von 6 der 9 Phasen, ');
    expect(three).toContain('Nicht enthalten: die Protokollnotizen der Phasen 1. Ankommen & Rollen, 3. Verständnisfragen und 9. Abschluss & Transfer, die Notizen');
    expect(summary({ excludedPhaseIds: phases.map((p) => p.id) })).toBe('Enthalten: Fragestellung, Stellungnahme, Sammellisten, 7 Handlungsstrategien, ' +
      'Fallverläufe, Zeit je Phase. Nicht enthalten: die Protokollnotizen aller 9 Phasen, die Notizen „Nur für das Tandem“.');
  });

  it('as the Kurzfassung: results only, whatever phases were chosen', () => {
    expect(summary({ short: true, excludedPhaseIds: [phases[2]!.id] })).toBe('Enthalten (Kurzfassung): Fragestellung, Stellungnahme, 7 Handlungsstrategien, ' +
      'Fallverläufe. Nicht enthalten: Protokollnotizen, Sammellisten, Zeit je Phase und die Notizen „Nur für das Tandem“.');
  });

  it('says so when there is no case yet, and counts one strategy or none', () => {
    const { doc, circle } = makeMeeting();
    expect(t.protocol.contentsSummary(protocolContents(exportMeeting(doc, circle.doc)))).toBe(
      'Enthalten: Angaben zur Sitzung und Anwesenheit – noch kein Fall. Nicht enthalten: die Notizen „Nur für das Tandem“.');
    const one = { ...data, meeting: { ...data.meeting, cases: [{ ...data.meeting.cases[0]!, strategies: data.meeting.cases[0]!.strategies.slice(0, 1) }] } };
    expect(t.protocol.contentsSummary(protocolContents(one))).toContain(', 1 Handlungsstrategie, ');
    const none = { ...one, meeting: { ...one.meeting, cases: [{ ...one.meeting.cases[0]!, strategies: [] }] } };
    expect(t.protocol.contentsSummary(protocolContents(none))).toContain(', Handlungsstrategien (noch keine), ');
  });

  it('agrees with the printed protocol: a left-out phase has no notes in it', () => {
    const options = { excludedPhaseIds: [phases[2]!.id] };
    expect(protocolContents(data, options).excludedPhases).toEqual([{ number: 3, title: 'Verständnisfragen' }]);
    expect(renderProtocolMarkdown(data, options)).not.toContain('Gibt es eine Hebammenbetreuung');
  });
});

/**
 * What a protocol with these options holds, as the page says it above the preview („Enthalten: …
 * Nicht enthalten: …“). Derived from the same model the documents print, so the sentence and the
 * PDF cannot disagree. Plain data; the UI words it (renderer/i18n/de/protocol.ts).
 */
import type { MeetingExport } from '../doc/export';
import { protocolModel, type ProtocolOptions } from './model';

export interface PhaseRef {
  readonly number: number;
  readonly title: string;
}

export interface ProtocolContents {
  /** The Kurzfassung: no protocol notes, lists or times at all. */
  readonly short: boolean;
  readonly cases: number;
  /** Phases of the meeting, in order. */
  readonly phases: number;
  /** Phases whose protocol notes are left out (none in the Kurzfassung: there all are). */
  readonly excludedPhases: readonly PhaseRef[];
  readonly strategies: number;
}

export function protocolContents(data: MeetingExport, options: ProtocolOptions = {}): ProtocolContents {
  const model = protocolModel(data, options);
  const excluded = new Set(options.excludedPhaseIds ?? []);
  const phases = data.meeting.phases;
  return {
    short: model.short,
    cases: model.cases.length,
    phases: phases.length,
    excludedPhases: model.short ? [] : phases.flatMap((phase, i) => (excluded.has(phase.id) ? [{ number: i + 1, title: phase.title }] : [])),
    strategies: model.cases.reduce((sum, c) => sum + c.strategies.length, 0),
  };
}

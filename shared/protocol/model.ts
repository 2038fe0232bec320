/**
 * What the protocol shows, derived once from a meeting export and the options, so that the HTML
 * and the Markdown renderings say the same. Plain data, raw (unescaped) text.
 */
import { compareGerman, DEFAULT_CME_RULE, webAddressShort, type CaptureKind, type CmeRule, type OfferSnapshot, type System } from '../doc';
import { type ExportedCase, type ExportedFollowUp, type MeetingExport, type RichDoc } from '../doc/export';
import { plannedMs, usedMs } from '../doc/timer';
import { meetingCme, type CmeResult } from './cme';
import { dateLong, dateOfTimestamp, dateShort, timeRange, wholeMinutes } from './format';
import { de } from './labels';
import { isRichEmpty } from './richHtml';

export interface ProtocolOptions {
  /** Phases whose notes stay out of the protocol (the tandem's private notes). */
  readonly excludedPhaseIds?: readonly string[];
  /** Results only: question, statement, strategies, follow-ups; no notes, items or times. */
  readonly short?: boolean;
}

export interface MetaRow {
  readonly label: string;
  readonly value: string;
}

export interface AttendanceGroup {
  readonly system: System;
  readonly label: string;
  readonly count: number;
  readonly professions: readonly { readonly profession: string; readonly count: number }[];
}

export interface ItemList {
  readonly kind: CaptureKind;
  readonly label: string;
  readonly items: readonly { readonly text: string; readonly system: string }[];
}

export interface PhaseModel {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** null: no notes, or left out by the options (then the protocol does not mention them). */
  readonly notes: RichDoc | null;
  readonly lists: readonly ItemList[];
}

export interface StrategyRow {
  readonly measure: string;
  readonly responsible: string;
  readonly due: string;
  readonly offer: string;
  readonly status: string;
}

/** An offer a strategy links to that says whom it is for or how to reach it; `details` in print order. */
export interface OfferDetails {
  readonly name: string;
  readonly kind: string;
  readonly details: readonly MetaRow[];
}

export interface TimeRow {
  readonly title: string;
  readonly plannedMinutes: number;
  readonly usedMinutes: number;
}

export interface CaseModel {
  readonly number: number;
  readonly title: string;
  readonly presenter: string;
  readonly question: string;
  readonly phases: readonly PhaseModel[];
  /** Lists of kinds no phase shows. */
  readonly otherLists: readonly ItemList[];
  readonly statement: RichDoc | null;
  readonly strategies: readonly StrategyRow[];
  /** The linked offers with a target group, contact, phone or web, each once, in the order of the strategies. */
  readonly offers: readonly OfferDetails[];
  readonly followUps: readonly { readonly label: string; readonly note: RichDoc | null }[];
  /** null when the timer never ran for this case. */
  readonly time: { readonly rows: readonly TimeRow[]; readonly planned: number; readonly used: number } | null;
}

export interface ProtocolModel {
  readonly short: boolean;
  readonly circleName: string;
  readonly title: string;
  readonly dateShort: string;
  readonly meta: readonly MetaRow[];
  readonly attendance: { readonly total: number; readonly groups: readonly AttendanceGroup[] };
  readonly agendaFollowUps: readonly { readonly title: string; readonly from: string; readonly note: RichDoc | null }[];
  readonly cases: readonly CaseModel[];
  readonly nextMeeting: string;
  readonly cme: CmeResult;
  readonly cmeRule: CmeRule;
}

const SYSTEM_ORDER: readonly System[] = ['health', 'youthWelfare', 'other'];
const KIND_ORDER: readonly CaptureKind[] = ['hypothesis', 'resource', 'stressor', 'idea'];

export function protocolModel(data: MeetingExport, options: ProtocolOptions = {}): ProtocolModel {
  const { meeting, circle } = data;
  const short = options.short === true;
  const excluded = new Set(options.excludedPhaseIds ?? []);
  const cmeRule = circle?.cmeRule ?? DEFAULT_CME_RULE;
  const now = Date.parse(data.exportedAt) || 0;
  const caseIds = new Set<string>(meeting.cases.map((c) => c.id));
  const followUps = circle?.followUps ?? [];

  const meta: MetaRow[] = [
    { label: de.meta.circle, value: [circle?.name, circle?.region && `(${circle.region})`].filter(Boolean).join(' ') },
    { label: de.meta.meeting, value: meeting.title },
    { label: de.meta.date, value: dateLong(meeting.date) },
    { label: de.meta.time, value: timeRange(meeting.startTime, meeting.endTime) },
    { label: de.meta.place, value: meeting.place },
    { label: de.meta.topic, value: meeting.topic },
    { label: de.meta.method, value: meeting.methodName },
    { label: de.meta.moderators, value: meeting.moderators },
  ].filter((row) => row.value);

  return {
    short,
    circleName: circle?.name ?? '',
    title: meeting.title,
    dateShort: dateShort(meeting.date),
    meta,
    attendance: attendanceGroups(meeting.attendance),
    agendaFollowUps: followUps
      // The export holds only this meeting's follow-ups: those not about its own cases are on its agenda.
      .filter((f) => !caseIds.has(f.sourceCaseId))
      .map((f) => ({ title: f.caseTitle, from: de.agendaFollowUps.from(f.sourceMeetingTitle, dateShort(f.sourceMeetingDate)), note: richOrNull(f.note) })),
    cases: meeting.cases.map((c, i) => caseModel(c, i + 1, data, { short, excluded, now, followUps })),
    nextMeeting: meeting.nextMeetingDate ? dateLong(meeting.nextMeetingDate) : '',
    cme: meetingCme(meeting, cmeRule),
    cmeRule,
  };
}

function attendanceGroups(attendance: MeetingExport['meeting']['attendance']): ProtocolModel['attendance'] {
  const groups = SYSTEM_ORDER.map((system) => {
    const people = attendance.filter((a) => a.system === system);
    const counts = new Map<string, number>();
    for (const person of people) {
      const profession = person.profession || de.notEntered;
      counts.set(profession, (counts.get(profession) ?? 0) + 1);
    }
    const professions = [...counts].map(([profession, count]) => ({ profession, count }))
      .sort((a, b) => b.count - a.count || compareGerman(a.profession, b.profession));
    return { system, label: de.systems[system], count: people.length, professions };
  }).filter((g) => g.count > 0);
  return { total: attendance.length, groups };
}

function caseModel(c: ExportedCase, number: number, data: MeetingExport, ctx: {
  short: boolean; excluded: ReadonlySet<string>; now: number; followUps: readonly ExportedFollowUp[];
}): CaseModel {
  const { meeting, circle } = data;
  const presenter = meeting.attendance.find((a) => a.id === c.roles.presenter);
  const listed = new Set<CaptureKind>();
  const listsOf = (kinds: readonly CaptureKind[]) => kinds.map((kind) => {
    listed.add(kind);
    return itemList(c, kind);
  }).filter((list) => list.items.length > 0);

  const phases: PhaseModel[] = ctx.short ? [] : meeting.phases.map((phase, i) => {
    const notes = ctx.excluded.has(phase.id) ? null : richOrNull(c.notes[phase.id]);
    return { id: phase.id, number: i + 1, title: phase.title, notes, lists: listsOf(phase.lists) };
  });
  const otherLists = ctx.short ? [] : KIND_ORDER.filter((kind) => !listed.has(kind)).map((kind) => itemList(c, kind)).filter((l) => l.items.length > 0);
  const offers = new Map((circle?.offers ?? []).map((o) => [o.id as string, o]));
  const linked = [...new Set(c.strategies.map((s) => s.offerId))].map((id) => offers.get(id)).filter((o) => o !== undefined);

  return {
    number,
    title: c.title,
    presenter: presenter ? [presenter.profession, de.systems[presenter.system]].filter(Boolean).join(', ') : '',
    question: c.question.trim(),
    phases,
    otherLists,
    statement: richOrNull(c.statement),
    strategies: c.strategies.map((s) => {
      const offer = s.offerId ? offers.get(s.offerId) : undefined;
      return {
        measure: s.measure,
        responsible: [s.responsibleSystem && de.systems[s.responsibleSystem], s.responsibleProfession].filter(Boolean).join(': '),
        due: s.due ? dateShort(s.due) : '',
        offer: offer ? [offer.name, offer.kind && `(${offer.kind})`].filter(Boolean).join(' ') : '',
        status: s.status === 'done' ? de.strategy.done : de.strategy.open,
      };
    }),
    offers: linked.map(offerDetails).filter((o) => o.details.length > 0),
    followUps: ctx.followUps
      .filter((f) => f.sourceCaseId === c.id)
      .map((f) => ({ label: de.cases.followUpPlanned(dateOfTimestamp(f.createdAt)), note: richOrNull(f.note) })),
    time: ctx.short ? null : timeModel(c, meeting.phases, ctx.now),
  };
}

function offerDetails(offer: OfferSnapshot): OfferDetails {
  const details: MetaRow[] = [
    { label: de.offers.targetGroup, value: offer.targetGroup },
    { label: de.offers.contact, value: offer.contact },
    { label: de.offers.phone, value: offer.phone },
    { label: de.offers.web, value: webAddressShort(offer.web) },
  ];
  return { name: offer.name, kind: offer.kind, details: details.filter((row) => row.value) };
}

function itemList(c: ExportedCase, kind: CaptureKind): ItemList {
  return {
    kind,
    label: de.items[kind],
    items: c.items.filter((item) => item.kind === kind).map((item) => ({ text: item.text, system: item.system ? de.systemsShort[item.system] : '' })),
  };
}

function timeModel(c: ExportedCase, phases: MeetingExport['meeting']['phases'], now: number): CaseModel['time'] {
  const rows = phases.map((phase) => ({
    title: phase.title,
    plannedMinutes: wholeMinutes(plannedMs(c.timer, phase)),
    usedMinutes: wholeMinutes(usedMs(c.timer, phase.id, now)),
  }));
  const usedAny = phases.some((phase) => usedMs(c.timer, phase.id, now) > 0);
  if (!usedAny) return null;
  return { rows, planned: rows.reduce((s, r) => s + r.plannedMinutes, 0), used: rows.reduce((s, r) => s + r.usedMinutes, 0) };
}

const richOrNull = (doc: RichDoc | undefined): RichDoc | null => (doc && !isRichEmpty(doc) ? doc : null);

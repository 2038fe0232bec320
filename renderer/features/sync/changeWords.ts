/**
 * The merge report in German words (shared/doc/mergeReport.ts has the counts): one phrase per author
 * and scope, e.g. „2 Absätze in ‚Fallvorstellung‘ ergänzt (+184 Zeichen), 3 Hypothesen,
 * 1 Handlungsstrategie; Thema geändert“ — what was added first, then what was changed or removed,
 * then the fields. The same words, from counts only, for a line of the sync log.
 */
import { CHANGE_COUNTS, type AuthorChanges, type ChangeCount, type Conflict, type NoteChange, type ScalarValue } from '../../../shared/doc';
import type { LogSummary } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';

const ADDED: readonly ChangeCount[] = ['caseAdded', 'hypothesis', 'resource', 'stressor', 'idea', 'strategy', 'checkedIn', 'personAdded', 'offerAdded', 'followUpAdded', 'listWord', 'dismissal'];
const CHANGED: readonly ChangeCount[] = CHANGE_COUNTS.filter((key) => !ADDED.includes(key));

function noteName(note: Pick<NoteChange, 'kind' | 'phaseTitle'>): string {
  const words = t.sync.report.note;
  if (note.kind === 'protocol') return words.protocol(note.phaseTitle ?? '');
  if (note.kind === 'tandem') return words.tandem(note.phaseTitle ?? '');
  return words[note.kind];
}

/** „Ort und Thema“, „Titel, Ort und Thema“. */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t.sync.report.and} ${words[words.length - 1]}`;
}

export function fieldLabel(scope: string, key: string): string {
  const fields = t.sync.report.fields;
  const label = fields[scope]?.[key] ?? (key.startsWith('cme:') ? 'CME-Regel' : key.startsWith('protocolExcluded:') ? 'Protokoll-Auswahl' : undefined);
  return label ?? t.sync.report.aSetting;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countPhrases(counts: Readonly<Partial<Record<ChangeCount, number>>>, keys: readonly ChangeCount[]): string[] {
  return keys.filter((key) => (counts[key] ?? 0) > 0).map((key) => t.sync.report.counts[key](counts[key]!));
}

/** What one author changed in one scope, in words. */
export function authorPhrase(author: Pick<AuthorChanges, 'notes' | 'counts' | 'fields'>, scope: 'meeting' | 'circle' | 'case'): string {
  const words = t.sync.report;
  const added = [
    ...countPhrases(author.counts, ['caseAdded']),
    ...author.notes.filter((n) => n.characters > 0 || n.paragraphs > 0)
      .map((n) => (n.paragraphs > 0 ? words.paragraphs(n.paragraphs, noteName(n), n.characters) : words.characters(noteName(n), n.characters))),
    ...countPhrases(author.counts, ADDED.filter((key) => key !== 'caseAdded')),
  ];
  const changed = [
    ...author.notes.filter((n) => n.deletedCharacters > 0).map((n) => words.deleted(noteName(n), n.deletedCharacters)),
    ...countPhrases(author.counts, CHANGED),
  ];
  const fields = author.fields.length > 0 ? [words.changed(capitalize(list([...new Set(author.fields.map((key) => fieldLabel(scope, key)))])))] : [];
  return [added.join(', '), changed.join(', '), fields.join('')].filter(Boolean).join('; ');
}

/** Who: the own laptop as „Sie“, an unknown author (before authorship was recorded) as „Ohne Namen“. */
export function whoLabel(author: { readonly deviceId: string | null; readonly name: string }, ownDeviceId: string | undefined): string {
  if (author.deviceId === null) return t.sync.report.unnamed;
  if (author.deviceId === ownDeviceId) return t.sync.report.you;
  return author.name || t.sync.report.unnamed;
}

/** A sync-log line's counts in words („2 Absätze (+184 Zeichen), 3 Hypothesen; Thema geändert“), or „nichts Neues“. */
export function summaryPhrase(summary: LogSummary, scope: 'meeting' | 'circle'): string {
  const words = t.sync.report;
  const added = [
    ...(summary.paragraphs > 0 ? [`${summary.paragraphs === 1 ? '1 Absatz' : `${summary.paragraphs} Absätze`} (+${summary.characters} Zeichen)`]
      : summary.characters > 0 ? [`+${summary.characters} Zeichen`] : []),
    ...countPhrases(summary.counts, ADDED),
  ];
  const changed = [
    ...(summary.deletedCharacters > 0 ? [`${summary.deletedCharacters} Zeichen gelöscht`] : []),
    ...countPhrases(summary.counts, CHANGED),
  ];
  const fields = summary.fields.length > 0 ? [words.changed(capitalize(list([...new Set(summary.fields.map((key) => fieldLabel(scope, key)))])))] : [];
  const conflicts = summary.conflicts > 0 ? [`${summary.conflicts === 1 ? '1 Angabe' : `${summary.conflicts} Angaben`} von beiden geändert`] : [];
  return [added.join(', '), changed.join(', '), ...fields, ...conflicts].filter(Boolean).join('; ') || t.sync.nothingNew;
}

/** Where a conflict's field is, e.g. „Ort der Sitzung „Herbstsitzung““. */
export function conflictWhere(conflict: Conflict, docTitle: string): string {
  const where = t.sync.conflicts.where;
  const field = capitalize(fieldLabel(conflict.scope, conflict.key));
  switch (conflict.scope) {
    case 'meeting': return where.meeting(field, docTitle);
    case 'circle': return where.circle(field, docTitle);
    case 'case': return where.case(field, conflict.caseTitle ?? '');
    case 'item': return where.item(field, conflict.entity ?? '', conflict.caseTitle ?? '');
    case 'strategy': return where.strategy(field, conflict.entity ?? '', conflict.caseTitle ?? '');
    case 'person': return where.person(field, conflict.entity ?? '');
    case 'offer': return where.offer(field, conflict.entity ?? '');
    default: return where.other(field, docTitle);
  }
}

const DATE_KEYS = new Set(['date', 'due', 'nextMeetingDate']);
const SYSTEM_KEYS = new Set(['system', 'responsibleSystem']);
const PERSON_KEYS = new Set(['presenter', 'timekeeper', 'minuteTaker']);

/** A field's value as the report quotes it („Familienzentrum Süd“, „15.12.2026“, „Gesundheitswesen“). */
export function valueLabel(key: string, value: ScalarValue | undefined, display?: string): string {
  const values = t.sync.report.values;
  if (display) return `„${display}“`;
  if (value === undefined || value === null || value === '') return values.empty;
  if (typeof value === 'boolean') return value ? values.yes : values.no;
  if (typeof value === 'string') {
    if (DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `„${formatDate(value)}“`;
    if (SYSTEM_KEYS.has(key)) return `„${values.system[value] ?? value}“`;
    if (key === 'status') return `„${values.status[value] ?? value}“`;
    if (PERSON_KEYS.has(key)) return values.someone;
    if (key === 'offerId') return values.offer;
    return `„${value}“`;
  }
  if (typeof value === 'number') return `„${value.toLocaleString('de-DE')}“`;
  return `„${JSON.stringify(value)}“`;
}

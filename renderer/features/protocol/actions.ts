/**
 * What the protocol page does with a meeting: print the documents, save Markdown and JSON, import a
 * meeting from JSON. Plain async functions over the platform seam and the repository; the page
 * passes the export gate in, so nothing leaves the app unchecked.
 */
import type * as Y from 'yjs';
import { newId, registerMeeting, type CircleId, type MeetingId } from '../../../shared/doc';
import { importMeeting, parseMeetingExport, type MeetingExport, type ParseError } from '../../../shared/doc/export';
import {
  renderAttendanceListHtml, renderCertificatesHtml, renderProtocolHtml, renderProtocolMarkdown,
  type AttendanceListOptions, type CertificateOptions, type DocumentAssets, type ProtocolOptions,
} from '../../../shared/protocol';
import { projectDoc } from '../../data/projection';
import type { Repository } from '../../data/repository';
import type { ExportTarget } from '../anonymize/exportGate';
import { platform } from '../../platform';
import { t } from '../../i18n/de';

export type DocumentKind = 'protocol' | 'attendance' | 'certificates';

export interface DocumentOptions {
  readonly protocol: ProtocolOptions;
  readonly certificates: CertificateOptions;
  readonly attendance: AttendanceListOptions;
}

export function renderDocument(kind: DocumentKind, data: MeetingExport, options: DocumentOptions, assets: DocumentAssets): string {
  if (kind === 'protocol') return renderProtocolHtml(data, options.protocol, assets);
  if (kind === 'attendance') return renderAttendanceListHtml(data, options.attendance, assets);
  return renderCertificatesHtml(data, options.certificates, assets);
}

/** "Protokoll 2026-11-24 Herbstsitzung.pdf": a plain file name every system accepts. */
export function fileName(prefix: string, data: MeetingExport, extension: string): string {
  const base = [prefix, data.meeting.date, data.meeting.title].filter(Boolean).join(' ')
    .replace(/[/\\<>:"|?*\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 150).replace(/[. ]+$/, '');
  return `${base || prefix}.${extension}`;
}

export type Outcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'printDialog' }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'imported'; readonly meetingId: MeetingId; readonly title: string }
  | { readonly kind: 'error'; readonly message: string };

export type Gate = (target: ExportTarget) => Promise<boolean>;

const target = (data: MeetingExport, kind: ExportTarget['kind']): ExportTarget => ({ meetingId: data.meeting.id, circleId: data.meeting.circleId, kind });

/**
 * Prints a document to PDF. The protocol carries case content and passes the export gate first;
 * the attendance list and the certificates carry names on purpose and no case content.
 */
export async function printDocument(kind: DocumentKind, data: MeetingExport, options: DocumentOptions, assets: DocumentAssets, gate: Gate): Promise<Outcome> {
  if (kind === 'protocol' && !(await gate(target(data, 'pdf')))) return { kind: 'refused' };
  const html = renderDocument(kind, data, options, assets);
  const result = await platform.printPdf({ html, suggestedName: fileName(t.protocol.fileNames[kind], data, 'pdf') });
  if (result.canceled) return { kind: 'canceled' };
  return 'printDialog' in result ? { kind: 'printDialog' } : { kind: 'saved', fileName: result.fileName };
}

export async function saveMarkdown(data: MeetingExport, options: ProtocolOptions, gate: Gate): Promise<Outcome> {
  if (!(await gate(target(data, 'markdown')))) return { kind: 'refused' };
  const bytes = new TextEncoder().encode(renderProtocolMarkdown(data, options));
  return saved(await platform.saveFile(fileName(t.protocol.fileNames.protocol, data, 'md'), bytes, 'markdown'));
}

export async function saveJson(data: MeetingExport, gate: Gate): Promise<Outcome> {
  if (!(await gate(target(data, 'json')))) return { kind: 'refused' };
  const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2) + '\n');
  return saved(await platform.saveFile(fileName(t.protocol.fileNames.meeting, data, 'json'), bytes, 'json'));
}

const saved = (result: Awaited<ReturnType<typeof platform.saveFile>>): Outcome =>
  (result.canceled ? { kind: 'canceled' } : { kind: 'saved', fileName: result.fileName });

/**
 * Imports a meeting from a JSON export as a NEW meeting (fresh id) of the given circle: the file may
 * come from a meeting that still exists here or on the co-moderator's laptop, and two docs under one
 * id would merge into nonsense. Nothing is written unless the whole file is valid.
 */
export async function importJson(repository: Repository, circleDoc: Y.Doc, circleId: CircleId): Promise<Outcome> {
  const opened = await platform.openFile('json');
  if (opened.canceled) return { kind: 'canceled' };
  const parsed = parseMeetingExport(new TextDecoder().decode(opened.bytes));
  if (!parsed.ok) return { kind: 'error', message: t.protocol.importErrors[parsed.error satisfies ParseError] };
  const id = newId<MeetingId>();
  const handle = await repository.docs.load('meeting', id);
  try {
    importMeeting(handle.doc, parsed.value.meeting, { id, circleId });
    await projectDoc(repository.db, handle.doc);
  } finally {
    await repository.docs.release(handle);
  }
  registerMeeting(circleDoc, id);
  return { kind: 'imported', meetingId: id, title: parsed.value.meeting.title };
}

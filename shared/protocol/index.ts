/**
 * shared/protocol: a meeting export (shared/doc/export.ts) → self-contained HTML documents for
 * Chromium to print (protocol, attendance list, certificates) and the protocol as Markdown.
 * Pure: no DOM, no I/O; fonts come in as data: URLs (see fonts.ts).
 */
export { renderProtocolHtml } from './protocolHtml';
export { renderAttendanceListHtml, renderCertificatesHtml, certificateRecipients, type AttendanceListOptions, type CertificateOptions } from './attendanceHtml';
export { renderProtocolMarkdown } from './markdown';
export { protocolModel, type ProtocolOptions, type ProtocolModel } from './model';
export { protocolContents, type ProtocolContents, type PhaseRef } from './contents';
export { cmePoints, cmeText, meetingCme, type CmeResult } from './cme';
export { compareBySurname, moderatorNames, nameParts, ownProfession, sortBySurname } from './names';
export { FONT_FILES, FONT_FAMILY, embedFonts, base64, type EmbeddedFont, type FontFile } from './fonts';
export type { DocumentAssets } from './page';
export { escapeHtml, cssString } from './escape';
export { richHtml, isRichEmpty } from './richHtml';
export { richMarkdown, escapeMarkdown } from './richMarkdown';
export { minutesBetween, dateLong, dateShort } from './format';

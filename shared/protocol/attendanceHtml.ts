/**
 * The attendance list (Teilnehmerliste) for the Ärztekammer / KV, and the certificates of
 * attendance (Teilnahmebescheinigungen), one page each. Names appear here, never in the protocol.
 * Both list the people by surname, titles ignored (names.ts).
 */
import { DEFAULT_CME_RULE, type AttendeeSnapshot, type CmeRule } from '../doc';
import { DEFAULT_BLANK_ROWS } from '../doc/attendanceSettings';
import { type MeetingExport } from '../doc/export';
import { cmeText, meetingCme, type CmeResult } from './cme';
import { escapeHtml } from './escape';
import { dateInSentence, dateLong, dateShort, timeRange } from './format';
import { de } from './labels';
import { moderatorNames, ownProfession, sortBySurname } from './names';
import { documentHtml, type DocumentAssets } from './page';

export interface AttendanceListOptions {
  /** Blank rows after the participants, for late arrivals (the circle's setting; default 3). */
  readonly blankRows?: number;
}

export interface CertificateOptions {
  /** 'withoutEfn': only people without an EFN (physicians' points go to the chamber by EFN). */
  readonly who: 'all' | 'withoutEfn';
}

const LIST_CSS = `
table.list{font-size:9.5pt;table-layout:fixed}
table.list td{height:10.5mm;vertical-align:middle}
table.list .nr{width:6mm}
table.list .name{width:19%}
table.list .profession{width:24%}
table.list .system{width:7%}
table.list .efn{width:15.5%;white-space:nowrap;font-variant-numeric:tabular-nums}
table.list td.signature{border-left:.6pt solid #c8c6bf}
table.list tr.blank td.nr{color:#4f5661}
.confirm{margin-top:2em;break-inside:avoid}
`;

const CERTIFICATE_CSS = `
.certificate{break-after:page;page-break-after:always;padding-top:18mm}
.certificate:last-child{break-after:auto;page-break-after:auto}
.certificate h1{font-size:24pt;margin-bottom:.2em}
.certificate .statement{margin:1.6em 0 1.4em;font-size:12pt;line-height:1.6}
.certificate .who{font-size:17pt;font-weight:600}
.certificate dl.meta{font-size:11pt;gap:.35em 1.4em}
.signatures{margin-top:22mm}
@media screen{.certificate{border-bottom:1px dashed #a9a7a0;padding-bottom:12mm;margin-bottom:12mm}}
`;

interface Basics {
  readonly circleName: string;
  readonly cmeRule: CmeRule;
  readonly cme: CmeResult;
  readonly meta: readonly { readonly label: string; readonly value: string }[];
}

function basics(data: MeetingExport): Basics {
  const { meeting, circle } = data;
  const cmeRule = circle?.cmeRule ?? DEFAULT_CME_RULE;
  const cme = meetingCme(meeting, cmeRule);
  const meta = [
    { label: de.meta.circle, value: [circle?.name, circle?.region && `(${circle.region})`].filter(Boolean).join(' ') },
    { label: de.meta.meeting, value: meeting.title },
    { label: de.meta.vnr, value: meeting.vnr || de.notEntered },
    { label: de.meta.date, value: dateLong(meeting.date) },
    { label: de.meta.time, value: timeRange(meeting.startTime, meeting.endTime) },
    { label: de.meta.place, value: meeting.place },
    { label: de.meta.topic, value: meeting.topic },
    { label: de.meta.moderators, value: meeting.moderators },
    { label: de.meta.cme, value: cmeText(cme, cmeRule) },
  ].filter((row) => row.value);
  return { circleName: circle?.name ?? '', cmeRule, cme, meta };
}

/**
 * Signature lines with the moderators' printed names under them (from the meeting's „Moderation“
 * field); at least `min` lines, unnamed ones for names the field does not give.
 */
function signaturesHtml(moderators: string, caption: string, min: number): string {
  const names = moderatorNames(moderators);
  const lines = Array.from({ length: Math.max(min, names.length) }, (_, i) => names[i] ?? '');
  return lines.map((name) =>
    `<span class="sign-line">${name ? `<span class="sign-name">${escapeHtml(name)}</span>` : ''}${escapeHtml(caption)}</span>`).join('');
}

const metaHtml = (rows: Basics['meta']) =>
  `<dl class="meta">${rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('')}</dl>`;

export function renderAttendanceListHtml(data: MeetingExport, options: AttendanceListOptions, assets: DocumentAssets): string {
  const { meeting } = data;
  const b = basics(data);
  const l = de.list;
  const people = sortBySurname(meeting.attendance);
  const blankRows = Math.max(0, Math.floor(options.blankRows ?? DEFAULT_BLANK_ROWS));
  const rows = people.map((person, i) =>
    `<tr><td class="nr">${i + 1}</td><td>${escapeHtml(person.name)}</td><td>${escapeHtml(person.profession)}</td>` +
    `<td>${escapeHtml(de.systemsShort[person.system])}</td><td class="efn">${escapeHtml(person.efn)}</td><td class="signature"></td></tr>`).join('') +
    Array.from({ length: blankRows }, (_, i) =>
      `<tr class="blank"><td class="nr">${people.length + i + 1}</td><td></td><td></td><td></td><td class="efn"></td><td class="signature"></td></tr>`).join('');
  const notes = [l.systemNote, blankRows > 0 ? l.blankRowsNote(blankRows) : ''].filter(Boolean).join(' · ');
  const bodyHtml = `<header><p class="kicker">${escapeHtml(de.circleKind)}</p><h1>${escapeHtml(de.attendanceList)}</h1></header>` +
    metaHtml(b.meta) +
    (people.length === 0 ? `<p>${escapeHtml(l.none)}</p>` : '') +
    (people.length + blankRows === 0 ? '' :
      `<table class="list"><thead><tr><th class="nr">${l.number}</th><th class="name">${l.name}</th><th class="profession">${l.profession}</th><th class="system">${l.system}</th><th class="efn">${l.efn}</th><th class="signature">${l.signature}</th></tr></thead><tbody>${rows}</tbody></table><p class="muted">${escapeHtml(notes)}</p>`) +
    `<section class="confirm"><p>${escapeHtml(l.confirm)}</p>${signaturesHtml(meeting.moderators, l.signatureLine, 2)}</section>`;
  return documentHtml({
    title: `${de.attendanceList} – ${meeting.title}`,
    frame: {
      headerLeft: b.circleName,
      headerRight: [meeting.title, dateShort(meeting.date)].filter(Boolean).join(', '),
      footerLeft: [de.attendanceList, meeting.vnr && `VNR ${meeting.vnr}`].filter(Boolean).join(' · '),
      pageNumbers: true,
    },
    bodyClass: 'attendance-list',
    bodyHtml,
    css: LIST_CSS,
  }, assets);
}

/** The people who get a certificate, in the list's order (by surname). */
export function certificateRecipients(data: MeetingExport, options: CertificateOptions): readonly AttendeeSnapshot[] {
  return sortBySurname(data.meeting.attendance.filter((person) => options.who === 'all' || !person.efn));
}

/** Physicians' points reach the chamber through their EFN: it is printed for people of the health system. */
const efnOnCertificate = (person: AttendeeSnapshot) => (person.system === 'health' ? person.efn : '');

export function renderCertificatesHtml(data: MeetingExport, options: CertificateOptions, assets: DocumentAssets): string {
  const { meeting } = data;
  const b = basics(data);
  const c = de.certificates;
  const people = certificateRecipients(data, options);
  const points = b.cme.minutes === undefined ? '' : `${cmeText(b.cme, b.cmeRule)}${meeting.vnr ? '' : ` – ${c.pointsPending}`}`;
  const rowsOf = (person: AttendeeSnapshot) => [
    { label: de.meta.time, value: timeRange(meeting.startTime, meeting.endTime) },
    { label: de.meta.place, value: meeting.place },
    { label: de.meta.topic, value: meeting.topic },
    { label: de.meta.method, value: meeting.methodName },
    { label: c.points, value: points || de.cme.noDuration },
    { label: de.meta.vnr, value: meeting.vnr },
    { label: c.efn, value: efnOnCertificate(person) },
    { label: de.meta.moderators, value: meeting.moderators },
  ].filter((row) => row.value);
  const attended = c.attended(dateInSentence(meeting.date), meeting.title, b.circleName);
  const pages = people.map((person) => {
    const profession = ownProfession(person.profession);
    return `<section class="certificate"><p class="kicker">${escapeHtml(de.circleKind)}</p><h1>${escapeHtml(de.certificate)}</h1>` +
      `<p class="muted">${escapeHtml(b.circleName)}</p>` +
      // The space after the name is set in the name's size, so text extraction keeps it before „(“.
      `<p class="statement">${escapeHtml(c.intro)} <span class="who">${escapeHtml(person.name)} </span>` +
      `${profession ? `(${escapeHtml(profession)}) ` : ''}${escapeHtml(attended)}</p>${metaHtml(rowsOf(person))}` +
      `<div class="signatures"><div><span class="sign-line">${escapeHtml(c.placeDate)}</span></div>${signaturesHtml(meeting.moderators, c.signature, 1)}</div></section>`;
  });
  return documentHtml({
    title: `${de.certificate} – ${meeting.title}`,
    frame: { headerLeft: '', headerRight: '', footerLeft: '', pageNumbers: false },
    bodyClass: 'certificates',
    bodyHtml: pages.length > 0 ? pages.join('\n') : `<p>${escapeHtml(options.who === 'all' ? de.list.none : c.none)}</p>`,
    css: CERTIFICATE_CSS,
  }, assets);
}

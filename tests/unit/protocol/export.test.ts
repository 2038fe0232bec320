/** The meeting as versioned JSON: export → file → import gives the same meeting, as a new meeting. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, caseStatement, createDoc, dismissalsSnapshot, dismissFinding, itemsSnapshot, meetingSnapshot, newId, phaseNotes, phaseNotesText, type CircleId, type MeetingId } from '../../../shared/doc';
import { composeMeetingExport, exportMeetingDoc, importMeeting, parseMeetingExport, richDocOf, MEETING_EXPORT_VERSION, type MeetingExport } from '../../../shared/doc/export';
import { renderProtocolHtml, renderProtocolMarkdown } from '../../../shared/protocol';
import { meetingFindings } from '../../../renderer/features/anonymize/check';
import { cloneDoc } from '../../factories/docs';
import { protocolAssets, realisticExport } from '../../factories/protocol';

const data = realisticExport();
const file = JSON.stringify(data satisfies MeetingExport, null, 2);

function parseOk(text: string): MeetingExport {
  const parsed = parseMeetingExport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function importFile(text: string, circleId = data.meeting.circleId as CircleId) {
  const parsed = parseMeetingExport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = createDoc();
  const id = importMeeting(doc, parsed.value.meeting, { id: newId<MeetingId>(), circleId });
  return { doc, id, parsed: parsed.value };
}

describe('export → JSON file → import', () => {
  it('gives the same snapshot, under a new meeting id', () => {
    const { doc, id } = importFile(file);
    expect(id).not.toBe(data.meeting.id);
    const again = exportMeetingDoc(doc);
    expect(again).toEqual({ ...data.meeting, id });
    expect(JSON.parse(JSON.stringify(again))).toEqual(again); // plain JSON through and through
    // Exported again, the file says the same (the circle part comes from the circle doc, linked by meeting id).
    const { source: _source, ...original } = data;
    const reExported = composeMeetingExport(again, parseOk(file).circle, new Date(data.exportedAt));
    expect(reExported).toEqual({ ...original, meeting: { ...original.meeting, id } });
  });

  it('keeps rich text exactly: headings, lists, marks', () => {
    const { doc } = importFile(file);
    const [caseId] = data.source.caseIds;
    const phase = data.meeting.phases[1]!;
    expect(richDocOf(phaseNotes(doc, caseId!, phase.id))).toEqual(data.meeting.cases[0]!.notes[phase.id]);
    expect(richDocOf(phaseNotes(doc, caseId!, phase.id)).content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'bulletList', 'paragraph']);
    expect(phaseNotesText(doc, caseId!, phase.id)).toBe(phaseNotesText(data.source.meeting.doc, caseId!, phase.id));
  });

  it('prints the same protocol and Markdown as the original (with the circle part of the file)', () => {
    const { doc, parsed } = importFile(file);
    const again = composeMeetingExport(exportMeetingDoc(doc), parsed.circle, new Date(data.exportedAt));
    const assets = protocolAssets();
    expect(renderProtocolHtml(again, {}, assets)).toBe(renderProtocolHtml(data, {}, assets));
    expect(renderProtocolMarkdown(again)).toBe(renderProtocolMarkdown(data));
  });

  it('imports in one transaction with the import origin, into a doc the commands work on', () => {
    const parsed = parseMeetingExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = createDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    importMeeting(doc, parsed.value.meeting, { id: newId<MeetingId>(), circleId: 'c' as CircleId });
    expect(origins).toEqual(['tandem:import']);
    const caseId = meetingSnapshot(doc).cases[1]!.id;
    addItem(doc, caseId, 'idea', 'Nachgetragene Idee');
    expect(itemsSnapshot(doc, caseId).at(-1)?.text).toBe('Nachgetragene Idee');
    expect(caseStatement(doc, caseId)).toBeInstanceOf(Y.XmlFragment);
    // A second laptop receiving the imported doc sees the same meeting.
    expect(exportMeetingDoc(cloneDoc(doc))).toEqual(exportMeetingDoc(doc));
  });

  it('refuses to import into a doc that already holds something', () => {
    const parsed = parseMeetingExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(() => importMeeting(data.source.meeting.doc, parsed.value.meeting, { id: newId<MeetingId>(), circleId: 'c' as CircleId })).toThrow(/empty doc/);
  });
});

describe('reviewed findings ("Kein Identifikator") in the file', () => {
  it('go with the meeting: the imported meeting is not flagged again for what was reviewed', () => {
    const source = realisticExport().source;
    const found = meetingFindings(source.meeting.doc, source.circle.doc);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) dismissFinding(source.meeting.doc, finding, 'Dr. Anna Beispiel', new Date('2026-05-04T12:00:00Z'));
    expect(meetingFindings(source.meeting.doc, source.circle.doc)).toEqual([]);

    const exported = exportMeetingDoc(source.meeting.doc);
    expect(exported.dismissals.length).toBe(new Set(found.map((f) => f.dismissalKey)).size);
    const { doc } = importFile(JSON.stringify(composeMeetingExport(exported, null)));
    expect(meetingFindings(doc, source.circle.doc)).toEqual([]);
    expect(dismissalsSnapshot(doc)).toEqual(dismissalsSnapshot(source.meeting.doc));
  });

  it('never carry a text that is no longer in the meeting', () => {
    const { source } = realisticExport();
    dismissFinding(source.meeting.doc, { kind: 'name', text: 'Frau Sonnenschein' }, 'Dr. Anna Beispiel');
    expect(dismissalsSnapshot(source.meeting.doc).map((d) => d.text)).toContain('Frau Sonnenschein');
    expect(JSON.stringify(exportMeetingDoc(source.meeting.doc))).not.toContain('Sonnenschein');
  });

  it('are read as none from a file written before they were exported', () => {
    const { dismissals: _d, ...older } = data.meeting;
    const parsed = parseMeetingExport(JSON.stringify({ ...data, meeting: older }));
    expect(parsed.ok && parsed.value.meeting.dismissals).toEqual([]);
    expect(parseMeetingExport(JSON.stringify({ ...data, meeting: { ...older, dismissals: [{ text: 'x', kind: 'alien', by: '', at: '' }] } }))).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('reading a file', () => {
  const withMeeting = (patch: Record<string, unknown>) => JSON.stringify({ ...data, meeting: { ...data.meeting, ...patch } });

  it('says what is wrong and accepts nothing half-valid', () => {
    expect(parseMeetingExport('{ kaputt')).toEqual({ ok: false, error: 'not-json' });
    expect(parseMeetingExport('{"format":"something-else","version":1}')).toEqual({ ok: false, error: 'not-tandem' });
    expect(parseMeetingExport(JSON.stringify({ ...data, version: MEETING_EXPORT_VERSION + 1 }))).toEqual({ ok: false, error: 'newer-version', detail: String(MEETING_EXPORT_VERSION + 1) });
    expect(parseMeetingExport(withMeeting({ attendance: [{ id: 'p', name: 'X', system: 'mars' }] }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseMeetingExport(withMeeting({ cases: [{ ...data.meeting.cases[0], notes: { x: { type: 'doc', content: [{ type: '<script>' }] } } }] }))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('reads a file of the same version without the optional meeting fields, and drops a damaged circle part', () => {
    const { moderators: _m, nextMeetingDate: _n, vnr: _v, ...older } = data.meeting;
    const parsed = parseMeetingExport(JSON.stringify({ ...data, meeting: older, circle: { name: 42 } }));
    expect(parsed.ok && parsed.value.meeting.vnr).toBe('');
    expect(parsed.ok && parsed.value.circle).toBeNull();
  });

  it('keeps the circle part (CME rule, offers, follow-ups) for the protocol of the file', () => {
    const parsed = parseMeetingExport(file);
    expect(parsed.ok && parsed.value.circle).toEqual(data.circle);
  });

  it('carries the offers with target group, contact, phone and web, and reads them as empty from a file written before', () => {
    const schreiambulanz = data.circle!.offers.find((o) => o.name === 'Schreiambulanz der Kinderklinik')!;
    expect(schreiambulanz).toMatchObject({
      targetGroup: 'Eltern von Säuglingen bis 12 Monate', contact: 'Ambulanzsekretariat der Kinderklinik', phone: '0721 98765-40', web: 'https://www.example.org/schreiambulanz/',
    });
    expect(parseOk(file).circle!.offers).toEqual(data.circle!.offers);
    const older = data.circle!.offers.map(({ targetGroup: _t, contact: _c, phone: _p, web: _w, ...offer }) => offer);
    const parsed = parseOk(JSON.stringify({ ...data, circle: { ...data.circle, offers: older } }));
    expect(parsed.circle!.offers).toEqual(older.map((offer) => ({ ...offer, targetGroup: '', contact: '', phone: '', web: '' })));
    // The protocol of the older file prints the offers as names only, as before.
    expect(renderProtocolMarkdown(parsed)).not.toContain('Angebote zu den Strategien');
  });
});

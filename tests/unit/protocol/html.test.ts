/** The printed documents as HTML: self-contained, escaped, rich text kept, options honoured. */
import { describe, expect, it } from 'vitest';
import { addCase, addItem, addOffer, addStrategy, addToRoster, caseStatement, checkIn, meetingSnapshot, phaseNotes, rosterSnapshot, setCaseQuestion, setMeetingFields, type ParticipantFields } from '../../../shared/doc';
import { exportMeeting, type MeetingExport } from '../../../shared/doc/export';
import {
  certificateRecipients, embedFonts, renderAttendanceListHtml, renderCertificatesHtml, renderProtocolHtml, type DocumentAssets,
} from '../../../shared/protocol';
import { makeCircle, makeMeeting } from '../../factories/docs';
import { PARTICIPANTS, PRIVATE_NOTE, protocolAssets, realisticExport, writeRich } from '../../factories/protocol';

const assets = protocolAssets();
const data = realisticExport();
const all = (d: MeetingExport, a: DocumentAssets = assets) => [
  renderProtocolHtml(d, {}, a), renderProtocolHtml(d, { short: true }, a), renderAttendanceListHtml(d, {}, a),
  renderCertificatesHtml(d, { who: 'all' }, a),
];

/** The match with some context, so that a failure does not print the whole document. */
function found(html: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(html);
  return m ? html.slice(Math.max(0, m.index - 60), m.index + 60) : undefined;
}

/** The text a reader sees in a piece of HTML: tags dropped (table cells apart), entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html.replace(/<\/t[dh]>/g, ' ').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** Every URL the document refers to: src/href attributes and CSS url(). */
function references(html: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  const attributes = tags.flatMap((tag) => [...tag.matchAll(/\s(?:src|href|srcset|action|data|poster)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!));
  const styles = (html.match(/<style>[\s\S]*?<\/style>/g) ?? []).join('');
  return [...attributes, ...[...styles.matchAll(/url\(\s*["']?([^"')\s]+)/gi)].map((m) => m[1]!)];
}

describe('the documents are self-contained', () => {
  it('have no script, no remote address and refer to nothing but data: URLs', () => {
    for (const html of all(data)) {
      expect(found(html, /<script/i)).toBeUndefined();
      expect(found(html, /https?:\/\//i)).toBeUndefined();
      expect(found(html, /\bon[a-z]+\s*=/i)).toBeUndefined();
      const refs = references(html);
      expect(refs.length).toBeGreaterThan(0); // the fonts
      for (const ref of refs) expect(ref).toMatch(/^data:font\/woff2;base64,/);
    }
  });

  it('are German, hyphenated, A4, with running header, footer and "Seite X von Y" in page margin boxes', () => {
    const html = renderProtocolHtml(data, {}, assets);
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('hyphens:auto');
    expect(html).toMatch(/@page\{size:A4;/);
    expect(html).toContain('@top-left{content:"IQZ Frühe Hilfen Karlsruhe-Süd"');
    expect(html).toContain('@top-right{content:"4. Sitzung 2026: Erschöpfung rund um die Geburt, 24.11.2026"');
    expect(html).toContain('@bottom-left{content:"Vertraulich – anonymisierte Falldarstellung"');
    expect(html).toContain('@bottom-right{content:"Seite " counter(page) " von " counter(pages)');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
  });

  it('embed each font file as one @font-face, preloaded in the head, and refuse a font that is not a data: URL', () => {
    const html = renderProtocolHtml(data, {}, assets);
    expect(html.match(/@font-face/g)).toHaveLength(8);
    // The print waits for the load event: every face is preloaded (same data: URL), so none is still
    // loading when the print layout draws its text (tests/e2e/protocol.test.ts prints it).
    const head = html.slice(0, html.indexOf('</head>'));
    const preloaded = [...head.matchAll(/<link rel="preload" as="font" type="font\/woff2" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    const faces = [...html.matchAll(/@font-face\{[^}]*src:url\(([^)]+)\)/g)].map((m) => m[1]);
    expect(preloaded).toEqual(faces);
    expect(new Set(preloaded).size).toBe(8);
    expect(head.indexOf('<link rel="preload"')).toBeLessThan(head.indexOf('<style>'));
    const remote = { fonts: [{ ...assets.fonts[0]!, dataUrl: 'https://example.org/font.woff2' }] };
    expect(() => renderProtocolHtml(data, {}, remote)).toThrow(/data: URL/);
    expect(embedFonts(() => new Uint8Array([1, 2, 3, 4]))[0]!.dataUrl).toBe('data:font/woff2;base64,AQIDBA==');
  });
});

describe('user text is escaped', () => {
  it('in the body, in attributes and in the page margin boxes', () => {
    const circle = makeCircle({ name: 'IQZ "Süd" </style><script>alert(1)</script>' });
    const meeting = makeMeeting({ title: 'Sitzung <b>fett</b> & "Zitat"', place: "O'Brien-Haus <img src=x onerror=alert(1)>" }, circle);
    const caseId = addCase(meeting.doc, 'Fall <i>kursiv</i>');
    setCaseQuestion(meeting.doc, caseId, 'Was tun, wenn a < b && c > d?');
    const phase = meetingSnapshot(meeting.doc).phases[1]!;
    writeRich(meeting.doc, phaseNotes(meeting.doc, caseId, phase.id)!, ['<iframe src="https://evil.example"></iframe> **fett**']);
    addItem(meeting.doc, caseId, 'idea', '<a href="http://x">Link</a>');
    addStrategy(meeting.doc, caseId, { measure: 'Maßnahme </td></tr></table>' });
    const offerId = addOffer(circle.doc, { name: 'Angebot <b>', system: 'other', contact: '<img src=x onerror=alert(1)>', targetGroup: 'Eltern & "Kinder"' });
    addStrategy(meeting.doc, caseId, { measure: 'Zum Angebot', offerId });
    const exported = exportMeeting(meeting.doc, circle.doc, new Date('2026-11-24T18:00:00Z'));
    for (const html of all(exported)) {
      expect(found(html, /<script|<iframe|<img|<a |<\/style><script/i)).toBeUndefined();
      for (const ref of references(html)) expect(ref).toMatch(/^data:font\/woff2;base64,/);
    }
    const html = renderProtocolHtml(exported, {}, assets);
    expect(html).toContain('Sitzung &lt;b&gt;fett&lt;/b&gt; &amp; &quot;Zitat&quot;');
    expect(html).toContain('Was tun, wenn a &lt; b &amp;&amp; c &gt; d?');
    expect(html).toContain('&lt;iframe src=&quot;https');
    expect(html).toContain('<strong>fett</strong>');
    expect(html).toContain('Maßnahme &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
    expect(html).toContain('<strong>Angebot &lt;b&gt;</strong> – <span class="details">Zielgruppe: Eltern &amp; &quot;Kinder&quot;; Kontakt: &lt;img src=x onerror=alert(1)&gt;</span>');
    // CSS strings: quotes escaped, "<" and ">" as CSS escapes, so the <style> element cannot be closed.
    expect(html).toContain('@top-left{content:"IQZ \\"Süd\\" \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('the protocol', () => {
  const html = renderProtocolHtml(data, {}, assets);

  it('keeps the rich text of the notes: headings, lists and emphasis', () => {
    expect(html).toMatch(/<h6 class="rt-heading">Was die Fallgeberin beobachtet<\/h6>/);
    expect(html).toContain('<ul><li><p>Mutter wirkt zunehmend gereizt');
    expect(html).toContain('<ol><li><p>Gibt es eine Hebammenbetreuung');
    expect(html).toContain('<strong>täglich drei bis fünf Stunden</strong>');
    expect(html).toContain('<em>noch nicht</em>');
    expect(html).toContain('<strong><em>Schreiambulanz</em></strong>');
    expect(html).toContain('<s>keine</s>');
    expect(html).toContain('<blockquote><p>Die Mutter hat Angst');
    expect(html).toContain('„die GROẞE MÜDIGKEIT“');
  });

  it('shows the meeting, the attendance as counts only, the cases, strategies, times and the next meeting', () => {
    for (const text of [
      'Dienstag, 24. November 2026', '15:00–16:30 Uhr', 'Familienzentrum Oststadt, Raum „Weißer Saal“',
      'Schreibabys, Erschöpfung und Übergänge rund um die Geburt', 'Familienfallkonferenz (IQZ)',
      'Dr. Jana Krüger (Kinder- und Jugendärztin) und Tom Berger (ASD)', 'Teilnehmende: 14 Personen',
      'Gesundheitswesen (7)', 'Kinder- und Jugendhilfe (7)', 'Fall 1: Säugling mit Schreiphasen, erschöpfte Mutter',
      'Fall 2: Schwangere mit Suchtvorgeschichte, Geschwisterkind', 'Familienhebamme, Gesundheitswesen',
      'Vereinbarte Handlungsstrategien', 'Familienpatin vermitteln, Erstkontakt gemeinsam mit der Familienhebamme',
      'Familienpatenschaften „Zeit für Familie“ (Hausbesuch)', '05.12.2026', 'Zeit je Phase', '+6 min',
      'Fallverläufe früherer Fälle', 'Zwillinge nach Frühgeburt, Vater überlastet', 'Bericht zum Fallverlauf vorgesehen',
      'Nächste Sitzung', 'Dienstag, 26. Januar 2027',
    ]) expect(html).toContain(text);
    // Names belong on the attendance list only (the moderators are named on purpose).
    for (const person of PARTICIPANTS.filter((p) => !['Dr. Jana Krüger', 'Tom Berger'].includes(p.name))) expect(html).not.toContain(person.name);
    for (const person of PARTICIPANTS) if (person.efn) expect(html).not.toContain(person.efn);
  });

  it('names the linked offers under the strategies, with target group, contact, phone and web (each once, only those that have any)', () => {
    const case1 = html.slice(html.indexOf('Fall 1:'), html.indexOf('Fall 2:', html.indexOf('Fall 1:') + 10));
    const strategies = case1.indexOf('Vereinbarte Handlungsstrategien');
    expect(case1.indexOf('<h4>Angebote zu den Strategien</h4><ul class="offers">')).toBeGreaterThan(strategies);
    expect(case1).toContain('<li><strong>Familienpatenschaften „Zeit für Familie“</strong> (Hausbesuch) – <span class="details">Zielgruppe: Familien mit Kindern bis 3 Jahre; ' +
      'Kontakt: Koordinierungsstelle Frühe Hilfen, Frau Lenz; Telefon: 0721 98765-12; Web: www.example.org/familienpaten</span></li>' +
      '<li><strong>Schreiambulanz der Kinderklinik</strong> (Sprechstunde) – <span class="details">Zielgruppe: Eltern von Säuglingen bis 12 Monate; ' +
      'Kontakt: Ambulanzsekretariat der Kinderklinik; Telefon: 0721 98765-40; Web: www.example.org/schreiambulanz</span></li></ul>');
    // The Elterncafé has none of them: it stays a name in the strategy table.
    expect(textOf(case1)).toContain('Elterncafé Oststadt (Gruppe) offen');
    expect(case1).not.toContain('<strong>Elterncafé Oststadt</strong>');
    expect(renderProtocolHtml(data, { short: true }, assets)).toContain('Telefon: 0721 98765-40');
  });

  it('groups the captured items by list under the phase that shows them', () => {
    const phase4 = html.slice(html.indexOf('Perspektiven &amp; Hypothesen</h4>'), html.indexOf('Ressourcen &amp; Belastungen</h4>'));
    expect(phase4).toContain('<h5>Hypothesen</h5>');
    expect(phase4).toContain('Angst vor dem Jugendamt verhindert Hilfesuche<span class="tag">KJH</span>');
  });

  it('leaves out the notes of the chosen phases, and nothing else', () => {
    const verstaendnis = data.meeting.phases[2]!;
    expect(html).toContain(PRIVATE_NOTE);
    const without = renderProtocolHtml(data, { excludedPhaseIds: [verstaendnis.id] }, assets);
    expect(without).not.toContain(PRIVATE_NOTE);
    expect(without).not.toContain('Gibt es eine Hebammenbetreuung');
    expect(without).toContain('Mutter wirkt zunehmend gereizt');
    expect(without).toContain('Familienpatin vermitteln');
  });

  it('as a short version shows results only', () => {
    const short = renderProtocolHtml(data, { short: true }, assets);
    expect(short).toContain('Ergebnisprotokoll');
    expect(short).toContain('Wie können wir die Mutter entlasten');
    expect(short).toContain('Ich fühle mich <strong>bestätigt</strong>');
    expect(short).toContain('Familienpatin vermitteln');
    expect(short).not.toContain('Mutter wirkt zunehmend gereizt');
    expect(short).not.toContain('Zeit je Phase');
    expect(short).not.toContain('<h5>Hypothesen</h5>');
  });

  it('says so when there are no cases, no attendance and no next date', () => {
    const empty = makeMeeting();
    const exported = exportMeeting(empty.doc, undefined, new Date('2026-11-24T18:00:00Z'));
    const out = renderProtocolHtml(exported, {}, assets);
    expect(out).toContain('In dieser Sitzung wurde kein Fall beraten.');
    expect(out).toContain('Es ist niemand als anwesend erfasst.');
    expect(out).toContain('Der Termin der nächsten Sitzung steht noch nicht fest.');
  });

  it('follows the doc: a statement typed later appears', () => {
    const { meeting, caseIds, circle, exportedAt } = data.source;
    writeRich(meeting.doc, caseStatement(meeting.doc, caseIds[1]!)!, ['Nachtrag: *alles* geklärt.']);
    const again = renderProtocolHtml(exportMeeting(meeting.doc, circle.doc, exportedAt), {}, assets);
    expect(again).toContain('Nachtrag: <em>alles</em> geklärt.');
  });
});

describe('tables keep their sum rows with their last rows', () => {
  const html = renderProtocolHtml(data, {}, assets);

  it('the time per phase: the last two phases and „Summe“ share a body that does not break, and no footer repeats', () => {
    expect(html).not.toContain('<tfoot');
    expect(html).toContain('tbody.keep{break-inside:avoid;');
    const tables = [...html.matchAll(/<table class="time">([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const keep = /<tbody class="keep">([\s\S]*?)<\/tbody>/.exec(table)![1]!;
      expect(keep.match(/<tr/g)).toHaveLength(3);
      expect(textOf(keep)).toMatch(/^Handlungsstrategien vereinbaren .*Abschluss & Transfer .*Summe /);
      expect(table.indexOf('<tbody class="keep">')).toBeGreaterThan(table.indexOf('Ankommen &amp; Rollen'));
    }
  });

  it('the attendance counts: the last system and „Gesamt“ share a body that does not break', () => {
    const table = /<table class="attendance">([\s\S]*?)<\/table>/.exec(html)![1]!;
    const keep = /<tbody class="keep">([\s\S]*?)<\/tbody>/.exec(table)![1]!;
    expect(textOf(keep)).toMatch(/^Kinder- und Jugendhilfe \(7\) .* Gesamt 14$/);
    expect(table.match(/<tbody/g)).toHaveLength(2);
  });
});

describe('„Andere“ for the third system, as in the app', () => {
  it('in the attendance counts, the attendance list and the strategies', () => {
    const circle = makeCircle();
    const meeting = makeMeeting({}, circle);
    addToRoster(circle.doc, { name: 'Petra Lang', profession: 'Jobcenter', system: 'other', efn: '' });
    for (const person of rosterSnapshot(circle.doc)) checkIn(meeting.doc, person);
    const caseId = addCase(meeting.doc, 'Fall');
    addStrategy(meeting.doc, caseId, { measure: 'Termin im Jobcenter', responsibleSystem: 'other', responsibleProfession: 'Jobcenter' });
    addItem(meeting.doc, caseId, 'idea', 'Beratung zum Bürgergeld', 'other');
    const exported = exportMeeting(meeting.doc, circle.doc, new Date('2026-11-24T18:00:00Z'));
    const protocol = renderProtocolHtml(exported, {}, assets);
    expect(protocol).toContain('Andere (1)');
    expect(protocol).toContain('Andere: Jobcenter');
    expect(protocol).toContain('Beratung zum Bürgergeld<span class="tag">Andere</span>');
    expect(renderAttendanceListHtml(exported, {}, assets)).toContain('<td>Petra Lang</td><td>Jobcenter</td><td>Andere</td>');
    for (const html of all(exported)) expect(html).not.toMatch(/weitere|Weitere Bereiche/);
  });
});

describe('the attendance list', () => {
  const html = renderAttendanceListHtml(data, {}, assets);
  const names = (doc: string) => [...doc.matchAll(/<tr><td class="nr">\d+<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  it('lists every participant with profession, system and EFN, and the CME line', () => {
    for (const person of PARTICIPANTS) {
      expect(html).toContain(`<td>${person.name}</td><td>${person.profession}</td>`);
      if (person.efn) expect(html).toContain(`<td class="efn">${person.efn}</td>`);
    }
    expect(html).toContain('2760602026112400017');
    expect(html).toContain('<dt>Fortbildungspunkte</dt><dd>3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (90 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit</dd>');
  });

  it('is sorted by surname, titles ignored', () => {
    expect(names(html)).toEqual([
      'Sören Bäumler', 'Tom Berger', 'Luise Däubler', 'Friederike Groß', 'Björn Köhler', 'Dr. Jana Krüger', 'Dipl.-Päd. Grete Maß',
      'Łucja Nowak-Müller', 'Prof. Dr. med. Mehmet Öztürk', 'Aylin Şahin', 'Zoë Schäfer', 'Jürgen Straßer', 'Dr. Änne Weißgerber', 'Ömer Yılmaz',
    ]);
  });

  it('has numbered blank rows for late arrivals: 3 by default, as many as the circle sets', () => {
    const blank = (doc: string) => [...doc.matchAll(/<tr class="blank"><td class="nr">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(blank(html)).toEqual([15, 16, 17]);
    expect(html.match(/<td class="signature"><\/td>/g)).toHaveLength(17);
    expect(html).toContain('Die 3 leeren Zeilen sind für später Eintreffende.');
    expect(blank(renderAttendanceListHtml(data, { blankRows: 5 }, assets))).toEqual([15, 16, 17, 18, 19]);
    const none = renderAttendanceListHtml(data, { blankRows: 0 }, assets);
    expect(blank(none)).toEqual([]);
    expect(none).not.toContain('leeren Zeile');
    // Nobody checked in yet: the list on paper, with its blank rows.
    const empty = renderAttendanceListHtml(exportMeeting(makeMeeting().doc, undefined), {}, assets);
    expect(empty).toContain('Es ist niemand als anwesend erfasst.');
    expect(blank(empty)).toEqual([1, 2, 3]);
  });

  it("prints the moderators' names under their signature lines", () => {
    const confirm = html.slice(html.indexOf('<section class="confirm">'));
    expect(confirm).toContain('<span class="sign-line"><span class="sign-name">Dr. Jana Krüger</span>Datum, Unterschrift</span>' +
      '<span class="sign-line"><span class="sign-name">Tom Berger</span>Datum, Unterschrift</span>');
    const { meeting, circle, exportedAt } = data.source;
    setMeetingFields(meeting.doc, { moderators: '' });
    try {
      const unnamed = renderAttendanceListHtml(exportMeeting(meeting.doc, circle.doc, exportedAt), {}, assets);
      expect(unnamed.match(/<span class="sign-line">Datum, Unterschrift<\/span>/g)).toHaveLength(2);
    } finally {
      setMeetingFields(meeting.doc, { moderators: 'Dr. Jana Krüger (Kinder- und Jugendärztin) und Tom Berger (ASD)' });
    }
  });
});

describe('the certificates', () => {
  const certificates = (d: MeetingExport, who: 'all' | 'withoutEfn' = 'all') =>
    [...renderCertificatesHtml(d, { who }, assets).matchAll(/<section class="certificate">([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
  const statements = (d: MeetingExport, who: 'all' | 'withoutEfn' = 'all') =>
    certificates(d, who).map((c) => textOf(/<p class="statement">([\s\S]*?)<\/p>/.exec(c)![1]!));

  it('say in one sentence who took part in which session, with the profession in the own form', () => {
    const all = statements(data);
    const meetingPart = 'am 24. November 2026 an der Sitzung „4. Sitzung 2026: Erschöpfung rund um die Geburt“ des Qualitätszirkels „IQZ Frühe Hilfen Karlsruhe-Süd“ teilgenommen hat.';
    expect(all).toContain(`Hiermit wird bestätigt, dass Dr. Jana Krüger (Kinder- und Jugendärztin) ${meetingPart}`);
    expect(all).toContain(`Hiermit wird bestätigt, dass Prof. Dr. med. Mehmet Öztürk (Frauenarzt) ${meetingPart}`);
    expect(all).toContain(`Hiermit wird bestätigt, dass Zoë Schäfer (Fachkraft Frühe Hilfen (Netzwerkkoordination)) ${meetingPart}`);
    // The list's generic forms say nothing about the person: left out, never a placeholder.
    expect(all).toContain(`Hiermit wird bestätigt, dass Sören Bäumler ${meetingPart}`);
    expect(all).toContain(`Hiermit wird bestätigt, dass Friederike Groß ${meetingPart}`);
    for (const text of all) expect(text).not.toMatch(/\/-|Entbindungspfleger|nicht angegeben|\bhat an der/);
  });

  it('carry the EFN of people of the health system who have one', () => {
    const byName = new Map(certificates(data).map((c) => [textOf(/<span class="who">([^<]*)<\/span>/.exec(c)![1]!), c]));
    for (const person of PARTICIPANTS) {
      const certificate = byName.get(person.name)!;
      if (person.efn && person.system === 'health') expect(certificate).toContain(`<dt>Einheitliche Fortbildungsnummer (EFN)</dt><dd>${person.efn}</dd>`);
      else expect(certificate).not.toContain('EFN');
    }
    // An EFN given for someone outside the health system is not printed (it is a physician's number).
    const circle = makeCircle();
    const meeting = makeMeeting({}, circle);
    const person: ParticipantFields = { name: 'Eva Roth', profession: 'Sozialarbeiterin', system: 'youthWelfare', efn: '276011111111111' };
    addToRoster(circle.doc, person);
    for (const p of rosterSnapshot(circle.doc)) checkIn(meeting.doc, p);
    expect(certificates(exportMeeting(meeting.doc, circle.doc))[0]).not.toContain('276011111111111');
  });

  it('give one certificate per person, by surname, by default for those without an EFN', () => {
    const withoutEfn = certificateRecipients(data, { who: 'withoutEfn' });
    expect(withoutEfn.map((p) => p.name)).toEqual([
      'Tom Berger', 'Luise Däubler', 'Friederike Groß', 'Björn Köhler', 'Dipl.-Päd. Grete Maß', 'Łucja Nowak-Müller', 'Aylin Şahin',
      'Zoë Schäfer', 'Jürgen Straßer', 'Ömer Yılmaz',
    ]);
    expect(certificates(data, 'withoutEfn')).toHaveLength(withoutEfn.length);
    expect(renderCertificatesHtml(data, { who: 'withoutEfn' }, assets)).not.toContain('<span class="who">Dr. Jana Krüger ');
    expect(certificates(data)).toHaveLength(14);
  });

  it("show the CME line and the moderators' names under their signature lines", () => {
    const first = certificates(data)[0]!;
    expect(first).toContain('<dt>Fortbildungspunkte</dt><dd>3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (90 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit</dd>');
    expect(first).toContain('<div><span class="sign-line">Ort, Datum</span></div><span class="sign-line"><span class="sign-name">Dr. Jana Krüger</span>Unterschrift Moderation</span>' +
      '<span class="sign-line"><span class="sign-name">Tom Berger</span>Unterschrift Moderation</span>');
  });

  it('mark the points as pending while no VNR is entered', () => {
    const { meeting, circle, exportedAt } = data.source;
    setMeetingFields(meeting.doc, { vnr: '' });
    try {
      const html = renderCertificatesHtml(exportMeeting(meeting.doc, circle.doc, exportedAt), { who: 'withoutEfn' }, assets);
      expect(html).toContain('+ 1 Zusatzpunkt für die Qualitätszirkelarbeit – sofern die Ärztekammer die Sitzung anerkannt hat');
    } finally {
      setMeetingFields(meeting.doc, { vnr: '2760602026112400017' });
    }
  });
});

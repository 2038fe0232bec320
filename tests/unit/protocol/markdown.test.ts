/** The protocol as Markdown: the same content as the PDF, with rich text kept and user text escaped. */
import { describe, expect, it } from 'vitest';
import { addCase, addStrategy, meetingSnapshot, phaseNotes } from '../../../shared/doc';
import { exportMeeting } from '../../../shared/doc/export';
import { escapeMarkdown, renderProtocolMarkdown } from '../../../shared/protocol';
import { makeMeeting } from '../../factories/docs';
import { PRIVATE_NOTE, realisticExport, writeRich } from '../../factories/protocol';

const data = realisticExport();
const md = renderProtocolMarkdown(data);

describe('the protocol as Markdown', () => {
  it('has the headings, the meeting data and the attendance counts', () => {
    expect(md.startsWith('# Protokoll: 4\\. Sitzung 2026: Erschöpfung rund um die Geburt\n\n*Vertraulich – anonymisierte Falldarstellung*')).toBe(true);
    expect(md).toContain('- **Datum:** Dienstag, 24. November 2026');
    expect(md).toContain('## Teilnehmende: 14 Personen');
    expect(md).toContain('- **Gesundheitswesen (7):** Familien-Gesundheits- und Kinderkrankenpflege 1,');
    expect(md).toContain('## Fall 1: Säugling mit Schreiphasen, erschöpfte Mutter');
    expect(md).toContain('#### 2. Fallvorstellung');
    expect(md).toContain('## Nächste Sitzung\n\nDienstag, 26. Januar 2027\n');
  });

  it('keeps rich text: headings, lists and emphasis', () => {
    expect(md).toContain('###### Was die Fallgeberin beobachtet');
    expect(md).toContain('- Mutter wirkt zunehmend gereizt, einmal Äußerung „Ich halte das nicht mehr aus“\n- Wohnung aufgeräumt, Versorgung des Kindes **zuverlässig**');
    expect(md).toContain('1. Gibt es eine Hebammenbetreuung über die Familienhebamme hinaus? – Nein.\n2. Wie ist');
    expect(md).toContain('schreit **täglich drei bis fünf Stunden**, vor allem abends');
    expect(md).toContain('***Schreiambulanz***');
    expect(md).toContain('~~keine~~ *eine*');
    expect(md).toContain('> Die Mutter hat Angst, als „schlechte Mutter“ zu gelten');
  });

  it('has the strategies and the times as tables', () => {
    expect(md).toContain('| Nr. | Maßnahme | Verantwortlich | bis | Angebot | Stand |\n|---:|---|---|---|---|---|\n| 1 | Familienpatin vermitteln, Erstkontakt gemeinsam mit der Familienhebamme | Kinder- und Jugendhilfe: Fachkraft Frühe Hilfen (Netzwerkkoordination) | 05.12.2026 | Familienpatenschaften „Zeit für Familie“ (Hausbesuch) | offen |');
    expect(md).toContain('| **Summe** | 85 min | 91 min | +6 min |');
  });

  it('names the linked offers with how to reach them under the strategies, like the PDF', () => {
    expect(md).toContain('#### Angebote zu den Strategien\n\n- **Familienpatenschaften „Zeit für Familie“** (Hausbesuch) – Zielgruppe: Familien mit Kindern bis 3 Jahre; ' +
      'Kontakt: Koordinierungsstelle Frühe Hilfen, Frau Lenz; Telefon: 0721 98765-12; Web: www.example.org/familienpaten\n- **Schreiambulanz der Kinderklinik**');
    expect(md).not.toContain('**Elterncafé Oststadt**');
  });

  it('honours the options like the PDF', () => {
    expect(md).toContain(PRIVATE_NOTE);
    expect(renderProtocolMarkdown(data, { excludedPhaseIds: [data.meeting.phases[2]!.id] })).not.toContain(PRIVATE_NOTE);
    const short = renderProtocolMarkdown(data, { short: true });
    expect(short).toContain('# Ergebnisprotokoll');
    expect(short).not.toContain('Zeit je Phase');
    expect(short).toContain('Familienpatin vermitteln');
  });

  it('escapes what Markdown would read as syntax', () => {
    expect(escapeMarkdown('*nicht fett* und _nicht kursiv_ [kein](Link) <b>')).toBe('\\*nicht fett\\* und \\_nicht kursiv\\_ \\[kein\\](Link) \\<b\\>');
    expect(escapeMarkdown('# keine Überschrift\n- keine Liste\n1. keine Nummer\n---\n-5 Grad, 05.12.2026')).toBe('\\# keine Überschrift\n\\- keine Liste\n1\\. keine Nummer\n\\---\n-5 Grad, 05.12.2026');
    const { doc } = makeMeeting({ title: 'Sitzung | mit *Sternen*' });
    const caseId = addCase(doc, 'Fall');
    addStrategy(doc, caseId, { measure: 'A | B' });
    writeRich(doc, phaseNotes(doc, caseId, meetingSnapshot(doc).phases[1]!.id)!, ['**fett ** und `a*b`']);
    const out = renderProtocolMarkdown(exportMeeting(doc, undefined));
    expect(out).toContain('# Protokoll: Sitzung \\| mit \\*Sternen\\*');
    expect(out).toContain('| 1 | A \\| B |');
    expect(out).toContain('**fett**  und `a*b`');
  });
});

/** German strings of the protocol feature (part of the catalog in ../de.ts). */
import type { PhaseRef, ProtocolContents } from '../../../shared/protocol';

const TANDEM_NOTES = 'die Notizen „Nur für das Tandem“';
const phaseList = (phases: readonly PhaseRef[]) => {
  const names = phases.map((p) => `${p.number}. ${p.title}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names.at(-1)}`;
};
const strategies = (n: number) => (n === 0 ? 'Handlungsstrategien (noch keine)' : n === 1 ? '1 Handlungsstrategie' : `${n} Handlungsstrategien`);

/** „Enthalten: … Nicht enthalten: …“ above the preview, from what the protocol prints with the chosen options. */
function contentsSummary(c: ProtocolContents): string {
  if (c.cases === 0) return `Enthalten: Angaben zur Sitzung und Anwesenheit – noch kein Fall. Nicht enthalten: ${TANDEM_NOTES}.`;
  if (c.short) {
    return `Enthalten (Kurzfassung): Fragestellung, Stellungnahme, ${strategies(c.strategies)}, Fallverläufe. ` +
      `Nicht enthalten: Protokollnotizen, Sammellisten, Zeit je Phase und ${TANDEM_NOTES}.`;
  }
  const left = c.excludedPhases.length;
  const notes = left === 0 ? `Protokollnotizen aller ${c.phases} Phasen` : left < c.phases ? `Protokollnotizen von ${c.phases - left} der ${c.phases} Phasen` : '';
  const included = [notes, 'Fragestellung', 'Stellungnahme', 'Sammellisten', strategies(c.strategies), 'Fallverläufe', 'Zeit je Phase'].filter(Boolean);
  const excluded = left === 0 ? '' : left === c.phases ? `die Protokollnotizen aller ${c.phases} Phasen, ` : `die Protokollnotizen der Phase${left === 1 ? '' : 'n'} ${phaseList(c.excludedPhases)}, `;
  return `Enthalten: ${included.join(', ')}. Nicht enthalten: ${excluded}${TANDEM_NOTES}.`;
}

export const protocol = {
  button: 'Protokoll & Export',
  title: 'Protokoll & Export',
  subtitle: (title: string, date: string) => [title, date].filter(Boolean).join(' · '),
  backToMeeting: 'Zur Sitzung',
  loading: 'Protokoll wird vorbereitet …',
  noCircle: 'Der Qualitätszirkel dieser Sitzung ist auf diesem Gerät nicht vorhanden: ohne seinen Namen, seine Angebote und seine CME-Regel.',

  details: 'Angaben für Protokoll und Teilnehmerliste',
  moderators: 'Moderation',
  moderatorsHint: 'Wie im Protokoll genannt, z. B. „Dr. Jana Krüger und Tom Berger“.',
  moderatorsFromProfiles: (names: string) => `Aus den Profilen übernehmen: ${names}`,
  vnr: 'Veranstaltungsnummer (VNR)',
  vnrHint: 'Von der Ärztekammer für die Sitzung vergeben; steht auf Teilnehmerliste und Bescheinigungen.',
  nextMeeting: 'Nächste Sitzung',

  options: 'Protokoll',
  short: 'Kurzfassung (nur Ergebnisse)',
  shortHint: 'Fragestellung, Stellungnahme, Handlungsstrategien und Fallverläufe – ohne Notizen, Einträge und Zeiten.',
  excludePhases: 'Protokollnotizen dieser Phasen weglassen',
  excludePhasesHint: 'Die Notizen „Für das Protokoll“ der gewählten Phasen fehlen in PDF und Markdown; Einträge und Ergebnisse bleiben. Gilt für beide Moderierenden (mit dem nächsten Tandem-Paket). Die Notizen „Nur für das Tandem“ sind nie im Protokoll.',
  certificates: 'Teilnahmebescheinigungen',
  certificatesWithoutEfn: 'Nur für Teilnehmende ohne EFN',
  certificatesAll: 'Für alle Teilnehmenden',
  certificatesCount: (n: number) => (n === 1 ? '1 Bescheinigung' : `${n} Bescheinigungen`),

  attendanceList: 'Teilnehmerliste',
  blankRows: 'Leerzeilen für später Eintreffende',
  blankRowsHint: 'Am Ende der Liste, zum Eintragen von Hand. Gilt für alle Sitzungen des Qualitätszirkels (0 bis 30).',

  cme: 'CME-Regel des Qualitätszirkels',
  cmeIntro: 'Kategorie C der Fortbildungsordnung (Qualitätszirkel): 1 Punkt je Fortbildungseinheit von 45 Minuten, 1 Zusatzpunkt je angefangene 4 Stunden, höchstens 2. Passen Sie die Zahlen an die Regel Ihrer Ärztekammer an.',
  cmeMinutesPerUnit: 'Minuten je Fortbildungseinheit',
  cmePointsPerUnit: 'Punkte je Einheit',
  cmeExtraPoints: 'Zusatzpunkte je Block',
  cmeExtraBlockMinutes: 'Blocklänge in Minuten',
  cmeMaxExtraPoints: 'Höchstens Zusatzpunkte je Sitzung',
  cmeCategory: 'Kategorie',
  /** The CME line as the documents print it (shared/protocol cmeText). */
  cmeSummary: (line: string) => `Diese Sitzung: ${line}`,
  cmeNoTimes: 'Für die Punkte fehlen Beginn und Ende der Sitzung.',

  actions: 'Ausgeben',
  protocolPdf: 'Protokoll als PDF',
  attendancePdf: 'Teilnehmerliste als PDF',
  certificatesPdf: 'Teilnahmebescheinigungen als PDF',
  markdown: 'Protokoll als Markdown',
  exportJson: 'Sitzung als JSON exportieren',
  importJson: 'Sitzung aus JSON importieren',
  importHint: 'Legt die Sitzung aus der Datei als neue Sitzung in diesem Qualitätszirkel an.',

  preview: 'Vorschau',
  contentsSummary,
  previewKinds: { protocol: 'Protokoll', attendance: 'Teilnehmerliste', certificates: 'Teilnahmebescheinigungen' },
  previewFrame: (kind: string) => `Vorschau: ${kind}`,

  fileNames: {
    protocol: 'Protokoll',
    attendance: 'Teilnehmerliste',
    certificates: 'Teilnahmebescheinigungen',
    meeting: 'Sitzung',
  },
  saved: (fileName: string) => `Gespeichert: „${fileName}“.`,
  printDialog: 'Der Druckdialog ist geöffnet. Wählen Sie dort „Als PDF speichern“.',
  canceled: 'Abgebrochen – es wurde nichts gespeichert.',
  gateRefused: 'Nicht exportiert: Die Anonymisierungsprüfung wurde nicht abgeschlossen.',
  failed: (message: string) => `Das hat nicht geklappt: ${message}`,
  imported: (title: string) => `Die Sitzung „${title}“ wurde als neue Sitzung angelegt.`,
  openImported: (title: string) => `Sitzung „${title}“ öffnen`,
  importErrors: {
    'not-json': 'Die Datei ist keine JSON-Datei.',
    'not-tandem': 'Die Datei ist kein Sitzungsexport von Tandem.',
    'newer-version': 'Die Datei stammt aus einer neueren Version von Tandem. Bitte aktualisieren Sie Tandem.',
    invalid: 'Die Datei ist beschädigt oder unvollständig. Es wurde nichts angelegt.',
  },
} as const;

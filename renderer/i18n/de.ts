/**
 * The German UI catalog. Every user-visible string lives here, so English can follow
 * (a second catalog with the same shape: `satisfies Catalog`). Each feature keeps its strings in
 * its own file under de/, composed here.
 */
import { anonymize } from './de/anonymize';
import { circleAdmin } from './de/circleAdmin';
import { deletion } from './de/deletion';
import { live } from './de/live';
import { protocol } from './de/protocol';
import { retention } from './de/retention';
import { sync } from './de/sync';

export const de = {
  live,
  circleAdmin,
  sync,
  protocol,
  anonymize,
  deletion,
  retention,
  app: {
    name: 'Tandem',
    tagline: 'Moderation für Qualitätszirkel Frühe Hilfen',
    mainNav: 'Hauptnavigation',
    home: 'Qualitätszirkel',
    loading: 'Wird geladen …',
    notFound: 'Nicht gefunden.',
    back: 'Zurück',
  },
  save: {
    saved: 'Gespeichert',
    saving: 'Speichert …',
    error: 'Speichern gestört – wird erneut versucht',
    label: 'Speicherstatus',
  },
  common: {
    cancel: 'Abbrechen',
    save: 'Speichern',
    create: 'Anlegen',
    close: 'Schließen',
    edit: 'Bearbeiten',
    remove: 'Entfernen',
    required: 'Bitte ausfüllen.',
  },
  profile: {
    title: 'Willkommen bei Tandem',
    intro: 'Tandem unterstützt das Moderationstandem eines Interprofessionellen Qualitätszirkels Frühe Hilfen: Sitzungen leiten, Fälle anonym festhalten, Notizen zusammenführen, Protokolle erstellen. Alles bleibt auf diesem Gerät.',
    name: 'Ihr Name',
    role: 'Ihre Rolle im Tandem',
    physician: 'Ärztin / Arzt',
    youthWelfare: 'Fachkraft Kinder- und Jugendhilfe',
    submit: 'Profil speichern',
    signedInAs: (name: string, role: string) => `${name} (${role})`,
  },
  circles: {
    title: 'Qualitätszirkel',
    empty: 'Noch kein Qualitätszirkel angelegt.',
    create: 'Qualitätszirkel anlegen',
    name: 'Name des Qualitätszirkels',
    region: 'Region',
    meetings: (n: number) => (n === 1 ? '1 Sitzung' : `${n} Sitzungen`),
    list: 'Liste der Qualitätszirkel',
  },
  circleTabs: {
    label: 'Bereiche des Qualitätszirkels',
    meetings: 'Sitzungen',
    roster: 'Teilnehmende',
    offers: 'Angebote',
    templates: 'Ablauf',
    strategies: 'Offene Strategien',
    settings: 'Einstellungen',
  },
  meetingTabs: {
    label: 'Bereiche der Sitzung',
    cases: 'Fälle',
    attendance: 'Anwesenheit',
    followups: 'Fallverläufe',
  },
  meetings: {
    title: 'Sitzungen',
    empty: 'Noch keine Sitzung angelegt.',
    noMatch: 'Keine Sitzung passt zur Suche.',
    create: 'Sitzung anlegen',
    edit: 'Sitzung bearbeiten',
    search: 'Sitzungen durchsuchen',
    searchPlaceholder: 'Titel, Thema, Ort oder Fall …',
    table: 'Sitzungen des Qualitätszirkels',
    date: 'Datum',
    titleField: 'Titel',
    status: 'Status',
    startTime: 'Beginn',
    endTime: 'Ende',
    place: 'Ort',
    topic: 'Thema',
    method: 'Ablauf',
    methodOption: (name: string, phases: number, minutes: number) => `${name} (${phases} Phasen, ${minutes} Min.)`,
    cases: 'Fälle',
    open: (title: string) => `Sitzung „${title}“ öffnen`,
    statuses: { planned: 'geplant', running: 'läuft', done: 'durchgeführt' },
    endBeforeStart: 'Das Ende muss nach dem Beginn liegen.',
  },
  meeting: {
    cases: 'Fälle',
    noCases: 'Noch kein Fall. Legen Sie den ersten Fall der Familienfallkonferenz an.',
    addCase: 'Fall hinzufügen',
    caseTitle: 'Arbeitstitel des Falls (anonym)',
    caseTitleHint: 'Kein Name, kein Geburtsdatum – z. B. „Säugling, Schreiphasen“.',
    renameCase: 'Fall umbenennen',
    removeCase: 'Fall entfernen',
    phases: 'Phasen',
    notes: (phase: string) => `Für das Protokoll: ${phase}`,
    tandemNote: (phase: string) => `Nur für das Tandem: ${phase}`,
    notesHint: 'Für das Protokoll: erscheint im Protokoll und im Export.',
    tandemNoteHint: 'Nur für das Tandem: erscheint nie im Protokoll, in keinem Export und nicht auf dem Projektor. Ihre Co-Moderation erhält sie mit dem Tandem-Paket.',
    minutes: (n: number) => `${n} Min.`,
    guidingQuestions: 'Leitfragen',
    selectCase: (title: string) => `Fall „${title}“ öffnen`,
    details: 'Sitzungsdaten',
  },
  /** Date and time fields (renderer/components/DateTimeField.tsx): German whatever the computer's locale. */
  dateTime: {
    datePlaceholder: 'TT.MM.JJJJ',
    timePlaceholder: 'HH:MM',
    invalidDate: (text: string) => `„${text}“ ist kein gültiges Datum. Bitte so eingeben: 24.11.2026`,
    invalidTime: (text: string) => `„${text}“ ist keine gültige Uhrzeit. Bitte so eingeben: 18:00`,
  },
  editor: {
    toolbar: 'Formatierung',
    bold: 'Fett',
    italic: 'Kursiv',
    heading: 'Überschrift',
    bulletList: 'Aufzählung',
    orderedList: 'Nummerierte Liste',
    /** A toolbar button's name and tooltip, e.g. „Fett (Strg + B)“. */
    withShortcut: (name: string, keys: string) => `${name} (${keys})`,
  },
};

export type Catalog = typeof de;
export const t: Catalog = de;

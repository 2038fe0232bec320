/**
 * The German text of the printed documents (protocol, attendance list, certificates, Markdown).
 * shared/ cannot reach the UI catalog in renderer/i18n, so the documents keep their own; an English
 * catalog of the same shape can follow (`satisfies typeof de`).
 */
import type { CaptureKind, System } from '../doc';

export const de = {
  confidential: 'Vertraulich – anonymisierte Falldarstellung',
  page: 'Seite',
  of: 'von',
  circleKind: 'Interprofessioneller Qualitätszirkel Frühe Hilfen',
  protocol: 'Protokoll',
  protocolShort: 'Ergebnisprotokoll',
  attendanceList: 'Teilnehmerliste',
  certificate: 'Teilnahmebescheinigung',
  meta: {
    circle: 'Qualitätszirkel',
    meeting: 'Sitzung',
    date: 'Datum',
    time: 'Zeit',
    place: 'Ort',
    topic: 'Thema',
    method: 'Ablauf',
    moderators: 'Moderation',
    vnr: 'Veranstaltungsnummer (VNR)',
    cme: 'Fortbildungspunkte',
    nextMeeting: 'Nächste Sitzung',
  },
  notSet: '–',
  notEntered: 'nicht angegeben',
  attendance: {
    title: 'Teilnehmende',
    total: (n: number) => (n === 1 ? '1 Person' : `${n} Personen`),
    system: 'System',
    profession: 'Beruf',
    count: 'Anzahl',
    sum: 'Gesamt',
    none: 'Es ist niemand als anwesend erfasst.',
    namesOnList: 'Namen stehen nur auf der Teilnehmerliste.',
  },
  /** As in the app (renderer/i18n): the third system is „Andere“, long and short. */
  systems: { health: 'Gesundheitswesen', youthWelfare: 'Kinder- und Jugendhilfe', other: 'Andere' } satisfies Record<System, string>,
  systemsShort: { health: 'GW', youthWelfare: 'KJH', other: 'Andere' } satisfies Record<System, string>,
  cases: {
    overview: 'Fälle dieser Sitzung',
    none: 'In dieser Sitzung wurde kein Fall beraten.',
    heading: (n: number, title: string) => `Fall ${n}: ${title}`,
    presenter: 'Fallgeber:in',
    question: 'Fragestellung',
    course: 'Verlauf der Fallberatung',
    otherItems: 'Weitere Einträge',
    statement: 'Stellungnahme der Fallgeberin / des Fallgebers',
    noStatement: 'Keine Stellungnahme festgehalten.',
    strategies: 'Vereinbarte Handlungsstrategien',
    noStrategies: 'Keine Handlungsstrategien vereinbart.',
    followUps: 'Fallverlauf',
    followUpPlanned: (created: string) => `Bericht zum Fallverlauf vorgesehen (angelegt am ${created})`,
    time: 'Zeit je Phase',
  },
  items: { hypothesis: 'Hypothesen', resource: 'Ressourcen', stressor: 'Belastungen', idea: 'Lösungsideen' } satisfies Record<CaptureKind, string>,
  strategy: {
    number: 'Nr.',
    measure: 'Maßnahme',
    responsible: 'Verantwortlich',
    due: 'bis',
    offer: 'Angebot',
    status: 'Stand',
    open: 'offen',
    done: 'erledigt',
  },
  /** The offers the strategies link to, with how to reach them (under the strategies). */
  offers: {
    title: 'Angebote zu den Strategien',
    targetGroup: 'Zielgruppe',
    contact: 'Kontakt',
    phone: 'Telefon',
    web: 'Web',
  },
  time: {
    phase: 'Phase',
    planned: 'geplant',
    used: 'genutzt',
    difference: 'Abweichung',
    total: 'Summe',
    notTracked: 'Die Zeit wurde für diesen Fall nicht erfasst.',
    minutes: (n: number) => `${n} min`,
  },
  agendaFollowUps: {
    title: 'Fallverläufe früherer Fälle',
    from: (title: string, date: string) => `aus der Sitzung „${title}“${date ? ` vom ${date}` : ''}`,
    empty: 'Kein Bericht festgehalten.',
  },
  next: {
    title: 'Nächste Sitzung',
    none: 'Der Termin der nächsten Sitzung steht noch nicht fest.',
  },
  list: {
    number: 'Nr.',
    name: 'Name',
    profession: 'Beruf',
    system: 'System',
    systemNote: 'GW = Gesundheitswesen, KJH = Kinder- und Jugendhilfe',
    efn: 'EFN',
    signature: 'Unterschrift',
    none: 'Es ist niemand als anwesend erfasst.',
    blankRowsNote: (n: number) => (n === 1 ? 'Die leere Zeile ist für später Eintreffende.' : `Die ${n} leeren Zeilen sind für später Eintreffende.`),
    confirm: 'Die Richtigkeit der Angaben bestätigt die Moderation:',
    signatureLine: 'Datum, Unterschrift',
  },
  cme: {
    duration: (minutes: number) => `${formatNumber(minutes)} ${minutes === 1 ? 'Minute' : 'Minuten'}`,
    units: (units: number, minutesPerUnit: number) => `${formatNumber(units)} ${units === 1 ? 'Fortbildungseinheit' : 'Fortbildungseinheiten'} à ${formatNumber(minutesPerUnit)} Minuten`,
    points: (points: number) => `${formatNumber(points)} ${points === 1 ? 'Punkt' : 'Punkte'}`,
    category: (category: string) => `Kategorie ${category}`,
    /** After the units when a unit is not worth 1 point: „zu je 0,5 Punkten (8 Punkte)“. */
    perUnit: (pointsPerUnit: number, unitPoints: number) =>
      `zu je ${formatNumber(pointsPerUnit)} ${pointsPerUnit === 1 ? 'Punkt' : 'Punkten'} (${formatNumber(unitPoints)} ${unitPoints === 1 ? 'Punkt' : 'Punkte'})`,
    extra: (extra: number) => `${formatNumber(extra)} ${extra === 1 ? 'Zusatzpunkt' : 'Zusatzpunkte'} für die Qualitätszirkelarbeit`,
    /** How the extra points come about when the session is longer than one block: „1 je angefangene 4 Stunden, höchstens 2“. */
    extraRule: (perBlock: number, blockMinutes: number, max: number) =>
      `${formatNumber(perBlock)} je angefangene ${blockMinutes % 60 === 0 ? (blockMinutes === 60 ? 'Stunde' : `${blockMinutes / 60} Stunden`) : `${formatNumber(blockMinutes)} Minuten`}, höchstens ${formatNumber(max)}`,
    tooShort: (minutesPerUnit: number) => `weniger als eine Fortbildungseinheit à ${formatNumber(minutesPerUnit)} Minuten`,
    noDuration: 'Beginn und Ende der Sitzung fehlen – keine Punkte berechnet.',
  },
  certificates: {
    intro: 'Hiermit wird bestätigt, dass',
    /** The rest of the sentence after the name (and profession): „… am 24. November 2026 an der Sitzung „…“ des Qualitätszirkels „…“ teilgenommen hat.“ */
    attended: (date: string, title: string, circle: string) =>
      `${date ? `am ${date} ` : ''}an der Sitzung${title ? ` „${title}“` : ''} des Qualitätszirkels${circle ? ` „${circle}“` : ''} teilgenommen hat.`,
    efn: 'Einheitliche Fortbildungsnummer (EFN)',
    points: 'Fortbildungspunkte',
    pointsPending: 'sofern die Ärztekammer die Sitzung anerkannt hat',
    signature: 'Unterschrift Moderation',
    placeDate: 'Ort, Datum',
    none: 'Keine Teilnahmebescheinigungen: niemand ohne EFN ist als anwesend erfasst.',
  },
} as const;

/** German number: decimal comma, at most two decimals. */
export function formatNumber(value: number): string {
  return (Math.round(value * 100) / 100).toString().replace('.', ',');
}

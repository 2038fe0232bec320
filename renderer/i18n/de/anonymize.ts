/** German strings of the anonymize feature (part of the catalog in ../de.ts). */
import type { IdentifierKind } from '../../../shared/anonymize';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const anonymize = {
  kinds: {
    name: 'Name',
    date: 'Datum',
    address: 'Anschrift',
    place: 'Ort',
    contact: 'Kontakt',
    number: 'Kennnummer',
    institution: 'Einrichtung',
    stopList: 'Stoppliste',
  },
  /** The underline's tooltip in a note, e.g. "Möglicher Identifikator (Name): …". */
  underlineTitle: (kind: string, hint: string) => `Möglicher Identifikator (${kind}): ${hint}`,
  fieldFindings: (list: string) => `Mögliche Identifikatoren: ${list}`,

  /** Suggestions besides the placeholder of the kind. */
  suggestions: {
    name: ['die Mutter', 'der Vater', 'das Kind', 'die Tochter', 'der Sohn', 'die Großmutter'],
    date: ['vor einigen Wochen', 'im Frühjahr', 'mit drei Monaten'],
    address: ['in einer Mietwohnung', 'in der Innenstadt'],
    place: ['in einer Kleinstadt', 'im Landkreis'],
    contact: [],
    number: [],
    institution: ['eine Kita', 'die Schule', 'eine Klinik', 'eine Kinderarztpraxis'],
    stopList: [],
  } satisfies Record<IdentifierKind, readonly string[]> as Readonly<Record<IdentifierKind, readonly string[]>>,

  where: {
    meetingTitle: 'Titel der Sitzung',
    meetingTopic: 'Thema der Sitzung',
    caseTitle: 'Titel des Falls',
    question: 'Frage der Fallgeberin / des Fallgebers',
    notes: (n: number, title: string) => `Für das Protokoll, Phase ${n}: ${title}`,
    tandemNote: (n: number, title: string) => `Nur für das Tandem, Phase ${n}: ${title}`,
    statement: 'Stellungnahme',
    item: (kind: string, n: number) => `${kind} ${n}`,
    strategy: (n: number) => `Handlungsstrategie ${n}`,
    strategyProfession: (n: number) => `Handlungsstrategie ${n}, verantwortlicher Beruf`,
    followUp: (caseTitle: string) => `Fallverlauf „${caseTitle}“`,
    followUpTitle: (caseTitle: string) => `Titel des Fallverlaufs „${caseTitle}“`,
    inCase: (caseTitle: string) => `Fall „${caseTitle}“`,
    meeting: 'Sitzung',
    followUps: 'Fallverläufe',
  },

  panel: {
    title: 'Anonymisierung',
    intro: 'Mögliche Identifikatoren in diesem Fall. Ersetzen Sie jeden durch einen Platzhalter – oder markieren Sie ihn als „Kein Identifikator“; das sieht auch die Co-Moderation.',
    none: 'Keine offenen Befunde in diesem Fall.',
    count: (n: number) => count(n, 'offener Befund', 'offene Befunde'),
    off: 'Die Prüfung beim Schreiben ist auf diesem Gerät ausgeschaltet. Vor jedem Export wird trotzdem geprüft.',
    checkNow: 'Jetzt prüfen',
    checkedAt: 'Stand der letzten Prüfung',
    list: 'Befunde',
  },

  finding: {
    replace: 'Ersetzen durch Platzhalter',
    dismiss: 'Kein Identifikator',
    goTo: 'Zur Stelle',
    showAll: (n: number) => `Alle ${n} Befunde anzeigen`,
    replaceWith: (text: string) => `„${text}“ ersetzen durch`,
    replacementHint: 'Platzhalter, Rolle oder ungefähre Angabe',
    apply: 'Ersetzen',
    cancel: 'Abbrechen',
    suggestionsLabel: 'Vorschläge',
    gone: 'Diese Stelle hat sich inzwischen geändert. Die Liste ist aktualisiert.',
    replaced: (text: string, by: string) => `„${text}“ wurde durch „${by}“ ersetzt.`,
    dismissed: (text: string) => `„${text}“ ist als „Kein Identifikator“ markiert.`,
  },

  dismissed: {
    summary: (n: number) => `Als „Kein Identifikator“ markiert (${n})`,
    by: (name: string, date: string) => (name ? `von ${name}, ${date}` : date),
    restore: 'Wieder prüfen',
  },

  gate: {
    title: 'Vor dem Export: Anonymisierung prüfen',
    description: (n: number) => `${count(n, 'möglicher Identifikator ist', 'mögliche Identifikatoren sind')} noch offen. Ersetzen Sie jeden durch einen Platzhalter oder markieren Sie ihn als „Kein Identifikator“ – dann starten Sie den Export noch einmal.`,
    checking: 'Die Sitzung wird geprüft …',
    allDone: 'Alle Befunde sind erledigt. Starten Sie den Export jetzt noch einmal: Er enthält dann die geänderten Notizen.',
    cancel: 'Nicht exportieren',
    done: 'Zurück zum Export',
    missingProvider: 'Die Anonymisierungsprüfung ist nicht bereit.',
  },

  sync: {
    checking: 'Anonymisierung wird geprüft …',
    open: (n: number) => `Achtung: ${count(n, 'möglicher Identifikator ist', 'mögliche Identifikatoren sind')} noch nicht geprüft (weder ersetzt noch als „Kein Identifikator“ markiert). Das Paket enthält die Notizen so, wie sie sind.`,
  },

  settings: {
    title: 'Anonymisierungsprüfung',
    intro: 'Tandem markiert in den Notizen mögliche Namen, Daten, Anschriften, Orte, Kontaktdaten, Kennnummern und Einrichtungen. Die beiden Listen gelten für alle Sitzungen dieses Qualitätszirkels und werden mit dem Tandem-Paket abgeglichen.',
    liveCheck: 'Prüfung beim Schreiben',
    liveCheckHint: 'Unterstreicht mögliche Identifikatoren schon während der Eingabe. Gilt für dieses Gerät. Vor jedem Export wird immer geprüft.',
    stopList: {
      title: 'Stoppliste',
      intro: 'Begriffe, die in diesem Zirkel immer markiert werden: Namen von Stadtteilen, Einrichtungen, Vereinen oder Straßen vor Ort, Spitznamen.',
      input: 'Begriff für die Stoppliste',
      add: 'Zur Stoppliste hinzufügen',
      empty: 'Die Stoppliste ist leer.',
      label: 'Begriffe der Stoppliste',
      remove: (word: string) => `„${word}“ von der Stoppliste entfernen`,
    },
    allowList: {
      title: 'Ausnahmeliste',
      intro: 'Wörter, die nie markiert werden, z. B. „Jugendamt“ oder ein Fachbegriff, der wie ein Name aussieht. Sparsam eintragen: Ein Nachname auf dieser Liste wird auch in anderen Fällen nicht mehr erkannt.',
      input: 'Wort für die Ausnahmeliste',
      add: 'Zur Ausnahmeliste hinzufügen',
      empty: 'Die Ausnahmeliste ist leer.',
      label: 'Wörter der Ausnahmeliste',
      remove: (word: string) => `„${word}“ von der Ausnahmeliste entfernen`,
    },
    added: (word: string) => `„${word}“ hinzugefügt.`,
    removed: (word: string) => `„${word}“ entfernt.`,
    /** In-app help (was „siehe Handbuch“, which led nowhere): the README's „Anonymisierungsprüfung“ in short. */
    help: {
      summary: 'Was die Prüfung findet und was nicht',
      finds: 'Tandem markiert Namen (auch mit Bindestrich, Akzenten und aus Familien mit Zuwanderungsgeschichte), Daten, die eine Person oder ein Ereignis festlegen (nicht aber Alter, Jahreszahlen, Monate, U-Untersuchungen oder Paragrafen), Anschriften, Orte, Kontaktdaten (Telefon, E-Mail, Web), Kennnummern (Versichertennummer, IBAN, Steuer-ID, Aktenzeichen) und Einrichtungen mit Eigennamen („Kita Pusteblume“). Rollen und Einrichtungsarten („die Hebamme“, „das Jugendamt“) sind keine Identifikatoren.',
      misses: 'Nicht zuverlässig gefunden werden ungewöhnliche Namen ohne Hinweis im Satz, Spitznamen, Namen, die zugleich gewöhnliche Wörter sind („Rose geht …“), klein geschriebene Namen („frau yilmaz“), ausgeschriebene Daten („am dritten März“) und vor allem die Wiedererkennung über seltene Umstände (Beruf, Ereignis, Familienkonstellation).',
      lists: 'Was vor Ort immer markiert werden soll (Stadtteile, Vereine, Straßen, Spitznamen), gehört auf die Stoppliste. Ein Wort, das immer wieder fälschlich markiert wird, gehört auf die Ausnahmeliste.',
      export: 'Jeder Export (Protokoll-PDF, Markdown, JSON) prüft zuerst die ganze Sitzung und wartet, bis jeder Befund ersetzt oder als „Kein Identifikator“ markiert ist.',
      responsibility: 'Die Prüfung ist eine Hilfe, keine Garantie: Die Verantwortung für eine anonyme Fallvorstellung bleibt beim Tandem und bei der Fallgeberin / dem Fallgeber.',
    },
  },
};

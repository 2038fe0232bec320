/** German strings of deleting for good and the Papierkorb (part of the catalog in ../de.ts). */
export const deletion = {
  cannotUndo: 'Das lässt sich nicht rückgängig machen.',
  confirm: 'Endgültig löschen',
  deleting: 'Wird gelöscht …',
  failed: 'Das Löschen ist fehlgeschlagen. Bitte versuchen Sie es noch einmal.',

  trash: {
    open: (count: number) => `Papierkorb (${count})`,
    title: 'Papierkorb der Sitzung',
    intro: 'Entfernte Fälle und Einträge sind überall ausgeblendet, werden aber noch gespeichert und im Tandem-Paket mitgeschickt, bis sie endgültig gelöscht sind. Wiederherstellen geht auf beiden Laptops.',
    empty: 'Der Papierkorb ist leer.',
    cases: 'Entfernte Fälle',
    entries: 'Entfernte Einträge',
    restore: 'Wiederherstellen',
    restoreCase: (title: string) => `Fall „${title}“ wiederherstellen`,
    deleteCase: (title: string) => `Fall „${title}“ endgültig löschen`,
    restoreEntry: (text: string) => `„${text}“ wiederherstellen`,
    deleteEntry: (text: string) => `„${text}“ endgültig löschen`,
    entryIn: (caseTitle: string) => `in „${caseTitle}“`,
    emptyTrash: 'Papierkorb leeren',
    confirmCase: (title: string) => `Der Fall „${title}“ wird mit allen Notizen, der Fragestellung, der Stellungnahme, den Sammellisten und den Handlungsstrategien endgültig gelöscht – auf diesem Laptop sofort, auf dem der Co-Moderation mit dem nächsten Tandem-Paket. Auch was dort inzwischen hineingeschrieben wurde, ist dann gelöscht.`,
    confirmEntry: (text: string) => `Der Eintrag „${text}“ wird endgültig gelöscht – hier sofort, bei der Co-Moderation mit dem nächsten Tandem-Paket.`,
    confirmEmpty: (cases: number, entries: number) => `Im Papierkorb liegen ${cases === 1 ? '1 Fall' : `${cases} Fälle`} und ${entries === 1 ? '1 Eintrag' : `${entries} Einträge`}. Alles wird endgültig gelöscht – hier sofort, bei der Co-Moderation mit dem nächsten Tandem-Paket.`,
    itemKinds: { hypothesis: 'Hypothese', resource: 'Ressource', stressor: 'Belastung', idea: 'Lösungsidee' },
    strategy: 'Handlungsstrategie',
    done: 'Endgültig gelöscht.',
    restored: 'Wiederhergestellt.',
  },

  removeCaseConfirm: (title: string) => `Fall „${title}“ aus der Sitzung entfernen? Er kommt in den Papierkorb der Sitzung. Dort lässt er sich wiederherstellen oder endgültig löschen.`,

  meeting: {
    button: 'Sitzung löschen',
    title: (title: string) => `Sitzung „${title}“ endgültig löschen?`,
    what: (date: string, cases: number, attendees: number) => [
      `Gelöscht wird die Sitzung vom ${date} mit ${cases === 1 ? '1 Fall' : `${cases} Fällen`} (alle Notizen, Sammellisten, Handlungsstrategien, der Fallverlauf), der Anwesenheitsliste mit ${attendees === 1 ? '1 Person' : `${attendees} Personen`}, ihren Sicherungen und ihren Einträgen im Abgleich-Verlauf.`,
      'Auf dem Laptop der Co-Moderation wird sie mit dem nächsten Tandem-Paket ebenfalls gelöscht; ein älteres Paket bringt sie nicht zurück.',
      'Protokoll und Teilnehmerliste, die Sie schon als PDF gespeichert oder verschickt haben, bleiben, wo sie sind.',
    ],
  },

  circle: {
    heading: 'Qualitätszirkel löschen',
    button: 'Qualitätszirkel löschen',
    title: (name: string) => `Qualitätszirkel „${name}“ endgültig löschen?`,
    what: (meetings: number) => [
      `Gelöscht werden auf diesem Gerät der Qualitätszirkel mit ${meetings === 1 ? '1 Sitzung' : `${meetings} Sitzungen`}, die Teilnehmendenliste, das Angebotsverzeichnis, die Abläufe, alle Sicherungen und der Abgleich-Verlauf.`,
      'Die Kopie auf dem Laptop der Co-Moderation bleibt bestehen. Ein Tandem-Paket dieses Qualitätszirkels wird hier danach nicht mehr eingelesen.',
    ],
  },

  device: {
    heading: 'Dieses Gerät',
    button: 'Alle Daten auf diesem Gerät löschen',
    title: 'Alle Daten auf diesem Gerät löschen?',
    what: [
      'Gelöscht werden alle Qualitätszirkel, Sitzungen, Fälle und Notizen, die Teilnehmendenlisten, Ihr Profil, die Einstellungen, der Abgleich-Verlauf und alle Sicherungen auf diesem Gerät.',
      'Kopien auf dem Laptop der Co-Moderation und Dateien, die Sie exportiert haben (PDF, Tandem-Pakete), bleiben bestehen.',
      'Tandem startet danach wie beim ersten Mal.',
    ],
  },
};

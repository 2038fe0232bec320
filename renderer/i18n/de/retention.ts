/** German strings of the Aufbewahrung (retention) of case content (part of the catalog in ../de.ts). */

/** "12.03.2027" from an ISO day "2027-03-12" (or from an ISO timestamp, its local day). */
function day(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match) return `${match[3]}.${match[2]}.${match[1]}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

const monthsText = (n: number) => (n === 1 ? '1 Monat' : `${n} Monate`);

const WHAT_GOES = 'Gelöscht werden Notizen, Fragestellung, Stellungnahme, Sammellisten, Handlungsstrategien und Fallverlauf-Notizen; die Arbeitstitel der Fälle heißen danach „Fall 1“, „Fall 2“ … Erhalten bleibt, was KV und Ärztekammer brauchen: Datum, Zeiten, Ort, Thema, Anwesenheit, VNR, CME-Punkte und die Zahl der Fälle.';

export const retention = {
  notices: {
    label: 'Anstehende Löschungen',
    notice: (dueDay: string, meetingDay: string, months: number) =>
      `Am ${day(dueDay)} werden die Fallinhalte der Sitzung vom ${day(meetingDay)} gelöscht (Aufbewahrung ${monthsText(months)}).`,
    noticePostponed: (dueDay: string, meetingDay: string, months: number, postponed: number) =>
      `Am ${day(dueDay)} werden die Fallinhalte der Sitzung vom ${day(meetingDay)} gelöscht (Aufbewahrung ${monthsText(months)}, schon einmal um ${monthsText(postponed)} verschoben; ein weiteres Verschieben ist nicht möglich).`,
    whatGoes: WHAT_GOES,
    postpone: (months: number) => `Um ${monthsText(months)} verschieben`,
    postponeConfirm: (meetingDay: string, newDueDay: string) =>
      `Löschung der Fallinhalte der Sitzung vom ${day(meetingDay)} auf den ${day(newDueDay)} verschieben? Das geht je Sitzung nur einmal.`,
    postponed: (meetingDay: string, newDueDay: string) =>
      `Verschoben: Die Fallinhalte der Sitzung vom ${day(meetingDay)} werden am ${day(newDueDay)} gelöscht. Ein weiteres Verschieben ist nicht möglich.`,
    postponeFailed: 'Die Löschung ließ sich nicht verschieben (schon einmal verschoben oder heute fällig).',
    deleted: (meetingDays: readonly string[]) =>
      meetingDays.length === 1
        ? `Die Fallinhalte der Sitzung vom ${day(meetingDays[0]!)} wurden eben nach der Aufbewahrungsregel gelöscht.`
        : `Die Fallinhalte der Sitzungen vom ${meetingDays.map(day).join(', ')} wurden eben nach der Aufbewahrungsregel gelöscht.`,
    failed: (meetingDays: readonly string[]) =>
      `Die Fallinhalte ${meetingDays.length === 1 ? 'der Sitzung' : 'der Sitzungen'} vom ${meetingDays.map(day).join(', ')} ließen sich nicht prüfen oder löschen. Tandem versucht es beim nächsten Start und beim nächsten Öffnen dieses Qualitätszirkels erneut.`,
  },
  settings: {
    title: 'Aufbewahrung der Fallinhalte',
    intro: `Tandem löscht die Fallinhalte einer Sitzung automatisch eine festgelegte Zahl von Monaten nach der Sitzung: beim Start und wenn dieser Qualitätszirkel geöffnet wird. ${WHAT_GOES} Vier Wochen vorher steht ein Hinweis über den Sitzungen; die Löschung lässt sich je Sitzung einmal um 3 Monate verschieben.`,
    months: 'Fallinhalte löschen nach (Monaten)',
    monthsHint: 'Ganze Monate von 1 bis 120, voreingestellt sind 12. Gilt für beide Moderierenden: Die Einstellung kommt mit dem Tandem-Paket.',
    invalid: 'Bitte eine ganze Zahl von 1 bis 120 eingeben.',
    save: 'Aufbewahrung speichern',
    saved: (months: number) => `Gespeichert: Die Fallinhalte werden ${monthsText(months)} nach der Sitzung gelöscht.`,
    shortenConfirm: (months: number, meetingDays: readonly string[]) =>
      `Aufbewahrung auf ${monthsText(months)} verkürzen? Dann werden sofort die Fallinhalte ${meetingDays.length === 1 ? 'der Sitzung' : 'der Sitzungen'} vom ${meetingDays.map(day).join(', ')} gelöscht. Das lässt sich nicht rückgängig machen.`,
  },
  meeting: {
    deleted: (deletedAt: string) => `Die Fallinhalte dieser Sitzung wurden am ${day(deletedAt)} nach der Aufbewahrungsregel des Qualitätszirkels gelöscht.`,
    kept: 'Erhalten sind Datum, Zeiten, Ort, Thema, Anwesenheit, VNR, CME-Punkte und die Zahl der Fälle; die Fälle heißen jetzt „Fall 1“, „Fall 2“ …',
  },
};

/** German dates, times and durations for the documents (deterministic: no locale data needed). */

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function parseIsoDate(iso: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y, m, d } : undefined;
}

/** "Dienstag, 24. November 2026"; anything that is not an ISO date is returned as it is. */
export function dateLong(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()];
  return `${weekday}, ${date.d}. ${MONTHS[date.m - 1]} ${date.y}`;
}

/** "24. November 2026" (in a sentence: „am 24. November 2026“); anything else as it is. */
export function dateInSentence(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? `${date.d}. ${MONTHS[date.m - 1]} ${date.y}` : iso;
}

/** "24.11.2026". */
export function dateShort(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${String(date.d).padStart(2, '0')}.${String(date.m).padStart(2, '0')}.${date.y}`;
}

/** The calendar date of an ISO timestamp in UTC ("2026-11-24T…" → "24.11.2026"). */
export function dateOfTimestamp(timestamp: string): string {
  return dateShort(timestamp.slice(0, 10));
}

/** "15:00–16:30 Uhr", "ab 15:00 Uhr", or '' when neither is set. */
export function timeRange(start: string, end: string): string {
  if (start && end) return `${start}–${end} Uhr`;
  if (start) return `ab ${start} Uhr`;
  if (end) return `bis ${end} Uhr`;
  return '';
}

/** Minutes between two `HH:MM` times (an end before the start means the meeting ran past midnight). */
export function minutesBetween(start: string, end: string): number | undefined {
  const toMinutes = (time: string) => {
    const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
    if (!match) return undefined;
    const [h, m] = [Number(match[1]), Number(match[2])];
    return h < 24 && m < 60 ? h * 60 + m : undefined;
  };
  const [from, to] = [toMinutes(start), toMinutes(end)];
  if (from === undefined || to === undefined) return undefined;
  return to >= from ? to - from : to + 24 * 60 - from;
}

/** Whole minutes of a duration in ms, rounded to the nearest minute. */
export const wholeMinutes = (ms: number) => Math.round(ms / 60_000);

/** "+3 min", "−2 min", "±0 min". */
export function signedMinutes(minutes: number): string {
  if (minutes === 0) return '±0 min';
  return `${minutes > 0 ? '+' : '−'}${Math.abs(minutes)} min`;
}

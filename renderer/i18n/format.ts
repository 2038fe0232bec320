/** German formatting of stored ISO values. */

const WEEKDAYS = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'] as const;

/**
 * "Fr., 02.01.2026", as `toLocaleDateString('de-DE', { weekday: 'short', … })` writes it, but
 * without Intl: creating a date formatter loads locale data, which cost the start screen ~30 ms.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const weekday = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getDay();
  return `${WEEKDAYS[weekday]}, ${match[3]}.${match[2]}.${match[1]}`;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

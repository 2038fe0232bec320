/**
 * German date and time entry over the stored ISO values (`YYYY-MM-DD`, `HH:MM`): what a date or
 * time field shows, what it accepts, and what it makes of it. Pure functions, no DOM.
 *
 * Rules:
 * - A field shows `24.11.2026` and `18:00`, whatever the computer's locale.
 * - Accepted when the field is left (or Enter): `24.11.2026`, `24.11.26` (= 2026: years 00–99 are
 *   20xx), `1.2.2027`, `24112026`, `241126`, separators `.`, `-` or `/`, and ISO `2026-11-24` (a
 *   pasted value); `18:00`, `18.00`, `9:30`, `1800`, `930`, `18` (= 18:00). Anything else, or a day
 *   that does not exist (31.02.), is invalid: nothing changes.
 * - While typing, only a whole date with a four-digit year (or a whole `H:MM`) counts, so the value
 *   never passes through 2020 on the way to 2026.
 * - Parsing returns `''` for an empty field, `undefined` for invalid input.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Years a date field accepts: a typo like `0226` or `20266` is no date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31.02. rolls over
  return `${year}-${pad(month)}-${pad(day)}`;
}

const fullYear = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/** A typed date → ISO, `''` when empty, `undefined` when it is no date. */
export function parseDateText(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(s);
  if (m) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  return undefined;
}

/** Whether a date being typed is whole (four-digit year, or ISO), so it may count before the field is left. */
export function isWholeDateText(text: string): boolean {
  const s = text.trim();
  return /^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(s) || /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** ISO → `24.11.2026`; `''` stays empty; a stored value that is no ISO date is shown as it is. */
export function formatDateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The day `days` after an ISO date (for ↑/↓ in a date field). */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function hhmm(hours: number, minutes: number): string | undefined {
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** A typed time → `HH:MM`, `''` when empty, `undefined` when it is no time of day. */
export function parseTimeText(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return '';
  let m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (m) return hhmm(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})(\d{2})$/.exec(s);
  if (m) return hhmm(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})$/.exec(s);
  if (m) return hhmm(Number(m[1]), 0);
  return undefined;
}

/** Whether a time being typed is whole (`H:MM` or `HH:MM`). */
export function isWholeTimeText(text: string): boolean {
  return /^\d{1,2}:\d{2}$/.test(text.trim());
}

/** `HH:MM` → `18:00` (a stored `9:30` is shown `09:30`; what is no time is shown as it is). */
export function formatTimeText(value: string): string {
  return parseTimeText(value) || value;
}

/** The time `minutes` after `HH:MM`, around the clock (for ↑/↓ in a time field). */
export function addMinutes(value: string, minutes: number): string {
  const [h, m] = value.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

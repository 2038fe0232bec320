import { describe, expect, it } from 'vitest';
import {
  addDays, addMinutes, formatDateText, formatTimeText, isWholeDateText, isWholeTimeText, parseDateText, parseTimeText,
} from '../../renderer/i18n/dateInput';
import { todayIso } from '../../renderer/i18n/format';

describe('German date entry', () => {
  it('reads what a German user types, tolerant of short forms', () => {
    expect(parseDateText('24.11.2026')).toBe('2026-11-24');
    expect(parseDateText('24.11.26')).toBe('2026-11-24');
    expect(parseDateText('1.2.2027')).toBe('2027-02-01');
    expect(parseDateText('1.2.27')).toBe('2027-02-01');
    expect(parseDateText(' 24.11.2026 ')).toBe('2026-11-24');
    expect(parseDateText('24112026')).toBe('2026-11-24');
    expect(parseDateText('241126')).toBe('2026-11-24');
    expect(parseDateText('24-11-2026')).toBe('2026-11-24');
    expect(parseDateText('24/11/2026')).toBe('2026-11-24');
    expect(parseDateText('2026-11-24')).toBe('2026-11-24'); // pasted ISO
    expect(parseDateText('29.02.2028')).toBe('2028-02-29');
  });

  it('refuses what is no day, and says empty for an empty field', () => {
    for (const text of ['31.02.2026', '29.02.2027', '32.01.2026', '00.01.2026', '1.13.2026', '24.11.', '24.11', '24.11.202', '11/24/2026', '24.11.0226', 'morgen', '2411', '24.11.20266']) {
      expect(parseDateText(text), text).toBeUndefined();
    }
    expect(parseDateText('')).toBe('');
    expect(parseDateText('   ')).toBe('');
  });

  it('counts a date while typing only once it has a four-digit year', () => {
    const typed = [...'24.11.2026'].map((_, i) => '24.11.2026'.slice(0, i + 1));
    expect(typed.filter(isWholeDateText)).toEqual(['24.11.2026']);
    expect(isWholeDateText('1.2.2027')).toBe(true);
    expect(isWholeDateText('24.11.26')).toBe(false);
    expect(isWholeDateText('2026-11-24')).toBe(true);
  });

  it('shows ISO dates as 24.11.2026, every day of two years round trip', () => {
    expect(formatDateText('2026-11-24')).toBe('24.11.2026');
    expect(formatDateText('')).toBe('');
    expect(formatDateText('bald')).toBe('bald');
    for (let day = new Date(2026, 0, 1); day.getFullYear() < 2028; day.setDate(day.getDate() + 1)) {
      const iso = todayIso(day);
      expect(parseDateText(formatDateText(iso))).toBe(iso);
    }
  });

  it('steps by days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('German time entry', () => {
  it('reads 18:00, 18.00, 1800, 930, 9:30 and 18', () => {
    expect(parseTimeText('18:00')).toBe('18:00');
    expect(parseTimeText('18.00')).toBe('18:00');
    expect(parseTimeText('1800')).toBe('18:00');
    expect(parseTimeText('930')).toBe('09:30');
    expect(parseTimeText('9:30')).toBe('09:30');
    expect(parseTimeText('18')).toBe('18:00');
    expect(parseTimeText('0:00')).toBe('00:00');
    expect(parseTimeText('23:59')).toBe('23:59');
  });

  it('refuses what is no time of day', () => {
    for (const text of ['24:00', '18:60', '6 PM', '06:00 PM', '18:0', '123456', 'abends', '1:2']) {
      expect(parseTimeText(text), text).toBeUndefined();
    }
    expect(parseTimeText('')).toBe('');
  });

  it('counts a time while typing only once it is whole', () => {
    const typed = [...'18:00'].map((_, i) => '18:00'.slice(0, i + 1));
    expect(typed.filter(isWholeTimeText)).toEqual(['18:00']);
  });

  it('shows times as HH:MM and steps around the clock', () => {
    expect(formatTimeText('18:00')).toBe('18:00');
    expect(formatTimeText('9:30')).toBe('09:30');
    expect(formatTimeText('')).toBe('');
    expect(addMinutes('23:50', 15)).toBe('00:05');
    expect(addMinutes('00:00', -15)).toBe('23:45');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '../../renderer/i18n/format';

describe('formatDate', () => {
  it('writes every day of two years as German Intl does (weekday, day, month, year)', () => {
    const intl = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' });
    for (let day = new Date(2026, 0, 1); day.getFullYear() < 2028; day.setDate(day.getDate() + 1)) {
      expect(formatDate(todayIso(day))).toBe(intl.format(day));
    }
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('bald')).toBe('bald');
  });
});

import { describe, expect, it } from 'vitest';
import { APP_LOCALE, localeSwitches, setAppLocale } from '../../../electron/main/locale';

describe('the app locale', () => {
  it('is German, set with Chromium\'s --lang switch', () => {
    expect(APP_LOCALE).toBe('de');
    expect(localeSwitches()).toEqual([['lang', 'de']]);
  });

  it('appends exactly those switches to the command line', () => {
    const appended: string[] = [];
    setAppLocale({ appendSwitch: (name, value) => appended.push(`--${name}=${value}`) });
    expect(appended).toEqual(['--lang=de']);
  });
});

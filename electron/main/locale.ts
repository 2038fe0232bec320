/**
 * Tandem is German whatever language the operating system speaks. Chromium's application locale
 * decides what the web contents get from the system: `navigator.language`, the default of `Intl` and
 * `toLocaleString`, the native pickers and the context menu of a text field („Kopieren“,
 * „Einfügen“). The `--lang` switch sets it.
 *
 * WARNING: switches count only when appended before 'ready' (Chromium reads them at start).
 */

/** The app's locale (a Chromium locale name, see Electron's `app.getLocale()`). */
export const APP_LOCALE = 'de';

/** The part of `app.commandLine` this module uses. */
export type CommandLine = { appendSwitch(name: string, value?: string): void };

/** The command-line switches that make the app German, as `[name, value]`. */
export function localeSwitches(locale: string = APP_LOCALE): ReadonlyArray<readonly [name: string, value: string]> {
  return [['lang', locale]];
}

/** Appends the locale switches; call before 'ready'. */
export function setAppLocale(commandLine: CommandLine, locale: string = APP_LOCALE): void {
  for (const [name, value] of localeSwitches(locale)) commandLine.appendSwitch(name, value);
}

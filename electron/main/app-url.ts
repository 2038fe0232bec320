/**
 * The app's own origin. IndexedDB belongs to the origin, so `app://tandem` must never change
 * (docs/architecture.md: changing it orphans every user's data).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Documents being printed to PDF are served from their own origin, so a printed document never
 * shares storage or same-origin access with the app.
 */
export const PRINT_HOST = 'print';
export const PRINT_ORIGIN = `${APP_SCHEME}://${PRINT_HOST}`;

/** True only for URLs of the app itself: `app://tandem/…`, no credentials, no port. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** The app's index page at a hash route, e.g. `/projector/abc` → `app://tandem/index.html#/projector/abc`. */
export function appRouteUrl(route: string): string {
  return `${APP_INDEX_URL}#${route}`;
}

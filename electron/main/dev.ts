/**
 * DevTools exist only in a development build: unpackaged (`npm start` from the source tree) and
 * asked for with TANDEM_DEV=1. A packaged release never opens them, whatever its environment says
 * (they would show every case note in the renderer's memory and storage).
 */
export function devToolsAllowed({ isPackaged, env }: { readonly isPackaged: boolean; readonly env: Readonly<Record<string, string | undefined>> }): boolean {
  return !isPackaged && env.TANDEM_DEV === '1';
}

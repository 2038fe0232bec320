import { describe, expect, it } from 'vitest';
import { devToolsAllowed } from '../../../electron/main/dev';

describe('DevTools', () => {
  it('only in an unpackaged build that asks for them, never in a release', () => {
    expect(devToolsAllowed({ isPackaged: false, env: { TANDEM_DEV: '1' } })).toBe(true);
    expect(devToolsAllowed({ isPackaged: false, env: {} })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, env: { TANDEM_DEV: '1' } })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, env: {} })).toBe(false);
  });
});

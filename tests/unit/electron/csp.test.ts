import { describe, expect, it } from 'vitest';
import { appContentSecurityPolicy, appCspDirectives, printContentSecurityPolicy, printCspDirectives } from '../../../shared/ipc/csp';

const directivesOf = (policy: string) =>
  new Map(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources] as const;
  }));

describe('Content-Security-Policy', () => {
  it.each([
    ['app', appContentSecurityPolicy],
    ['print', printContentSecurityPolicy],
  ])('%s: no eval, no remote origin, nothing by default', (_name, policy) => {
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|wss?:|\*/);
    const directives = directivesOf(policy);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name) ?? directives.get('default-src')).toEqual(["'none'"]);
    }
  });

  it('app: scripts only from the app itself, never inline', () => {
    const scripts = directivesOf(appContentSecurityPolicy).get('script-src');
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(appContentSecurityPolicy).toContain("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'");
  });

  it('app: connections, workers and frames stay within the app', () => {
    const directives = directivesOf(appContentSecurityPolicy);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('frame-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('print: no script at all, only embedded resources', () => {
    expect(printCspDirectives['script-src']).toBeUndefined();
    expect(directivesOf(printContentSecurityPolicy).get('font-src')).toEqual(['data:']);
  });

  it('serialises every declared directive', () => {
    expect(directivesOf(appContentSecurityPolicy).size).toBe(Object.keys(appCspDirectives).length);
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

async function builderConfig(): Promise<Record<string, unknown>> {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(await readFile(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(await builderConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the security fuses', async () => {
    expect((await builderConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the built app and its entry point', async () => {
    const config = await builderConfig();
    const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']));
  });

  it('has a 512×512 PNG icon and the macOS entitlements', async () => {
    const png = await readFile(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(await readFile(path.join(root, 'build', 'entitlements.mac.plist'), 'utf8')).toContain('com.apple.security.cs.allow-jit');
  });
});

describe('scripts/build-electron.mjs', () => {
  it('bundles main and a preload that requires nothing but electron', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-build-'));
    try {
      const script = path.join(root, 'scripts', 'build-electron.mjs');
      const { buildElectron } = (await import(/* @vite-ignore */ script)) as {
        buildElectron(options: { outDir: string }): Promise<void>;
      };
      await buildElectron({ outDir });
      const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
      const main = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
      expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
      expect(preload).not.toContain('zod');
      expect(preload).toContain('exposeInMainWorld("tandem"');
      const mainRequires = new Set([...main.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
      expect([...mainRequires].every((name) => name === 'electron' || name?.startsWith('node:'))).toBe(true);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});

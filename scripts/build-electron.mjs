// Bundles the Electron main process and preload with esbuild:
//   electron/main/index.ts    → dist/electron/main.cjs    (Node inside Electron)
//   electron/preload/index.ts → dist/electron/preload.cjs (sandboxed preload: may require only `electron`)
// Run directly (`npm run build:electron`) or import `buildElectron` (scripts/start.mjs).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

/** @param {{ outDir?: string }} [options] */
export async function buildElectron({ outDir = path.join(root, 'dist', 'electron') } = {}) {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
      // 'browser': a Node built-in imported by mistake fails the build instead of the sandbox at runtime.
      platform: 'browser',
      target: 'chrome130',
    }),
  ]);
  await assertPreloadRequiresOnlyElectron(path.join(outDir, 'preload.cjs'));
}

async function assertPreloadRequiresOnlyElectron(file) {
  const code = await readFile(file, 'utf8');
  const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  const others = required.filter((name) => name !== 'electron');
  if (others.length > 0) {
    throw new Error(`The sandboxed preload may require only "electron", but requires: ${others.join(', ')}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildElectron();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

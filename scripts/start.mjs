// `npm start`: builds the renderer and the Electron bundles, then launches the desktop app.
// Without the Electron runtime (its binary is downloaded by `npm install`, which offline machines
// cannot do) it says so in one line and exits with 1, before building anything.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const MISSING =
  'Tandem: Die Electron-Laufzeit fehlt (npm install lädt sie aus dem Internet). Ohne sie: npm run web' +
  ' | Electron runtime missing (npm install downloads it). Without it: npm run web';

/**
 * The Electron binary, or undefined. Checked by hand first: `require('electron')` would try to
 * download the binary when it is missing, and then throw with a stack trace.
 */
function electronBinary() {
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (!override) {
      if (!existsSync(pathFile)) return undefined;
      if (!existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')))) return undefined;
    }
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}

try {
  const { build: buildRenderer } = await import('vite');
  const { buildElectron } = await import('./build-electron.mjs');
  await buildRenderer({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  await buildElectron();
} catch (error) {
  console.error(`Tandem: Build fehlgeschlagen / build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

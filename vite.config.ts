import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * One Vite config for the renderer. `base: './'` keeps every asset URL relative, so the same build is
 * served by the `app://` protocol in Electron and by the local web server for `npm run web` and tests.
 * `BENCH_HELLO=1` builds the hello-world anchor page of `npm run bench` with exactly the same settings.
 */
const hello = process.env.BENCH_HELLO === '1';
export default defineConfig({
  root: fileURLToPath(new URL(hello ? './bench/hello' : './renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL(hello ? './dist/hello' : './dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Everything the start screen needs in one chunk (`$initial`: statically reachable from the
        // entry), instead of the dozen small chunks it shares with lazy screens: a few requests to start.
        codeSplitting: { groups: [{ name: 'core', tags: ['$initial'] }] },
      },
    },
  },
});

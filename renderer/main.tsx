/** Renderer entry: bundled fonts and styles, the repository, the flush-before-close hook, the app. */
// First: starts reading the first screen's rows while the other modules start (see firstData.ts).
import { readFirstData } from './app/firstData';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { whenStarted } from './app/interactive';
import { parseRoute } from './app/router';
import { RepositoryContext } from './data/hooks';
import { draftStoreFor } from './data/drafts';
import { Repository } from './data/repository';
import { platform } from './platform';

const repository = new Repository();
const drafts = draftStoreFor(repository.db);
// Start loading the doc of a deep-linked meeting while the UI boots (the store shares the instance).
const route = parseRoute(location.hash);
if (route.name === 'meeting' || route.name === 'live' || route.name === 'projector' || route.name === 'protocol') {
  void repository.openDoc('meeting', route.meetingId).then((handle) => setTimeout(() => void repository.closeDoc(handle), 10_000));
}
// Aufbewahrung: due case content is deleted at every start, once the first screen is drawn (by the main window).
if (route.name !== 'projector') void whenStarted().then(() => import('./features/circle/retention')).then((m) => m.runRetention(repository)).catch(() => undefined);
// Housekeeping: pre-import backups older than 30 days are deleted (docs/privacy.md).
if (route.name !== 'projector') void whenStarted().then(() => import('./data/deletion')).then((m) => m.pruneOldBackups(repository)).catch(() => undefined);
if (route.name === 'live') void drafts.load(route.meetingId);
/** Everything typed is in IndexedDB: the docs, their index and the drafts of new entries. */
const flush = () => Promise.all([repository.flush(), drafts.flush()]).then(() => undefined);
platform.onBeforeClose(flush);
// Exposed for end-to-end tests and diagnostics: lets a test wait until everything is stored.
(window as unknown as { tandemFlush: () => Promise<void> }).tandemFlush = flush;

// The first screen is drawn once, with its data and its module: wait for them, but never long (a
// slow disk shows "Lädt …"). No top-level await: the screen's module imports modules of this
// entry's chunk, and its import would wait for this module's evaluation to end.
const FIRST_DATA_WAIT_MS = 400;
const firstScreen = Promise.all([readFirstData(), preloadScreen(route).catch(() => undefined)]);
void Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RepositoryContext.Provider value={repository}>
        <App />
      </RepositoryContext.Provider>
    </StrictMode>,
  );
});

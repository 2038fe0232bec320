/** The app shell: profile gate, header with the save indicator, and the current screen. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect } from 'react';
import { SaveIndicator } from '../components/SaveIndicator';
import { useRepository } from '../data/hooks';
import { CirclePage } from '../features/circle/CirclePage';
import { CirclesPage } from '../features/circles/CirclesPage';

import { ProfileSetup } from '../features/profile/ProfileSetup';
import { AnonymizeProvider } from '../features/anonymize/AnonymizeProvider';
import { t } from '../i18n/de';
import { firstData } from './firstData';
import { lazyPart } from './lazyPart';
import { parseRoute, useHash, type Route } from './router';

// Screens with the editor, live mode and printing load on demand: the start screens stay light.
const MeetingWorkspace = lazyPart(() => import('../features/meeting/MeetingWorkspace').then((m) => m.MeetingWorkspace));
const LivePage = lazyPart(() => import('../features/live/LivePage').then((m) => m.LivePage));
const ProjectorPage = lazyPart(() => import('../features/live/ProjectorPage').then((m) => m.ProjectorPage));
const ProtocolPage = lazyPart(() => import('../features/protocol/ProtocolPage').then((m) => m.ProtocolPage));
const SCREENS: Partial<Record<Route['name'], { preload: () => Promise<unknown> }>> = {
  meeting: MeetingWorkspace, live: LivePage, projector: ProjectorPage, protocol: ProtocolPage,
};

/** Loads the module of a screen that loads on demand (none for the others): see main.tsx. */
export function preloadScreen(route: Route): Promise<unknown> {
  return SCREENS[route.name]?.preload() ?? Promise.resolve();
}

export function App() {
  const repository = useRepository();
  const profile = useLiveQuery(async () => (await repository.profile()) ?? null, [repository], firstData().profile);
  const route = parseRoute(useHash());

  useEffect(() => {
    document.documentElement.lang = 'de';
  }, []);

  // The projector window shows only what the room may see: no shell, no profile, no private notes.
  if (route.name === 'projector') {
    return <Suspense fallback={<p className="loading">{t.app.loading}</p>}><ProjectorPage meetingId={route.meetingId} caseId={route.caseId} /></Suspense>;
  }
  if (profile === undefined) return <p className="loading">{t.app.loading}</p>;
  if (profile === null) return <ProfileSetup />;

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/" aria-label={`${t.app.name} – ${t.app.home}`}>
          <span aria-hidden="true" className="brand-mark">⟷</span> {t.app.name}
        </a>
        <SaveIndicator />
        <p className="whoami">{t.profile.signedInAs(profile.name, t.profile[profile.role])}</p>
      </header>
      <main className="content">
        <AnonymizeProvider route={route} me={profile.name}>
        <Suspense fallback={<p>{t.app.loading}</p>}>
        {route.name === 'circles' && <CirclesPage />}
        {route.name === 'circle' && <CirclePage circleId={route.circleId} tab={route.tab} />}
        {route.name === 'meeting' && <MeetingWorkspace meetingId={route.meetingId} tab={route.tab} caseId={route.caseId} phaseId={route.phaseId} />}
        {route.name === 'live' && <LivePage meetingId={route.meetingId} caseId={route.caseId} />}
        {route.name === 'protocol' && <ProtocolPage meetingId={route.meetingId} />}
        {route.name === 'notFound' && <p>{t.app.notFound}</p>}
        </Suspense>
        </AnonymizeProvider>
      </main>
    </div>
  );
}

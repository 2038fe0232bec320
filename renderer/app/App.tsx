/** The app shell: profile gate, header with the save indicator, and the current screen. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { SaveIndicator } from '../components/SaveIndicator';
import { useRepository, useSaveState } from '../data/hooks';
import { CirclesPage } from '../features/circles/CirclesPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { MeetingWorkspace } from '../features/meeting/MeetingWorkspace';
import { ProfileSetup } from '../features/profile/ProfileSetup';
import { t } from '../i18n/de';
import { parseRoute, useHash } from './router';

export function App() {
  const repository = useRepository();
  const profile = useLiveQuery(async () => (await repository.profile()) ?? null, [repository]);
  const saveState = useSaveState();
  const route = parseRoute(useHash());

  useEffect(() => {
    document.documentElement.lang = 'de';
  }, []);

  if (profile === undefined) return <p className="loading">{t.app.loading}</p>;
  if (profile === null) return <ProfileSetup />;

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/" aria-label={`${t.app.name} – ${t.app.home}`}>
          <span aria-hidden="true" className="brand-mark">⟷</span> {t.app.name}
        </a>
        <SaveIndicator state={saveState} />
        <p className="whoami">{t.profile.signedInAs(profile.name, t.profile[profile.role])}</p>
      </header>
      <main className="content">
        {route.name === 'circles' && <CirclesPage />}
        {route.name === 'circle' && <CirclesGuard id={route.circleId} />}
        {route.name === 'meeting' && <MeetingWorkspace meetingId={route.meetingId} caseId={route.caseId} phaseId={route.phaseId} />}
        {route.name === 'notFound' && <p>{t.app.notFound}</p>}
      </main>
    </div>
  );
}

function CirclesGuard({ id }: { readonly id: string }) {
  return <MeetingsPage circleId={id} />;
}

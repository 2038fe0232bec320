/**
 * The Tandem-Paket actions load on demand, once the first screen is drawn: the codec (with its
 * schema validation) is not needed to show the start screens, so it neither enlarges the start
 * bundle nor competes with the first screen's queries.
 */
import { lazy, Suspense, useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { whenStarted } from '../../app/interactive';

const CircleSyncActionsLazy = lazy(() => import('./CircleSyncActions').then((m) => ({ default: m.CircleSyncActions })));
const ImportPackageButtonLazy = lazy(() => import('./ImportPackageButton').then((m) => ({ default: m.ImportPackageButton })));
const MeetingSyncActionsLazy = lazy(() => import('./MeetingSyncActions').then((m) => ({ default: m.MeetingSyncActions })));

function useStarted(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let active = true;
    void whenStarted().then(() => active && setStarted(true));
    return () => {
      active = false;
    };
  }, []);
  return started;
}

function afterStart<P extends object>(Component: ComponentType<P>) {
  return function AfterStart(props: P) {
    const started = useStarted();
    return started ? <Suspense fallback={null}><Component {...props} /></Suspense> : null;
  };
}

export const CircleSyncActions = afterStart<ComponentProps<typeof CircleSyncActionsLazy>>(CircleSyncActionsLazy);
export const ImportPackageButton = afterStart<ComponentProps<typeof ImportPackageButtonLazy>>(ImportPackageButtonLazy);
export const MeetingSyncActions = afterStart<ComponentProps<typeof MeetingSyncActionsLazy>>(MeetingSyncActionsLazy);

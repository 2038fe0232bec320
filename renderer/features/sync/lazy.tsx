/**
 * The Tandem-Paket actions load on demand: the codec (with its schema validation) is not needed to
 * show the start screens, so it stays out of the start bundle.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const CircleSyncActionsLazy = lazy(() => import('./CircleSyncActions').then((m) => ({ default: m.CircleSyncActions })));
const ImportPackageButtonLazy = lazy(() => import('./ImportPackageButton').then((m) => ({ default: m.ImportPackageButton })));
const MeetingSyncActionsLazy = lazy(() => import('./MeetingSyncActions').then((m) => ({ default: m.MeetingSyncActions })));

export function CircleSyncActions(props: ComponentProps<typeof CircleSyncActionsLazy>) {
  return <Suspense fallback={null}><CircleSyncActionsLazy {...props} /></Suspense>;
}

export function ImportPackageButton(props: ComponentProps<typeof ImportPackageButtonLazy>) {
  return <Suspense fallback={null}><ImportPackageButtonLazy {...props} /></Suspense>;
}

export function MeetingSyncActions(props: ComponentProps<typeof MeetingSyncActionsLazy>) {
  return <Suspense fallback={null}><MeetingSyncActionsLazy {...props} /></Suspense>;
}

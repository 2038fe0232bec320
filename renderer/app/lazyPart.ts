/**
 * A part of a screen that is not needed to draw the start screen (a secondary tab, a dialog): it
 * stays out of the start bundle, and is fetched in the background once the start is over, so that
 * it usually opens without any wait. Render it inside a <Suspense> boundary.
 */
import { lazy, type ComponentType } from 'react';
import { whenStarted } from './interactive';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const once = () => (loading ??= load());
  void whenStarted().then(once).catch(() => undefined);
  return lazy(() => once().then((component) => ({ default: component })));
}

/**
 * Parts of a screen that are not needed to draw it first (a secondary tab, a dialog, a side panel,
 * a whole screen): they stay out of the start bundle and out of the way of the first screen.
 * - `lazyPart`: loaded when first rendered, and fetched in the background once the start is over,
 *   so that it usually opens without any wait. Render it inside a <Suspense> boundary. Once its
 *   module is there, a newly rendered part is drawn at once, without suspending: React holds back
 *   the content of a boundary for 300 ms after it showed a fallback. `preload()` fetches it ahead
 *   (main.tsx does so for the screen the app opens at).
 * - `afterStart`: not even rendered (nothing is shown) until the start is over, then loaded.
 */
import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenStarted } from './interactive';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));
  void whenStarted().then(preload).catch(() => undefined);
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  // A part first drawn through the suspending wrapper is not mounted anew when drawn directly later:
  // React resolves the wrapper to the module's component when it reconciles.
  const LazyPart = (props: P) => createElement(loaded ?? Suspending, props);
  return Object.assign(LazyPart, { preload });
}

/** True once the start is over (the first screen is drawn with its data). */
export function useStarted(): boolean {
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

export function afterStart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Part = lazyPart(load);
  return function AfterStart(props: P) {
    return useStarted() ? createElement(Suspense, { fallback: null }, createElement(Part, props)) : null;
  };
}

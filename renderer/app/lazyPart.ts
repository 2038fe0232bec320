/**
 * Parts of a screen that are not needed to draw it first (a secondary tab, a dialog, a side panel):
 * they stay out of the start bundle and out of the way of the first screen.
 * - `lazyPart`: loaded when first rendered, and fetched in the background once the start is over,
 *   so that it usually opens without any wait. Render it inside a <Suspense> boundary.
 * - `afterStart`: not even rendered (nothing is shown) until the start is over, then loaded.
 */
import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenStarted } from './interactive';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const once = () => (loading ??= load());
  void whenStarted().then(once).catch(() => undefined);
  return lazy(() => once().then((component) => ({ default: component })));
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

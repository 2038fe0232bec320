/**
 * The detector and its data (~1 MB with the panel) load once the screen's notes are drawn: a
 * meeting opens as quickly as without the check, and the underlines and the panel follow a moment
 * later. Everything on a meeting's screens reaches the detector through here.
 */
import { useEffect, useState } from 'react';
import { afterStart } from '../../app/lazyPart';
import { whenStarted } from '../../app/interactive';
import type * as CheckExports from './check';

type CheckModule = typeof CheckExports;

let loaded: CheckModule | undefined;
let loading: Promise<CheckModule> | undefined;

/** Loads the detector once the start is over (at once if it is, or if `afterStart` is false). */
export function loadCheck({ afterStart = true } = {}): Promise<CheckModule> {
  loading ??= (afterStart ? whenStarted() : Promise.resolve()).then(() => import('./check')).then((module) => (loaded = module));
  return loading;
}

/** The detector if it is loaded. */
export function loadedCheck(): CheckModule | undefined {
  return loaded;
}

/** The detector, once loaded (undefined until then); starts loading it. */
export function useCheck(): CheckModule | undefined {
  const [check, setCheck] = useState(loadedCheck);
  useEffect(() => {
    if (check) return;
    let active = true;
    void loadCheck().then((module) => active && setCheck(module));
    return () => {
      active = false;
    };
  }, [check]);
  return check;
}

/** The findings panel of a case (shown once the detector is there). */
export const FindingsPanel = afterStart(() => import('./FindingsPanel').then((m) => m.FindingsPanel));

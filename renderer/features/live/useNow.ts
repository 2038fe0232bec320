/** The current time, ticking while a timer runs (and standing still while it does not). */
import { useEffect, useState } from 'react';

/** Often enough that a countdown in m:ss never shows a second late by more than a quarter. */
export const TICK_MS = 250;

export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, [ticking]);
  return now;
}

/**
 * The current time for a running countdown. It ticks right after each whole second of the running
 * phase (`anchor`: the moment its used time was zero), so the display changes exactly on the second
 * and live mode re-renders once a second, not more; it stands still while the timer is paused.
 */
import { useEffect, useState } from 'react';

/** A little after the boundary, so the new second is surely reached. */
const SLACK_MS = 5;

export function nextTickDelay(now: number, anchor: number): number {
  const intoSecond = (((now - anchor) % 1000) + 1000) % 1000;
  return 1000 - intoSecond + SLACK_MS;
}

export function useNow(ticking: boolean, anchor = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, nextTickDelay(current, anchor));
    };
    timer = setTimeout(tick, nextTickDelay(Date.now(), anchor));
    return () => clearTimeout(timer);
  }, [ticking, anchor]);
  return now;
}

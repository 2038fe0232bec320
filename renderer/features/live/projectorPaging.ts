/**
 * The projector fits its window: the phase's content is set in the largest type step that fits on
 * one page; if even the smallest step does not fit, the content flows into pages (CSS columns of the
 * window's height, one page = the window's width, shifted into view), and the laptop turns them
 * („Projektor: weiter / zurück“). Nothing is ever cut off and the projector window never scrolls
 * (nobody can scroll a beamer window from the laptop).
 *
 * The two windows talk over a BroadcastChannel of the app (same origin, no network): the laptop
 * sends `turn` (+1 / -1) and `ask`; the projector answers with `pages` (page, count).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const PROJECTOR_CHANNEL = 'tandem-projector';
/** Type steps, largest first (factor on the projector's base size). */
export const PROJECTOR_SCALES = [1, 0.88, 0.76, 0.66] as const;

type Message =
  | { readonly type: 'turn'; readonly caseId: string; readonly delta: 1 | -1 }
  | { readonly type: 'ask'; readonly caseId: string }
  | { readonly type: 'pages'; readonly caseId: string; readonly page: number; readonly pages: number };

export interface Paging {
  readonly scale: number;
  readonly page: number;
  readonly pages: number;
}

/**
 * Pages of content that flows into columns: one page is the frame's width plus one gap (whatever
 * the number of columns on a page), the content's scroll width spans every column it filled.
 */
export function pagesOf(scrollWidth: number, width: number, gap: number): number {
  return Math.max(1, Math.ceil((scrollWidth + gap) / (width + gap) - 0.02));
}

/**
 * Projector side: measures `frame` (the window below the header) and its `content` (the columns);
 * `key` changes whenever the content does (items, strategies); a new `phaseId` starts on page one.
 * Answers the laptop.
 */
export function useProjectorPaging(
  frame: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, caseId: string, phaseId: string, key: string,
  /** Columns per page to try, fewest first (lists: one wide column, else two side by side). */
  columnChoices: readonly number[] = [1],
): Paging {
  const [paging, setPaging] = useState<Paging>({ scale: PROJECTOR_SCALES[0], page: 0, pages: 1 });
  const latest = useRef(paging);
  latest.current = paging;
  const channel = useRef<BroadcastChannel | null>(null);
  const measuredPhase = useRef(phaseId);

  const announce = useCallback((next: Paging) => {
    channel.current?.postMessage({ type: 'pages', caseId, page: next.page, pages: next.pages } satisfies Message);
  }, [caseId]);

  const measure = useCallback(() => {
    const box = frame.current;
    const flow = content.current;
    if (!box || !flow) return;
    const width = box.clientWidth;
    const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
    // The largest type that fits on one page, with as few columns as possible; else the smallest, paged.
    let chosen: (Paging & { columns: number }) | undefined;
    search: for (const columns of columnChoices) {
      flow.style.setProperty('--projector-columns', String(columns));
      flow.dataset.columns = String(columns);
      for (const scale of PROJECTOR_SCALES) {
        box.style.setProperty('--projector-scale', String(scale));
        const pages = pagesOf(flow.scrollWidth, width, gap);
        chosen = { scale, page: 0, pages, columns };
        if (pages === 1) break search;
      }
    }
    if (!chosen) return;
    box.style.setProperty('--projector-scale', String(chosen.scale));
    flow.style.setProperty('--projector-columns', String(chosen.columns));
    flow.dataset.columns = String(chosen.columns);
    // A new phase starts on its first page; otherwise the page stays (within the new count).
    const page = measuredPhase.current === phaseId ? Math.min(latest.current.page, chosen.pages - 1) : 0;
    measuredPhase.current = phaseId;
    const next = { scale: chosen.scale, pages: chosen.pages, page };
    if (next.scale !== latest.current.scale || next.pages !== latest.current.pages || next.page !== latest.current.page) {
      setPaging(next);
      announce(next);
    }
  }, [frame, content, announce, phaseId, columnChoices]);

  // After every change of the content, and when the window is resized.
  useLayoutEffect(measure, [measure, key]);
  useEffect(() => {
    const box = frame.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(box);
    return () => observer.disconnect();
  }, [frame, measure]);

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const bc = new BroadcastChannel(PROJECTOR_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (!message || message.caseId !== caseId) return;
      if (message.type === 'ask') announce(latest.current);
      if (message.type === 'turn') {
        const current = latest.current;
        const page = Math.max(0, Math.min(current.pages - 1, current.page + message.delta));
        const next = { ...current, page };
        setPaging(next);
        announce(next);
      }
    };
    announce(latest.current);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [caseId, announce]);

  return paging;
}

/** Laptop side: the projector's page and page count (undefined: no projector answered), and turning. */
export function useProjectorRemote(caseId: string): { readonly page?: number; readonly pages?: number; readonly turn: (delta: 1 | -1) => void } {
  const [state, setState] = useState<{ page?: number; pages?: number }>({});
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const bc = new BroadcastChannel(PROJECTOR_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === 'pages' && message.caseId === caseId) setState({ page: message.page, pages: message.pages });
    };
    bc.postMessage({ type: 'ask', caseId } satisfies Message);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [caseId]);
  const turn = useCallback((delta: 1 | -1) => channel.current?.postMessage({ type: 'turn', caseId, delta } satisfies Message), [caseId]);
  return { ...state, turn };
}

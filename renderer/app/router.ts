/** A small hash router: the route survives a reload and works under app:// and http://127.0.0.1 alike. */
import { useSyncExternalStore } from 'react';

export const CIRCLE_TABS = ['meetings', 'roster', 'offers', 'templates', 'strategies', 'settings'] as const;
export type CircleTab = (typeof CIRCLE_TABS)[number];
export const MEETING_TABS = ['cases', 'attendance', 'followups'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

export type Route =
  | { readonly name: 'circles' }
  | { readonly name: 'circle'; readonly circleId: string; readonly tab?: CircleTab }
  | { readonly name: 'meeting'; readonly meetingId: string; readonly tab?: MeetingTab; readonly caseId?: string; readonly phaseId?: string }
  /** Moderationsmodus: live mode for one case. */
  | { readonly name: 'live'; readonly meetingId: string; readonly caseId: string }
  /** The projector view (second window): never shows private notes. */
  | { readonly name: 'projector'; readonly meetingId: string; readonly caseId: string }
  /** Protocol, attendance list and certificates: preview and print. */
  | { readonly name: 'protocol'; readonly meetingId: string }
  | { readonly name: 'notFound' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b, c, d] = parts;
  if (!head) return { name: 'circles' };
  if (head === 'circle' && a) {
    return { name: 'circle', circleId: a, ...(CIRCLE_TABS.includes(b as CircleTab) && { tab: b as CircleTab }) };
  }
  if (head === 'meeting' && a) {
    if (MEETING_TABS.includes(b as MeetingTab) && b !== 'cases') return { name: 'meeting', meetingId: a, tab: b as MeetingTab };
    const [caseId, phaseId] = b === 'cases' ? [c, d] : [b, c];
    return { name: 'meeting', meetingId: a, ...(caseId && { caseId }), ...(phaseId && { phaseId }) };
  }
  if ((head === 'live' || head === 'projector') && a && b) return { name: head, meetingId: a, caseId: b };
  if (head === 'protocol' && a) return { name: 'protocol', meetingId: a };
  return { name: 'notFound' };
}

const enc = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).map((p) => encodeURIComponent(p!)).join('/');

export function href(route: Route): string {
  switch (route.name) {
    case 'circles': return '#/';
    case 'circle': return `#/circle/${enc([route.circleId, route.tab === 'meetings' ? undefined : route.tab])}`;
    case 'meeting':
      if (route.tab && route.tab !== 'cases') return `#/meeting/${enc([route.meetingId, route.tab])}`;
      return `#/meeting/${enc([route.meetingId, route.caseId, route.phaseId])}`;
    case 'live': return `#/live/${enc([route.meetingId, route.caseId])}`;
    case 'projector': return `#/projector/${enc([route.meetingId, route.caseId])}`;
    case 'protocol': return `#/protocol/${enc([route.meetingId])}`;
    default: return '#/';
  }
}

export function navigate(route: Route, { replace = false } = {}): void {
  const target = href(route);
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const subscribe = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}

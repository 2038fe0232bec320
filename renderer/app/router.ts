/** A small hash router: the route survives a reload and works under app:// and http://127.0.0.1 alike. */
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'circles' }
  | { readonly name: 'circle'; readonly circleId: string }
  | { readonly name: 'meeting'; readonly meetingId: string; readonly caseId?: string; readonly phaseId?: string }
  | { readonly name: 'notFound' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'circles' };
  if (parts[0] === 'circle' && parts[1]) return { name: 'circle', circleId: parts[1] };
  if (parts[0] === 'meeting' && parts[1]) {
    return { name: 'meeting', meetingId: parts[1], ...(parts[2] && { caseId: parts[2] }), ...(parts[3] && { phaseId: parts[3] }) };
  }
  return { name: 'notFound' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'circles': return '#/';
    case 'circle': return `#/circle/${encodeURIComponent(route.circleId)}`;
    case 'meeting': return `#/meeting/${[route.meetingId, route.caseId, route.phaseId].filter(Boolean).map((p) => encodeURIComponent(p!)).join('/')}`;
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

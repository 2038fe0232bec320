/**
 * The tandem's names as the documents name the moderation, from the profiles the docs know
 * (authorship.ts: every laptop that wrote into a doc leaves its moderator's name and role): the
 * physician first, then the youth-welfare professional. Both are known after the first exchange.
 */
import type * as Y from 'yjs';
import { authorList, type Author } from './authorship';

export function moderatorNames(authors: readonly Author[]): string {
  const order = (role: string) => (role === 'physician' ? 0 : role === 'youthWelfare' ? 1 : 2);
  const names = new Map<string, number>();
  for (const a of authors) {
    const name = a.name.trim();
    if (name) names.set(name, Math.min(order(a.role), names.get(name) ?? 9));
  }
  return [...names].sort((x, y) => x[1] - y[1]).map(([name]) => name).join(', ');
}

/** The moderators the given docs know of (meeting and circle), in the order above; '' if none. */
export function knownModerators(...docs: ReadonlyArray<Y.Doc | undefined>): string {
  return moderatorNames(docs.flatMap((doc) => (doc ? authorList(doc) : [])));
}

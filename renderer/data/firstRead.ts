/**
 * The start screen's rows, read straight from IndexedDB while the app's modules are still starting.
 * Dexie needs its module and its own opening (schema check) before the first query; this reads
 * the same rows — Dexie stores them as plain objects — in one transaction on a connection of its
 * own, so that the first screen can be drawn once, with its data (see app/firstData.ts).
 * It never creates or changes anything: a missing database or table simply yields nothing, and the
 * live queries of the screens take over as always.
 */
import type { CircleRow, MeetingRow, ProfileRow } from './db';
import { DEFAULT_DB_NAME } from './db';

export interface FirstRows {
  /** null: the database holds no profile (first run). */
  readonly profile: ProfileRow | null;
  /** All circles, by name (as `circles.orderBy('name')`), when asked for. */
  readonly circles?: readonly CircleRow[];
  /** One circle and its meetings (unsorted), when asked for. */
  readonly circle?: CircleRow;
  readonly meetings?: readonly MeetingRow[];
}

export interface FirstReadRequest {
  readonly circles?: boolean;
  readonly circleId?: string;
}

const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

/** Reads the rows; resolves undefined when there is nothing to read (or anything goes wrong). */
export async function readFirstRows(ask: FirstReadRequest, dbName = DEFAULT_DB_NAME): Promise<FirstRows | undefined> {
  const db = await openExisting(dbName);
  if (db === 'missing') return { profile: null };
  if (!db) return undefined;
  try {
    const names = ['profile', ...(ask.circles || ask.circleId ? ['circles'] : []), ...(ask.circleId ? ['meetings'] : [])];
    if (names.some((name) => !db.objectStoreNames.contains(name))) return undefined;
    const tx = db.transaction(names, 'readonly');
    const [profile, circles, circle, meetings] = await Promise.all([
      request<ProfileRow | undefined>(tx.objectStore('profile').get('me')),
      ask.circles ? request<CircleRow[]>(tx.objectStore('circles').index('name').getAll()) : undefined,
      ask.circleId ? request<CircleRow | undefined>(tx.objectStore('circles').get(ask.circleId)) : undefined,
      ask.circleId ? request<MeetingRow[]>(tx.objectStore('meetings').index('circleId').getAll(ask.circleId)) : undefined,
    ]);
    return { profile: profile ?? null, circles, circle, meetings };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** Opens the database at its current version: 'missing' when it does not exist yet (nothing is created). */
function openExisting(dbName: string): Promise<IDBDatabase | 'missing' | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(dbName);
    } catch {
      resolve(undefined);
      return;
    }
    // A new database would be created here: abort, so that Dexie creates it with its schema.
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close(); // never hold up Dexie's upgrade
      resolve(db);
    };
    open.onerror = (event) => {
      event.preventDefault();
      resolve(missing ? 'missing' : undefined);
    };
    open.onblocked = () => resolve(undefined);
  });
}

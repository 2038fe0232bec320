/**
 * One moderator's laptop in a test: a real Repository (Dexie + DocStore on fake-indexeddb) and the
 * real SyncService with the inline codec (small KDF parameters, so a test runs in milliseconds).
 *
 * ISOLATION: doc stores are named by doc id alone (tandem-doc-<kind>-<id>), and the whole point of a
 * package is that both laptops hold docs with the SAME ids. In one test file they would share one
 * fake IndexedDB and talk through BroadcastChannels of the same names (as two windows of one laptop
 * do), and sync without any package. So each laptop has its own IDBFactory and its own channel
 * namespace, switched in by `use()`: y-indexeddb, the raw store access (syncStorage.ts) and the
 * DocStore read `indexedDB` / `BroadcastChannel` when they open something, and keep what they opened.
 * Dexie keeps the factory it was loaded with; each laptop has its own Dexie database name there.
 * Tests drive one laptop at a time (`await laptop.run(…)`) and never interleave two.
 */
import { createHash } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { Repository } from '../../../renderer/data/repository';
import { inlineCodec } from '../../../renderer/data/syncCodec';
import { SyncService } from '../../../renderer/data/syncService';
import type { ModeratorRole } from '../../../renderer/data/db';
import { TEST_KDF } from '../../../shared/sync';

const NativeChannel = globalThis.BroadcastChannel;

export const PASSPHRASE = 'Tandem Südstadt – Frühjahr 2026';

export class Laptop {
  readonly idb = new IDBFactory();
  readonly Channel: typeof BroadcastChannel;
  repository!: Repository;
  service!: SyncService;
  private static count = 0;

  private constructor(readonly label: string) {
    const prefix = `${label}:`;
    this.Channel = class extends NativeChannel {
      constructor(name: string) {
        super(prefix + name);
      }
    };
  }

  /** A laptop with a moderator profile. */
  static async create(label: string, name: string, role: ModeratorRole): Promise<Laptop> {
    const laptop = new Laptop(label);
    laptop.use();
    laptop.repository = new Repository(`tandem-test-${label}-${Laptop.count++}`);
    laptop.service = new SyncService(laptop.repository, inlineCodec({ kdf: TEST_KDF }));
    await laptop.repository.saveProfile(name, role);
    return laptop;
  }

  /** Another window of the same laptop (e.g. the projector): its own Repository on the same stores. */
  async window(): Promise<Repository> {
    this.use();
    const repository = new Repository(this.repository.db.name);
    await repository.profile();
    return repository;
  }

  use(): void {
    (globalThis as { indexedDB: IDBFactory }).indexedDB = this.idb;
    globalThis.BroadcastChannel = this.Channel;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    this.use();
    const result = await job();
    if (globalThis.indexedDB !== this.idb) throw new Error(`laptop ${this.label} was switched away while it ran`);
    return result;
  }
}

/**
 * A digest of everything a laptop stores about its docs: every doc database, every row (key and
 * bytes) of its stores, and the Dexie tables of index and sync. Equal digests: nothing changed.
 */
export async function storageDigest(laptop: Laptop): Promise<Record<string, string>> {
  laptop.use();
  const digest: Record<string, string> = {};
  const names = (await laptop.idb.databases()).map((info) => info.name!).filter((name) => name.startsWith('tandem-doc-')).sort();
  for (const name of names) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = laptop.idb.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const hash = createHash('sha256');
    for (const storeName of [...db.objectStoreNames].sort()) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
      hash.update(storeName);
      keys.forEach((key, i) => {
        hash.update(JSON.stringify(key));
        const value = values[i];
        hash.update(value instanceof Uint8Array ? value : JSON.stringify(value));
      });
    }
    db.close();
    digest[name] = hash.digest('hex');
  }
  const { db } = laptop.repository;
  for (const table of [db.circles, db.meetings, db.syncLog, db.peerStates, db.backups]) {
    const rows = await table.toArray();
    digest[`dexie:${table.name}`] = createHash('sha256').update(JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? [...v] : v))).digest('hex');
  }
  return digest;
}

function read<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The Y.Doc store: opens each doc once (shared by every component that needs it), waits until it is
 * loaded, persists it (persistence.ts), keeps other windows of the app in step through a
 * BroadcastChannel that carries Yjs updates, and reports one save state for the whole app.
 */
import * as Y from 'yjs';
import { createDoc, ORIGIN, type DocKind } from '../../shared/doc';
import { DocPersistence, type SaveState } from './persistence';

/** IndexedDB database name of a doc; `rebuildIndex` finds docs by this prefix. */
export const DOC_DB_PREFIX = 'tandem-doc-';
export const docDbName = (kind: DocKind, id: string) => `${DOC_DB_PREFIX}${kind}-${id}`;

export function parseDocDbName(name: string): { kind: DocKind; id: string } | undefined {
  const match = /^tandem-doc-(circle|meeting)-(.+)$/.exec(name);
  return match ? { kind: match[1] as DocKind, id: match[2]! } : undefined;
}

export interface DocHandle {
  readonly kind: DocKind;
  readonly id: string;
  readonly doc: Y.Doc;
  readonly persistence: DocPersistence;
  /** Resolves when the stored state is in the doc. */
  readonly whenLoaded: Promise<void>;
}

interface Entry extends DocHandle {
  refs: number;
  channel: BroadcastChannel | undefined;
  dispose: () => void;
}

export class DocStore {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();

  /** Opens (or shares) a doc. Call `release` when done with it. */
  open(kind: DocKind, id: string): DocHandle {
    const key = docDbName(kind, id);
    const existing = this.entries.get(key);
    if (existing) {
      existing.refs += 1;
      return existing;
    }
    const doc = createDoc();
    const persistence = new DocPersistence(key, doc);
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      // Loaded rows and updates from other windows are not echoed back.
      if (origin !== ORIGIN.otherWindow && origin !== persistence.loadOrigin) channel?.postMessage(update);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.data instanceof Uint8Array) Y.applyUpdate(doc, event.data, ORIGIN.otherWindow);
    };
    doc.on('update', onUpdate);
    channel?.addEventListener('message', onMessage);
    const offSave = persistence.onSaveState(() => this.emit());
    const entry: Entry = {
      kind, id, doc, persistence, whenLoaded: persistence.whenLoaded, refs: 1, channel,
      dispose: () => {
        offSave();
        doc.off('update', onUpdate);
        channel?.removeEventListener('message', onMessage);
        channel?.close();
      },
    };
    this.entries.set(key, entry);
    // A window that opens later asks the others for what it lacks.
    persistence.whenLoaded.then(() => channel?.postMessage({ type: 'sync', stateVector: Y.encodeStateVector(doc) }));
    channel?.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { type?: string; stateVector?: Uint8Array };
      if (data?.type === 'sync' && data.stateVector instanceof Uint8Array) {
        const missing = Y.encodeStateAsUpdate(doc, data.stateVector);
        if (missing.length > 2) channel.postMessage(missing);
      }
    });
    this.emit();
    return entry;
  }

  /** Opens a doc and waits until its stored state is loaded. */
  async load(kind: DocKind, id: string): Promise<DocHandle> {
    const handle = this.open(kind, id);
    await handle.whenLoaded;
    return handle;
  }

  /** Gives up one reference; the last one flushes and closes the doc. */
  async release(handle: DocHandle): Promise<void> {
    const key = docDbName(handle.kind, handle.id);
    const entry = this.entries.get(key);
    if (!entry || --entry.refs > 0) return;
    this.entries.delete(key);
    entry.dispose();
    await entry.persistence.destroy();
    entry.doc.destroy();
    this.emit();
  }

  /** Resolves when every open doc has committed all its updates (before a window closes). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.persistence.flush()));
  }

  /** One state for the indicator: an error anywhere wins, then saving. */
  get saveState(): SaveState {
    const states = [...this.entries.values()].map((entry) => entry.persistence.saveState);
    return states.includes('error') ? 'error' : states.includes('saving') ? 'saving' : 'saved';
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

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
  attachment: DocAttachment | void;
  dispose: () => void;
}

/** What a feature attaches to every opened doc instance (e.g. authorship tracking). */
export interface DocAttachment {
  /** Runs before the doc is flushed or closed, so what it writes is saved with the rest. */
  beforeFlush?(): void;
  dispose?(): void;
}

export interface DocStoreOptions {
  /** Called once for each doc instance the store opens, before it is loaded. */
  readonly onOpen?: (handle: DocHandle) => DocAttachment | void;
  /** Called when docs this window had open were closed because their stored state was replaced. */
  readonly onReplaced?: (names: readonly string[]) => void;
}

/**
 * Every window's store listens here while docs' stored state is replaced (undo of a Tandem-Paket
 * import): `{ type: 'detach', names }` — close your instances, write nothing more; then
 * `{ type: 'replaced', names }` — the new state is stored, reopen (see DocStore.replaceStored).
 */
export const DOC_CONTROL_CHANNEL = 'tandem-doc-control';

export class DocStore {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private control: BroadcastChannel | undefined;
  /** Docs this window closed on another window's 'detach', to reopen on its 'replaced'. */
  private detachedByOthers = new Set<string>();

  constructor(private readonly options: DocStoreOptions = {}) {
    if (typeof BroadcastChannel !== 'function') return;
    this.control = new BroadcastChannel(DOC_CONTROL_CHANNEL);
    (this.control as { unref?: () => void }).unref?.(); // Node (tests): don't keep the process alive
    this.control.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { type?: string; names?: unknown };
      if (!Array.isArray(data?.names)) return;
      const names = data.names.filter((name): name is string => typeof name === 'string');
      if (data.type === 'detach') void this.detachNames(names).then((closed) => closed.forEach((name) => this.detachedByOthers.add(name)));
      if (data.type === 'replaced') void this.detachNames(names).then((closed) => {
        const reopen = [...new Set([...closed, ...names.filter((name) => this.detachedByOthers.delete(name))])];
        if (reopen.length > 0) this.options.onReplaced?.(reopen);
      });
    });
  }

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
      if (origin !== ORIGIN.otherWindow && !persistence.isLoadOrigin(origin)) channel?.postMessage(update);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.data instanceof Uint8Array) Y.applyUpdate(doc, event.data, ORIGIN.otherWindow);
    };
    doc.on('update', onUpdate);
    channel?.addEventListener('message', onMessage);
    const offSave = persistence.onSaveState(() => this.emit());
    const entry: Entry = {
      kind, id, doc, persistence, whenLoaded: persistence.whenLoaded, refs: 1, channel, attachment: undefined,
      dispose: () => {
        entry.attachment?.dispose?.();
        offSave();
        doc.off('update', onUpdate);
        channel?.removeEventListener('message', onMessage);
        channel?.close();
      },
    };
    this.entries.set(key, entry);
    entry.attachment = this.options.onOpen?.(entry);
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
    // A handle of an instance closed by detach() has nothing left to release.
    if (!entry || entry !== handle || --entry.refs > 0) return;
    this.entries.delete(key);
    entry.attachment?.beforeFlush?.();
    entry.dispose();
    await entry.persistence.destroy();
    entry.doc.destroy();
    this.emit();
  }

  /**
   * Rewrites the store of an open doc without any deleted content and resolves when that has
   * committed (after a replacement or a removal for good). Undefined doc: nothing to do.
   */
  async purge(doc: Y.Doc): Promise<void> {
    const entry = [...this.entries.values()].find((e) => e.doc === doc);
    if (!entry) return;
    entry.attachment?.beforeFlush?.();
    await entry.persistence.purge();
  }

  /** Resolves when every open doc has committed all its updates (before a window closes). */
  async flushAll(): Promise<void> {
    for (const entry of this.entries.values()) entry.attachment?.beforeFlush?.();
    await Promise.all([...this.entries.values()].map((entry) => entry.persistence.flush()));
  }

  /**
   * Replaces docs' stored state (undo of an import, renderer/data/syncService.ts). First every window,
   * this one included, closes its instances of them: a closed instance writes and broadcasts nothing
   * more, so no window can put the replaced changes back (its doc is destroyed). Then `write` stores
   * the new state, and windows that had them open are told to reopen them (`onReplaced`: the app
   * reloads the window). Resolves with whether this window had any of them open.
   */
  async replaceStored(docs: ReadonlyArray<{ readonly kind: DocKind; readonly id: string }>, write: () => Promise<void>): Promise<boolean> {
    const names = docs.map((d) => docDbName(d.kind, d.id));
    this.control?.postMessage({ type: 'detach', names });
    const closed = await this.detachNames(names);
    try {
      await write();
    } finally {
      this.control?.postMessage({ type: 'replaced', names });
      if (closed.length > 0) this.options.onReplaced?.(closed);
    }
    return closed.length > 0;
  }

  /** Closes this window's instances of the named docs without writing anything more. */
  private async detachNames(names: readonly string[]): Promise<string[]> {
    const detached = names.map((name) => this.entries.get(name)).filter((entry) => entry !== undefined);
    for (const entry of detached) this.entries.delete(docDbName(entry.kind, entry.id));
    await Promise.all(detached.map(async (entry) => {
      entry.dispose();
      await entry.persistence.destroy();
      entry.doc.destroy();
    }));
    if (detached.length > 0) this.emit();
    return detached.map((entry) => docDbName(entry.kind, entry.id));
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

/**
 * React access to data: containers read these hooks and pass plain snapshots to views.
 * Components never touch Y types; they get readonly snapshots that change identity on updates.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DocKind } from '../../shared/doc';
import type { DocHandle } from './docStore';
import { draftStoreFor, type DraftStore } from './drafts';
import type { Repository } from './repository';
import type { SaveState } from './persistence';

export const RepositoryContext = createContext<Repository | null>(null);

export function useRepository(): Repository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('RepositoryContext missing');
  return repository;
}

/** Opens a doc for as long as the component is mounted; undefined until it is loaded. */
export function useDocHandle(kind: DocKind, id: string | undefined): DocHandle | undefined {
  const repository = useRepository();
  const [handle, setHandle] = useState<DocHandle>();
  useEffect(() => {
    if (!id) return;
    let opened: DocHandle | undefined;
    let active = true;
    void repository.openDoc(kind, id).then((h) => {
      opened = h;
      if (active) setHandle(h);
      else void repository.closeDoc(h);
    });
    return () => {
      active = false;
      setHandle(undefined);
      if (opened) void repository.closeDoc(opened);
    };
  }, [repository, kind, id]);
  return handle?.id === id ? handle : undefined;
}

/** A change counter per doc, bumped before any component is notified. */
const versions = new WeakMap<Y.Doc, number>();
function versionOf(doc: Y.Doc): number {
  if (!versions.has(doc)) {
    versions.set(doc, 0);
    doc.on('update', () => versions.set(doc, (versions.get(doc) ?? 0) + 1));
  }
  return versions.get(doc)!;
}

/**
 * A plain snapshot of a doc, recomputed after each transaction that changed it.
 * `select` must be pure; its result is cached until the doc or `deps` change.
 */
export function useDocSnapshot<T>(doc: Y.Doc | undefined, select: (doc: Y.Doc) => T, deps: readonly unknown[] = []): T | undefined {
  const cache = useRef<{ doc: Y.Doc; version: number; key: string; value: T } | null>(null);
  const key = JSON.stringify(deps);
  const subscribe = useCallback((notify: () => void) => {
    if (!doc) return () => undefined;
    versionOf(doc);
    doc.on('update', notify);
    return () => doc.off('update', notify);
  }, [doc]);
  const getSnapshot = () => {
    if (!doc) return undefined;
    const version = versionOf(doc);
    const cached = cache.current;
    if (cached && cached.doc === doc && cached.version === version && cached.key === key) return cached.value;
    const value = select(doc);
    cache.current = { doc, version, key, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The save state of every open doc and of the typed drafts together, for the indicator. */
export function useSaveState(): SaveState {
  const repository = useRepository();
  const drafts = draftStoreFor(repository.db);
  return useSyncExternalStore(
    (notify) => {
      const offDocs = repository.docs.subscribe(notify);
      const offDrafts = drafts.subscribe(notify);
      return () => {
        offDocs();
        offDrafts();
      };
    },
    () => worstSaveState(repository.docs.saveState, drafts.saveState),
  );
}

/** An error anywhere wins, then saving. */
export function worstSaveState(...states: readonly SaveState[]): SaveState {
  return states.includes('error') ? 'error' : states.includes('saving') ? 'saving' : 'saved';
}

/** The app's store of typed drafts (fields without a doc entity yet, drafts.ts). */
export function useDrafts(): DraftStore {
  return draftStoreFor(useRepository().db);
}

/** Whether a meeting's drafts are read (starts reading them): live mode draws its fields after that. */
export function useDraftsLoaded(meetingId: string): boolean {
  const drafts = useDrafts();
  useEffect(() => void drafts.load(meetingId), [drafts, meetingId]);
  return useSyncExternalStore((notify) => drafts.subscribe(notify), () => drafts.isLoaded(meetingId));
}

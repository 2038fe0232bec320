/**
 * Opening a Tandem-Paket: decode (shared/sync), then compute what importing it would change on this
 * laptop, on throw-away copies of the stored docs. Writes nothing. Runs in the sync worker (the key
 * derivation and the trial merge block their thread) and, in tests, inline.
 *
 * Besides the codec's checks, a package must be one circle with meetings of that circle, each doc
 * of the kind and id it claims, and must apply without missing dependencies (else importing would
 * store changes that stay invisible until an older package arrives).
 */
import * as Y from 'yjs';
import {
  authorsByClient, casesSnapshot, compareCodeUnits, compareGerman, createDoc, deletedMeetingIds, docKind, findConflicts, metaOf, str,
  summarizeChanges, textUnseenBy, type Author, type CaseId,
} from '../../shared/doc';
import { decodeSyncPackage, type KdfParams, type SyncPackageContent, type SyncPackageDoc } from '../../shared/sync';
import { SyncAppError } from './syncErrors';
import type { AuthorCount, DocPreview, PackagePreview, SyncStepProgress } from './syncTypes';

/** The stored state of a doc on this laptop (one V1 update), or null when it has none. */
export type ReadLocalState = (kind: SyncPackageDoc['kind'], id: string) => Promise<Uint8Array | null>;

export interface OpenPackageResult {
  readonly content: SyncPackageContent;
  readonly preview: PackagePreview;
}

export async function openPackage(
  bytes: Uint8Array, passphrase: string, readLocal: ReadLocalState, onProgress?: SyncStepProgress,
  /** The least key derivation accepted (tests and benchmarks only, with TEST_KDF); shared/sync MIN_KDF otherwise. */
  minKdf?: KdfParams,
): Promise<OpenPackageResult> {
  const content = await decodeSyncPackage(bytes, passphrase, { onProgress, ...(minKdf && { minKdf }) });
  onProgress?.('preview');
  const preview = await previewPackage(content, readLocal, (fraction) => onProgress?.('preview', fraction));
  return { content, preview };
}

export async function previewPackage(content: SyncPackageContent, readLocal: ReadLocalState, onFraction?: (fraction: number) => void): Promise<PackagePreview> {
  const circles = content.docs.filter((d) => d.kind === 'circle');
  if (circles.length !== 1) throw new SyncAppError('wrong-content', `${circles.length} circles in the package`);
  const circleId = circles[0]!.id;
  const docs: DocPreview[] = [];
  // The circle first: its merged state says which meetings are deleted for good (on either laptop).
  const ordered = [...circles, ...content.docs.filter((d) => d.kind !== 'circle')];
  let deleted = new Set<string>();
  for (const [index, entry] of ordered.entries()) {
    const local = await readLocal(entry.kind, entry.id);
    if (deleted.has(entry.id)) {
      docs.push(await deletedMeetingPreview(entry, local));
    } else {
      docs.push(await previewDoc(entry, local, (doc) => {
        if (entry.kind === 'circle') deleted = deletedMeetingIds(doc);
      }));
    }
    onFraction?.((index + 1) / content.docs.length);
  }
  const foreign = docs.find((d) => d.kind === 'meeting' && !d.deletedForGood && d.circleId !== circleId);
  if (foreign) throw new SyncAppError('wrong-content', `meeting ${foreign.id} belongs to another circle`);
  docs.sort((a, b) => (a.kind === b.kind ? compareCodeUnits(a.date, b.date) || compareGerman(a.title, b.title) : a.kind === 'circle' ? -1 : 1));
  const circle = docs[0]!;
  return {
    sender: content.sender,
    createdAt: content.createdAt,
    circleId,
    circleName: circle.title,
    circleKnown: circle.known,
    docs,
    authors: sumAuthors(docs.flatMap((d) => d.authors)),
  };
}

/**
 * Merges the package's update into a copy of the stored doc and counts what it adds, per author, in
 * words (mergeReport.ts) and as units. The copy is `gc: false`, so the report can name a value that
 * lost a conflict and count text the package deletes; it lives in memory only and is never written.
 */
async function previewDoc(entry: SyncPackageDoc, local: Uint8Array | null, inspect: (merged: Y.Doc) => void): Promise<DocPreview> {
  const doc = new Y.Doc({ gc: false });
  try {
    if (local) Y.applyUpdate(doc, local);
    const known = docKind(doc) !== undefined;
    if (known && docKind(doc) !== entry.kind) throw new SyncAppError('wrong-content', `doc ${entry.id} is not a ${entry.kind} here`);
    // Cases shown here before, with what the sender has not seen of them (if the package removes one).
    const casesBefore = entry.kind === 'meeting' && known
      ? casesSnapshot(doc).map((c) => ({ id: c.id, title: c.title, unseen: textUnseenBy(doc, c.id, entry.stateVector) }))
      : [];

    let transaction: Y.Transaction | undefined;
    const capture = (tr: Y.Transaction) => { transaction ??= tr; };
    doc.on('afterTransaction', capture);
    try {
      Y.applyUpdateV2(doc, entry.update);
    } catch (error) {
      throw new SyncAppError('wrong-content', `doc ${entry.id} does not apply`, { cause: error });
    } finally {
      doc.off('afterTransaction', capture);
    }
    if (doc.store.pendingStructs || doc.store.pendingDs) throw new SyncAppError('needs-full-package', `doc ${entry.id} misses dependencies`);
    // An update without the doc's creation is a reply to a state this laptop never had.
    if (docKind(doc) === undefined) throw new SyncAppError('needs-full-package', `doc ${entry.id} lacks its creation`);
    if (docKind(doc) !== entry.kind || str(metaOf(doc), 'id') !== entry.id) throw new SyncAppError('wrong-content', `doc ${entry.id} is not the ${entry.kind} it claims`);
    const authors = transaction ? countChanges(doc, transaction) : [];
    const changesDoc = !!transaction && (transaction.deleteSet.clients.size > 0
      || [...transaction.afterState].some(([client, clock]) => clock > (transaction!.beforeState.get(client) ?? 0)));
    const changes = transaction ? summarizeChanges(doc, transaction) : { created: false, scopes: [] };
    const conflicts = transaction && known ? findConflicts(doc, transaction, entry.stateVector) : [];
    inspect(doc);
    const shownAfter = new Set<CaseId>(entry.kind === 'meeting' ? casesSnapshot(doc).map((c) => c.id) : []);
    const removedCases = casesBefore.filter((c) => !shownAfter.has(c.id))
      .map((c) => ({ title: c.title, writtenSince: c.unseen, forGood: !doc.getMap('cases').has(c.id) }));
    const meta = metaOf(doc);
    return {
      id: entry.id,
      kind: entry.kind,
      title: entry.kind === 'circle' ? str(meta, 'name') : str(meta, 'title'),
      date: entry.kind === 'meeting' ? str(meta, 'date') : '',
      circleId: entry.kind === 'meeting' ? str(meta, 'circleId') : '',
      known,
      inserted: authors.reduce((sum, a) => sum + a.inserted, 0),
      deleted: authors.reduce((sum, a) => sum + a.deleted, 0),
      authors,
      removedCases,
      changesDoc,
      changes,
      conflicts,
    };
  } finally {
    doc.destroy();
  }
}

/**
 * A meeting deleted for good, as the preview lists it: it will not be imported, so a package that
 * lacks its creation (a reply to a state this laptop no longer has) is no error. Its date is shown
 * when the package (or a leftover copy) says it.
 */
async function deletedMeetingPreview(entry: SyncPackageDoc, local: Uint8Array | null): Promise<DocPreview> {
  const doc = createDoc();
  try {
    if (local) Y.applyUpdate(doc, local);
    try {
      Y.applyUpdateV2(doc, entry.update);
    } catch {
      // Only the date is wanted from it.
    }
    const meta = metaOf(doc);
    return {
      id: entry.id, kind: entry.kind, title: str(meta, 'title'), date: str(meta, 'date'), circleId: str(meta, 'circleId'),
      known: local !== null, inserted: 0, deleted: 0, authors: [], deletedForGood: true, removedCases: [],
      // A leftover copy here is deleted by the import.
      changesDoc: local !== null, changes: { created: false, scopes: [] }, conflicts: [],
    };
  } finally {
    doc.destroy();
  }
}

/**
 * The units a transaction added (characters, elements, entries, field values) and deleted, per
 * author. Authorship bookkeeping itself (the `users` map) is not counted as a change.
 */
function countChanges(doc: Y.Doc, transaction: Y.Transaction): AuthorCount[] {
  const byClient = authorsByClient(doc);
  const users = doc.share.get('users');
  const counts = new Map<string | null, { author: Author | undefined; inserted: number; deleted: number }>();
  const slot = (author: Author | undefined) => {
    const key = author?.deviceId ?? null;
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { author, inserted: 0, deleted: 0 }));
    return count;
  };

  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = doc.store.clients.get(client) ?? [];
    let added = 0;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (!(struct instanceof Y.Item) || (users && rootOf(struct) === users)) continue;
      const start = Math.max(struct.id.clock, before);
      const end = Math.min(struct.id.clock + struct.length, after);
      if (end > start) added += end - start;
    }
    if (added > 0) slot(byClient.get(client)).inserted += added;
  }

  if (transaction.deleteSet.clients.size > 0) {
    const pud = new Y.PermanentUserData(doc);
    const byDevice = new Map([...byClient.values()].map((a) => [a.deviceId, a]));
    for (const [client, ranges] of transaction.deleteSet.clients) {
      for (const range of ranges) {
        const deviceId = pud.getUserByDeletedId(Y.createID(client, range.clock));
        slot(deviceId ? byDevice.get(deviceId) ?? { deviceId, name: '', role: '' } : undefined).deleted += range.len;
      }
    }
  }

  return [...counts.values()].map(({ author, inserted, deleted }) => ({
    deviceId: author?.deviceId ?? null, name: author?.name ?? '', role: author?.role ?? '', inserted, deleted,
  }));
}

function rootOf(item: Y.Item): unknown {
  let type = item.parent as Y.AbstractType<unknown> | null;
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null;
  return type;
}

/** Adds up counts of the same author (across docs), most changes first. */
export function sumAuthors(counts: readonly AuthorCount[]): AuthorCount[] {
  const sums = new Map<string | null, AuthorCount>();
  for (const count of counts) {
    const sum = sums.get(count.deviceId);
    sums.set(count.deviceId, sum
      ? { ...sum, name: sum.name || count.name, role: sum.role || count.role, inserted: sum.inserted + count.inserted, deleted: sum.deleted + count.deleted }
      : count);
  }
  return [...sums.values()].sort((a, b) => b.inserted + b.deleted - (a.inserted + a.deleted));
}

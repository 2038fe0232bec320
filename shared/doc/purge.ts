/**
 * Purge: what a moderator removed leaves no trace in what Tandem writes (docs/privacy.md).
 *
 * Rules:
 * - Docs are created with `gc: true` (createDoc): Yjs drops the content of deleted items as soon as
 *   the transaction that deleted them ends, and keeps only their ids (struct ids, state vector and
 *   delete set stay, so the doc still merges with the co-moderator's copy, and an older package that
 *   still holds the removed text cannot bring it back: its items are already known by id).
 * - The one exception in memory: an undo history (Ctrl+Z in an editor or in live mode) keeps the
 *   items it may restore (Yjs' `keep` flag). That content stays in memory while the doc is open;
 *   it is never written: every byte of a doc that goes to storage, a backup or a package is encoded
 *   by `encodePurgedState` (or comes from a fresh gc doc, which holds no undo history).
 * - Updates stored one row per change can hold text that was deleted afterwards; the store is
 *   rewritten with the purged state at the points listed in renderer/data/persistence.ts.
 */
import * as Y from 'yjs';

/** The deleted items that still carry their content (kept by an undo history, or in a `gc: false` doc). */
function itemsHoldingDeletedContent(doc: Y.Doc): Y.Item[] {
  const held: Y.Item[] = [];
  const deleteSet = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of deleteSet.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const range of ranges) {
      // Deleted structs of a range are consecutive in the client's list (sorted by clock).
      let index = Y.findIndexSS(structs, range.clock);
      for (let struct = structs[index]; struct && struct.id.clock < range.clock + range.len; struct = structs[++index]) {
        if (struct instanceof Y.Item && struct.deleted && !(struct.content instanceof Y.ContentDeleted)) held.push(struct);
      }
    }
  }
  return held;
}

/**
 * The doc's full state as a V1 update (the store's row format) without the content of anything
 * deleted, as a `gc: true` doc would hold it: every id and the state vector stay. Leaves the doc and
 * its undo histories as they were. A deleted item that still carries content is written as Yjs
 * writes a garbage-collected one (ContentDeleted of the same length; the items inside a deleted type
 * then decode as GC): its content is swapped out for the synchronous encode and put back after, so
 * purging costs about one encode, not a round trip through another doc.
 */
export function encodePurgedState(doc: Y.Doc): Uint8Array {
  const held = itemsHoldingDeletedContent(doc);
  if (held.length === 0) return Y.encodeStateAsUpdate(doc);
  const contents = held.map((item) => item.content);
  try {
    for (const item of held) item.content = new Y.ContentDeleted(item.length);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    held.forEach((item, index) => { item.content = contents[index]!; });
  }
}

/**
 * An update (or a merge of stored rows) without deleted content, as a V1 update. Pending structs
 * (whose dependencies are missing) are kept as they are: they are not integrated, so Yjs has not
 * decided about them yet.
 */
export function purgeUpdate(update: Uint8Array, { v2 = false }: { v2?: boolean } = {}): Uint8Array {
  const scratch = new Y.Doc({ gc: true });
  try {
    if (v2) Y.applyUpdateV2(scratch, update);
    else Y.applyUpdate(scratch, update);
    return Y.encodeStateAsUpdate(scratch);
  } finally {
    scratch.destroy();
  }
}

/** Whether a transaction deleted anything (the store then holds text that should be purged). */
export function transactionDeleted(transaction: Y.Transaction | undefined): boolean {
  return !!transaction && transaction.deleteSet.clients.size > 0;
}

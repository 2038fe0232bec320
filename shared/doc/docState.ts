/** Whether an update changes a doc at all, and a short fingerprint of a doc state (import, backups, undo). */
import * as Y from 'yjs';

/**
 * Whether applying a V2 update would change the doc: it holds a struct the doc lacks, or deletes
 * something the doc still shows. Reads only.
 */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const { to } = Y.parseUpdateMetaV2(update);
  for (const [client, clock] of to) if (clock > (state.get(client) ?? 0)) return true;
  const { ds } = Y.decodeUpdateV2(update);
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client) ?? [];
    const known = state.get(client) ?? 0;
    for (const range of ranges) {
      if (range.clock + range.len > known) return true;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i]!.id.clock < range.clock + range.len; i++) {
        const struct = structs[i]!;
        if (struct instanceof Y.Item && !struct.deleted) return true;
      }
    }
  }
  return false;
}

/**
 * A short fingerprint of a doc state: its state vector and the size of its delete set. Two states of
 * one doc's lineage with equal fingerprints are equal (deletions only grow while the structs stay).
 * `source`: a doc, or a stored state (V1 update).
 */
export function stateFingerprint(source: Y.Doc | Uint8Array): string {
  const vector = Y.decodeStateVector(source instanceof Y.Doc ? Y.encodeStateVector(source) : Y.encodeStateVectorFromUpdate(source));
  const ds = source instanceof Y.Doc ? Y.createDeleteSetFromStructStore(source.store) : Y.decodeUpdate(source).ds;
  let deleted = 0;
  for (const ranges of ds.clients.values()) for (const range of ranges) deleted += range.len;
  const text = `${[...vector].sort((a, b) => a[0] - b[0]).map(([client, clock]) => `${client}:${clock}`).join(',')}#${deleted}`;
  return hash53(text);
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; it only tells states apart). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

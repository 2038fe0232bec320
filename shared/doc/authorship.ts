/**
 * Who wrote what. Each laptop's Yjs clientIDs are mapped to its moderator in the doc itself, in the
 * layout of Y.PermanentUserData (so `new Y.PermanentUserData(doc)` reads it, as y-prosemirror's
 * snapshot rendering would):
 *
 *   users: Y.Map<deviceId, Y.Map { ids: Y.Array<clientID>, ds: Y.Array<Uint8Array>, name, role }>
 *
 * `ds` holds the delete sets (Yjs DSEncoderV1 layout) of the deletions this moderator made.
 * Rules:
 * - One entry per laptop (the profile's device id), created by that laptop only; name and role are
 *   scalars (last writer wins), so renaming the profile relabels the laptop's text.
 * - A clientID is mapped right after its first local change (in the next transaction, synchronously,
 *   so before it can be saved or sent without it); opening or reading a doc writes nothing.
 * - Local deletions are recorded in batches (one `ds` entry per burst, not one transaction per
 *   keystroke as PermanentUserData.setUserMapping does) and flushed before the doc is saved or closed.
 * Attribution needs only ids: garbage collection (docs are `gc: true`) drops deleted content, never an id.
 */
import * as Y from 'yjs';
import { compareCodeUnits, compareGerman } from './text';

export const AUTHORS_KEY = 'users';
/** Pending deletions are written after this pause (or when the doc is flushed or closed). */
export const DELETIONS_FLUSH_MS = 1_000;

export interface Author {
  readonly deviceId: string;
  readonly name: string;
  /** 'physician' | 'youthWelfare' for the tandem; kept as a string so unknown roles still read. */
  readonly role: string;
}

export interface AuthorshipTracker {
  /** Writes pending deletions now (before the doc is saved or closed). */
  flush(): void;
  dispose(): void;
}

const usersOf = (doc: Y.Doc) => doc.getMap<unknown>(AUTHORS_KEY);

/**
 * Maps this doc instance's clientID to the local moderator after its first local change, and records
 * the moderator's deletions. `author()` is read at that moment (undefined: try again next change).
 */
export function trackAuthorship(doc: Y.Doc, author: () => Author | undefined): AuthorshipTracker {
  let entry: Y.Map<unknown> | undefined;
  let mapped: Author | undefined;
  const pending = new Map<number, Array<[number, number]>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (!transaction.local) return;
    const deleted = transaction.deleteSet.clients.size > 0;
    const inserted = (transaction.afterState.get(doc.clientID) ?? 0) > (transaction.beforeState.get(doc.clientID) ?? 0);
    // Reading can start an empty local transaction (Yjs creates a missing top-level type that way): only a
    // real change is mapped. The mapping runs as the next transaction, before anything else can happen.
    if (!mapped && (inserted || deleted)) {
      const me = author();
      if (!me) return;
      mapped = me;
      entry = entryFor(doc, me);
      doc.transact(() => (entry!.get('ids') as Y.Array<number>).push([doc.clientID]));
    }
    if (!mapped || !deleted) return;
    for (const [client, items] of transaction.deleteSet.clients) {
      const ranges = pending.get(client) ?? [];
      for (const item of items) ranges.push([item.clock, item.len]);
      pending.set(client, ranges);
    }
    clearTimeout(timer);
    timer = setTimeout(flush, DELETIONS_FLUSH_MS);
  };

  // Two windows of the same laptop may create the entry at once; the loser's ids move to the winner.
  const onUsers = (event: Y.YMapEvent<unknown>) => {
    if (!mapped || !event.keysChanged.has(mapped.deviceId)) return;
    const current = usersOf(doc).get(mapped.deviceId);
    if (current !== entry) setTimeout(() => {
      if (doc.isDestroyed || !mapped) return;
      entry = entryFor(doc, mapped);
      doc.transact(() => (entry!.get('ids') as Y.Array<number>).push([doc.clientID]));
    }, 0);
  };

  function flush(): void {
    clearTimeout(timer);
    if (pending.size === 0 || !entry || doc.isDestroyed) return;
    const encoded = encodeDeleteSet(pending);
    pending.clear();
    doc.transact(() => (entry!.get('ds') as Y.Array<Uint8Array>).push([encoded]));
  }

  doc.on('afterTransaction', onAfterTransaction);
  usersOf(doc).observe(onUsers);
  return {
    flush,
    dispose() {
      clearTimeout(timer);
      doc.off('afterTransaction', onAfterTransaction);
      usersOf(doc).unobserve(onUsers);
    },
  };
}

/** The laptop's entry, created in the PermanentUserData layout if missing; name and role kept current. */
function entryFor(doc: Y.Doc, me: Author): Y.Map<unknown> {
  const users = usersOf(doc);
  let entry = users.get(me.deviceId);
  doc.transact(() => {
    if (!(entry instanceof Y.Map) || !(entry.get('ids') instanceof Y.Array) || !(entry.get('ds') instanceof Y.Array)) {
      entry = new Y.Map<unknown>();
      (entry as Y.Map<unknown>).set('ids', new Y.Array());
      (entry as Y.Map<unknown>).set('ds', new Y.Array());
      users.set(me.deviceId, entry);
    }
    const map = entry as Y.Map<unknown>;
    if (map.get('name') !== me.name) map.set('name', me.name);
    if (map.get('role') !== me.role) map.set('role', me.role);
  });
  return entry as Y.Map<unknown>;
}

/** A delete set in Yjs' DSEncoderV1 layout (what PermanentUserData stores and reads). */
function encodeDeleteSet(ranges: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>): Uint8Array {
  const out: number[] = [];
  const uint = (value: number) => {
    let n = value;
    while (n > 0x7f) {
      out.push(0x80 | (n & 0x7f));
      n = Math.floor(n / 128);
    }
    out.push(n);
  };
  uint(ranges.size);
  for (const [client, list] of ranges) {
    uint(client);
    uint(list.length);
    for (const [clock, len] of list) {
      uint(clock);
      uint(len);
    }
  }
  return Uint8Array.from(out);
}

/** Every laptop that wrote into the doc, by the clientIDs it used. Reads only. */
export function authorsByClient(doc: Y.Doc): Map<number, Author> {
  const byClient = new Map<number, Author>();
  for (const author of authorList(doc)) {
    const ids = (usersOf(doc).get(author.deviceId) as Y.Map<unknown>).get('ids') as Y.Array<unknown>;
    for (const id of ids.toArray()) if (typeof id === 'number') byClient.set(id, author);
  }
  return byClient;
}

/** The laptops known to the doc, in a stable order (by name, then device id). */
export function authorList(doc: Y.Doc): Author[] {
  const authors: Author[] = [];
  for (const [deviceId, entry] of usersOf(doc).entries()) {
    if (!(entry instanceof Y.Map) || !(entry.get('ids') instanceof Y.Array)) continue;
    const name = entry.get('name');
    const role = entry.get('role');
    authors.push({ deviceId, name: typeof name === 'string' ? name : '', role: typeof role === 'string' ? role : '' });
  }
  return authors.sort((a, b) => compareGerman(a.name, b.name) || compareCodeUnits(a.deviceId, b.deviceId));
}

/** A stretch of text written by one laptop (deviceId null: written before authorship was recorded). */
export interface AttributedRun {
  readonly text: string;
  readonly deviceId: string | null;
}

/** One block of a note (paragraph, heading, list item …) with its text split by author. */
export interface AttributedBlock {
  readonly type: string;
  /** For list items: 'bulletList' or 'orderedList', and the nesting depth (1 = top). */
  readonly list?: 'bulletList' | 'orderedList';
  readonly depth: number;
  readonly runs: readonly AttributedRun[];
}

const LISTS = new Set(['bulletList', 'orderedList']);
const CONTAINERS = new Set(['listItem', 'blockquote']);

/**
 * The visible text of a rich-text fragment, block by block, each character attributed to the laptop
 * whose clientID inserted it (Yjs items carry their author's clientID; deleted ones are skipped).
 */
export function attributedBlocks(fragment: Y.XmlFragment, byClient: ReadonlyMap<number, Author>): AttributedBlock[] {
  const blocks: AttributedBlock[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement, list: AttributedBlock['list'], depth: number) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (LISTS.has(child.nodeName)) walk(child, child.nodeName as AttributedBlock['list'], depth + 1);
      else if (CONTAINERS.has(child.nodeName)) walk(child, list, depth);
      else blocks.push({ type: child.nodeName, ...(list && { list }), depth, runs: runsOf(child, byClient) });
    }
  };
  walk(fragment, undefined, 0);
  return blocks;
}

function runsOf(element: Y.XmlElement, byClient: ReadonlyMap<number, Author>): AttributedRun[] {
  const runs: AttributedRun[] = [];
  const push = (text: string, deviceId: string | null) => {
    const last = runs[runs.length - 1];
    if (last && last.deviceId === deviceId) runs[runs.length - 1] = { text: last.text + text, deviceId };
    else runs.push({ text, deviceId });
  };
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') push('\n', byClient.get(child._item?.id.client ?? -1)?.deviceId ?? null);
      continue;
    }
    if (!(child instanceof Y.XmlText)) continue;
    for (let item = child._start; item; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
      push(item.content.str, byClient.get(item.id.client)?.deviceId ?? null);
    }
  }
  return runs;
}

/** Characters per laptop in a fragment's visible text (for the legend of the authorship view). */
export function charactersByAuthor(blocks: readonly AttributedBlock[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const block of blocks) for (const run of block.runs) counts.set(run.deviceId, (counts.get(run.deviceId) ?? 0) + run.text.length);
  return counts;
}

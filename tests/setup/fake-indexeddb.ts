// Real IndexedDB semantics in Node: Dexie and y-indexeddb run unchanged on fake-indexeddb.
import 'fake-indexeddb/auto';

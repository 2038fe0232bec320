/**
 * Searching stored bytes for text that must be gone (purge, retention, deletion) and reading a doc
 * store's rows raw, the way a forensic look at the profile would.
 */

/**
 * Whether bytes contain a text as UTF-8 or as UTF-16 (little or big endian), the ways a string can
 * be stored; with `lowerCase` also the lower-cased text (the search index keeps it so).
 */
export function bytesContain(bytes: Uint8Array, text: string, { lowerCase = false } = {}): boolean {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [text, ...(lowerCase ? [text.toLocaleLowerCase('de')] : [])].some((t) => {
    const le = Buffer.from(t, 'utf16le');
    return haystack.includes(Buffer.from(t, 'utf8')) || haystack.includes(le) || haystack.includes(Buffer.from(le).swap16());
  });
}

/** Rows in a doc's IndexedDB store (`updates`), read directly (what a reload would find). */
export function storedRows(name: string, idb: IDBFactory = indexedDB): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      request.onsuccess = () => { db.close(); resolve(request.result as Uint8Array[]); };
      request.onerror = () => reject(request.error);
    };
    open.onerror = () => reject(open.error);
  });
}

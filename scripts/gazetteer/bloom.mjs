// Bloom filter builder. The runtime twin is shared/anonymize/bloom.ts: same hashes, same layout.

/** Two 32-bit FNV-1a style hashes over UTF-16 code units, combined by double hashing. */
export function hashes(key) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

export function bloomBuild(keys, bitsPerEntry, k) {
  const m = Math.ceil((keys.length * bitsPerEntry) / 8) * 8;
  const bits = new Uint8Array(m / 8);
  for (const key of keys) {
    const [h1, h2] = hashes(key);
    for (let i = 0; i < k; i++) {
      const idx = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      bits[idx >> 3] |= 1 << (idx & 7);
    }
  }
  return { bits, m };
}

// Read side of the Bloom filters built by scripts/gazetteer/bloom.mjs (same hashes, same layout).
// A Bloom filter answers "certainly not in the set" or "probably in the set"; the false-positive
// rates are chosen in the build script.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(data: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(data);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = data.length;
  while (len > 0 && data.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = lookup[data.charCodeAt(i)] ?? 0;
    const b = lookup[data.charCodeAt(i + 1)] ?? 0;
    const c = i + 2 < len ? (lookup[data.charCodeAt(i + 2)] ?? 0) : 0;
    const d = i + 3 < len ? (lookup[data.charCodeAt(i + 3)] ?? 0) : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export class BloomFilter {
  private readonly bits: Uint8Array;
  private readonly m: number;

  constructor(base64: string, private readonly k: number) {
    this.bits = decodeBase64(base64);
    this.m = this.bits.length * 8;
  }

  has(key: string): boolean {
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
    h1 >>>= 0;
    h2 = (h2 | 1) >>> 0;
    for (let i = 0; i < this.k; i++) {
      const idx = ((h1 + Math.imul(i, h2)) >>> 0) % this.m;
      if ((this.bits[idx >> 3]! & (1 << (idx & 7))) === 0) return false;
    }
    return true;
  }
}

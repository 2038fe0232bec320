/**
 * The body of a Tandem-Paket before encryption: what it carries, how it is framed and compressed.
 *
 *   plain body = u32 LE manifest length M | manifest JSON (UTF-8, M bytes) | blob
 *   blob       = for each doc in manifest order: its update bytes, then its state-vector bytes
 *   on disk    = raw DEFLATE (RFC 1951) of the plain body, then AES-256-GCM
 *
 * Rules:
 *  - updates are Yjs **V2** updates (`Y.encodeStateAsUpdateV2`, apply with `Y.applyUpdateV2`);
 *    state vectors are `Y.encodeStateVector`. A change of either is a new format version;
 *  - the manifest lengths must add up to the blob exactly; every update and state vector must decode;
 *  - the manifest may gain optional fields within a format version; readers ignore unknown ones.
 */
import { Inflate, deflateSync } from 'fflate';
import * as Y from 'yjs';
import { z } from 'zod';
import { SyncPackageError } from './errors';
import type { SYNC_FORMAT_VERSION } from './header';

export const SENDER_ROLES = ['physician', 'youthWelfare'] as const;
/** physician: Ärztin/Arzt · youthWelfare: Fachkraft der Kinder- und Jugendhilfe. */
export type SenderRole = (typeof SENDER_ROLES)[number];
export const SYNC_DOC_KINDS = ['circle', 'meeting'] as const;
export type SyncDocKind = (typeof SYNC_DOC_KINDS)[number];

export interface SyncPackageDoc {
  /** The Y.Doc's id (its y-indexeddb name): unique within a package. */
  readonly id: string;
  readonly kind: SyncDocKind;
  /** Yjs V2 update: what the receiver lacks if its state vector was known, the whole doc otherwise. */
  readonly update: Uint8Array;
  /** The sender's state vector of this doc after the update, so the reply can be minimal. */
  readonly stateVector: Uint8Array;
}

export interface SyncPackageContent {
  readonly formatVersion: typeof SYNC_FORMAT_VERSION;
  /** ISO 8601 date-time, e.g. `new Date().toISOString()`. */
  readonly createdAt: string;
  readonly sender: { readonly deviceId: string; readonly name: string; readonly role: SenderRole };
  readonly docs: readonly SyncPackageDoc[];
}

/** Default cap on the decompressed body; decoding stops as soon as the output passes it. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
export const MAX_DOCS = 10_000;
/** Doc ids: 1–128 characters, letters, digits and `_ . : -`, starting with a letter or digit. */
export const DOC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

const manifestSchema = z.object({
  createdAt: z.iso.datetime({ offset: true }),
  sender: z.object({
    deviceId: z.string().min(1).max(128),
    name: z.string().max(200),
    role: z.enum(SENDER_ROLES),
  }),
  docs: z
    .array(
      z.object({
        id: z.string().regex(DOC_ID_PATTERN),
        kind: z.enum(SYNC_DOC_KINDS),
        updateLength: z.int().min(0),
        stateVectorLength: z.int().min(0),
      }),
    )
    .max(MAX_DOCS)
    .refine((docs) => new Set(docs.map((d) => d.id)).size === docs.length, 'doc ids must be unique'),
});
type Manifest = z.infer<typeof manifestSchema>;

/** Serialises the content into the plain body. Throws TypeError on content that would not decode. */
export function serializeBody(content: SyncPackageContent): Uint8Array<ArrayBuffer> {
  const manifest: Manifest = {
    createdAt: content.createdAt,
    sender: { deviceId: content.sender.deviceId, name: content.sender.name, role: content.sender.role },
    docs: content.docs.map((d) => ({ id: d.id, kind: d.kind, updateLength: d.update.length, stateVectorLength: d.stateVector.length })),
  };
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) throw new TypeError(`invalid SyncPackageContent: ${z.prettifyError(checked.error)}`);
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const blobLength = content.docs.reduce((sum, d) => sum + d.update.length + d.stateVector.length, 0);
  const body = new Uint8Array(4 + json.length + blobLength);
  new DataView(body.buffer).setUint32(0, json.length, true);
  body.set(json, 4);
  let at = 4 + json.length;
  for (const d of content.docs) {
    body.set(d.update, at);
    body.set(d.stateVector, at + d.update.length);
    at += d.update.length + d.stateVector.length;
  }
  return body;
}

/** Parses and validates a plain body. Throws SyncPackageError('damaged') on anything amiss. */
export function parseBody(body: Uint8Array, formatVersion: typeof SYNC_FORMAT_VERSION): SyncPackageContent {
  const damaged = (detail: string, cause?: unknown) => new SyncPackageError('damaged', detail, { cause });
  if (body.length < 4) throw damaged('body is shorter than its manifest length');
  const manifestLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  if (manifestLength > body.length - 4) throw damaged('manifest length exceeds the body');

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, 4 + manifestLength)));
  } catch (error) {
    throw damaged('manifest is not UTF-8 JSON', error);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw damaged(`manifest is invalid: ${z.prettifyError(parsed.error)}`);
  const manifest = parsed.data;

  const blobLength = body.length - 4 - manifestLength;
  const declared = manifest.docs.reduce((sum, d) => sum + d.updateLength + d.stateVectorLength, 0);
  if (declared !== blobLength) throw damaged(`manifest declares ${declared} bytes, blob has ${blobLength}`);

  let at = 4 + manifestLength;
  const docs = manifest.docs.map((d): SyncPackageDoc => {
    const update = body.slice(at, at + d.updateLength);
    const stateVector = body.slice(at + d.updateLength, at + d.updateLength + d.stateVectorLength);
    at += d.updateLength + d.stateVectorLength;
    try {
      Y.decodeUpdateV2(update);
      Y.decodeStateVector(stateVector);
    } catch (error) {
      throw damaged(`doc ${d.id}: update or state vector does not decode`, error);
    }
    return { id: d.id, kind: d.kind, update, stateVector };
  });
  return { formatVersion, createdAt: manifest.createdAt, sender: manifest.sender, docs };
}

export function compressBody(body: Uint8Array): Uint8Array<ArrayBuffer> {
  return deflateSync(body, { level: 9 });
}

const INFLATE_CHUNK = 16 * 1024; // a 16 KiB chunk inflates to at most ~17 MiB, so we stop soon past the cap

/**
 * Inflates raw DEFLATE in chunks and stops as soon as the output passes `maxBytes`
 * ('too-large'); a malformed or truncated stream gives 'damaged'.
 */
export function inflateBounded(compressed: Uint8Array, maxBytes: number, onFraction?: (fraction: number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new SyncPackageError('too-large', `body inflates beyond ${maxBytes} bytes`);
    chunks.push(chunk);
  });
  try {
    const pushes = Math.max(1, Math.ceil(compressed.length / INFLATE_CHUNK));
    for (let i = 0; i < pushes; i++) {
      inflater.push(compressed.subarray(i * INFLATE_CHUNK, (i + 1) * INFLATE_CHUNK), i === pushes - 1);
      onFraction?.((i + 1) / pushes);
    }
  } catch (error) {
    if (error instanceof SyncPackageError) throw error;
    throw new SyncPackageError('damaged', 'body does not inflate', { cause: error });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The docs of a package: per doc, a V2 update with only what the receiver lacks when its state
 * vector is known (from the last package it sent), the whole state otherwise.
 * A known state vector that does not decode is ignored (the whole state is sent: more, never less).
 */
export function buildPackageDocs(
  docs: ReadonlyArray<{ readonly id: string; readonly kind: SyncDocKind; readonly doc: Y.Doc }>,
  knownRemoteStateVectors: ReadonlyMap<string, Uint8Array> = new Map(),
): SyncPackageDoc[] {
  return docs.map(({ id, kind, doc }) => {
    const remote = knownRemoteStateVectors.get(id);
    let update: Uint8Array;
    try {
      update = Y.encodeStateAsUpdateV2(doc, remote);
    } catch {
      update = Y.encodeStateAsUpdateV2(doc);
    }
    return { id, kind, update, stateVector: Y.encodeStateVector(doc) };
  });
}

import { expect, test } from 'vitest';
import { HEADER_LENGTH, SyncPackageError, TEST_KDF, buildPackageDocs, decodeSyncPackage } from '../../../shared/sync';
import { PASSPHRASE, encodeForTest, makeContent, makeMeetingDoc, seededRandom, typeInto } from './helpers';

// Header bytes 16–27 (the KDF parameters) are left alone here: a mutation there may ask for up to
// 1 GiB × 4 passes, which is allowed but slow. Their bounds are tested in errors.test.ts.
const KDF_PARAMS = { start: 16, end: 28 };

test('decode rejects a few hundred random and mutated inputs with SyncPackageError only', async () => {
  const random = seededRandom(2025);
  const int = (n: number) => Math.floor(random() * n);
  const doc = makeMeetingDoc(9, (d) => typeInto(d, 300));
  const valid = await encodeForTest(makeContent({ docs: buildPackageDocs([{ id: 'meeting-9', kind: 'meeting', doc }]) }));

  const mutate = (): Uint8Array => {
    const kind = int(5);
    if (kind === 0) return globalThis.crypto.getRandomValues(new Uint8Array(int(400)));
    if (kind === 1) {
      // a plausible header followed by noise
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(HEADER_LENGTH + int(300)));
      bytes.set(valid.subarray(0, 28));
      return bytes;
    }
    if (kind === 2) return valid.subarray(0, int(valid.length));
    // 1–4 distinct positions, each changed for sure: kind 3 flips one bit, kind 4 writes another
    // value (writing the same value, or hitting one position twice, could leave the file intact)
    const bytes = valid.slice();
    const positions = new Set<number>();
    for (let flips = 1 + int(4); positions.size < flips; ) {
      const at = int(bytes.length);
      if (at < KDF_PARAMS.start || at >= KDF_PARAMS.end) positions.add(at);
    }
    for (const at of positions) bytes[at] = kind === 3 ? bytes[at]! ^ (1 << int(8)) : (bytes[at]! + 1 + int(255)) % 256;
    return bytes;
  };

  const codes = new Map<string, number>();
  for (let i = 0; i < 300; i++) {
    const input = mutate();
    const outcome = await decodeSyncPackage(input, PASSPHRASE, { minKdf: TEST_KDF }).then(
      () => 'decoded',
      (error: unknown) => {
        expect(error, `case ${i}`).toBeInstanceOf(SyncPackageError);
        return (error as SyncPackageError).code;
      },
    );
    codes.set(outcome, (codes.get(outcome) ?? 0) + 1);
  }
  console.log('fuzz outcomes', Object.fromEntries(codes));
  expect(codes.get('decoded') ?? 0).toBe(0);
});

test('decode survives inputs that are not bytes at all', async () => {
  for (const input of [undefined, null, 'TANDEMPK', 42, {}, [84, 65]] as unknown[]) {
    await expect(decodeSyncPackage(input as Uint8Array, PASSPHRASE, { minKdf: TEST_KDF })).rejects.toBeInstanceOf(SyncPackageError);
  }
  await expect(decodeSyncPackage(await encodeForTest(), undefined as unknown as string, { minKdf: TEST_KDF })).rejects.toBeInstanceOf(SyncPackageError);
});

/** Slot: filled by the feature that owns this folder. */
export function CircleSyncActions(_props: { readonly circleId: string }) {
  return null;
}

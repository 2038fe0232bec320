/** Slot: filled by the feature that owns this folder. */
export function OpenStrategiesTab(_props: { readonly circleId: string }) {
  return null;
}

/** Slot: filled by the feature that owns this folder. */
export function OffersTab(_props: { readonly circleId: string }) {
  return null;
}

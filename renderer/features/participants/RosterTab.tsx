/** Slot: filled by the feature that owns this folder. */
export function RosterTab(_props: { readonly circleId: string }) {
  return null;
}

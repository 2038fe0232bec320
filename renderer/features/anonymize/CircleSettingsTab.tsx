/** Slot: filled by the feature that owns this folder. */
export function CircleSettingsTab(_props: { readonly circleId: string }) {
  return null;
}

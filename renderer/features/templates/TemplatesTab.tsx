/** Slot: filled by the feature that owns this folder. */
export function TemplatesTab(_props: { readonly circleId: string }) {
  return null;
}

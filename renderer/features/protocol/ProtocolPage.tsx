/** Slot: filled by the feature that owns this folder. */
export function ProtocolPage(_props: { readonly meetingId: string }) {
  return null;
}

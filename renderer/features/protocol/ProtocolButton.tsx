/** Slot: filled by the feature that owns this folder. */
export function ProtocolButton(_props: { readonly meetingId: string }) {
  return null;
}

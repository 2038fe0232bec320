/** Slot: filled by the feature that owns this folder. */
export function MeetingSyncActions(_props: { readonly meetingId: string; readonly circleId: string }) {
  return null;
}

/** Slot: filled by the feature that owns this folder. */
export function FollowUpsTab(_props: { readonly meetingId: string; readonly circleId: string }) {
  return null;
}

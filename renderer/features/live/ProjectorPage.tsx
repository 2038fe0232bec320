/** Slot: filled by the feature that owns this folder. */
export function ProjectorPage(_props: { readonly meetingId: string; readonly caseId: string }) {
  return null;
}

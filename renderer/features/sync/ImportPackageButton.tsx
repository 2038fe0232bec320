/** Slot: filled by the feature that owns this folder. */
export function ImportPackageButton(_props: Record<string, never>) {
  return null;
}

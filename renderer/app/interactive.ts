/** Marks the moment the first screen shows its data and takes input (measured by `npm run bench`). */
let marked = false;
export function markInteractive(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => performance.mark('app:interactive'));
}

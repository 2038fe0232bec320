/**
 * Performance marks measured by `npm run bench`, each set once, at the next frame after the moment:
 * - `app:interactive`: the first screen shows its data and takes input;
 * - `notes:painted`: a notes editor first shows its stored content.
 */
const marked = new Set<string>();

function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  requestAnimationFrame(() => performance.mark(name));
}

export const markInteractive = () => markOnce('app:interactive');
export const markNotesPainted = () => markOnce('notes:painted');

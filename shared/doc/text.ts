/** Short collaborative texts (items, measures, the presenter's question) live in Y.Text. */
import type * as Y from 'yjs';

/**
 * Replaces a Y.Text's content by `value` with the smallest edit (common prefix and suffix kept),
 * so that a concurrent edit of the other moderator elsewhere in the same text survives the merge.
 */
export function setText(text: Y.Text, value: string): void {
  const current = text.toString();
  if (current === value) return;
  let start = 0;
  while (start < current.length && start < value.length && current[start] === value[start]) start++;
  let end = 0;
  while (end < current.length - start && end < value.length - start && current[current.length - 1 - end] === value[value.length - 1 - end]) end++;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = value.slice(start, value.length - end);
  if (inserted) text.insert(start, inserted);
}

let collator: Intl.Collator | undefined;
/**
 * German alphabetical order, as `a.localeCompare(b, 'de')` but with one shared collator: creating
 * one per comparison (which `localeCompare` with a locale does) costs a lot on long lists.
 */
export function compareGerman(a: string, b: string): number {
  collator ??= new Intl.Collator('de');
  return collator.compare(a, b);
}

/**
 * Plain code-unit order, for ISO dates, timestamps and ids (which sort correctly that way):
 * `localeCompare` would load the locale's collation data for nothing.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * „Zur Stelle“ on the same screen: puts the cursor on a finding's text in the field that holds it
 * (an input, a textarea, or a rich-text editor), selecting the text, and scrolls it into view.
 * The occurrence is counted as redact.ts counts it: over the field's text in order, overlapping
 * matches included (a finding never spans two blocks of a note).
 */

/** The element id of a case's findings panel (live mode's count of open findings points to it). */
export const FINDINGS_PANEL_ID = 'findings-panel';

/** Every start of `text` in `value`, overlapping ones included. */
function starts(value: string, text: string): number[] {
  const found: number[] = [];
  for (let i = value.indexOf(text); i >= 0 && text; i = value.indexOf(text, i + 1)) found.push(i);
  return found;
}

/** Selects the `occurrence`-th `text` in the field; false when it is not (or no longer) there. */
export function focusFinding(field: HTMLElement, text: string, occurrence: number): boolean {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    const at = starts(field.value, text)[occurrence];
    if (at === undefined) return false;
    field.focus();
    field.setSelectionRange(at, at + text.length);
    field.scrollIntoView({ block: 'center' });
    return true;
  }
  // A rich-text editor: the occurrence within the text nodes, block by block, in document order.
  let left = occurrence;
  const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const found = starts(node.nodeValue ?? '', text);
    if (left >= found.length) {
      left -= found.length;
      continue;
    }
    const range = document.createRange();
    range.setStart(node, found[left]!);
    range.setEnd(node, found[left]! + text.length);
    field.focus();
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (node.parentElement ?? field).scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

/** The field with this accessible name (aria-label), once it is drawn (up to `frames` frames later). */
export function whenField(name: string, frames = 30): Promise<HTMLElement | undefined> {
  return new Promise((resolve) => {
    const look = (left: number) => {
      const editable = (el: Element | null | undefined): el is HTMLElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);
      const labelled = [...document.querySelectorAll<HTMLElement>('[aria-label]')].find((el) => el.getAttribute('aria-label') === name && editable(el));
      const byLabel = [...document.querySelectorAll('label')].find((label) => label.textContent?.trim() === name)?.control;
      const field = labelled ?? (editable(byLabel) ? byLabel : undefined);
      if (field || left === 0) resolve(field);
      else requestAnimationFrame(() => look(left - 1));
    };
    look(frames);
  });
}

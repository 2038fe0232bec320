/**
 * The findings of a notes editor painted as CSS Custom Highlights (`::highlight(finding-name)` …,
 * styled in styles.css) over DOM Ranges, and only for the blocks on screen.
 *
 * Why not inline decoration spans: a span per finding splits a paragraph's text into many nodes, and
 * every keystroke into such a paragraph then cost the browser and ProseMirror about a millisecond
 * more, growing with the underlines in that paragraph; React's commit also walks every node of the
 * focused editor to save the selection. A Range needs no element: the DOM stays exactly what it is
 * with the check off. Chromium's own cost for highlights grows with the number of registered ranges
 * (it revalidates them after each DOM change), so only the findings of the blocks in or near the
 * viewport are registered, whatever the length of the note. Measured by `npm run bench`
 * (keystroke-check-ratio); see docs/anonymization.md.
 *
 * Rules:
 * - The plugin state's DecorationSet (findingsExtension.ts) stays the one source of truth: mapped
 *   through every transaction, replaced by every check. This class only paints it.
 * - Painting happens when a check brings new findings, when blocks scroll in or out of view
 *   (IntersectionObserver, with a margin so underlines are there before a block is seen) or are
 *   drawn anew, and, for a set only mapped through typing, when the browser is idle (the live
 *   ranges follow the typed text meanwhile): a keystroke's frame does no work for the underlines.
 * - The hint of a finding shows as the editor's tooltip while the pointer is over it.
 * Where the browser lacks the API (jsdom in unit tests), the editor draws decoration spans instead.
 */
import type { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import type { IdentifierKind } from '../../../shared/anonymize';

/** Runs `run` once the browser is idle (at the latest after IDLE_LIMIT_MS); returns a cancel. */
const IDLE_LIMIT_MS = 300;
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: IDLE_LIMIT_MS });
  return () => cancelIdleCallback(handle);
}

/** How far outside the viewport a block still counts as on screen, in CSS pixels. */
export const VIEW_MARGIN_PX = 200;

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof IntersectionObserver === 'function';

/** The CSS highlight name of a kind (styled as `::highlight(finding-<kind>)`). */
export const highlightName = (kind: IdentifierKind): string => `finding-${kind}`;

/** One Highlight per kind for the whole page; each editor adds and removes only its own ranges. */
function highlightOf(kind: IdentifierKind): Highlight {
  const name = highlightName(kind);
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** The spec of a finding's decoration (findingsExtension.ts). */
export interface FindingSpec {
  readonly kind: IdentifierKind;
  readonly title: string;
}

interface Painted extends FindingSpec {
  readonly range: Range;
}

const keyOf = (from: number, to: number, { kind, title }: FindingSpec) => `${from}:${to}:${kind}:${title}`;

export class FindingHighlights {
  private painted: Painted[] = [];
  /** The newest set, and the one the painted ranges show. */
  private set: DecorationSet | undefined;
  private paintedSet: DecorationSet | undefined;
  /** Top-level block elements of the editor that are in or near the viewport. */
  private readonly onScreen = new Set<Element>();
  private readonly intersections: IntersectionObserver;
  private readonly blocks: MutationObserver;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  private cancelLater: (() => void) | undefined;

  constructor(private readonly view: EditorView) {
    this.intersections = new IntersectionObserver(this.onIntersect, { rootMargin: `${VIEW_MARGIN_PX}px 0px` });
    this.blocks = new MutationObserver((records) => this.observeBlocks(records));
    this.blocks.observe(view.dom, { childList: true });
    this.observeBlocks();
    view.dom.addEventListener('mousemove', this.onPointer);
    view.dom.addEventListener('mouseleave', this.onLeave);
  }

  /** Paints `set` now (a new check's findings; a set already painted costs nothing). */
  update(set: DecorationSet): void {
    this.set = set;
    if (set !== this.paintedSet) this.paint();
  }

  /**
   * Paints `set` once the browser is idle: for a set only mapped through typing. The live ranges
   * have followed the typed text already, so what is on screen stays right meanwhile, and the
   * keystroke's frame does no work for the underlines.
   */
  updateLater(set: DecorationSet): void {
    this.set = set;
    if (set === this.paintedSet) return;
    this.cancelLater ??= whenIdle(this.paint);
  }

  destroy(): void {
    this.cancelLater?.();
    this.clear();
    this.set = this.paintedSet = undefined;
    this.intersections.disconnect();
    this.blocks.disconnect();
    cancelAnimationFrame(this.frame);
    this.view.dom.removeEventListener('mousemove', this.onPointer);
    this.view.dom.removeEventListener('mouseleave', this.onLeave);
    this.view.dom.removeAttribute('title');
  }

  /**
   * Brings the painted ranges to the findings of the blocks on screen. A live range moves with the
   * text typed before it, so while typing most ranges still match their finding and stay as they
   * are; only the ranges that no longer match (or were not painted) are taken out or added.
   */
  private readonly paint = (): void => {
    this.cancelLater?.();
    this.cancelLater = undefined;
    this.paintedSet = this.set;
    const wanted = new Map<string, Decoration>();
    if (this.set) {
      const { doc } = this.view.state;
      for (const block of this.onScreen) {
        if (!block.isConnected) continue;
        let start: number;
        try {
          start = this.view.posAtDOM(block, 0) - 1;
        } catch {
          continue; // not (or no longer) a block of this view
        }
        const node = start >= 0 ? doc.nodeAt(start) : null;
        if (!node) continue;
        for (const decoration of this.set.find(start, start + node.nodeSize)) wanted.set(keyOf(decoration.from, decoration.to, decoration.spec as FindingSpec), decoration);
      }
    }
    const kept: Painted[] = [];
    for (const painted of this.painted) {
      const key = this.currentKey(painted);
      if (key !== undefined && wanted.delete(key)) kept.push(painted);
      else highlightOf(painted.kind).delete(painted.range);
    }
    this.painted = kept;
    for (const decoration of wanted.values()) this.add(decoration);
  };

  /** Where a painted range is now, as the key of the finding it would show; undefined when gone. */
  private currentKey(painted: Painted): string | undefined {
    const { startContainer, startOffset, endContainer, endOffset, collapsed } = painted.range;
    if (collapsed || !this.view.dom.contains(startContainer) || !this.view.dom.contains(endContainer)) return undefined;
    try {
      return keyOf(this.view.posAtDOM(startContainer, startOffset), this.view.posAtDOM(endContainer, endOffset), painted);
    } catch {
      return undefined;
    }
  }

  private add(decoration: Decoration): void {
    const spec = decoration.spec as FindingSpec;
    const range = document.createRange();
    try {
      // Inside the text nodes (not between them), so that the range follows typing before it.
      const from = this.view.domAtPos(decoration.from, 1);
      const to = this.view.domAtPos(decoration.to, -1);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return; // a position the view has not drawn yet: the next update paints it
    }
    highlightOf(spec.kind).add(range);
    this.painted.push({ range, kind: spec.kind, title: spec.title });
  }

  private clear(): void {
    for (const p of this.painted) highlightOf(p.kind).delete(p.range);
    this.painted = [];
  }

  /** Follows the editor's top-level blocks as ProseMirror adds and removes them. */
  private readonly observeBlocks = (records: readonly MutationRecord[] = []): void => {
    if (records.length === 0) for (const block of this.view.dom.children) this.intersections.observe(block);
    let changed = false;
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (!(node instanceof Element)) continue;
        this.intersections.unobserve(node);
        changed = this.onScreen.delete(node) || changed;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.isConnected) continue;
        // Counted on screen until the observer's first report on it says otherwise, so a block
        // ProseMirror draws anew keeps its underlines without a frame's gap.
        this.intersections.observe(node);
        this.onScreen.add(node);
        changed = true;
      }
    }
    if (changed) this.paint();
  };

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    let changed = false;
    for (const entry of entries) {
      const had = this.onScreen.has(entry.target);
      if (entry.isIntersecting && !had) this.onScreen.add(entry.target);
      else if (!entry.isIntersecting && had) this.onScreen.delete(entry.target);
      else continue;
      changed = true;
    }
    if (changed) this.paint();
  };

  private readonly onPointer = (event: MouseEvent): void => {
    // The browser repeats a mousemove at the same place after scrolling and typing: nothing to do.
    if (this.pointer?.x === event.clientX && this.pointer.y === event.clientY) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.frame) this.frame = requestAnimationFrame(this.showTitle);
  };

  private readonly onLeave = (): void => {
    this.pointer = undefined;
    this.view.dom.removeAttribute('title');
  };

  /** The tooltip of the finding under the pointer (at most once a frame). */
  private readonly showTitle = (): void => {
    this.frame = 0;
    const at = this.pointer && document.caretPositionFromPoint?.(this.pointer.x, this.pointer.y);
    const hit = at && this.painted.find((p) => !p.range.collapsed && p.range.isPointInRange(at.offsetNode, at.offset));
    if (hit) this.view.dom.setAttribute('title', hit.title);
    else this.view.dom.removeAttribute('title');
  };
}

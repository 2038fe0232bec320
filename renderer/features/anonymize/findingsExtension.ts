/**
 * Findings underlined in a notes editor as the moderator types: a TipTap extension whose ProseMirror
 * plugin keeps a DecorationSet of the findings. It is painted as CSS Custom Highlights of the blocks
 * on screen (findingHighlights.ts: no elements in the editable DOM, so typing costs what it costs
 * with the check off), or, where the browser has no highlights, drawn as inline decoration spans.
 *
 * Rules (typing must never lag):
 * - Between checks, the decorations are only mapped through each transaction typed (cheap).
 * - The check runs when typing pauses (RECHECK_IDLE_MS), and during long unbroken typing at most
 *   every RECHECK_MAX_WAIT_MS, never on a keystroke: when its time has come, it waits for the
 *   browser to be idle (after a frame is drawn), so it does not delay the next keystroke's frame.
 * - It looks only at paragraphs changed since the last check (ProseMirror keeps unchanged nodes),
 *   per run of text in a textblock — the same blocks as the Y.XmlText nodes the panel and the
 *   replace command read (shared/doc/redact.ts) — and the detector's results are cached by text.
 * - A check that changes nothing dispatches nothing.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { dismissalKey, type AnonymizeLists } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { FindingHighlights, highlightsSupported, whenIdle, type FindingSpec } from './findingHighlights';
import { loadCheck, loadedCheck } from './lazy';

export const RECHECK_IDLE_MS = 200;
export const RECHECK_MAX_WAIT_MS = 1000;

export interface FindingsSettings {
  readonly enabled: boolean;
  readonly lists: AnonymizeLists;
  readonly dismissed: ReadonlySet<string>;
}

/** The settings the editors of a component follow; a change rechecks them at once. */
export class FindingsSource {
  private readonly listeners = new Set<() => void>();
  constructor(private settings: FindingsSettings) {}
  get(): FindingsSettings {
    return this.settings;
  }
  set(next: FindingsSettings): void {
    const s = this.settings;
    if (s.enabled === next.enabled && s.lists === next.lists && s.dismissed === next.dismissed) return;
    this.settings = next;
    for (const listener of this.listeners) listener();
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const findingsKey = new PluginKey<DecorationSet>('tandemFindings');

/** The decorations of the findings in one textblock at `pos` (the detector must be loaded). */
function blockDecorations(node: PmNode, pos: number, settings: FindingsSettings, check: NonNullable<ReturnType<typeof loadedCheck>>, key: string): Decoration[] {
  const decorations: Decoration[] = [];
  let start = -1;
  let text = '';
  const flush = () => {
    for (const f of text ? check.detectCached(text, settings.lists, key) : []) {
      if (settings.dismissed.has(dismissalKey(f.kind, f.text))) continue;
      const title = t.anonymize.underlineTitle(t.anonymize.kinds[f.kind], f.hint);
      decorations.push(Decoration.inline(start + f.start, start + f.end, { class: `finding finding-${f.kind}`, title }, { kind: f.kind, title } satisfies FindingSpec));
    }
    start = -1;
    text = '';
  };
  node.forEach((child, offset) => {
    if (!child.isText) return flush();
    if (start < 0) start = pos + 1 + offset;
    text += child.text ?? '';
  });
  flush();
  return decorations;
}

/** The decorations of every finding in a document. */
export function findingDecorations(doc: PmNode, settings: FindingsSettings): DecorationSet {
  const check = loadedCheck();
  if (!settings.enabled || !check) return DecorationSet.empty;
  const key = check.listsKey(settings.lists);
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, pos, settings, check, key));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

const sameDecorations = (a: readonly Decoration[], b: readonly Decoration[]) =>
  a.length === b.length && a.every((d, i) => d.from === b[i]!.from && d.to === b[i]!.to && (d.spec as { kind?: string }).kind === (b[i]!.spec as { kind?: string }).kind);

class FindingsView {
  private idle: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: (() => void) | undefined;
  /**
   * Textblocks whose decorations in the set are those of the current settings. ProseMirror keeps
   * the node of an unchanged paragraph across transactions, so a check looks only at the
   * paragraphs typed in since, and the new set shares everything else with the old one.
   */
  private checked = new WeakSet<PmNode>();
  private readonly unsubscribe: () => void;
  private readonly highlights: FindingHighlights | undefined;
  private destroyed = false;
  /** The set the last check dispatched. */
  private checkedSet: DecorationSet | undefined;

  constructor(private readonly view: EditorView, private readonly source: FindingsSource, asHighlights: boolean) {
    this.highlights = asHighlights ? new FindingHighlights(view) : undefined;
    this.highlights?.update(findingsKey.getState(view.state) ?? DecorationSet.empty);
    this.unsubscribe = source.subscribe(() => {
      this.checked = new WeakSet();
      this.recheck();
    });
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    if (view.state.doc !== previous.doc) this.schedule();
    const set = findingsKey.getState(view.state) ?? DecorationSet.empty;
    // A check's findings are painted at once; a set mapped through typing when the browser is idle.
    if (set === this.checkedSet || view.state.doc === previous.doc) this.highlights?.update(set);
    else this.highlights?.updateLater(set);
  }

  destroy(): void {
    this.destroyed = true;
    this.highlights?.destroy();
    this.clear();
    this.unsubscribe();
  }

  private schedule(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(this.due, RECHECK_IDLE_MS);
    this.maxWait ??= setTimeout(this.due, RECHECK_MAX_WAIT_MS);
  }

  private clear(): void {
    clearTimeout(this.idle);
    clearTimeout(this.maxWait);
    this.cancelIdle?.();
    this.idle = this.maxWait = this.cancelIdle = undefined;
  }

  /** The check's time has come: run it once the browser is idle. */
  private readonly due = (): void => {
    clearTimeout(this.idle);
    clearTimeout(this.maxWait);
    this.idle = this.maxWait = undefined;
    this.cancelIdle ??= whenIdle(this.recheck);
  };

  private readonly recheck = (): void => {
    this.clear();
    if (this.destroyed) return;
    if (!loadedCheck()) {
      if (this.source.get().enabled) void loadCheck().then(this.recheck);
      return;
    }
    const { state } = this.view;
    const settings = this.source.get();
    const current = findingsKey.getState(state) ?? DecorationSet.empty;
    let next = current;
    if (!settings.enabled) {
      next = DecorationSet.empty;
    } else {
      const check = loadedCheck()!;
      const key = check.listsKey(settings.lists);
      state.doc.descendants((node, pos) => {
        if (!node.isTextblock) return true;
        if (this.checked.has(node)) return false;
        const fresh = blockDecorations(node, pos, settings, check, key);
        const old = next.find(pos + 1, pos + node.nodeSize - 1);
        if (!sameDecorations(old, fresh)) next = next.remove(old).add(state.doc, fresh);
        this.checked.add(node);
        return false;
      });
    }
    if (next === current || (next.find().length === 0 && current.find().length === 0)) return;
    this.checkedSet = next;
    this.view.dispatch(state.tr.setMeta(findingsKey, next).setMeta('addToHistory', false));
  };
}

/** The TipTap extension, following `source`. */
export function findingsExtension(source: FindingsSource): Extension {
  return Extension.create({
    name: 'tandemFindings',
    addProseMirrorPlugins() {
      // Painted as highlights by the plugin view where the browser can, else drawn as spans.
      const asHighlights = highlightsSupported();
      return [
        new Plugin<DecorationSet>({
          key: findingsKey,
          state: {
            init: () => DecorationSet.empty,
            apply: (tr, set) => {
              const next = tr.getMeta(findingsKey) as DecorationSet | undefined;
              if (next) return next;
              if (!tr.docChanged) return set;
              // A change that comes from the Y doc (opening the note, the other window, an import, a
              // replace from the panel, undo) replaces the whole ProseMirror document: mapping would
              // drop every underline, so check now. Rare, and cheap thanks to the per-paragraph cache.
              if ((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) return findingDecorations(tr.doc, source.get());
              return set.map(tr.mapping, tr.doc);
            },
          },
          props: { decorations: (state) => (asHighlights ? undefined : findingsKey.getState(state)) },
          view: (view) => new FindingsView(view, source, asHighlights),
        }),
      ];
    },
  });
}

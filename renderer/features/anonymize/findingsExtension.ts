/**
 * Findings underlined in a notes editor as the moderator types: a TipTap extension whose ProseMirror
 * plugin draws an inline decoration over each finding.
 *
 * Rules (typing must never lag):
 * - Between checks, the decorations are only mapped through each transaction typed (cheap).
 * - The check runs when typing pauses (RECHECK_IDLE_MS), and during long unbroken typing at most
 *   every RECHECK_MAX_WAIT_MS, never on a keystroke. It runs per run of text in a textblock — the
 *   same blocks as the Y.XmlText nodes the panel and the replace command read (shared/doc/redact.ts)
 *   — and the detector's results are cached by text, so only the paragraph that changed is checked.
 * - A check that changes nothing dispatches nothing.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { dismissalKey, type AnonymizeLists } from '../../../shared/doc';
import { t } from '../../i18n/de';
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

/** The decorations of every finding in a document. */
export function findingDecorations(doc: PmNode, settings: FindingsSettings): DecorationSet {
  const check = loadedCheck();
  if (!settings.enabled || !check) return DecorationSet.empty;
  const key = check.listsKey(settings.lists);
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let start = -1;
    let text = '';
    const flush = () => {
      for (const f of text ? check.detectCached(text, settings.lists, key) : []) {
        if (settings.dismissed.has(dismissalKey(f.kind, f.text))) continue;
        decorations.push(Decoration.inline(start + f.start, start + f.end, {
          class: `finding finding-${f.kind}`,
          title: t.anonymize.underlineTitle(t.anonymize.kinds[f.kind], f.hint),
        }, { kind: f.kind }));
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
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

const signature = (set: DecorationSet) => set.find().map((d) => `${d.from}-${d.to}-${(d.spec as { kind?: string }).kind}`).join(',');

class FindingsView {
  private idle: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: () => void;
  private destroyed = false;

  constructor(private readonly view: EditorView, private readonly source: FindingsSource) {
    this.unsubscribe = source.subscribe(() => this.recheck());
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    if (view.state.doc !== previous.doc) this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    this.clear();
    this.unsubscribe();
  }

  private schedule(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(this.recheck, RECHECK_IDLE_MS);
    this.maxWait ??= setTimeout(this.recheck, RECHECK_MAX_WAIT_MS);
  }

  private clear(): void {
    clearTimeout(this.idle);
    clearTimeout(this.maxWait);
    this.idle = this.maxWait = undefined;
  }

  private readonly recheck = (): void => {
    this.clear();
    if (this.destroyed) return;
    if (!loadedCheck()) {
      if (this.source.get().enabled) void loadCheck().then(this.recheck);
      return;
    }
    const { state } = this.view;
    const next = findingDecorations(state.doc, this.source.get());
    if (signature(next) === signature(findingsKey.getState(state) ?? DecorationSet.empty)) return;
    this.view.dispatch(state.tr.setMeta(findingsKey, next).setMeta('addToHistory', false));
  };
}

/** The TipTap extension, following `source`. */
export function findingsExtension(source: FindingsSource): Extension {
  return Extension.create({
    name: 'tandemFindings',
    addProseMirrorPlugins() {
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
          props: { decorations: (state) => findingsKey.getState(state) },
          view: (view) => new FindingsView(view, source),
        }),
      ];
    },
  });
}

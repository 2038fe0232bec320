/** Notes as the editor writes them: ProseMirror JSON (StarterKit schema) turned into the Y.XmlFragment by y-tiptap. */
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

export const schema = getSchema([StarterKit.configure({ undoRedo: false, link: false })]);

type Mark = { type: string; attrs?: Record<string, unknown> };
export type Inline = string | { text: string; marks?: (string | Mark)[] } | 'BR';

/** A paragraph of text runs; 'BR' is a hard break, `{ text, marks: ['bold'] }` formatted text. */
export const paragraph = (...parts: Inline[]) => ({
  type: 'paragraph',
  content: parts.map((part) => {
    if (part === 'BR') return { type: 'hardBreak' };
    if (typeof part === 'string') return { type: 'text', text: part };
    return { type: 'text', text: part.text, marks: (part.marks ?? []).map((m) => (typeof m === 'string' ? { type: m } : m)) };
  }),
});

export const bulletList = (...items: object[]) => ({ type: 'bulletList', content: items.map((p) => ({ type: 'listItem', content: [p] })) });

/** Writes ProseMirror content into a (phase notes) fragment, as the editor would. */
export function writeNote(fragment: Y.XmlFragment, ...content: object[]): void {
  prosemirrorJSONToYXmlFragment(schema, { type: 'doc', content }, fragment);
}

/** The note as the editor would show it again (marks without attributes written as `{ type }`). */
export function readNote(fragment: Y.XmlFragment): { type: string; content?: unknown[] } {
  const json = JSON.stringify(yXmlFragmentToProsemirrorJSON(fragment), (key, value: unknown) =>
    (key === 'attrs' && value && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value));
  return JSON.parse(json) as { type: string; content?: unknown[] };
}

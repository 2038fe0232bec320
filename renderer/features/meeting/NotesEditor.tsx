/**
 * The notes editor of one phase: TipTap bound to the phase's Y.XmlFragment (Collaboration).
 * StarterKit's own undo history is off: undo belongs to Yjs (only the moderator's own edits).
 */
import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { markNotesPainted } from '../../app/interactive';
import { t } from '../../i18n/de';
import { useFindingsExtension } from '../anonymize/useFindingsExtension';
import { ariaKeyShortcut, detectMac, keyLabel } from '../live/keys';

export function NotesEditor({ fragment, label }: { readonly fragment: Y.XmlFragment; readonly label: string }) {
  // Possible identifiers underlined as the moderator types (anonymization check).
  const findings = useFindingsExtension();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ undoRedo: false, link: false }),
      Collaboration.configure({ fragment, onFirstRender: markNotesPainted }),
      findings,
    ],
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'notes-editor', spellcheck: 'true', lang: 'de' },
    },
  }, [fragment]);

  return (
    <div className="notes">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * Each button is named and titled with what it does and its shortcut („Fett (Strg + B)“, TipTap's
 * keys); the visible sign stays short and shows the format (a bold F, an italic K).
 */
function Toolbar({ editor }: { readonly editor: Editor }) {
  const isMac = useMemo(() => detectMac(), []);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'), italic: e.isActive('italic'), heading: e.isActive('heading'),
      bulletList: e.isActive('bulletList'), orderedList: e.isActive('orderedList'),
    }),
  });
  const buttons = [
    { name: t.editor.bold, keys: 'Mod+B', text: <b>F</b>, run: () => editor.chain().focus().toggleBold().run(), active: active.bold },
    { name: t.editor.italic, keys: 'Mod+I', text: <i>K</i>, run: () => editor.chain().focus().toggleItalic().run(), active: active.italic },
    { name: t.editor.heading, keys: 'Mod+Alt+3', text: <b className="toolbar-heading">Ü</b>, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(), active: active.heading },
    { name: t.editor.bulletList, keys: 'Mod+Shift+8', text: <BulletListIcon />, run: () => editor.chain().focus().toggleBulletList().run(), active: active.bulletList },
    { name: t.editor.orderedList, keys: 'Mod+Shift+7', text: <OrderedListIcon />, run: () => editor.chain().focus().toggleOrderedList().run(), active: active.orderedList },
  ];
  return (
    <div role="toolbar" aria-label={t.editor.toolbar} className="toolbar">
      {buttons.map((b) => {
        const label = t.editor.withShortcut(b.name, keyLabel(b.keys, isMac));
        return (
          <button
            key={b.name} type="button" aria-label={label} title={label} aria-keyshortcuts={ariaKeyShortcut(b.keys, isMac)}
            aria-pressed={b.active} onMouseDown={(e) => e.preventDefault()} onClick={b.run}
          >
            <span aria-hidden="true">{b.text}</span>
          </button>
        );
      })}
    </div>
  );
}

// List icons are drawn: the font has no glyph for a numbered-list sign, and visible text such as
// "1." would not match the button's accessible name.
function BulletListIcon() {
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      <circle cx="2" cy="2" r="1.6" fill="currentColor" /><circle cx="2" cy="7" r="1.6" fill="currentColor" /><circle cx="2" cy="12" r="1.6" fill="currentColor" />
      <path d="M6 2h12M6 7h12M6 12h12" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

function OrderedListIcon() {
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      <path d="M1.5 0.8h1.2v3.4M1 4.2h2.4M1.2 6.2h2l-2 2.6h2.2M1.2 10.2h2.1l-1 1.1 1 1.1H1.2" stroke="currentColor" strokeWidth="0.9" fill="none" />
      <path d="M6 2h12M6 7h12M6 12h12" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

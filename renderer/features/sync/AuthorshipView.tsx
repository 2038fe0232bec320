/**
 * "Wer hat was geschrieben?": a toggle next to a notes editor. While it is on, the note is shown
 * read-only with each moderator's text in their colour (and named for screen readers), computed from
 * the fragment's Yjs items and the doc's authorship map (shared/doc/authorship.ts). It follows live
 * changes. (y-prosemirror colours authors only when rendering snapshots, not in the live editor,
 * so the live editor stays as it is and this view replaces it while the toggle is on.)
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { attributedBlocks, authorList, authorsByClient, charactersByAuthor, type AttributedBlock, type Author } from '../../../shared/doc';
import { useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { roleLabel } from './messages';

const PALETTE = 4;

export function AuthorshipToggle({ doc, fragment, noteKey, label, children }: {
  readonly doc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  /** Identifies the note (case and phase), so the view follows when another note is shown. */
  readonly noteKey: string;
  readonly label: string;
  readonly children: ReactNode;
}) {
  const [on, setOn] = useState(false);
  return (
    <div className="authorship">
      <div className="authorship-bar">
        <button type="button" className="button secondary" aria-pressed={on} onClick={() => setOn(!on)}>{t.sync.authorship.toggle}</button>
      </div>
      {on ? <AttributedNote doc={doc} fragment={fragment} noteKey={noteKey} label={label} /> : children}
    </div>
  );
}

function AttributedNote({ doc, fragment, noteKey, label }: { readonly doc: Y.Doc; readonly fragment: Y.XmlFragment; readonly noteKey: string; readonly label: string }) {
  const repository = useRepository();
  const me = useLiveQuery(() => repository.profile(), [repository]);
  const data = useDocSnapshot(doc, (d) => ({ blocks: attributedBlocks(fragment, authorsByClient(d)), authors: authorList(d) }), [noteKey]);
  if (!data) return null;
  // The local moderator first, so "my colour" stays the same from note to note.
  const authors = [...data.authors].sort((a, b) => Number(b.deviceId === me?.deviceId) - Number(a.deviceId === me?.deviceId));
  return <AttributedNoteView blocks={data.blocks} authors={authors} label={label} />;
}

export function AttributedNoteView({ blocks, authors, label }: { readonly blocks: readonly AttributedBlock[]; readonly authors: readonly Author[]; readonly label: string }) {
  const legendId = useId();
  const counts = charactersByAuthor(blocks);
  const colour = (deviceId: string | null) => {
    const index = authors.findIndex((a) => a.deviceId === deviceId);
    return index < 0 ? 'author-unknown' : `author-${index % PALETTE}`;
  };
  const nameOf = (deviceId: string | null) => authors.find((a) => a.deviceId === deviceId)?.name || t.sync.unknownAuthor;
  const shown = [...counts.keys()];
  return (
    <section className="attributed-note" aria-label={t.sync.authorship.label(label)} aria-describedby={legendId}>
      <div id={legendId} className="authorship-legend">
        <span className="visually-hidden">{t.sync.authorship.legend}: </span>
        {shown.length === 0 && <span>{t.sync.authorship.empty}</span>}
        {shown.map((deviceId) => {
          const author = authors.find((a) => a.deviceId === deviceId);
          return (
            <span key={deviceId ?? 'unknown'} className={`author-chip ${colour(deviceId)}`}>
              {nameOf(deviceId)}{author?.role ? ` (${roleLabel(author.role)})` : ''}: {t.sync.authorship.characters(counts.get(deviceId) ?? 0)}
            </span>
          );
        })}
        <span className="authorship-hint">{t.sync.authorship.readOnly}</span>
      </div>
      <div className="notes-editor attributed-text">
        {blocks.map((block, index) => {
          const runs = block.runs.map((run, i) => (
            <span key={i} className={`author-run ${colour(run.deviceId)}`} title={nameOf(run.deviceId)}>
              {(i === 0 || block.runs[i - 1]!.deviceId !== run.deviceId) && <span className="visually-hidden">{nameOf(run.deviceId)}: </span>}
              {run.text}
            </span>
          ));
          const style = block.depth > 0 ? { marginLeft: `${block.depth * 1.2}rem` } : undefined;
          if (block.type === 'heading') return <h4 key={index}>{runs}</h4>;
          if (block.list) return <p key={index} style={style} className="attributed-item"><span aria-hidden="true">{block.list === 'orderedList' ? '› ' : '• '}</span>{runs}</p>;
          return <p key={index}>{runs}</p>;
        })}
      </div>
    </section>
  );
}

/** The circle's roster (Teilnehmende): name, profession, system, EFN; add, edit, remove. */
import { useState } from 'react';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import {
  addToRoster, removeFromRoster, rosterSnapshot, updateRosterEntry, type ParticipantSnapshot,
} from '../../../shared/doc';
import { t } from '../../i18n/de';
import { PersonDialog } from './PersonDialog';
import { toPersonDraft } from './person';

type Editing = { readonly mode: 'add' } | { readonly mode: 'edit'; readonly person: ParticipantSnapshot };

export function RosterTab({ circleId }: { readonly circleId: string }) {
  const handle = useDocHandle('circle', circleId);
  const roster = useDocSnapshot(handle?.doc, rosterSnapshot);
  const [editing, setEditing] = useState<Editing>();
  const tr = t.circleAdmin.roster;

  return (
    <section aria-labelledby="roster-title">
      <div className="page-head">
        <div>
          <h2 id="roster-title">{tr.title}</h2>
          <p className="subtitle">{tr.intro}</p>
        </div>
        <button type="button" className="button primary" disabled={!handle} onClick={() => setEditing({ mode: 'add' })}>{tr.add}</button>
      </div>
      {!handle || !roster ? <p>{t.app.loading}</p> : (
        <RosterTable
          roster={roster}
          onEdit={(person) => setEditing({ mode: 'edit', person })}
          onRemove={(person) => window.confirm(tr.removeConfirm(person.name)) && removeFromRoster(handle.doc, person.id)}
        />
      )}
      {handle && editing && (
        <PersonDialog
          title={editing.mode === 'add' ? tr.add : tr.edit}
          initial={editing.mode === 'edit' ? toPersonDraft(editing.person) : undefined}
          onCancel={() => setEditing(undefined)}
          onSubmit={(draft) => {
            if (editing.mode === 'add') addToRoster(handle.doc, toPersonDraft(draft));
            else updateRosterEntry(handle.doc, editing.person.id, toPersonDraft(draft));
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}

function RosterTable({ roster, onEdit, onRemove }: {
  readonly roster: readonly ParticipantSnapshot[];
  readonly onEdit: (person: ParticipantSnapshot) => void;
  readonly onRemove: (person: ParticipantSnapshot) => void;
}) {
  const tr = t.circleAdmin.roster;
  const tp = t.circleAdmin.person;
  if (roster.length === 0) return <p className="empty">{tr.empty}</p>;
  return (
    <>
      <p className="admin-count">{tr.count(roster.length)}</p>
      <table className="table admin-table">
        <caption className="visually-hidden">{tr.table}</caption>
        <thead>
          <tr>
            <th scope="col">{tp.name}</th>
            <th scope="col">{tp.profession}</th>
            <th scope="col">{tp.system}</th>
            <th scope="col">EFN</th>
            <th scope="col"><span className="visually-hidden">{tr.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          {roster.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>{person.profession}</td>
              <td><span className={`system-tag system-${person.system}`}>{t.circleAdmin.systems[person.system]}</span></td>
              <td className="efn">{person.efn}</td>
              <td>
                <div className="button-row">
                  <button type="button" className="button secondary small" aria-label={tr.editPerson(person.name)} onClick={() => onEdit(person)}>{t.common.edit}</button>
                  <button type="button" className="button danger small" aria-label={tr.removePerson(person.name)} onClick={() => onRemove(person)}>{t.common.remove}</button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

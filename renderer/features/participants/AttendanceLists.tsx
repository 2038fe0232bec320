/** Who is here (check out) and who of the roster is not yet (check in); focus stays in the list. */
import { useEffect, useRef, useState } from 'react';
import type { AttendeeSnapshot, ParticipantSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';

/** After a button's item leaves the list, focus moves to the item that took its place. */
function useFocusInList(items: unknown, fallback: () => void) {
  const list = useRef<HTMLUListElement>(null);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const target = buttons[Math.min(pending.current, buttons.length - 1)];
    pending.current = null;
    if (target) target.focus();
    else fallback();
  }, [items, fallback]);
  return { list, remember: (index: number) => { pending.current = index; } };
}

const time = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
};

function PersonLine({ person }: { readonly person: ParticipantSnapshot }) {
  return (
    <span className="person-line">
      <span className="person-name">{person.name}</span>
      <span className="person-meta">
        {[person.profession, t.circleAdmin.systems[person.system]].filter(Boolean).join(' · ')}
      </span>
    </span>
  );
}

export function PresentList({ attendees, onCheckOut, onEmpty }: {
  readonly attendees: readonly AttendeeSnapshot[];
  readonly onCheckOut: (person: AttendeeSnapshot) => void;
  readonly onEmpty: () => void;
}) {
  const ta = t.circleAdmin.attendance;
  const { list, remember } = useFocusInList(attendees, onEmpty);
  return (
    <section aria-labelledby="present-title" className="attendance-list">
      <h3 id="present-title">{ta.present(attendees.length)}</h3>
      {attendees.length === 0 && <p className="empty">{ta.nobodyPresent}</p>}
      <ul ref={list} className="person-list">
        {attendees.map((person, index) => (
          <li key={person.id}>
            <PersonLine person={person} />
            {time(person.checkedInAt) && <span className="person-meta">{ta.since(time(person.checkedInAt))}</span>}
            <button type="button" className="button secondary small" aria-label={ta.checkOutPerson(person.name)} onClick={() => { remember(index); onCheckOut(person); }}>
              {ta.checkOut}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AbsentList({ roster, onCheckIn, onEmpty }: {
  /** Roster entries not yet checked in. */
  readonly roster: readonly ParticipantSnapshot[];
  readonly onCheckIn: (person: ParticipantSnapshot) => void;
  readonly onEmpty: () => void;
}) {
  const ta = t.circleAdmin.attendance;
  const [query, setQuery] = useState('');
  const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const shown = roster.filter((p) => words.every((w) => `${p.name} ${p.profession}`.toLocaleLowerCase('de').includes(w)));
  const { list, remember } = useFocusInList(roster, onEmpty);
  return (
    <section aria-labelledby="absent-title" className="attendance-list">
      <h3 id="absent-title">{ta.notPresent}</h3>
      {roster.length === 0 ? <p className="empty">{ta.everyonePresent}</p> : (
        <div className="search">
          <label htmlFor="absent-filter">{ta.filter}</label>
          <input id="absent-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      )}
      {roster.length > 0 && shown.length === 0 && <p className="empty">{ta.noMatch}</p>}
      <ul ref={list} className="person-list">
        {shown.map((person, index) => (
          <li key={person.id}>
            <PersonLine person={person} />
            <button type="button" className="button secondary small" aria-label={ta.checkInPerson(person.name)} onClick={() => { remember(index); onCheckIn(person); }}>
              {ta.checkIn}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Open Handlungsstrategien across all the circle's meetings, by due date (overdue marked), read
 * from the index (a projection of the meeting docs). Ticking "erledigt" opens the meeting doc and
 * runs the command there; the index follows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { href } from '../../app/router';
import { useDocHandle, useDocSnapshot, useRepository } from '../../data/hooks';
import { circleStrategies, type CircleStrategy } from '../../data/projection';
import { offersSnapshot, updateStrategy, type CircleId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate, todayIso } from '../../i18n/format';

export function OpenStrategiesTab({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const [showDone, setShowDone] = useState(false);
  const strategies = useLiveQuery(() => circleStrategies(repository.db, circleId as CircleId, { includeDone: showDone }), [repository, circleId, showDone]);
  const circle = useDocHandle('circle', circleId);
  const offers = useDocSnapshot(circle?.doc, offersSnapshot);
  const ts = t.circleAdmin.strategies;

  const setDone = async (s: CircleStrategy, done: boolean) => {
    const meeting = await repository.openDoc('meeting', s.meetingId);
    try {
      updateStrategy(meeting.doc, s.caseId, s.id, { status: done ? 'done' : 'open' });
    } finally {
      await repository.closeDoc(meeting);
    }
  };

  return (
    <section aria-labelledby="strategies-title">
      <h2 id="strategies-title">{ts.title}</h2>
      <p className="subtitle">{ts.intro}</p>
      <label className="checkbox">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        {ts.showDone}
      </label>
      {strategies === undefined ? <p>{t.app.loading}</p> : strategies.length === 0 ? (
        <p className="empty">{showDone ? ts.emptyWithDone : ts.empty}</p>
      ) : (
        <StrategiesTable
          strategies={strategies}
          offerName={(id) => (id ? offers?.find((o) => o.id === id)?.name ?? ts.removedOffer : '')}
          today={todayIso()}
          onDone={setDone}
        />
      )}
    </section>
  );
}

const keyOf = (s: CircleStrategy) => `${s.meetingId}/${s.id}`;

function StrategiesTable({ strategies, offerName, today, onDone }: {
  readonly strategies: readonly CircleStrategy[];
  readonly offerName: (id: string) => string;
  readonly today: string;
  readonly onDone: (s: CircleStrategy, done: boolean) => Promise<void>;
}) {
  const ts = t.circleAdmin.strategies;
  // The tick shows at once; the index (a projection) catches up a moment later.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isDone = (s: CircleStrategy) => pending.get(keyOf(s)) ?? s.status === 'done';
  useEffect(() => {
    const current = new Map(strategies.map((s) => [keyOf(s), s.status === 'done']));
    setPending((p) => {
      const next = new Map([...p].filter(([key, done]) => current.has(key) && current.get(key) !== done));
      return next.size === p.size ? p : next;
    });
  }, [strategies]);
  const toggle = (s: CircleStrategy, done: boolean) => {
    const key = keyOf(s);
    setPending((p) => new Map(p).set(key, done));
    onDone(s, done).catch(() => setPending((p) => new Map([...p].filter(([k]) => k !== key))));
  };
  return (
    <table className="table admin-table strategies-table">
      <caption className="visually-hidden">{ts.table}</caption>
      <thead>
        <tr>
          <th scope="col">{ts.due}</th>
          <th scope="col">{ts.measure}</th>
          <th scope="col">{ts.responsible}</th>
          <th scope="col">{ts.offer}</th>
          <th scope="col">{ts.meeting}</th>
          <th scope="col">{ts.case}</th>
          <th scope="col">{ts.done}</th>
        </tr>
      </thead>
      <tbody>
        {strategies.map((s) => {
          const overdue = s.status === 'open' && !!s.due && s.due < today;
          return (
            <tr key={keyOf(s)} className={[overdue && 'overdue', s.status === 'done' && 'done'].filter(Boolean).join(' ') || undefined}>
              <td>
                {s.due ? formatDate(s.due) : <span className="muted">{ts.noDue}</span>}
                {overdue && <span className="badge badge-warn">{ts.overdue}</span>}
              </td>
              <th scope="row">{s.measure}</th>
              <td>{[s.responsibleSystem && t.circleAdmin.systems[s.responsibleSystem], s.responsibleProfession].filter(Boolean).join(' · ')}</td>
              <td>{offerName(s.offerId)}</td>
              <td><a href={href({ name: 'meeting', meetingId: s.meetingId })}>{s.meetingTitle}</a> <span className="muted">{formatDate(s.meetingDate)}</span></td>
              <td><a href={href({ name: 'meeting', meetingId: s.meetingId, caseId: s.caseId })} aria-label={ts.openCase(s.caseTitle)}>{s.caseTitle}</a></td>
              <td>
                <input type="checkbox" aria-label={ts.doneLabel(s.measure)} checked={isDone(s)} onChange={(e) => toggle(s, e.target.checked)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

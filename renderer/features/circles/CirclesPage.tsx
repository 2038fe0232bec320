/** The list of circles (Qualitätszirkel) on this device, and creating one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useLayoutEffect, useState } from 'react';
import { firstData } from '../../app/firstData';
import { markInteractive } from '../../app/interactive';
import { lazyPart } from '../../app/lazyPart';
import { href } from '../../app/router';
import { useRepository } from '../../data/hooks';
import type { CircleRow } from '../../data/db';
import { t } from '../../i18n/de';
import { ImportPackageButton } from '../sync/lazy';

const CircleFormDialog = lazyPart(() => import('./CircleFormDialog').then((m) => m.CircleFormDialog));
const DeleteAllDataButton = lazyPart(() => import('../deletion/DeleteButtons').then((m) => m.DeleteAllDataButton));

export function CirclesPage() {
  const repository = useRepository();
  const circles = useLiveQuery(() => repository.db.circles.orderBy('name').toArray(), [repository], firstData().circles);
  // Layout effect: the rows are in the DOM now, so the mark lands on the frame that first shows them.
  useLayoutEffect(() => {
    if (circles) markInteractive();
  }, [circles]);
  return <CirclesView circles={circles} />;
}

export function CirclesView({ circles }: { readonly circles: readonly CircleRow[] | undefined }) {
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="circles-title">
      <div className="page-head">
        <h1 id="circles-title">{t.circles.title}</h1>
        <div className="button-row">
          <ImportPackageButton />
          <button type="button" className="button primary" onClick={() => setCreating(true)}>{t.circles.create}</button>
        </div>
      </div>
      {circles === undefined ? (
        <p>{t.app.loading}</p>
      ) : circles.length === 0 ? (
        <p className="empty">{t.circles.empty}</p>
      ) : (
        <ul className="card-list" aria-label={t.circles.list}>
          {circles.map((circle) => (
            <li key={circle.id} className="card">
              <a href={href({ name: 'circle', circleId: circle.id })} className="card-link">
                <span className="card-title">{circle.name}</span>
                <span className="card-meta">{[circle.region, t.circles.meetings(circle.meetingCount)].filter(Boolean).join(' · ')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {creating && <Suspense fallback={null}><CircleFormDialog open onOpenChange={setCreating} /></Suspense>}
      {circles !== undefined && <Suspense fallback={null}><DeleteAllDataButton /></Suspense>}
    </section>
  );
}

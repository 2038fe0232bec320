/** A circle: its header and sections (meetings, roster, offers, method, open strategies, settings). */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense } from 'react';
import { firstData } from '../../app/firstData';
import { afterStart, lazyPart } from '../../app/lazyPart';
import { href, type CircleTab } from '../../app/router';
import { TabNav } from '../../components/TabNav';
import { useRepository } from '../../data/hooks';
import type { CircleId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { CircleSyncActions } from '../sync/lazy';
import { MeetingsTab } from './MeetingsTab';

// The meetings tab is the start screen; the others load on demand.
const RosterTab = lazyPart(() => import('../participants/RosterTab').then((m) => m.RosterTab));
const OffersTab = lazyPart(() => import('../offers/OffersTab').then((m) => m.OffersTab));
const TemplatesTab = lazyPart(() => import('../templates/TemplatesTab').then((m) => m.TemplatesTab));
const OpenStrategiesTab = lazyPart(() => import('./OpenStrategiesTab').then((m) => m.OpenStrategiesTab));
const CircleSettingsTab = lazyPart(() => import('../anonymize/CircleSettingsTab').then((m) => m.CircleSettingsTab));
// Aufbewahrung: runs the rule each time the screen is shown (after the start) and shows its notices.
const RetentionNotices = afterStart(() => import('./RetentionNotices').then((m) => m.RetentionNotices));
const RetentionSettings = lazyPart(() => import('./RetentionSettings').then((m) => m.RetentionSettings));

const TABS: readonly CircleTab[] = ['meetings', 'roster', 'offers', 'templates', 'strategies', 'settings'];

/** The circle's row as read at the start, if it is this circle. */
function firstCircle(circleId: string) {
  const { circle } = firstData();
  return circle?.id === circleId ? circle : undefined;
}

export function CirclePage({ circleId, tab = 'meetings' }: { readonly circleId: string; readonly tab?: CircleTab }) {
  const repository = useRepository();
  const circle = useLiveQuery(() => repository.db.circles.get(circleId as CircleId), [repository, circleId], firstCircle(circleId));
  return (
    <div>
      <nav aria-label={t.app.mainNav} className="breadcrumbs">
        <a href={href({ name: 'circles' })}>{t.circles.title}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1>{circle?.name ?? t.app.loading}</h1>
          {circle?.region && <p className="subtitle">{circle.region}</p>}
        </div>
        <CircleSyncActions circleId={circleId} />
      </div>
      <RetentionNotices circleId={circleId} />
      <TabNav
        label={t.circleTabs.label}
        current={tab}
        items={TABS.map((key) => ({ key, label: t.circleTabs[key], href: href({ name: 'circle', circleId, tab: key }) }))}
      />
      {tab === 'meetings' && <MeetingsTab circleId={circleId} />}
      <Suspense fallback={<p>{t.app.loading}</p>}>
        {tab === 'roster' && <RosterTab circleId={circleId} />}
        {tab === 'offers' && <OffersTab circleId={circleId} />}
        {tab === 'templates' && <TemplatesTab circleId={circleId} />}
        {tab === 'strategies' && <OpenStrategiesTab circleId={circleId} />}
        {tab === 'settings' && <CircleSettingsTab circleId={circleId} />}
        {tab === 'settings' && <RetentionSettings circleId={circleId} />}
      </Suspense>
    </div>
  );
}

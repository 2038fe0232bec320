/** A circle: its header and sections (meetings, roster, offers, method, open strategies, settings). */
import { useLiveQuery } from 'dexie-react-hooks';
import { href, type CircleTab } from '../../app/router';
import { TabNav } from '../../components/TabNav';
import { useRepository } from '../../data/hooks';
import type { CircleId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { CircleSettingsTab } from '../anonymize/CircleSettingsTab';
import { OffersTab } from '../offers/OffersTab';
import { RosterTab } from '../participants/RosterTab';
import { CircleSyncActions } from '../sync/lazy';
import { TemplatesTab } from '../templates/TemplatesTab';
import { MeetingsTab } from './MeetingsTab';
import { OpenStrategiesTab } from './OpenStrategiesTab';

const TABS: readonly CircleTab[] = ['meetings', 'roster', 'offers', 'templates', 'strategies', 'settings'];

export function CirclePage({ circleId, tab = 'meetings' }: { readonly circleId: string; readonly tab?: CircleTab }) {
  const repository = useRepository();
  const circle = useLiveQuery(() => repository.db.circles.get(circleId as CircleId), [repository, circleId]);
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
      <TabNav
        label={t.circleTabs.label}
        current={tab}
        items={TABS.map((key) => ({ key, label: t.circleTabs[key], href: href({ name: 'circle', circleId, tab: key }) }))}
      />
      {tab === 'meetings' && <MeetingsTab circleId={circleId} />}
      {tab === 'roster' && <RosterTab circleId={circleId} />}
      {tab === 'offers' && <OffersTab circleId={circleId} />}
      {tab === 'templates' && <TemplatesTab circleId={circleId} />}
      {tab === 'strategies' && <OpenStrategiesTab circleId={circleId} />}
      {tab === 'settings' && <CircleSettingsTab circleId={circleId} />}
    </div>
  );
}

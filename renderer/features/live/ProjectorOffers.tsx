/** In a phase that collects ideas: which regional offers the projector shows beside them (picked per case). */
import { memo, useId } from 'react';
import type * as Y from 'yjs';
import { setProjectedOffers, type CaseId, type OfferSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';

export const ProjectorOffers = memo(function ProjectorOffers({ doc, caseId, offers, picked }: {
  readonly doc: Y.Doc;
  readonly caseId: CaseId;
  readonly offers: readonly OfferSnapshot[];
  readonly picked: readonly string[];
}) {
  const id = useId();
  const toggle = (offerId: string, on: boolean) =>
    setProjectedOffers(doc, caseId, on ? [...picked, offerId] : picked.filter((p) => p !== offerId));
  return (
    <fieldset className="fieldset live-projector-offers" aria-describedby={`${id}-hint`}>
      <legend>{t.live.projector.pick}</legend>
      {offers.length === 0 ? <p className="field-hint">{t.live.projector.noOffers}</p> : offers.map((offer) => (
        <label key={offer.id} className="checkbox">
          <input type="checkbox" checked={picked.includes(offer.id)} onChange={(e) => toggle(offer.id, e.target.checked)} />
          {offer.name}
        </label>
      ))}
      <p id={`${id}-hint`} className="field-hint">{t.live.projector.pickHint}</p>
    </fieldset>
  );
});

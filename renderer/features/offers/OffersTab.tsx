/** The circle's directory of regional offers (Angebote): list, search, add, edit, remove. */
import { useState } from 'react';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import { addOffer, offersSnapshot, OFFER_TEXT_KEYS, removeOffer, updateOffer, webAddressShort, type OfferFields, type OfferSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { OfferDialog } from './OfferDialog';

type Editing = { readonly mode: 'add' } | { readonly mode: 'edit'; readonly offer: OfferSnapshot };

const fieldsOf = ({ name, kind, system, description, targetGroup, contact, phone, web }: OfferFields): OfferFields =>
  ({ name, kind, system, description, targetGroup, contact, phone, web });

export function OffersTab({ circleId }: { readonly circleId: string }) {
  const handle = useDocHandle('circle', circleId);
  const offers = useDocSnapshot(handle?.doc, offersSnapshot);
  const [editing, setEditing] = useState<Editing>();
  const [query, setQuery] = useState('');
  const to = t.circleAdmin.offers;
  const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const shown = offers?.filter((o) => words.every((w) =>
    [...OFFER_TEXT_KEYS.map((key) => o[key]), t.circleAdmin.systems[o.system]].join(' ').toLocaleLowerCase('de').includes(w)));

  return (
    <section aria-labelledby="offers-title">
      <div className="page-head">
        <div>
          <h2 id="offers-title">{to.title}</h2>
          <p className="subtitle">{to.intro}</p>
        </div>
        <button type="button" className="button primary" disabled={!handle} onClick={() => setEditing({ mode: 'add' })}>{to.add}</button>
      </div>
      {!handle || !offers || !shown ? <p>{t.app.loading}</p> : offers.length === 0 ? <p className="empty">{to.empty}</p> : (
        <>
          <div className="search">
            <label htmlFor="offer-search">{to.search}</label>
            <input id="offer-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          {shown.length === 0 ? <p className="empty">{to.noMatch}</p> : (
            <OffersTable
              offers={shown}
              onEdit={(offer) => setEditing({ mode: 'edit', offer })}
              onRemove={(offer) => window.confirm(to.removeConfirm(offer.name)) && removeOffer(handle.doc, offer.id)}
            />
          )}
        </>
      )}
      {handle && editing && (
        <OfferDialog
          title={editing.mode === 'add' ? to.add : to.edit}
          initial={editing.mode === 'edit' ? fieldsOf(editing.offer) : undefined}
          onCancel={() => setEditing(undefined)}
          onSubmit={(fields) => {
            if (editing.mode === 'add') addOffer(handle.doc, fieldsOf(fields));
            else updateOffer(handle.doc, editing.offer.id, fieldsOf(fields));
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}

function OffersTable({ offers, onEdit, onRemove }: {
  readonly offers: readonly OfferSnapshot[];
  readonly onEdit: (offer: OfferSnapshot) => void;
  readonly onRemove: (offer: OfferSnapshot) => void;
}) {
  const to = t.circleAdmin.offers;
  return (
    <table className="table admin-table">
      <caption className="visually-hidden">{to.table}</caption>
      <thead>
        <tr>
          <th scope="col">{to.name}</th>
          <th scope="col">{to.kind}</th>
          <th scope="col">{to.system}</th>
          <th scope="col">{to.targetGroup}</th>
          <th scope="col">{to.reach}</th>
          <th scope="col">{to.description}</th>
          <th scope="col"><span className="visually-hidden">{to.actions}</span></th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.id}>
            <th scope="row">{offer.name}</th>
            <td>{offer.kind}</td>
            <td><span className={`system-tag system-${offer.system}`}>{t.circleAdmin.systems[offer.system]}</span></td>
            <td>{offer.targetGroup}</td>
            <td><Reach offer={offer} /></td>
            <td className="offer-description">{offer.description}</td>
            <td>
              <div className="button-row">
                <button type="button" className="button secondary small" aria-label={to.editOffer(offer.name)} onClick={() => onEdit(offer)}>{t.common.edit}</button>
                <button type="button" className="button danger small" aria-label={to.removeOffer(offer.name)} onClick={() => onRemove(offer)}>{t.common.remove}</button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Contact, phone and web, one to a line (the web address as text: the app opens no web page). */
function Reach({ offer }: { readonly offer: OfferSnapshot }) {
  const lines = [offer.contact, offer.phone && t.circleAdmin.offers.phoneShort(offer.phone), offer.web && webAddressShort(offer.web)].filter(Boolean);
  return <>{lines.map((line, i) => <div key={i}>{line}</div>)}</>;
}

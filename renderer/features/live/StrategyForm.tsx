/**
 * The form for a new Handlungsstrategie: measure, responsible system and profession, due date, offer.
 * Each field is kept as a draft on this device as it changes (entryDraft.ts) until the strategy is
 * added, so a reload or a crash finds the form as it was.
 */
import { useId, useState, type FormEvent } from 'react';
import { DateInput, invalidEntry } from '../../components/DateTimeField';
import { PROFESSIONS, SYSTEMS, type OfferId, type OfferSnapshot, type StrategyFields, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { useEntryDraft, type EntryDraft } from './entryDraft';
import { STRATEGY_MEASURE_ID } from './useLiveActions';

export const PROFESSION_LIST_ID = 'live-professions';

/** The offers of the circle as options ("Name (Art)"). */
export function OfferOptions({ offers }: { readonly offers: readonly OfferSnapshot[] }) {
  return (
    <>
      <option value="">{t.live.strategies.noOffer}</option>
      {offers.map((o) => <option key={o.id} value={o.id}>{o.kind ? `${o.name} (${o.kind})` : o.name}</option>)}
    </>
  );
}

export function SystemOptions() {
  return (
    <>
      <option value="">{t.live.strategies.noSystem}</option>
      {SYSTEMS.map((s) => <option key={s} value={s}>{t.live.systems[s]}</option>)}
    </>
  );
}

/** Professions of all systems, for free entry with suggestions. */
export function ProfessionList() {
  return (
    <datalist id={PROFESSION_LIST_ID}>
      {SYSTEMS.flatMap((s) => PROFESSIONS[s]).map((p) => <option key={p} value={p} />)}
    </datalist>
  );
}

type FormFields = Pick<StrategyFields, 'measure' | 'responsibleSystem' | 'responsibleProfession' | 'due' | 'offerId'>;
const FIELDS = ['measure', 'responsibleSystem', 'responsibleProfession', 'due', 'offerId'] as const satisfies readonly (keyof FormFields)[];

/** The form's fields, each kept as its own draft (`strategy-<field>`). */
function useFormDrafts(): { readonly fields: FormFields; readonly set: (patch: Partial<FormFields>) => void; readonly submitted: () => void } {
  const drafts: Record<keyof FormFields, EntryDraft> = {
    measure: useEntryDraft('strategy-measure'),
    responsibleSystem: useEntryDraft('strategy-responsibleSystem'),
    responsibleProfession: useEntryDraft('strategy-responsibleProfession'),
    due: useEntryDraft('strategy-due'),
    offerId: useEntryDraft('strategy-offerId'),
  };
  return {
    fields: {
      measure: drafts.measure.text,
      responsibleSystem: drafts.responsibleSystem.text as System | '',
      responsibleProfession: drafts.responsibleProfession.text,
      due: drafts.due.text,
      offerId: drafts.offerId.text as OfferId | '',
    },
    set: (patch) => {
      for (const name of FIELDS) if (patch[name] !== undefined) drafts[name].change(patch[name]);
    },
    submitted: () => {
      for (const name of FIELDS) drafts[name].submitted();
    },
  };
}

export function StrategyForm({ offers, onAdd }: { readonly offers: readonly OfferSnapshot[]; readonly onAdd: (fields: Partial<StrategyFields> & { measure: string }) => void }) {
  const id = useId();
  const { fields, set, submitted } = useFormDrafts();
  const [error, setError] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invalidEntry(event.currentTarget)) return; // the due date says what is wrong
    if (!fields.measure.trim()) {
      setError(true);
      document.getElementById(STRATEGY_MEASURE_ID)?.focus();
      return;
    }
    onAdd(fields);
    submitted();
    setError(false);
    document.getElementById(STRATEGY_MEASURE_ID)?.focus();
  };
  return (
    <form className="live-strategy-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.live.strategies.newTitle}</h3>
      <div className="field live-measure">
        <label htmlFor={STRATEGY_MEASURE_ID}>{t.live.strategies.measure}</label>
        <input id={STRATEGY_MEASURE_ID} value={fields.measure} lang="de" aria-invalid={error || undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => set({ measure: e.target.value })} />
        {error && <p id={`${id}-error`} className="field-error" role="alert">{t.common.required}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-system`}>{t.live.strategies.system}</label>
        <select id={`${id}-system`} value={fields.responsibleSystem} onChange={(e) => set({ responsibleSystem: e.target.value as System | '' })}><SystemOptions /></select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-profession`}>{t.live.strategies.profession}</label>
        <input id={`${id}-profession`} list={PROFESSION_LIST_ID} value={fields.responsibleProfession} onChange={(e) => set({ responsibleProfession: e.target.value })} />
      </div>
      <div className="field live-due">
        <label htmlFor={`${id}-due`}>{t.live.strategies.due}</label>
        <DateInput id={`${id}-due`} value={fields.due} onChange={(due) => set({ due })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-offer`}>{t.live.strategies.offer}</label>
        <select id={`${id}-offer`} value={fields.offerId} aria-describedby={offers.length === 0 ? `${id}-offer-hint` : undefined} onChange={(e) => set({ offerId: e.target.value as OfferId | '' })}><OfferOptions offers={offers} /></select>
      </div>
      <button type="submit" className="button primary">{t.live.strategies.add}</button>
      {offers.length === 0 && <p id={`${id}-offer-hint`} className="field-hint live-offer-hint">{t.live.strategies.offersHint}</p>}
    </form>
  );
}

/**
 * Handlungsstrategien of the case: a table to edit in place, and the form for a new one. Typing into
 * a measure or profession in the table writes it to the doc with every key (DraftInput); the form
 * keeps its draft on this device until the strategy is added (StrategyForm).
 */
import { memo, useId } from 'react';
import type * as Y from 'yjs';
import {
  addStrategy, deleteStrategy, strategiesSnapshot, updateStrategy,
  type CaseId, type OfferSnapshot, type StrategyFields, type StrategyId, type StrategySnapshot,
} from '../../../shared/doc';
import { typeStrategyText, type StrategyTextField } from '../../../shared/doc/typing';
import { DateInput } from '../../components/DateTimeField';
import { t } from '../../i18n/de';
import { DraftInput } from './DraftInput';
import { FindingsField } from '../anonymize/FindingsField';
import { OfferOptions, PROFESSION_LIST_ID, ProfessionList, StrategyForm, SystemOptions } from './StrategyForm';
import { privateTexts, useDocValue } from './useDocValue';
import type { UndoState } from './useUndo';

export interface StrategiesPanelProps {
  readonly doc: Y.Doc;
  readonly caseId: CaseId;
  readonly offers: readonly OfferSnapshot[];
  readonly undo: Pick<UndoState, 'stopCapturing'>;
}

export const StrategiesPanel = memo(function StrategiesPanel({ doc, caseId, offers, undo }: StrategiesPanelProps) {
  const strategies = useDocValue(doc, (d) => strategiesSnapshot(d, caseId), [caseId], privateTexts(caseId)) ?? [];
  const id = useId();
  const update = (strategyId: StrategyId, fields: Partial<StrategyFields>) => updateStrategy(doc, caseId, strategyId, fields);
  return (
    <section className="live-card live-strategies" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.live.strategies.title}</h2>
      <ProfessionList />
      {strategies.length === 0 ? <p className="empty">{t.live.strategies.empty}</p> : (
        <table className="table live-strategy-table" aria-label={t.live.strategies.table}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.live.strategies.measure}</th>
              <th scope="col">{t.live.strategies.system}</th>
              <th scope="col">{t.live.strategies.profession}</th>
              <th scope="col">{t.live.strategies.due}</th>
              <th scope="col">{t.live.strategies.offer}</th>
              <th scope="col">{t.live.strategies.status}</th>
              <th scope="col"><span className="visually-hidden">{t.common.remove}</span></th>
            </tr>
          </thead>
          <tbody>
            {strategies.map((s, index) => (
              <StrategyRow
                key={s.id} strategy={s} n={index + 1} offers={offers}
                onChange={(fields) => update(s.id, fields)}
                onType={(field, text) => typeStrategyText(doc, caseId, s.id, field, text)}
                onDelete={() => {
                  undo.stopCapturing();
                  deleteStrategy(doc, caseId, s.id);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <StrategyForm offers={offers} onAdd={(fields) => {
        undo.stopCapturing();
        addStrategy(doc, caseId, fields);
      }} />
    </section>
  );
});

function StrategyRow({ strategy: s, n, offers, onChange, onType, onDelete }: {
  readonly strategy: StrategySnapshot;
  readonly n: number;
  readonly offers: readonly OfferSnapshot[];
  readonly onChange: (fields: Partial<StrategyFields>) => void;
  /** A text field as typed so far (untrimmed; `onChange` commits it when the field is left). */
  readonly onType: (field: StrategyTextField, text: string) => void;
  readonly onDelete: () => void;
}) {
  const cell = (field: string) => t.live.strategies.cell(field, n);
  const unknownOffer = s.offerId && !offers.some((o) => o.id === s.offerId);
  const commitMeasure = (measure: string, final: boolean) => {
    if (!measure.trim()) return; // a measure is never emptied
    if (final) onChange({ measure });
    else onType('measure', measure);
  };
  const commitProfession = (responsibleProfession: string, final: boolean) => {
    if (final) onChange({ responsibleProfession });
    else onType('responsibleProfession', responsibleProfession);
  };
  return (
    <tr className={s.status === 'done' ? 'is-done' : undefined}>
      <td>{n}</td>
      <td><FindingsField value={s.measure}><DraftInput aria-label={cell(t.live.strategies.measure)} value={s.measure} lang="de" onCommit={commitMeasure} /></FindingsField></td>
      <td>
        <select aria-label={cell(t.live.strategies.system)} value={s.responsibleSystem} onChange={(e) => onChange({ responsibleSystem: e.target.value as StrategyFields['responsibleSystem'] })}><SystemOptions /></select>
      </td>
      <td><FindingsField value={s.responsibleProfession}><DraftInput aria-label={cell(t.live.strategies.profession)} list={PROFESSION_LIST_ID} value={s.responsibleProfession} onCommit={commitProfession} /></FindingsField></td>
      <td><DateInput aria-label={cell(t.live.strategies.due)} value={s.due} onChange={(due) => onChange({ due })} /></td>
      <td>
        <select aria-label={cell(t.live.strategies.offer)} value={s.offerId} onChange={(e) => onChange({ offerId: e.target.value as StrategyFields['offerId'] })}>
          <OfferOptions offers={offers} />
          {unknownOffer && <option value={s.offerId}>{t.live.strategies.unknownOffer}</option>}
        </select>
      </td>
      <td>
        <select aria-label={cell(t.live.strategies.status)} value={s.status} onChange={(e) => onChange({ status: e.target.value as StrategyFields['status'] })}>
          <option value="open">{t.live.strategies.open}</option>
          <option value="done">{t.live.strategies.done}</option>
        </select>
      </td>
      <td><button type="button" className="button danger live-icon-button" aria-label={t.live.strategies.remove(n)} title={t.live.strategies.remove(n)} onClick={onDelete}>×</button></td>
    </tr>
  );
}

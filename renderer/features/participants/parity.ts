/** What the parity indicator says: counts per system and either "ausgewogen" or the warnings. */
import { GROUP_MAX, GROUP_MIN, SYSTEMS, type Parity, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';

export interface ParityReport {
  readonly counts: readonly { readonly system: System; readonly text: string }[];
  readonly total: string;
  readonly balanced: boolean;
  /** "ausgewogen" when balanced and 6–20 people; otherwise one warning per broken rule. */
  readonly verdicts: readonly string[];
}

export function parityReport(parity: Parity): ParityReport {
  const ta = t.circleAdmin.attendance;
  const warnings = [
    ...(parity.imbalanced ? [ta.imbalanced] : []),
    ...(parity.tooFew || parity.tooMany ? [ta.groupSize(GROUP_MIN, GROUP_MAX)] : []),
  ];
  return {
    counts: SYSTEMS.map((system) => ({ system, text: `${t.circleAdmin.systems[system]}: ${parity.counts[system]}` })),
    total: ta.total(parity.total),
    balanced: warnings.length === 0,
    verdicts: warnings.length === 0 ? [ta.balanced] : warnings,
  };
}

/**
 * Which protocol notes go into the protocol (the meeting's setting, in its doc), the short version, and
 * who gets a certificate. Above the export buttons: it decides what they write.
 */
import type { PhaseSnapshot } from '../../../shared/doc';
import type { CertificateOptions, ProtocolOptions } from '../../../shared/protocol';
import { FieldSet } from '../../components/Field';
import { t } from '../../i18n/de';

const p = t.protocol;

export interface OptionsFormProps {
  readonly phases: readonly PhaseSnapshot[];
  readonly protocol: ProtocolOptions;
  readonly certificates: CertificateOptions;
  readonly certificateCount: number;
  readonly onShort: (short: boolean) => void;
  /** Opts a phase's protocol notes out (true) or back in: written to the meeting doc. */
  readonly onExcludePhase: (phaseId: string, excluded: boolean) => void;
  readonly onCertificates: (options: CertificateOptions) => void;
}

export function OptionsForm({ phases, protocol, certificates, certificateCount, onShort, onExcludePhase, onCertificates }: OptionsFormProps) {
  const excluded = new Set(protocol.excludedPhaseIds ?? []);
  return (
    <>
      <FieldSet legend={p.options}>
        <label className="radio">
          <input type="checkbox" checked={protocol.short === true} aria-describedby="protocol-short-hint" onChange={(e) => onShort(e.target.checked)} />
          {p.short}
        </label>
        <p id="protocol-short-hint" className="field-hint">{p.shortHint}</p>
        <fieldset className="fieldset nested" disabled={protocol.short === true} aria-describedby="protocol-exclude-hint">
          <legend>{p.excludePhases}</legend>
          <p id="protocol-exclude-hint" className="field-hint">{p.excludePhasesHint}</p>
          {phases.map((phase, i) => (
            <label key={phase.id} className="radio">
              <input type="checkbox" checked={excluded.has(phase.id)} onChange={(e) => onExcludePhase(phase.id, e.target.checked)} />
              {i + 1}. {phase.title}
            </label>
          ))}
        </fieldset>
      </FieldSet>
      <FieldSet legend={p.certificates}>
        {(['withoutEfn', 'all'] as const).map((who) => (
          <label key={who} className="radio">
            <input type="radio" name="certificates" checked={certificates.who === who} onChange={() => onCertificates({ who })} />
            {who === 'all' ? p.certificatesAll : p.certificatesWithoutEfn}
          </label>
        ))}
        <p className="field-hint">{p.certificatesCount(certificateCount)}</p>
      </FieldSet>
    </>
  );
}

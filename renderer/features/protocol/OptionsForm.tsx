/** Which notes go into the protocol, the short version, and who gets a certificate. */
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
  readonly onProtocol: (options: ProtocolOptions) => void;
  readonly onCertificates: (options: CertificateOptions) => void;
}

export function OptionsForm({ phases, protocol, certificates, certificateCount, onProtocol, onCertificates }: OptionsFormProps) {
  const excluded = new Set(protocol.excludedPhaseIds ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(excluded);
    if (on) next.add(id);
    else next.delete(id);
    onProtocol({ ...protocol, excludedPhaseIds: phases.map((ph) => ph.id).filter((phaseId) => next.has(phaseId)) });
  };
  return (
    <>
      <FieldSet legend={p.options}>
        <label className="radio">
          <input type="checkbox" checked={protocol.short === true} aria-describedby="protocol-short-hint" onChange={(e) => onProtocol({ ...protocol, short: e.target.checked })} />
          {p.short}
        </label>
        <p id="protocol-short-hint" className="field-hint">{p.shortHint}</p>
        <fieldset className="fieldset nested" disabled={protocol.short === true} aria-describedby="protocol-exclude-hint">
          <legend>{p.excludePhases}</legend>
          <p id="protocol-exclude-hint" className="field-hint">{p.excludePhasesHint}</p>
          {phases.map((phase, i) => (
            <label key={phase.id} className="radio">
              <input type="checkbox" checked={excluded.has(phase.id)} onChange={(e) => toggle(phase.id, e.target.checked)} />
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

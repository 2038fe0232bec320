/**
 * The preview: the very HTML that is printed, in an iframe with every sandbox restriction
 * (sandbox="": no script, no same-origin access, no navigation, no forms). Above the protocol, one
 * sentence on what it holds with the chosen options, announced when they change.
 */
import { t } from '../../i18n/de';
import type { DocumentKind } from './actions';

const KINDS: readonly DocumentKind[] = ['protocol', 'attendance', 'certificates'];

export function Preview({ kind, html, contents, onKind }: {
  readonly kind: DocumentKind;
  readonly html: string | undefined;
  /** What the protocol holds („Enthalten: … Nicht enthalten: …“). */
  readonly contents: string | undefined;
  readonly onKind: (kind: DocumentKind) => void;
}) {
  const label = t.protocol.previewKinds[kind];
  return (
    <section className="protocol-preview" aria-labelledby="protocol-preview-title">
      <div className="protocol-preview-head">
        <h2 id="protocol-preview-title">{t.protocol.preview}</h2>
        <div role="group" aria-label={t.protocol.preview} className="segmented">
          {KINDS.map((k) => (
            <button key={k} type="button" aria-pressed={k === kind} onClick={() => onKind(k)}>{t.protocol.previewKinds[k]}</button>
          ))}
        </div>
      </div>
      <p className="protocol-contents" aria-live="polite" hidden={kind !== 'protocol' || !contents}>{kind === 'protocol' && contents}</p>
      {html === undefined
        ? <p>{t.protocol.loading}</p>
        : <iframe className="protocol-frame" sandbox="" title={t.protocol.previewFrame(label)} srcDoc={html} />}
    </section>
  );
}

/**
 * Protokoll & Export of one meeting: the options (first, above the ways out), the fields the documents
 * need, a preview of the exact HTML that is printed with a sentence on what the protocol holds, and
 * the ways out (PDF, Markdown, JSON) — each through the export gate.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CircleId, PhaseId } from '../../../shared/doc';
import { blankRowsOf } from '../../../shared/doc/attendanceSettings';
import { protocolExcludedPhases, setPhaseExcludedFromProtocol } from '../../../shared/doc/protocolOptions';
import { certificateRecipients, dateShort, protocolContents, type CertificateOptions, type ProtocolOptions } from '../../../shared/protocol';
import { href } from '../../app/router';
import { useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { useExportGate } from '../anonymize/exportGate';
import { importJson, printDocument, renderDocument, saveJson, saveMarkdown, type DocumentKind, type Outcome } from './actions';
import { AttendanceListForm, CmeRuleForm, MeetingDetailsForm } from './DetailsForm';
import { ExportActions } from './ExportActions';
import { OptionsForm } from './OptionsForm';
import { Preview } from './Preview';
import { useDocumentAssets, useProtocolData } from './useProtocolData';

/**
 * The options chosen per meeting that are this device's, kept while the app runs (leaving the page
 * does not reset them). Which phases' protocol notes stay out is the meeting's: in its doc.
 */
const remembered = new Map<string, { short: boolean; certificates: CertificateOptions }>();

export function ProtocolPage({ meetingId }: { readonly meetingId: string }) {
  const repository = useRepository();
  const gate = useExportGate();
  const loaded = useProtocolData(meetingId);
  const assets = useDocumentAssets();
  const [short, setShort] = useState(() => remembered.get(meetingId)?.short ?? false);
  const [certificates, setCertificates] = useState<CertificateOptions>(() => remembered.get(meetingId)?.certificates ?? { who: 'withoutEfn' });
  const [previewKind, setPreviewKind] = useState<DocumentKind>('protocol');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const data = loaded?.data;
  const excludedKey = useDocSnapshot(loaded?.meetingDoc, (doc) => protocolExcludedPhases(doc).join('\n'));
  const protocol = useMemo<ProtocolOptions>(() => ({ short, excludedPhaseIds: excludedKey ? excludedKey.split('\n') : [] }), [short, excludedKey]);
  // The circle's setting; without the circle doc on this device the documents use the default.
  const blankRows = useDocSnapshot(data?.circle ? loaded?.circleDoc : undefined, blankRowsOf);
  const options = useMemo(() => ({ protocol, certificates, attendance: { blankRows } }), [protocol, certificates, blankRows]);
  const previewHtml = useMemo(() => (data && assets ? renderDocument(previewKind, data, options, assets) : undefined), [previewKind, data, options, assets]);
  const contents = useMemo(() => (data ? t.protocol.contentsSummary(protocolContents(data, protocol)) : undefined), [data, protocol]);

  useEffect(() => {
    remembered.set(meetingId, { short, certificates });
  }, [meetingId, short, certificates]);

  useEffect(() => {
    document.title = data?.meeting.title ? `${t.protocol.title}: ${data.meeting.title} – Tandem` : 'Tandem';
  }, [data?.meeting.title]);

  if (!loaded || !data) return <p>{t.app.loading}</p>;
  const { meeting } = data;

  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="protocol-page">
      <nav aria-label={t.app.mainNav} className="breadcrumbs">
        <a href={href({ name: 'circles' })}>{t.circles.title}</a>
        <span aria-hidden="true"> › </span>
        <a href={href({ name: 'circle', circleId: meeting.circleId })}>{t.meetings.title}</a>
        <span aria-hidden="true"> › </span>
        <a href={href({ name: 'meeting', meetingId })}>{meeting.title || t.protocol.backToMeeting}</a>
      </nav>
      <header className="page-head">
        <div>
          <h1>{t.protocol.title}</h1>
          <p className="subtitle">{t.protocol.subtitle(meeting.title, dateShort(meeting.date))}</p>
        </div>
      </header>
      {loaded.circleDoc && !data.circle && <p className="field-hint">{t.protocol.noCircle}</p>}
      <div className="protocol-layout">
        <div className="protocol-side">
          <OptionsForm
            phases={meeting.phases} protocol={protocol} certificates={certificates}
            certificateCount={certificateRecipients(data, certificates).length}
            onShort={setShort} onCertificates={setCertificates}
            onExcludePhase={(phaseId, excluded) => setPhaseExcludedFromProtocol(loaded.meetingDoc, phaseId as PhaseId, excluded)}
          />
          <ExportActions
            busy={busy || !assets} canImport={!!loaded.circleDoc && !!data.circle} outcome={outcome}
            onPrint={(kind) => assets && void run(() => printDocument(kind, data, options, assets, gate))}
            onMarkdown={() => void run(() => saveMarkdown(data, protocol, gate))}
            onJson={() => void run(() => saveJson(data, gate))}
            onImport={() => loaded.circleDoc && void run(() => importJson(repository, loaded.circleDoc!, meeting.circleId as CircleId))}
          />
          <MeetingDetailsForm meetingDoc={loaded.meetingDoc} meeting={meeting} />
          {loaded.circleDoc && data.circle && <AttendanceListForm circleDoc={loaded.circleDoc} />}
          {loaded.circleDoc && data.circle && <CmeRuleForm circleDoc={loaded.circleDoc} meeting={meeting} />}
        </div>
        <Preview kind={previewKind} html={previewHtml} contents={contents} onKind={setPreviewKind} />
      </div>
    </div>
  );
}

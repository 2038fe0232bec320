/**
 * A realistic meeting for the protocol (docs/architecture.md: real docs through the real commands):
 * a circle with offers and a CME rule, 14 checked-in participants (7 health, 7 youth welfare; some
 * with titles, some professions in the person's own form, some in the list's generic form),
 * two cases with long notes (headings, lists, emphasis), items, strategies, a statement, timed
 * phases and follow-ups, with umlauts, ß and ẞ throughout. Also the fonts as the app embeds them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as Y from 'yjs';
import { addCase, addFollowUp, addItem, addOffer, addStrategy, addToRoster, caseStatement, checkIn, followUpNote, goToPhase, meetingSnapshot, pauseTimer, phaseNotes, registerMeeting, rosterSnapshot, setCaseQuestion, setCaseRole, setMeetingFields, startTimer, type CaptureKind, type CaseId, type MeetingId, type OfferId, type ParticipantFields, type System } from '../../shared/doc';
import { exportMeeting, type MeetingExport } from '../../shared/doc/export';
import { embedFonts, type DocumentAssets } from '../../shared/protocol';
import { makeCircle, makeMeeting } from './docs';

// ---------------------------------------------------------------------------------------------
// Rich text as the editor writes it: paragraph/heading/list elements holding Y.XmlText runs whose
// formatting attributes are the marks ({ bold: {} }, as y-prosemirror stores them).

export type Block =
  | string
  | { readonly h: number; readonly text: string }
  | { readonly ul: readonly string[] }
  | { readonly ol: readonly string[] }
  | { readonly quote: string };

/** Inline markup: ***bold italic***, **bold**, *italic*, ~~strike~~, `code`. */
function runs(text: string): { text: string; attrs: Record<string, object> }[] {
  const out: { text: string; attrs: Record<string, object> }[] = [];
  const pattern = /\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(.+?)\*|~~(.+?)~~|`(.+?)`/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), attrs: {} });
    if (m[1]) out.push({ text: m[1], attrs: { bold: {}, italic: {} } });
    else if (m[2]) out.push({ text: m[2], attrs: { bold: {} } });
    else if (m[3]) out.push({ text: m[3], attrs: { italic: {} } });
    else if (m[4]) out.push({ text: m[4], attrs: { strike: {} } });
    else if (m[5]) out.push({ text: m[5], attrs: { code: {} } });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), attrs: {} });
  return out;
}

interface Spec {
  readonly name: string;
  readonly attrs?: Record<string, number>;
  readonly text?: string;
  readonly children?: readonly Spec[];
}

function specOf(block: Block): Spec {
  const paragraph = (text: string): Spec => ({ name: 'paragraph', text });
  if (typeof block === 'string') return paragraph(block);
  if ('h' in block) return { name: 'heading', attrs: { level: block.h }, text: block.text };
  if ('quote' in block) return { name: 'blockquote', children: [paragraph(block.quote)] };
  const entries = 'ul' in block ? block.ul : block.ol;
  return {
    name: 'ul' in block ? 'bulletList' : 'orderedList',
    ...('ol' in block && { attrs: { start: 1 } }),
    children: entries.map((entry) => ({ name: 'listItem', children: [paragraph(entry)] })),
  };
}

/** Inserts first, then fills: formatting of Y.XmlText applies to text that is part of the doc. */
function append(parent: Y.XmlFragment | Y.XmlElement, spec: Spec): void {
  const el = new Y.XmlElement(spec.name);
  parent.insert(parent.length, [el]);
  for (const [key, value] of Object.entries(spec.attrs ?? {})) el.setAttribute(key, value as never);
  if (spec.text !== undefined) {
    const text = new Y.XmlText();
    el.insert(0, [text]);
    for (const run of runs(spec.text)) text.insert(text.length, run.text, run.attrs);
  }
  for (const child of spec.children ?? []) append(el, child);
}

/** Appends blocks to a rich-text fragment in one transaction, as typing in the editor would. */
export function writeRich(doc: Y.Doc, fragment: Y.XmlFragment, blocks: readonly Block[]): void {
  doc.transact(() => {
    for (const block of blocks) append(fragment, specOf(block));
  });
}

// ---------------------------------------------------------------------------------------------
// People, offers, cases

export const PARTICIPANTS: readonly ParticipantFields[] = [
  { name: 'Dr. Jana Krüger', profession: 'Kinder- und Jugendärztin', system: 'health', efn: '276012345678901' },
  { name: 'Prof. Dr. med. Mehmet Öztürk', profession: 'Frauenarzt', system: 'health', efn: '276098765432109' },
  { name: 'Dr. Änne Weißgerber', profession: 'Hausärztin/-arzt', system: 'health', efn: '276011122233344' },
  { name: 'Sören Bäumler', profession: 'Psychotherapeutin/-therapeut', system: 'health', efn: '276055566677788' },
  { name: 'Friederike Groß', profession: 'Hebamme/Entbindungspfleger', system: 'health', efn: '' },
  { name: 'Jürgen Straßer', profession: 'Familien-Gesundheits- und Kinderkrankenpflege', system: 'health', efn: '' },
  { name: 'Łucja Nowak-Müller', profession: 'Familienhebamme', system: 'health', efn: '' },
  { name: 'Tom Berger', profession: 'Fachkraft ASD/Jugendamt', system: 'youthWelfare', efn: '' },
  { name: 'Zoë Schäfer', profession: 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', system: 'youthWelfare', efn: '' },
  { name: 'Björn Köhler', profession: 'Fachkraft Freier Träger', system: 'youthWelfare', efn: '' },
  { name: 'Aylin Şahin', profession: 'Schwangerschaftsberatung', system: 'youthWelfare', efn: '' },
  { name: 'Dipl.-Päd. Grete Maß', profession: 'Erziehungsberatung', system: 'youthWelfare', efn: '' },
  { name: 'Ömer Yılmaz', profession: 'Frühförderung', system: 'youthWelfare', efn: '' },
  { name: 'Luise Däubler', profession: 'Kita-Fachkraft', system: 'youthWelfare', efn: '' },
];

/** Written into the notes of phase 3 (Verständnisfragen) of every case: gone when that phase is left out. */
export const PRIVATE_NOTE = 'Nur für das Tandem: Rückfrage beim ASD zur Vorgeschichte offen';

interface CaseScript {
  readonly title: string;
  readonly presenter: string;
  readonly question: string;
  /** Notes per phase (index = phase number − 1). */
  readonly notes: readonly (readonly Block[])[];
  readonly statement: readonly Block[];
  readonly items: readonly (readonly [CaptureKind, string, System | ''])[];
  readonly strategies: readonly { measure: string; system: System | ''; profession: string; due: string; offer?: number }[];
  /** Minutes used per phase. */
  readonly minutes: readonly number[];
}

const CASE_1: CaseScript = {
  title: 'Säugling mit Schreiphasen, erschöpfte Mutter',
  presenter: 'Łucja Nowak-Müller',
  question: 'Wie können wir die Mutter entlasten, ohne dass sie sich kontrolliert fühlt – und wer übernimmt was?',
  notes: [
    ['Fallgeberin: **Familienhebamme**. Zeit: Kinderärztin. Protokoll: Netzwerkkoordination.', 'Die Gruppe vereinbart, dass alle Angaben *anonymisiert* bleiben; die Familie heißt im Protokoll „Familie S.“.'],
    [
      { h: 3, text: 'Ausgangslage' },
      'Mutter, Anfang dreißig, alleinerziehend seit der Schwangerschaft; der Säugling (elf Wochen) schreit **täglich drei bis fünf Stunden**, vor allem abends. Die Mutter schläft nach eigener Aussage „nie mehr als zwei Stunden am Stück“. Sie nennt es selbst „die GROẞE MÜDIGKEIT“.',
      'Die Familienhebamme begleitet seit der sechsten Lebenswoche, zweimal wöchentlich. Gewichtszunahme regelrecht, U4 steht an. Keine Hinweise auf eine organische Ursache, die kinderärztliche Abklärung ist *noch nicht* erfolgt.',
      { h: 3, text: 'Was die Fallgeberin beobachtet' },
      { ul: ['Mutter wirkt zunehmend gereizt, einmal Äußerung „Ich halte das nicht mehr aus“', 'Wohnung aufgeräumt, Versorgung des Kindes **zuverlässig**', 'kaum soziale Kontakte, die eigene Mutter lebt weit entfernt', 'Sorge vor dem Jugendamt: „Die nehmen mir das Kind weg“'] },
      'Die Fallgeberin fragt sich, ob sie *zu spät* reagiert und ob ein Hausbesuch durch weitere Fachkräfte die Mutter überfordern würde.',
    ],
    [
      PRIVATE_NOTE,
      { h: 3, text: 'Fragen aus der Runde' },
      { ol: ['Gibt es eine Hebammenbetreuung über die Familienhebamme hinaus? – Nein.', 'Wie ist die finanzielle Lage? – Elterngeld, knapp, keine Schulden bekannt.', 'Hat die Mutter schon von der Schreiambulanz gehört? – Ja, aber „da muss man ja hinfahren“.', 'Gibt es einen Kinderarzt? – Ja, Praxis im Stadtteil, bisher nur Vorsorgetermine.'] },
      'Die Mutter spricht gut Deutsch, liest aber ungern Formulare; Termine hält sie ein, wenn sie sie *selbst* vereinbart hat.',
    ],
    [
      { h: 3, text: 'Sicht des Gesundheitswesens' },
      'Die Kinderärztin weist darauf hin, dass exzessives Schreien in diesem Alter häufig ist und meist **nach dem dritten bis vierten Monat** nachlässt; wichtig sei die Abklärung von Reflux, Trinkschwäche und Überstimulation. Die Psychotherapeutin fragt nach Anzeichen einer *postpartalen Depression* – Schlafmangel allein erkläre die Gereiztheit, doch Rückzug und Hoffnungslosigkeit seien ernst zu nehmen.',
      { h: 3, text: 'Sicht der Kinder- und Jugendhilfe' },
      'Die Fachkraft des ASD betont, dass aus dem Geschilderten **keine Kindeswohlgefährdung** abzuleiten sei; es gehe um Unterstützung, nicht um Kontrolle. Die Angst der Mutter vor dem Jugendamt sei verbreitet und müsse offen angesprochen werden.',
      { quote: 'Die Mutter hat Angst, als „schlechte Mutter“ zu gelten – jede Hilfe muss das berücksichtigen.' },
    ],
    [
      'Die Runde sammelt, was die Familie trägt und was sie belastet. Auffällig ist, wie *zuverlässig* die Mutter trotz allem versorgt.',
      { h: 3, text: 'Einschätzung' },
      'Die Belastungen überwiegen derzeit, doch die Ressourcen sind tragfähig, wenn die Mutter **Schlaf** bekommt. Besonders die Beziehung zur Familienhebamme ist ein Schlüssel.',
    ],
    [
      { h: 3, text: 'Ideen aus beiden Systemen' },
      { ul: ['***Schreiambulanz*** der Kinderklinik – Fahrdienst über den Freien Träger klären', 'Elterncafé im Familienzentrum: andere Eltern mit Schreibabys treffen', 'Kinderärztliche Abklärung vor der U4 vorziehen', 'Ehrenamtliche Familienpatin für zwei Nachmittage pro Woche', 'Krisentelefon und Nummer der Hebamme sichtbar an den Kühlschrank'] },
      'Die Schwangerschaftsberatung ergänzt, dass über die Bundesstiftung ~~keine~~ *eine* einmalige Unterstützung für Hilfsmittel möglich sein könnte.',
    ],
    ['Die Fallgeberin nimmt besonders die Idee der Familienpatin mit; die Schreiambulanz möchte sie zunächst nur *ansprechen*, nicht vermitteln.'],
    ['Vereinbarungen siehe Tabelle. Die Familienhebamme spricht alles **mit der Mutter** ab, bevor jemand Kontakt aufnimmt.'],
    [
      { h: 3, text: 'Transfer ins Netzwerk' },
      'Das Netzwerk lernt aus dem Fall, dass die *Angst vor dem Jugendamt* früh und offen angesprochen werden sollte. Die Netzwerkkoordination nimmt das Thema in die nächste Steuerungsgruppe mit.',
      'Fallverlauf: Bericht in der nächsten Sitzung.',
    ],
  ],
  statement: [
    'Ich fühle mich **bestätigt**, dass keine Gefährdung vorliegt, und habe jetzt konkrete Schritte. Die Familienpatin passt gut; die Schreiambulanz spreche ich an, dränge aber nicht.',
    'Mitnehmen möchte ich auch, die Angst der Mutter vor dem Jugendamt *direkt* anzusprechen.',
  ],
  items: [
    ['hypothesis', 'Schlafmangel verstärkt die Überforderung der Mutter', 'health'],
    ['hypothesis', 'Mögliche postpartale Depression – abklären lassen', 'health'],
    ['hypothesis', 'Angst vor dem Jugendamt verhindert Hilfesuche', 'youthWelfare'],
    ['hypothesis', 'Soziale Isolation seit der Trennung', 'youthWelfare'],
    ['resource', 'Verlässliche Versorgung des Kindes', 'health'],
    ['resource', 'Vertrauensvolle Beziehung zur Familienhebamme', ''],
    ['resource', 'Mutter hält selbst vereinbarte Termine ein', 'youthWelfare'],
    ['stressor', 'Täglich drei bis fünf Stunden Schreien', 'health'],
    ['stressor', 'Alleinerziehend, kein Netz in der Nähe', 'youthWelfare'],
    ['stressor', 'Knappe finanzielle Lage', 'youthWelfare'],
    ['stressor', 'Weg zur Schreiambulanz ohne Auto schwierig', ''],
    ['idea', 'Schreiambulanz mit Fahrdienst', 'health'],
    ['idea', 'Elterncafé im Familienzentrum', 'youthWelfare'],
    ['idea', 'Familienpatin zwei Nachmittage pro Woche', 'youthWelfare'],
    ['idea', 'Kinderärztliche Abklärung vorziehen', 'health'],
  ],
  strategies: [
    { measure: 'Familienpatin vermitteln, Erstkontakt gemeinsam mit der Familienhebamme', system: 'youthWelfare', profession: 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', due: '2026-12-05', offer: 2 },
    { measure: 'Kinderärztlichen Termin vor der U4 vereinbaren (Reflux, Trinkverhalten abklären)', system: 'health', profession: 'Familienhebamme', due: '2026-12-01' },
    { measure: 'Schreiambulanz ansprechen, Fahrdienst über den Freien Träger klären', system: 'health', profession: 'Kinder- und Jugendärztin/-arzt', due: '2026-12-15', offer: 1 },
    { measure: 'Einladung ins Elterncafé persönlich überbringen', system: 'youthWelfare', profession: 'Fachkraft Freier Träger', due: '2026-12-10', offer: 0 },
  ],
  minutes: [6, 12, 9, 17, 10, 14, 5, 12, 6],
};

const CASE_2: CaseScript = {
  title: 'Schwangere mit Suchtvorgeschichte, Geschwisterkind',
  presenter: 'Aylin Şahin',
  question: 'Welche Unterstützung braucht die Familie rund um die Geburt – und wie gelingt der Übergang von der Schwangerschaftsberatung in die Frühen Hilfen?',
  notes: [
    ['Fallgeberin: **Schwangerschaftsberatung**. Zeit und Protokoll wie im ersten Fall.'],
    [
      { h: 3, text: 'Situation' },
      'Schwangere in der 30. Woche, zweites Kind; der Sohn ist vier Jahre alt und besucht die Kita. Vor sechs Jahren **Substitutionsbehandlung**, seit fünf Jahren stabil ohne Konsum, nach eigener Angabe. Der Partner arbeitet im Schichtdienst, unterstützt „wenn er da ist“.',
      'Die Schwangere kam wegen eines Antrags auf Stiftungsmittel; im Gespräch äußerte sie Sorge, dass die Vorgeschichte im Krankenhaus „wieder hochkommt“ und man ihr *misstraut*.',
      { ul: ['Wohnung: drei Zimmer, beengt, aber ausreichend', 'Gynäkologische Vorsorge regelmäßig', 'Kita beschreibt den Sohn als fröhlich, sprachlich etwas verzögert', 'Großmutter mütterlicherseits in der Nähe, Verhältnis „schwierig“'] },
    ],
    [
      PRIVATE_NOTE,
      { ol: ['Weiß die Geburtsklinik von der Vorgeschichte? – Unklar.', 'Gibt es eine Hebamme für die Nachsorge? – Noch nicht gefunden.', 'Ist der Sohn in Frühförderung? – Nein, Kita empfiehlt eine Abklärung.'] },
    ],
    [
      { h: 3, text: 'Gesundheitswesen' },
      'Die Frauenärztin betont, dass eine **offene Kommunikation mit der Geburtsklinik** Misstrauen eher abbaue; ein vorbereitendes Gespräch im Perinatalzentrum sei möglich. Die Hebamme ergänzt, dass die Nachsorgesituation im Stadtteil angespannt sei – *jetzt* suchen, nicht nach der Geburt.',
      { h: 3, text: 'Kinder- und Jugendhilfe' },
      'Die Erziehungsberatung sieht die Geschwisterdynamik: der Sohn werde mit der Geburt weniger Aufmerksamkeit bekommen, die Kita könne das auffangen. Die Frühförderung bietet eine Abklärung der Sprachentwicklung an.',
    ],
    [
      'Ressourcen: *Stabilität seit Jahren*, regelmäßige Vorsorge, Kita als verlässlicher Ort für den Sohn, Partner mit festem Einkommen.',
      'Belastungen: Angst vor Stigmatisierung, fehlende Nachsorgehebamme, schwierige Beziehung zur eigenen Mutter, Schichtarbeit des Partners.',
    ],
    [
      { ul: ['Vorgespräch im Perinatalzentrum mit Begleitung', 'Familienhebamme über die Frühen Hilfen anfragen', 'Sprachabklärung des Sohnes über die Frühförderung', '**Lotsendienst** der Geburtsklinik einbinden'] },
    ],
    ['Die Fallgeberin findet die Idee des begleiteten Vorgesprächs hilfreich; sie möchte die Schwangere fragen, ob sie mitkommen soll.'],
    ['Strategien siehe Tabelle.'],
    ['Transfer: Übergänge zwischen Beratungsstellen und Geburtskliniken brauchen **feste Ansprechpersonen**. Die Netzwerkkoordination prüft eine Liste für den Landkreis.'],
  ],
  statement: ['Ich habe jetzt einen klaren nächsten Schritt: das Vorgespräch. Die Familienhebamme frage ich *heute noch* an.'],
  items: [
    ['hypothesis', 'Angst vor Stigmatisierung verhindert offene Gespräche mit der Klinik', 'health'],
    ['hypothesis', 'Geschwisterkind reagiert auf die Veränderung', 'youthWelfare'],
    ['resource', 'Seit fünf Jahren stabil', 'health'],
    ['resource', 'Kita als verlässlicher Ort', 'youthWelfare'],
    ['stressor', 'Keine Nachsorgehebamme', 'health'],
    ['stressor', 'Schichtarbeit des Partners', ''],
    ['idea', 'Begleitetes Vorgespräch im Perinatalzentrum', 'health'],
    ['idea', 'Familienhebamme über die Frühen Hilfen', 'youthWelfare'],
  ],
  strategies: [
    { measure: 'Begleitetes Vorgespräch im Perinatalzentrum vereinbaren', system: 'youthWelfare', profession: 'Schwangerschaftsberatung', due: '2026-12-08' },
    { measure: 'Familienhebamme anfragen', system: 'youthWelfare', profession: 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', due: '2026-11-30', offer: 2 },
    { measure: 'Sprachabklärung des Sohnes anbieten', system: 'youthWelfare', profession: 'Frühförderung', due: '2027-01-15' },
  ],
  minutes: [4, 11, 8, 16, 9, 13, 6, 10, 5],
};

const OFFERS = [
  { name: 'Elterncafé Oststadt', kind: 'Gruppe', system: 'youthWelfare' as const, description: 'Offenes Treffen für Eltern mit Kindern bis drei Jahre, dienstags 9–11 Uhr.' },
  {
    name: 'Schreiambulanz der Kinderklinik', kind: 'Sprechstunde', system: 'health' as const, description: 'Beratung bei exzessivem Schreien, Schlaf- und Fütterstörungen.',
    targetGroup: 'Eltern von Säuglingen bis 12 Monate', contact: 'Ambulanzsekretariat der Kinderklinik', phone: '0721 98765-40', web: 'https://www.example.org/schreiambulanz/',
  },
  {
    name: 'Familienpatenschaften „Zeit für Familie“', kind: 'Hausbesuch', system: 'youthWelfare' as const, description: 'Ehrenamtliche Patinnen und Paten, zwei bis vier Stunden pro Woche.',
    targetGroup: 'Familien mit Kindern bis 3 Jahre', contact: 'Koordinierungsstelle Frühe Hilfen, Frau Lenz', phone: '0721 98765-12', web: 'www.example.org/familienpaten',
  },
];

export interface RealisticMeeting {
  readonly circle: { readonly doc: Y.Doc; readonly id: string };
  readonly meeting: { readonly doc: Y.Doc; readonly id: MeetingId };
  readonly caseIds: readonly CaseId[];
  /** The moment the realistic meeting is exported (after it ended). */
  readonly exportedAt: Date;
}

/**
 * The realistic meeting. `cases` > 2 repeats the two scripted cases (numbered titles), for long
 * protocols (the 20-page benchmark).
 */
export function makeRealisticMeeting({ cases = 2 }: { readonly cases?: number } = {}): RealisticMeeting {
  const circle = makeCircle({ name: 'IQZ Frühe Hilfen Karlsruhe-Süd', region: 'Karlsruhe' });
  const offerIds: OfferId[] = OFFERS.map((offer) => addOffer(circle.doc, offer));
  const meeting = makeMeeting({
    title: '4. Sitzung 2026: Erschöpfung rund um die Geburt', date: '2026-11-24', startTime: '15:00', endTime: '16:30',
    place: 'Familienzentrum Oststadt, Raum „Weißer Saal“', topic: 'Schreibabys, Erschöpfung und Übergänge rund um die Geburt',
  }, circle);
  registerMeeting(circle.doc, meeting.id);
  setMeetingFields(meeting.doc, {
    moderators: 'Dr. Jana Krüger (Kinder- und Jugendärztin) und Tom Berger (ASD)',
    vnr: '2760602026112400017', nextMeetingDate: '2027-01-26', status: 'done',
  });

  for (const person of PARTICIPANTS) addToRoster(circle.doc, person);
  const roster = rosterSnapshot(circle.doc);
  const checkInTime = new Date('2026-11-24T13:55:00Z');
  for (const person of roster) checkIn(meeting.doc, person, checkInTime);
  const idOf = (name: string) => roster.find((p) => p.name === name)!.id;

  const phases = meetingSnapshot(meeting.doc).phases;
  const caseIds: CaseId[] = [];
  let clock = Date.parse('2026-11-24T14:05:00Z');
  for (let n = 0; n < cases; n++) {
    const script = n % 2 === 0 ? CASE_1 : CASE_2;
    const title = cases > 2 ? `${script.title} (${n + 1})` : script.title;
    const caseId = addCase(meeting.doc, title, new Date(clock));
    caseIds.push(caseId);
    setCaseRole(meeting.doc, caseId, 'presenter', idOf(script.presenter));
    setCaseRole(meeting.doc, caseId, 'timekeeper', idOf('Dr. Jana Krüger'));
    setCaseRole(meeting.doc, caseId, 'minuteTaker', idOf('Zoë Schäfer'));
    setCaseQuestion(meeting.doc, caseId, script.question);
    phases.forEach((phase, i) => writeRich(meeting.doc, phaseNotes(meeting.doc, caseId, phase.id)!, script.notes[i] ?? []));
    writeRich(meeting.doc, caseStatement(meeting.doc, caseId)!, script.statement);
    for (const [kind, text, system] of script.items) addItem(meeting.doc, caseId, kind, text, system, new Date(clock));
    for (const s of script.strategies) {
      addStrategy(meeting.doc, caseId, {
        measure: s.measure, responsibleSystem: s.system, responsibleProfession: s.profession, due: s.due,
        offerId: s.offer === undefined ? '' : offerIds[s.offer]!,
      });
    }
    // The phase timer, as the live mode runs it: start, move through the phases, pause at the end.
    startTimer(meeting.doc, caseId, phases[0]!.id, clock);
    phases.forEach((phase, i) => {
      if (i > 0) goToPhase(meeting.doc, caseId, phase.id, clock);
      clock += (script.minutes[i] ?? phase.minutes) * 60_000;
    });
    pauseTimer(meeting.doc, caseId, clock);
  }

  // A case from the last meeting reported on in this one, and a report planned for the first case.
  const earlier = addFollowUp(circle.doc, {
    meetingId: meeting.id, sourceMeetingId: 'sitzung-3-2026' as MeetingId, sourceCaseId: 'fall-zwillinge' as CaseId,
    caseTitle: 'Zwillinge nach Frühgeburt, Vater überlastet', sourceMeetingTitle: '3. Sitzung 2026', sourceMeetingDate: '2026-09-22',
  }, new Date('2026-11-20T10:00:00Z'));
  writeRich(circle.doc, followUpNote(circle.doc, earlier)!, [
    'Die Familienpatin ist seit Oktober zweimal wöchentlich da; der Vater berichtet von **spürbarer Entlastung**.',
    { ul: ['Frühförderung für beide Kinder begonnen', 'Kinderärztliche Kontrollen unauffällig'] },
  ]);
  if (caseIds[0]) {
    addFollowUp(circle.doc, {
      meetingId: 'sitzung-1-2027' as MeetingId, sourceMeetingId: meeting.id, sourceCaseId: caseIds[0],
      caseTitle: CASE_1.title, sourceMeetingTitle: '4. Sitzung 2026', sourceMeetingDate: '2026-11-24',
    }, new Date('2026-11-24T15:40:00Z'));
  }
  return { circle, meeting, caseIds, exportedAt: new Date('2026-11-24T16:45:00Z') };
}

export function realisticExport(options: { readonly cases?: number } = {}): MeetingExport & { readonly source: RealisticMeeting } {
  const source = makeRealisticMeeting(options);
  return { ...exportMeeting(source.meeting.doc, source.circle.doc, source.exportedAt), source };
}

// ---------------------------------------------------------------------------------------------
// Fonts, as the app embeds them (the renderer imports the same files with Vite's `?inline`).

let assets: DocumentAssets | undefined;

export function protocolAssets(): DocumentAssets {
  if (!assets) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json')), 'files');
    assets = { fonts: embedFonts((file) => new Uint8Array(readFileSync(join(dir, file)))) };
  }
  return assets;
}

/**
 * A meeting of `count` cases with nothing but a timed run through all phases (each phase 1 minute
 * over its plan): every case page of the protocol ends with the „Zeit je Phase“ table.
 */
export function timedCasesExport(count: number): MeetingExport {
  const meeting = makeMeeting({ title: 'Sitzung mit vielen Fällen' });
  const phases = meetingSnapshot(meeting.doc).phases;
  let clock = Date.parse('2026-11-24T14:05:00Z');
  for (let n = 0; n < count; n++) {
    const caseId = addCase(meeting.doc, `Fall ${n + 1}`, new Date(clock));
    startTimer(meeting.doc, caseId, phases[0]!.id, clock);
    phases.forEach((phase, i) => {
      if (i > 0) goToPhase(meeting.doc, caseId, phase.id, clock);
      clock += (phase.minutes + 1) * 60_000;
    });
    pauseTimer(meeting.doc, caseId, clock);
  }
  return exportMeeting(meeting.doc, meeting.circle.doc, new Date(clock));
}

/**
 * Protocol, attendance list and certificates as PDFs, printed by the system Chromium with the print
 * options of the app (electron/main/print.ts: CSS page size, backgrounds, JavaScript off), checked
 * with poppler (pdftotext, pdfinfo, pdffonts). Then the feature as a moderator uses it in the web
 * build: "Protokoll & Export" of a meeting made through the UI, preview, JSON export and import.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoc, newId, type CircleId, type MeetingId } from '../../shared/doc';
import { exportMeetingDoc, importMeeting, parseMeetingExport } from '../../shared/doc/export';
import { certificateRecipients, renderAttendanceListHtml, renderCertificatesHtml, renderProtocolHtml } from '../../shared/protocol';
import { PARTICIPANTS, PRIVATE_NOTE, protocolAssets, realisticExport, timedCasesExport } from '../factories/protocol';
import { createCircle, createMeeting, createProfile } from './flows';
import { CHROMIUM_ARGS, CHROMIUM_PATH, flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';

let dir: string;
let browser: Browser;
let printPage: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-pdf-'));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  // As in the app's print window: no script runs in the printed document.
  printPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Pdf {
  readonly pages: number;
  /** Text of each page, whitespace collapsed, words split at a line end joined again. */
  readonly pageTexts: readonly string[];
  readonly text: string;
  readonly fonts: readonly { readonly name: string; readonly embedded: boolean }[];
}

/** Prints HTML as the app does (electron/main/print.ts: pdfOptions) and reads the PDF back with poppler. */
async function print(html: string, name: string): Promise<Pdf> {
  await printPage.setContent(html, { waitUntil: 'load' });
  const bytes = await printPage.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, format: 'A4' });
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  // -raw keeps the order Chromium drew the text in: the lines of a table cell stay together.
  const textOf = (args: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', ...args, file, '-'], { encoding: 'utf8' })
    .replace(/\u00ad/g, '').replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
  const pageTexts = Array.from({ length: pages }, (_, i) => textOf(['-f', String(i + 1), '-l', String(i + 1)]));
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => {
    const cells = line.trim().split(/\s+/);
    // name, type (1–2 words), encoding, emb, sub, uni, object, generation: emb is the 5th cell from the end.
    return { name: cells[0]!, embedded: cells[cells.length - 5] === 'yes' };
  });
  return { pages, pageTexts, text: pageTexts.join(' '), fonts };
}

function expectNumberedPages(pdf: Pdf): void {
  pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Seite ${i + 1} von ${pdf.pages}`));
}

function expectOnlyEmbeddedBundledFonts(pdf: Pdf): void {
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.name, 'no glyph fell back to a system font').toMatch(/\+SourceSans3/);
  }
}

describe('the PDFs of a realistic meeting (2 cases, 14 participants, long notes)', () => {
  const data = realisticExport();
  const assets = protocolAssets();

  it('a first print in a fresh window has all its text: the fonts are preloaded, none is still loading', async () => {
    // Before the preloads, about 1 in 5 first prints lacked every weight-400 text (footer, running
    // text) because that face was still loading when the print layout drew it (docs/protocol.md).
    const html = renderProtocolHtml(data, {}, assets);
    for (let run = 0; run < 8; run++) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const file = join(dir, `fresh-${run}.pdf`);
        await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, format: 'A4' }));
        const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(first).toContain('Seite 1 von');
        expect(first).toContain('Vertraulich – anonymisierte Falldarstellung');
      } finally {
        await context.close();
      }
    }
  });

  it('the protocol: at least 5 numbered pages, headings, strategies, umlauts, embedded fonts', async () => {
    const pdf = await print(renderProtocolHtml(data, {}, assets), 'protocol');
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    expectNumberedPages(pdf);
    expectOnlyEmbeddedBundledFonts(pdf);
    for (const heading of [
      'Protokoll: 4. Sitzung 2026: Erschöpfung rund um die Geburt', 'Teilnehmende: 14 Personen', 'Fälle dieser Sitzung',
      'Fall 1: Säugling mit Schreiphasen, erschöpfte Mutter', 'Fall 2: Schwangere mit Suchtvorgeschichte, Geschwisterkind',
      'Verlauf der Fallberatung', '4. Perspektiven & Hypothesen', 'Stellungnahme der Fallgeberin / des Fallgebers',
      'Vereinbarte Handlungsstrategien', 'Zeit je Phase', 'Fallverläufe früherer Fälle', 'Nächste Sitzung',
    ]) expect(pdf.text).toContain(heading);
    for (const strategy of data.meeting.cases.flatMap((c) => c.strategies)) expect(pdf.text).toContain(strategy.measure);
    for (const word of ['Äußerung', 'Erschöpfung', 'Säugling', 'Übergänge', 'Weißer Saal', 'GROẞE MÜDIGKEIT', 'Gesundheitswesen (7)']) {
      expect(pdf.text).toContain(word);
    }
    // Running header and footer on every page.
    for (const page of pdf.pageTexts) {
      expect(page).toContain('IQZ Frühe Hilfen Karlsruhe-Süd');
      expect(page).toContain('Vertraulich – anonymisierte Falldarstellung');
    }
    expect(pdf.text).toContain(PRIVATE_NOTE);
  });

  it('the protocol without the private notes of a phase has none of them', async () => {
    const phase = data.meeting.phases[2]!;
    const pdf = await print(renderProtocolHtml(data, { excludedPhaseIds: [phase.id] }, assets), 'protocol-excluded');
    expect(pdf.text).not.toContain(PRIVATE_NOTE);
    expect(pdf.text).not.toContain('Gibt es eine Hebammenbetreuung');
    expect(pdf.text).toContain('Mutter wirkt zunehmend gereizt');
    expectNumberedPages(pdf);
  });

  it('the attendance list: every participant by surname with EFN, blank rows, the VNR, the points and the moderators under their lines', async () => {
    const pdf = await print(renderAttendanceListHtml(data, {}, assets), 'attendance');
    expectNumberedPages(pdf);
    expectOnlyEmbeddedBundledFonts(pdf);
    expect(pdf.text).toContain('Teilnehmerliste');
    for (const person of PARTICIPANTS) {
      expect(pdf.text).toContain(person.name);
      if (person.efn) expect(pdf.text).toContain(person.efn);
    }
    // By surname, titles ignored: „Prof. Dr. med. Mehmet Öztürk“ under O, after Nowak-Müller, not before Bäumler.
    const order = ['Sören Bäumler', 'Tom Berger', 'Dr. Jana Krüger', 'Dipl.-Päd. Grete Maß', 'Łucja Nowak-Müller', 'Prof. Dr. med. Mehmet Öztürk', 'Ömer Yılmaz'];
    const rows = pdf.text.slice(pdf.text.indexOf('Nr. Name Beruf System EFN Unterschrift'));
    const at = order.map((name) => rows.indexOf(`${name} `));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Three numbered blank rows after the 14 people, then the note saying what they are for.
    expect(pdf.text).toMatch(/Ömer Yılmaz Frühförderung KJH 15 16 17 GW = Gesundheitswesen/);
    expect(pdf.text).toContain('Die 3 leeren Zeilen sind für später Eintreffende.');
    expect(pdf.text).toContain('2760602026112400017');
    expect(pdf.text).toContain('3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (90 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit');
    expect(pdf.text).toMatch(/bestätigt die Moderation: Dr\. Jana Krüger Datum, Unterschrift Tom Berger Datum, Unterschrift/);
  });

  it('the certificates: one page per person, one grammatical sentence with the own profession, the EFN for physicians', async () => {
    const recipients = certificateRecipients(data, { who: 'withoutEfn' });
    const pdf = await print(renderCertificatesHtml(data, { who: 'withoutEfn' }, assets), 'certificates');
    expect(pdf.pages).toBe(recipients.length);
    // A hard hyphen at a line end („Karlsruhe-“ / „Süd“) is read back with a space after it.
    const joined = (text: string) => text.replace(/(\p{L})- (\p{Lu})/gu, '$1-$2');
    const attended = 'am 24. November 2026 an der Sitzung „4. Sitzung 2026: Erschöpfung rund um die Geburt“ des Qualitätszirkels „IQZ Frühe Hilfen Karlsruhe-Süd“ teilgenommen hat.';
    recipients.forEach((person, i) => {
      const text = joined(pdf.pageTexts[i]!);
      expect(text).toContain('Teilnahmebescheinigung');
      expect(text).toContain(`Hiermit wird bestätigt, dass ${person.name} `);
      expect(text).toContain(attended);
      expect(text).toContain('+ 1 Zusatzpunkt für die Qualitätszirkelarbeit');
    });
    expect(joined(pdf.text)).toContain(`Hiermit wird bestätigt, dass Łucja Nowak-Müller (Familienhebamme) ${attended}`);
    expect(joined(pdf.text)).toContain(`Hiermit wird bestätigt, dass Friederike Groß ${attended}`); // „Hebamme/Entbindungspfleger“ left out
    expectOnlyEmbeddedBundledFonts(pdf);
    const all = await print(renderCertificatesHtml(data, { who: 'all' }, assets), 'certificates-all');
    expect(all.pages).toBe(PARTICIPANTS.length);
    const krueger = joined(all.pageTexts.find((text) => text.includes('dass Dr. Jana Krüger'))!);
    expect(krueger).toContain(`Hiermit wird bestätigt, dass Dr. Jana Krüger (Kinder- und Jugendärztin) ${attended}`);
    expect(krueger).toContain('Einheitliche Fortbildungsnummer (EFN) 276012345678901');
  });
});

describe('a table keeps its sum row with its last rows, wherever the page breaks', () => {
  it('„Zeit je Phase“: no page starts with „Summe“, no page shows it under a part of the table', async () => {
    // 36 cases, each on its own page; before the time table of case i a spacer of 120 + 3·i mm moves
    // the page break through every row of the table.
    const cases = 36;
    let html = renderProtocolHtml(timedCasesExport(cases), {}, protocolAssets());
    let i = 0;
    html = html.replace(/<h3>Zeit je Phase<\/h3>/g, (heading) => `<div class="spacer-${i++}"></div>${heading}`);
    expect(i).toBe(cases);
    const spacers = Array.from({ length: cases }, (_, n) => `.spacer-${n}{height:${120 + 3 * n}mm}`).join('');
    html = html.replace('</style>', `${spacers}</style>`);
    const pdf = await print(html, 'sum-rows');

    let split = 0;
    for (const [n, text] of pdf.pageTexts.entries()) {
      const sums = text.match(/Summe \d+ min/g) ?? [];
      expect(sums.length, `page ${n + 1}`).toBeLessThanOrEqual(1);
      if (sums.length === 1) {
        // The sum with the last two phases, on the same page, right before it.
        expect(text, `page ${n + 1}`).toMatch(/Handlungsstrategien vereinbaren 10 min 11 min \+1 min Abschluss & Transfer 5 min 6 min \+1 min Summe 85 min 94 min \+9 min/);
      } else if (text.includes('Ankommen & Rollen 5 min')) split++;
    }
    expect(pdf.text.match(/Summe \d+ min/g)).toHaveLength(cases);
    // The sweep did break tables: some pages hold the start of a table without its sum.
    expect(split).toBeGreaterThan(3);
  });
});

describe('Protokoll & Export in the app', () => {
  let server: Served;
  let moderator: Moderator;

  beforeAll(async () => {
    server = await serve();
    moderator = await launchModerator(server);
  });

  afterAll(async () => {
    await moderator?.close();
    if (moderator) await removeProfile(moderator.profileDir);
    await server?.close();
  });

  it('previews the protocol, exports the meeting as JSON and imports it back as a new meeting', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await createProfile(page, 'Tom Berger', 'Fachkraft Kinder- und Jugendhilfe');
    await createCircle(page, 'IQZ Frühe Hilfen Südstadt');
    await createMeeting(page, { title: 'Herbstsitzung – Übergänge', place: 'Familienzentrum Oststadt', topic: 'Erschöpfte Eltern' });

    // From the meeting header to the protocol page.
    await page.getByRole('link', { name: 'Protokoll & Export' }).click();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();
    const preview = page.frameLocator('iframe[title="Vorschau: Protokoll"]');
    await preview.getByRole('heading', { name: 'Protokoll: Herbstsitzung – Übergänge' }).waitFor();
    expect(await page.locator('iframe[title="Vorschau: Protokoll"]').getAttribute('sandbox')).toBe('');

    // A field for the documents, written to the meeting and shown in the preview.
    await page.getByLabel('Moderation', { exact: true }).fill('Dr. Jana Krüger und Tom Berger');
    await page.getByLabel('Moderation', { exact: true }).press('Enter');
    await preview.getByText('Dr. Jana Krüger und Tom Berger').waitFor();
    await page.getByLabel('Veranstaltungsnummer (VNR)').fill('2760602026112400017');
    await page.getByLabel('Veranstaltungsnummer (VNR)').blur();
    await page.getByRole('button', { name: 'Teilnehmerliste', exact: true }).click();
    const listPreview = page.frameLocator('iframe[title="Vorschau: Teilnehmerliste"]');
    await listPreview.getByText('2760602026112400017').waitFor();
    // The circle's blank rows for late arrivals (default 3), and the moderators under their signature lines.
    await listPreview.getByText('Die 3 leeren Zeilen sind für später Eintreffende.').waitFor();
    await page.getByLabel('Leerzeilen für später Eintreffende').fill('5');
    await page.getByLabel('Leerzeilen für später Eintreffende').press('Enter');
    await listPreview.getByText('Die 5 leeren Zeilen sind für später Eintreffende.').waitFor();
    expect(await listPreview.locator('tr.blank').count()).toBe(5);
    expect(await listPreview.locator('.sign-name').allTextContents()).toEqual(['Dr. Jana Krüger', 'Tom Berger']);
    await page.getByRole('button', { name: 'Protokoll', exact: true }).click();
    const a11y = await seriousA11yViolations(page);

    // JSON export: a download of the versioned file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sitzung als JSON exportieren' }).click()]);
    expect(download.suggestedFilename()).toBe('Sitzung 2026-11-24 Herbstsitzung – Übergänge.json');
    const file = join(dir, 'export.json');
    await download.saveAs(file);
    const parsed = parseMeetingExport(await readFile(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.meeting).toMatchObject({ title: 'Herbstsitzung – Übergänge', moderators: 'Dr. Jana Krüger und Tom Berger', vnr: '2760602026112400017' });
    expect(parsed.value.circle?.name).toBe('IQZ Frühe Hilfen Südstadt');
    // The file round-trips: imported into a doc, it gives the same snapshot.
    const doc = createDoc();
    const id = importMeeting(doc, parsed.value.meeting, { id: newId<MeetingId>(), circleId: parsed.value.meeting.circleId as CircleId });
    expect(exportMeetingDoc(doc)).toEqual({ ...parsed.value.meeting, id });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Gespeichert: „' }).textContent()).toContain('Sitzung 2026-11-24');

    // The protocol PDF in the browser build: the print view gets the same HTML.
    await page.getByRole('button', { name: 'Protokoll als PDF' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Druckdialog' }).count()).toBe(1);
    expect(await page.locator('iframe[data-tandem-print]').getAttribute('srcdoc')).toContain('Protokoll: Herbstsitzung – Übergänge');

    // Import the file back: a new meeting in the same circle.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Sitzung aus JSON importieren' }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('status').filter({ hasText: 'als neue Sitzung angelegt' }).waitFor();
    await page.getByRole('link', { name: 'Sitzung „Herbstsitzung – Übergänge“ öffnen' }).click();
    await page.getByRole('heading', { name: 'Herbstsitzung – Übergänge', level: 1 }).waitFor();
    expect(page.url()).not.toContain(parsed.value.meeting.id);
    await flushed(page);
    await page.getByRole('link', { name: 'Sitzungen' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sitzung „Herbstsitzung – Übergänge“ öffnen' }).count()).toBe(2);

    expect(a11y).toEqual([]);
    expect(moderator.foreignRequests).toEqual([]);
  });
});

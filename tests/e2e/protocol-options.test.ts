/**
 * „Protokoll & Export“ says above the preview what the protocol holds, and that sentence follows the
 * options. „Protokollnotizen dieser Phasen weglassen“ sits above the export buttons, is stored in the
 * meeting (it survives a reload), and an opted-out phase's protocol note is in no Markdown export.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, createCircle, createMeeting, createProfile } from './flows';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';

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

const PRESENTATION = 'Mutter erschöpft, Kinderarzt eingebunden.';
const QUESTIONS = 'Rückfrage zur Vorgeschichte, noch offen.';
const ALL = 'Enthalten: Protokollnotizen aller 9 Phasen, Fragestellung, Stellungnahme, Sammellisten, Handlungsstrategien (noch keine), ' +
  'Fallverläufe, Zeit je Phase. Nicht enthalten: die Notizen „Nur für das Tandem“.';
const WITHOUT_QUESTIONS = 'Enthalten: Protokollnotizen von 8 der 9 Phasen, Fragestellung, Stellungnahme, Sammellisten, Handlungsstrategien (noch keine), ' +
  'Fallverläufe, Zeit je Phase. Nicht enthalten: die Protokollnotizen der Phase 3. Verständnisfragen, die Notizen „Nur für das Tandem“.';

describe('what the protocol holds, and the phases left out of it', () => {
  it('says what is included, follows the opt-out of a phase, keeps it after a reload and leaves that note out of the Markdown', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await createProfile(page, 'Tom Berger', 'Fachkraft Kinder- und Jugendhilfe');
    await createCircle(page, 'IQZ Frühe Hilfen Südstadt');
    await createMeeting(page, { title: 'Herbstsitzung' });
    await addCase(page, 'Säugling, Schreiphasen');
    for (const [phase, text] of [['Fallvorstellung', PRESENTATION], ['Verständnisfragen', QUESTIONS]] as const) {
      await page.getByRole('link', { name: new RegExp(phase) }).click();
      const note = page.getByRole('textbox', { name: `Für das Protokoll: ${phase}` });
      await note.click();
      await page.keyboard.type(text);
      await expect.poll(() => note.textContent()).toBe(text);
    }
    await flushed(page);

    await page.getByRole('link', { name: 'Protokoll & Export' }).click();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();
    // The preview's HTML is what is printed (read from srcdoc: in headless Chromium the sandboxed
    // frame's document now and then has no layout yet when it is queried).
    const previewHtml = () => page.locator('iframe[title="Vorschau: Protokoll"]').getAttribute('srcdoc').then((html) => html ?? '');
    await expect.poll(previewHtml).toContain(QUESTIONS);
    const summary = page.locator('.protocol-contents');
    await expect.poll(() => summary.textContent()).toBe(ALL);

    // The opt-out comes before the buttons that write the protocol.
    const optOut = page.getByRole('group', { name: 'Protokollnotizen dieser Phasen weglassen' });
    const actions = page.getByRole('region', { name: 'Ausgeben' });
    expect(await optOut.evaluate((group, buttons) => !!(group.compareDocumentPosition(buttons!) & Node.DOCUMENT_POSITION_FOLLOWING), await actions.elementHandle())).toBe(true);

    await optOut.getByRole('checkbox', { name: '3. Verständnisfragen' }).check();
    await expect.poll(() => summary.textContent()).toBe(WITHOUT_QUESTIONS);
    await expect.poll(previewHtml).not.toContain(QUESTIONS);
    expect(await previewHtml()).toContain(PRESENTATION);
    const a11y = await seriousA11yViolations(page);

    // Stored in the meeting: after a reload the phase is still left out.
    await flushed(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();
    await expect.poll(() => summary.textContent()).toBe(WITHOUT_QUESTIONS);
    expect(await optOut.getByRole('checkbox', { name: '3. Verständnisfragen' }).isChecked()).toBe(true);
    expect(await optOut.getByRole('checkbox', { name: '2. Fallvorstellung' }).isChecked()).toBe(false);
    await expect.poll(previewHtml).toContain(PRESENTATION);
    expect(await previewHtml()).not.toContain(QUESTIONS);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Protokoll als Markdown' }).click()]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain(PRESENTATION);
    expect(markdown).not.toContain(QUESTIONS);

    // Taken back in: the sentence and the protocol follow.
    await optOut.getByRole('checkbox', { name: '3. Verständnisfragen' }).uncheck();
    await expect.poll(() => summary.textContent()).toBe(ALL);
    await expect.poll(previewHtml).toContain(QUESTIONS);

    expect(a11y).toEqual([]);
    expect(moderator.foreignRequests).toEqual([]);
  });
});

// @vitest-environment jsdom
/** The underlines in a real TipTap editor bound to a phase note (Collaboration), in jsdom. */
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addCase, meetingSnapshot, phaseNotes, replaceFinding } from '../../../shared/doc';
import { meetingFindings } from '../../../renderer/features/anonymize/check';
import {
  findingsExtension, findingsKey, FindingsSource, RECHECK_IDLE_MS, RECHECK_MAX_WAIT_MS, type FindingsSettings,
} from '../../../renderer/features/anonymize/findingsExtension';
import { loadCheck } from '../../../renderer/features/anonymize/lazy';
import { makeMeeting } from '../../factories/docs';

const ON: FindingsSettings = { enabled: true, lists: { stopList: [], allowList: [] }, dismissed: new Set() };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let editor: Editor | undefined;
// In the app the detector loads once the first screen is drawn; here, at once.
beforeAll(() => loadCheck({ afterStart: false }));
afterEach(() => editor?.destroy());

function setup(settings = ON) {
  const meeting = makeMeeting();
  const caseId = addCase(meeting.doc, 'Fall');
  const fragment = phaseNotes(meeting.doc, caseId, meetingSnapshot(meeting.doc).phases[1]!.id)!;
  const source = new FindingsSource(settings);
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit.configure({ undoRedo: false, link: false }), Collaboration.configure({ fragment }), findingsExtension(source)],
  });
  const underlined = () => [...editor!.view.dom.querySelectorAll<HTMLElement>('span.finding')].map((s) => `${s.className}|${s.textContent}|${s.title}`);
  /** The text under each decoration, from the plugin state. */
  const decorated = () => findingsKey.getState(editor!.state)!.find().map((d) => editor!.state.doc.textBetween(d.from, d.to));
  return { ...meeting, editor, source, underlined, decorated };
}

describe('findings underlined in the notes editor', () => {
  it('appear once typing pauses, not on the keystroke, with the kind as class and the hint as title', async () => {
    const { editor, underlined } = setup();
    editor.commands.insertContent('Die Mutter, Melanie Wagner, hat am 09.08.2024 entbunden.');
    expect(underlined()).toEqual([]);
    await wait(RECHECK_IDLE_MS + 150);
    const spans = underlined();
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatch(/^finding finding-name\|Melanie Wagner\|Möglicher Identifikator \(Name\): /);
    expect(spans[1]).toMatch(/^finding finding-date\|09\.08\.2024\|Möglicher Identifikator \(Datum\): /);
  });

  it('move with the text typed before them until the next check', async () => {
    const { editor, decorated } = setup();
    editor.commands.insertContent('<p>Frau Müller kommt.</p>');
    await wait(RECHECK_IDLE_MS + 150);
    expect(decorated()).toEqual(['Müller']);
    editor.commands.insertContentAt(1, 'Heute: ');
    expect(decorated()).toEqual(['Müller']);
  });

  it('keep up during long unbroken typing (at the latest after the max wait)', async () => {
    const { editor, decorated } = setup();
    const sentence = 'Frau Schneider kommt regelmäßig zur Beratung und erzählt viel. ';
    const started = Date.now();
    for (let i = 0; Date.now() - started < RECHECK_MAX_WAIT_MS + 400; i++) {
      // A key every 50 ms: typing never pauses long enough for the idle check.
      editor.commands.insertContent(sentence[i % sentence.length]!);
      await wait(50);
    }
    // Checked while the name was (partly) typed: the underline covers what was there then.
    const [name, ...others] = decorated();
    expect(others).toEqual([]);
    expect(name!.length).toBeGreaterThanOrEqual(3);
    expect('Schneider'.startsWith(name!)).toBe(true);
  });

  it('go away at once when dismissed, when the check is switched off, and when the text is replaced', async () => {
    const { doc, circle, editor, source, decorated } = setup();
    editor.commands.insertContent('<p>Frau Müller und Herr Demir.</p>');
    await wait(RECHECK_IDLE_MS + 150);
    expect(decorated()).toEqual(['Müller', 'Demir']);
    source.set({ ...ON, dismissed: new Set(['name:müller']) });
    expect(decorated()).toEqual(['Demir']);
    source.set({ ...ON, enabled: false });
    expect(decorated()).toEqual([]);
    source.set(ON);
    expect(decorated()).toEqual(['Müller', 'Demir']);
    // The panel's replace (a Y command) reaches the editor; the underline goes with the text.
    const demir = meetingFindings(doc, circle.doc).find((f) => f.text === 'Demir')!;
    expect(replaceFinding({ meeting: doc }, demir.source.ref, demir, '[Name]')).toBe(true);
    expect(editor.getText()).toContain('Herr [Name].');
    expect(decorated()).toEqual(['Müller']);
  });

  it('underline the same blocks the panel lists (formatted text and hard breaks)', async () => {
    const { doc, circle, editor, decorated } = setup();
    editor.commands.setContent('<p>Mutter <strong>Melanie</strong> Wagner<br>Tel. 0170 1234567</p><ul><li><p>Kita Pusteblume</p></li></ul>');
    await wait(RECHECK_IDLE_MS + 150);
    expect(decorated()).toEqual(meetingFindings(doc, circle.doc).map((f) => f.text));
    expect(decorated()).toEqual(['Melanie Wagner', '0170 1234567', 'Kita Pusteblume']);
  });

  it('never split the moderator\'s undo step: typing on after an underline appeared is undone with it', async () => {
    const { editor, underlined } = setup();
    editor.commands.insertContent('Frau Schneider ');
    await wait(RECHECK_IDLE_MS + 80); // the check has run, still within one undo step (500 ms)
    expect(underlined().map((u) => u.split('|')[1])).toEqual(['Schneider']);
    editor.commands.insertContent('kommt morgen.');
    expect(editor.getText()).toBe('Frau Schneider kommt morgen.');
    editor.commands.undo();
    expect(editor.getText()).toBe('');
  });
});

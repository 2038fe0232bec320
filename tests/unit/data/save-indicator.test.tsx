// @vitest-environment jsdom
/**
 * The save indicator while a moderator types: a real Repository (Dexie and y-indexeddb on
 * fake-indexeddb), a meeting's phase note written keystroke by keystroke, the indicator as drawn.
 * It says "Speichert …" as soon as a write starts, never "Gespeichert" while one is pending, and
 * changes once per pause in typing instead of twice per key (it is a live region).
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, circleSnapshot, meetingSnapshot, phaseNotes, type TemplateId } from '../../../shared/doc';
import { SAVED_AFTER_MS, SaveIndicator } from '../../../renderer/components/SaveIndicator';
import { RepositoryContext } from '../../../renderer/data/hooks';
import { Repository } from '../../../renderer/data/repository';
import { reactRoot } from '../../factories/react';

const view = reactRoot();
const sleep = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function meetingNote(repository: Repository) {
  const circleId = await repository.createCircle({ name: 'IQZ Süd', region: 'Karlsruhe' });
  const circle = await repository.openDoc('circle', circleId);
  const templateId = circleSnapshot(circle.doc).templates[0]!.id as TemplateId;
  await repository.closeDoc(circle);
  const meetingId = await repository.createMeeting(circleId, templateId, { title: 'Herbst', date: '2026-11-24', startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: '' });
  const meeting = await repository.openDoc('meeting', meetingId);
  const snapshot = meetingSnapshot(meeting.doc);
  const caseId = addCase(meeting.doc, 'Säugling, Schreiphasen');
  const fragment = phaseNotes(meeting.doc, caseId, snapshot.phases[1]!.id)!;
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  fragment.push([paragraph]);
  return { meeting, text };
}

describe('the save indicator', () => {
  it('says "Speichert …" while typing writes, and "Gespeichert" once after the pause', async () => {
    const repository = new Repository(`tandem-test-${crypto.randomUUID()}`);
    const { meeting, text } = await meetingNote(repository);
    await repository.docs.flushAll();
    await act(async () => view.root.render(<RepositoryContext.Provider value={repository}><SaveIndicator /></RepositoryContext.Provider>));
    await sleep(SAVED_AFTER_MS + 100);
    const status = view.container.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-label')).toBe('Speicherstatus');
    expect(status.textContent).toBe('Gespeichert');

    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(status.textContent ?? ''));
    observer.observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
    for (const key of 'Mutter erschöpft') {
      act(() => text.insert(text.length, key));
      // At once, and every key: a write is pending now.
      expect(status.textContent).toBe('Speichert …');
      await sleep(30); // a typist's pause, longer than one key's write here
    }
    await act(() => repository.docs.flushAll());
    expect(repository.docs.saveState).toBe('saved');
    // Everything is written, but typing may go on: still "Speichert …" until the pause is long enough.
    expect(status.textContent).toBe('Speichert …');
    await sleep(SAVED_AFTER_MS + 100);
    observer.disconnect();
    expect(status.textContent).toBe('Gespeichert');
    // 16 keys: "Speichert …" once, "Gespeichert" once (each a change of text and class).
    expect([...new Set(shown)]).toEqual(['Speichert …', 'Gespeichert']);
    expect(shown.filter((s, i) => s !== shown[i - 1]).length).toBe(2);
    await repository.closeDoc(meeting);
  });
});

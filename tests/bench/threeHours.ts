/**
 * A 3-hour meeting of one moderator, typed as the editor types: one character per transaction into
 * the phase notes of the meeting's cases, about 5 % backspaces, a new paragraph now and then, items
 * and a field change. Seeded (a linear congruential generator), so every run types the same.
 */
import * as Y from 'yjs';
import { addItem, meetingSnapshot, ORIGIN, phaseNotes, setMeetingFields, type CaseId, type PhaseId } from '../../shared/doc';

export const THREE_HOURS_EDITS = 40_000;

export function typeThreeHours(doc: Y.Doc, { seed = 1, label = '', edits = THREE_HOURS_EDITS }: { seed?: number; label?: string; edits?: number } = {}): void {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const meeting = meetingSnapshot(doc);
  const cases = meeting.cases.map((c) => c.id);
  const letters = 'aeinrstdhulcgmobwfkzpvjyxqäöüß ,.';
  const local = (fn: () => void) => doc.transact(fn, ORIGIN.local);
  let text: Y.XmlText | undefined;
  let note = 0;
  const newParagraph = () => {
    const caseId = cases[note % cases.length]! as CaseId;
    const phaseId = meeting.phases[(note >> 2) % meeting.phases.length]!.id as PhaseId;
    note++;
    const paragraph = new Y.XmlElement('paragraph');
    text = new Y.XmlText();
    local(() => {
      paragraph.insert(0, [text!]);
      phaseNotes(doc, caseId, phaseId)!.push([paragraph]);
    });
  };
  newParagraph();
  for (let edit = 0; edit < edits; edit++) {
    const roll = random();
    if (roll < 0.004) newParagraph();
    else if (roll < 0.006) addItem(doc, cases[edit % cases.length]!, 'hypothesis', `Hypothese ${label ? `${label} ` : ''}${edit}`);
    else if (roll < 0.0065) setMeetingFields(doc, { place: `Raum ${edit}` });
    else if (roll < 0.06 && text!.length > 0) local(() => text!.delete(text!.length - 1, 1));
    else local(() => text!.insert(text!.length, letters[Math.floor(random() * letters.length)]!));
  }
}

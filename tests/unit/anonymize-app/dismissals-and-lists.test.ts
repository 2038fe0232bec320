import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addListWord, anonymizeListsSnapshot, dismissalKey, dismissalsSnapshot, dismissFinding, removeListWord, restoreFinding,
} from '../../../shared/doc';
import { cloneDoc, exchange, makeCircle, makeMeeting } from '../../factories/docs';

describe('dismissals ("Kein Identifikator")', () => {
  it('are seen by the co-moderator after an exchange', () => {
    const a = makeMeeting().doc;
    const b = cloneDoc(a);
    dismissFinding(a, { kind: 'name', text: 'Sommer' }, 'Dr. Jana Krüger', new Date('2026-11-24T15:30:00Z'));
    exchange(a, b);
    expect(dismissalsSnapshot(b)).toEqual([{ key: 'name:sommer', text: 'Sommer', kind: 'name', by: 'Dr. Jana Krüger', at: '2026-11-24T15:30:00.000Z' }]);
  });

  it('converge to one entry when both laptops dismiss the same finding offline', () => {
    const a = makeMeeting().doc;
    const b = cloneDoc(a);
    dismissFinding(a, { kind: 'place', text: 'Linden' }, 'Jana', new Date('2026-11-24T15:30:00Z'));
    dismissFinding(b, { kind: 'place', text: '  linden ' }, 'Tom', new Date('2026-11-24T15:31:00Z'));
    dismissFinding(b, { kind: 'name', text: 'Rose' }, 'Tom');
    exchange(a, b);
    expect(dismissalsSnapshot(a)).toEqual(dismissalsSnapshot(b));
    expect(dismissalsSnapshot(a).map((d) => d.key)).toEqual(['place:linden', 'name:rose']);
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('keys by kind and folded text: the same word as another kind stays flagged', () => {
    expect(dismissalKey('name', ' Melanie  Wagner ')).toBe('name:melanie wagner');
    expect(dismissalKey('place', 'Wagner')).not.toBe(dismissalKey('name', 'Wagner'));
  });

  it('can be taken back ("Wieder prüfen"), also across laptops', () => {
    const a = makeMeeting().doc;
    dismissFinding(a, { kind: 'name', text: 'Sommer' }, 'Jana');
    const b = cloneDoc(a);
    restoreFinding(b, 'name:sommer');
    exchange(a, b);
    expect(dismissalsSnapshot(a)).toEqual([]);
  });

  it('live at the top level of the meeting doc (never a nested type created later)', () => {
    const a = makeMeeting().doc;
    dismissFinding(a, { kind: 'name', text: 'Sommer' }, 'Jana');
    expect(a.share.has('dismissals')).toBe(true);
    expect(a.getMap('dismissals').get('name:sommer')).toBeTypeOf('object');
    expect(a.getMap('dismissals').get('name:sommer')).not.toBeInstanceOf(Y.AbstractType);
  });
});

describe("the circle's stop list and allow list", () => {
  it('add, fold duplicates, sort and remove', () => {
    const { doc } = makeCircle();
    expect(anonymizeListsSnapshot(doc)).toEqual({ stopList: [], allowList: [] });
    addListWord(doc, 'stopList', '  Mühlen  viertel ');
    addListWord(doc, 'stopList', 'Bäcker Schorsch');
    addListWord(doc, 'allowList', 'Jugendamt');
    addListWord(doc, 'allowList', 'jugendamt');
    expect(addListWord(doc, 'allowList', '   ')).toBe(false);
    expect(anonymizeListsSnapshot(doc)).toEqual({ stopList: ['Bäcker Schorsch', 'Mühlen viertel'], allowList: ['jugendamt'] });
    removeListWord(doc, 'allowList', 'JUGENDAMT');
    expect(anonymizeListsSnapshot(doc).allowList).toEqual([]);
  });

  it('keep both moderators\' words when both start a list offline in a circle made before the lists existed', () => {
    const { doc: a } = makeCircle();
    const b = cloneDoc(a);
    addListWord(a, 'stopList', 'Mühlenviertel');
    addListWord(b, 'stopList', 'Bäcker Schorsch');
    addListWord(a, 'allowList', 'Jugendamt');
    addListWord(b, 'allowList', 'Jugendamt');
    exchange(a, b);
    expect(anonymizeListsSnapshot(a)).toEqual({ stopList: ['Bäcker Schorsch', 'Mühlenviertel'], allowList: ['Jugendamt'] });
    expect(anonymizeListsSnapshot(b)).toEqual(anonymizeListsSnapshot(a));
  });

  it('a removal on one laptop and an addition of another word on the other both survive', () => {
    const { doc: a } = makeCircle();
    addListWord(a, 'stopList', 'Mühlenviertel');
    const b = cloneDoc(a);
    removeListWord(a, 'stopList', 'Mühlenviertel');
    addListWord(b, 'stopList', 'Lindenhof');
    exchange(a, b);
    expect(anonymizeListsSnapshot(b).stopList).toEqual(['Lindenhof']);
  });
});

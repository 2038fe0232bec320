/** The rules behind the roster and check-in forms: EFN, professions, check-in of a new person, parity text. */
import { describe, expect, it } from 'vitest';
import { attendanceSnapshot, isValidEfn, parity, rosterSnapshot, addToRoster, type System } from '../../../shared/doc';
import { checkInNewPerson } from '../../../renderer/features/participants/checkIn';
import { parityReport } from '../../../renderer/features/participants/parity';
import { changePerson, EMPTY_PERSON, professionSuggestions, validatePerson } from '../../../renderer/features/participants/person';
import { makeMeeting } from '../../factories/docs';

describe('EFN and the person form', () => {
  it('accepts no EFN or exactly 15 digits (spaces typed for readability are fine)', () => {
    expect(isValidEfn('')).toBe(true);
    expect(isValidEfn('276081234567890')).toBe(true);
    expect(isValidEfn('276 08 123456789 0')).toBe(true);
    expect(isValidEfn('27608123456789')).toBe(false);
    expect(isValidEfn('2760812345678901')).toBe(false);
    expect(isValidEfn('27608123456789A')).toBe(false);
  });

  it('asks for a name and a valid EFN in German', () => {
    expect(validatePerson(EMPTY_PERSON)).toEqual({ name: 'Bitte ausfüllen.' });
    expect(validatePerson({ ...EMPTY_PERSON, name: 'Dr. Lena Berg', efn: '12345' })).toEqual({ efn: 'Die EFN besteht aus genau 15 Ziffern.' });
    expect(validatePerson({ ...EMPTY_PERSON, name: 'Dr. Lena Berg', efn: '276081234567890' })).toEqual({});
  });

  it('picking a listed profession sets its system; a free entry keeps the chosen one', () => {
    const youth = changePerson({ ...EMPTY_PERSON, system: 'health' }, 'profession', 'Fachkraft ASD/Jugendamt');
    expect(youth.system).toBe('youthWelfare');
    const free = changePerson({ ...EMPTY_PERSON, system: 'other' }, 'profession', 'Stadtteilmutter');
    expect(free).toMatchObject({ profession: 'Stadtteilmutter', system: 'other' });
    expect(professionSuggestions('youthWelfare')[0]).toBe('Fachkraft ASD/Jugendamt');
    expect(professionSuggestions('youthWelfare')).toContain('Hebamme/Entbindungspfleger');
  });
});

describe('checking in a new person', () => {
  it('adds the person to the circle roster and checks them in', () => {
    const meeting = makeMeeting();
    const { id, known } = checkInNewPerson(meeting.circle.doc, meeting.doc, { name: ' Aylin Demir ', profession: 'Familienhebamme', system: 'health', efn: '' });
    expect(known).toBe(false);
    expect(rosterSnapshot(meeting.circle.doc)).toEqual([{ id, name: 'Aylin Demir', profession: 'Familienhebamme', system: 'health', efn: '' }]);
    expect(attendanceSnapshot(meeting.doc)).toMatchObject([{ id, name: 'Aylin Demir', system: 'health' }]);
  });

  it('checks in the roster entry of the same name instead of adding a duplicate, keeping what was not retyped', () => {
    const meeting = makeMeeting();
    const existing = addToRoster(meeting.circle.doc, { name: 'Dr. Jonas Weber', profession: 'Kinder- und Jugendärztin/-arzt', system: 'health', efn: '276081234567890' });
    const result = checkInNewPerson(meeting.circle.doc, meeting.doc, { name: 'dr. jonas weber', profession: '', system: 'health', efn: '' });
    expect(result).toEqual({ id: existing, known: true });
    expect(rosterSnapshot(meeting.circle.doc)).toHaveLength(1);
    expect(attendanceSnapshot(meeting.doc)).toMatchObject([{ id: existing, profession: 'Kinder- und Jugendärztin/-arzt', efn: '276081234567890' }]);
  });
});

describe('the parity indicator text', () => {
  const people = (health: number, youth: number, other = 0) => [
    ...Array<{ system: System }>(health).fill({ system: 'health' }),
    ...Array<{ system: System }>(youth).fill({ system: 'youthWelfare' }),
    ...Array<{ system: System }>(other).fill({ system: 'other' }),
  ];
  const text = (health: number, youth: number, other = 0) => {
    const report = parityReport(parity(people(health, youth, other)));
    return [...report.counts.map((c) => c.text), report.total, ...report.verdicts].join(' | ');
  };

  it('says "ausgewogen" for 4 and 4', () => {
    expect(text(4, 4)).toBe('Gesundheitswesen: 4 | Kinder- und Jugendhilfe: 4 | Andere: 0 | Gesamt: 8 | ausgewogen');
    expect(text(4, 3, 1)).toContain('ausgewogen');
  });

  it('warns "Ungleichgewicht" when the systems differ by more than one', () => {
    expect(text(5, 3)).toContain('Ungleichgewicht');
    expect(text(5, 3)).not.toContain('ausgewogen');
  });

  it('warns "Gruppengröße" outside 6–20, also together with an imbalance', () => {
    expect(text(2, 2)).toContain('Gruppengröße');
    expect(text(11, 10)).toContain('Gruppengröße');
    expect(text(3, 0)).toMatch(/Ungleichgewicht.*Gruppengröße/);
    expect(text(3, 3)).toContain('ausgewogen');
    expect(text(10, 10)).toContain('ausgewogen');
  });
});

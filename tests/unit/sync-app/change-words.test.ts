/** The merge report in German words: the phrase per author and scope, and a sync-log line from counts only. */
import { describe, expect, it } from 'vitest';
import { authorPhrase, summaryPhrase, valueLabel, whoLabel } from '../../../renderer/features/sync/changeWords';

describe('change words', () => {
  it('says what an author added, then changed, then which fields', () => {
    expect(authorPhrase({
      notes: [{ kind: 'protocol', phaseId: 'p', phaseTitle: 'Fallvorstellung', paragraphs: 2, characters: 184, deletedCharacters: 0 }],
      counts: { hypothesis: 3, strategy: 1 },
      fields: ['topic'],
    }, 'meeting')).toBe('2 Absätze in ‚Fallvorstellung‘ ergänzt (+184 Zeichen), 3 Hypothesen, 1 Handlungsstrategie; Thema geändert');
    expect(authorPhrase({
      notes: [
        { kind: 'protocol', phaseId: 'p', phaseTitle: 'Fallvorstellung', paragraphs: 0, characters: 12, deletedCharacters: 5 },
        { kind: 'tandem', phaseId: 'p', phaseTitle: 'Fallvorstellung', paragraphs: 1, characters: 8, deletedCharacters: 0 },
      ],
      counts: { caseAdded: 1, resource: 1, itemRemoved: 2, strategyChanged: 1 },
      fields: ['title', 'presenter'],
    }, 'case')).toBe('Fall angelegt, in ‚Fallvorstellung‘ 12 Zeichen ergänzt, 1 Absatz in ‚Fallvorstellung‘ (nur für das Tandem) ergänzt (+8 Zeichen), 1 Ressource; '
      + 'in ‚Fallvorstellung‘ 5 Zeichen gelöscht, 2 Einträge entfernt, 1 Handlungsstrategie geändert; Titel und Fallgeber:in geändert');
  });

  it('names the own laptop „Sie“ and text without an author „Ohne Namen“', () => {
    expect(whoLabel({ deviceId: 'mine', name: 'Ben Vogel' }, 'mine')).toBe('Sie (auf diesem Laptop)');
    expect(whoLabel({ deviceId: 'other', name: 'Dr. Anna Beispiel' }, 'mine')).toBe('Dr. Anna Beispiel');
    expect(whoLabel({ deviceId: null, name: '' }, 'mine')).toBe('Ohne Namen');
  });

  it('a sync-log line from counts, „nichts Neues“ when there are none', () => {
    expect(summaryPhrase({ paragraphs: 2, characters: 184, deletedCharacters: 0, counts: { hypothesis: 3 }, fields: ['place', 'topic'], conflicts: 1 }, 'meeting'))
      .toBe('2 Absätze (+184 Zeichen), 3 Hypothesen; Ort und Thema geändert; 1 Angabe von beiden geändert');
    expect(summaryPhrase({ paragraphs: 0, characters: 0, deletedCharacters: 0, counts: {}, fields: [], conflicts: 0 }, 'meeting')).toBe('nichts Neues');
  });

  it('quotes values as the moderators read them', () => {
    expect(valueLabel('due', '2026-12-15')).toBe('„Di., 15.12.2026“');
    expect(valueLabel('responsibleSystem', 'youthWelfare')).toBe('„Kinder- und Jugendhilfe“');
    expect(valueLabel('place', '')).toBe('(leer)');
    expect(valueLabel('presenter', 'id-1', 'Eva Brandt')).toBe('„Eva Brandt“');
  });
});

/** The rules of a person's form (roster and check-in): validation and the profession list. */
import { isValidEfn, PROFESSIONS, SYSTEMS, type ParticipantFields, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';

export type PersonDraft = ParticipantFields;
export type PersonErrors = Partial<Record<keyof PersonDraft, string>>;

export const EMPTY_PERSON: PersonDraft = { name: '', profession: '', system: 'health', efn: '' };

/** German messages per field; empty when the draft can be saved. */
export function validatePerson(draft: PersonDraft): PersonErrors {
  const errors: PersonErrors = {};
  if (!draft.name.trim()) errors.name = t.common.required;
  if (!isValidEfn(draft.efn)) errors.efn = t.circleAdmin.person.efnInvalid;
  return errors;
}

/** The system a listed profession belongs to (free entries have none). */
export function systemOfProfession(profession: string): System | undefined {
  const value = profession.trim();
  return SYSTEMS.find((system) => PROFESSIONS[system].includes(value));
}

/** Every listed profession, those of the chosen system first. */
export function professionSuggestions(system: System): string[] {
  return [system, ...SYSTEMS.filter((s) => s !== system)].flatMap((s) => PROFESSIONS[s]);
}

/** Applies one field change; picking a listed profession also sets its system. */
export function changePerson(draft: PersonDraft, key: keyof PersonDraft, value: string): PersonDraft {
  if (key === 'profession') return { ...draft, profession: value, system: systemOfProfession(value) ?? draft.system };
  return { ...draft, [key]: value };
}

/** Only the editable fields (a snapshot also carries its id). */
export function toPersonDraft({ name, profession, system, efn }: PersonDraft): PersonDraft {
  return { name, profession, system, efn };
}

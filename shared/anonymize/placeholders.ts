import type { IdentifierKind } from './types';

const PLACEHOLDERS: Readonly<Record<IdentifierKind, string>> = {
  name: '[Name]',
  date: '[Datum]',
  address: '[Adresse]',
  place: '[Ort]',
  contact: '[Kontakt]',
  number: '[Nummer]',
  institution: '[Einrichtung]',
  stopList: '[…]',
};

/** The German placeholder that replaces a finding of this kind in the note. */
export function placeholderFor(kind: IdentifierKind): string {
  return PLACEHOLDERS[kind];
}

const HINTS: Readonly<Record<IdentifierKind, string>> = {
  name: 'Vorname oder Nachname – ersetzen durch [Name] oder eine Rolle wie „die Mutter“',
  date: 'Genaues Datum – ersetzen durch [Datum] oder eine ungefähre Angabe wie „im Frühjahr“ oder „mit drei Monaten“',
  address: 'Anschrift – ersetzen durch [Adresse] oder eine allgemeine Angabe wie „in einer Mietwohnung“',
  place: 'Ortsname – ersetzen durch [Ort] oder eine allgemeine Angabe wie „in einer Kleinstadt im Landkreis“',
  contact: 'Telefonnummer, E-Mail- oder Webadresse – löschen oder durch [Kontakt] ersetzen',
  number: 'Kennnummer (Versicherten-, Akten-, Konto- oder Steuernummer) – löschen oder durch [Nummer] ersetzen',
  institution: 'Name einer Einrichtung oder eines Betriebs – ersetzen durch [Einrichtung] oder die Art, z. B. „eine Kita“',
  stopList: 'Steht auf der Stoppliste des Zirkels – ersetzen oder allgemein umschreiben',
};

/** The default German hint for a kind; detectors may give a more precise one. */
export function defaultHint(kind: IdentifierKind): string {
  return HINTS[kind];
}

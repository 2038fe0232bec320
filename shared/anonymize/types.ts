/** What kind of identifier a finding is. 'stopList' = a term from the circle's own stop list. */
export const IDENTIFIER_KINDS = ['name', 'date', 'address', 'place', 'contact', 'number', 'institution', 'stopList'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * A possible identifier in a note ("Befund"). Findings of one check are sorted by `start` and never
 * overlap. `start`/`end` are UTF-16 offsets into the checked text (`text === note.slice(start, end)`).
 */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly kind: IdentifierKind;
  readonly text: string;
  /** Short German explanation with a suggestion, for the UI. */
  readonly hint: string;
}

export interface DetectOptions {
  /** The circle's stop list: local names and terms that are always flagged (kind 'stopList'). */
  readonly stopList?: readonly string[];
  /** Words that are never flagged, whatever found them (e.g. "Jugendamt"). */
  readonly allowList?: readonly string[];
}

/** A finding before overlaps are resolved; detectors push these. */
export interface Candidate {
  start: number;
  end: number;
  kind: IdentifierKind;
  /** A more precise hint than the kind's default, when the detector knows more. */
  hint?: string;
}

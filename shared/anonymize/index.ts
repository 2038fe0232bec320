// Public API of the anonymization check. See README.md for the rules of this module.
export { detectIdentifiers } from './detect';
export { placeholderFor, defaultHint } from './placeholders';
export type { DetectOptions, Finding, IdentifierKind } from './types';

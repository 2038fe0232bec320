/** Branded ids: a CircleId can never be passed where a MeetingId is expected. */
export type CircleId = string & { readonly __brand: 'CircleId' };
export type MeetingId = string & { readonly __brand: 'MeetingId' };
export type CaseId = string & { readonly __brand: 'CaseId' };
export type PhaseId = string & { readonly __brand: 'PhaseId' };
export type TemplateId = string & { readonly __brand: 'TemplateId' };

/** A fresh random id. Nested shared types are only ever created under a fresh id (docs/architecture.md, CRDT rules). */
export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID() as T;
}
export type ParticipantId = string & { readonly __brand: 'ParticipantId' };
export type ItemId = string & { readonly __brand: 'ItemId' };
export type StrategyId = string & { readonly __brand: 'StrategyId' };
export type OfferId = string & { readonly __brand: 'OfferId' };
export type FollowUpId = string & { readonly __brand: 'FollowUpId' };

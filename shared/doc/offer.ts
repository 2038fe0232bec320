/** The circle's directory of regional offers (Angebote); strategies link to them by id. */
import * as Y from 'yjs';
import { newId, type OfferId } from './ids';
import { SYSTEMS, type System } from './participant';
import { ORIGIN, str, type Origin } from './schema';
import { compareGerman } from './text';

export interface OfferFields {
  readonly name: string;
  /** e.g. Beratungsstelle, Gruppe, Hausbesuch, Sprechstunde. */
  readonly kind: string;
  readonly system: System;
  readonly description: string;
}

export interface OfferSnapshot extends OfferFields {
  readonly id: OfferId;
}

const offersOf = (circle: Y.Doc) => circle.getMap<Y.Map<unknown>>('offers');

export function addOffer(circle: Y.Doc, fields: OfferFields, origin: Origin = ORIGIN.local): OfferId {
  const id = newId<OfferId>();
  circle.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('name', fields.name.trim());
    entry.set('kind', fields.kind.trim());
    entry.set('system', SYSTEMS.includes(fields.system) ? fields.system : 'other');
    entry.set('description', fields.description.trim());
    offersOf(circle).set(id, entry);
  }, origin);
  return id;
}

export function updateOffer(circle: Y.Doc, id: OfferId, fields: Partial<OfferFields>, origin: Origin = ORIGIN.local): void {
  const entry = offersOf(circle).get(id);
  if (!entry) return;
  circle.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (typeof value === 'string' && entry.get(key) !== value.trim()) entry.set(key, value.trim());
  }, origin);
}

export function removeOffer(circle: Y.Doc, id: OfferId, origin: Origin = ORIGIN.local): void {
  const entry = offersOf(circle).get(id);
  if (entry) circle.transact(() => entry.set('removed', true), origin);
}

export function offersSnapshot(circle: Y.Doc): OfferSnapshot[] {
  return [...offersOf(circle).entries()]
    .filter(([, entry]) => entry.get('removed') !== true)
    .map(([id, entry]) => ({
      id: id as OfferId, name: str(entry, 'name'), kind: str(entry, 'kind'),
      system: (SYSTEMS.includes(str(entry, 'system') as System) ? str(entry, 'system') : 'other') as System,
      description: str(entry, 'description'),
    }))
    .sort((a, b) => compareGerman(a.name, b.name));
}

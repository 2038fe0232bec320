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
  /** Zielgruppe, e.g. „Schwangere und Familien mit Kindern bis 3 Jahre“. */
  readonly targetGroup: string;
  /** Kontakt: a person or an office of the service (public, not a family's contact). */
  readonly contact: string;
  /** As entered, e.g. „0721 133-5151 (Mo–Fr 9–12 Uhr)“. */
  readonly phone: string;
  /** Always '' or an address isValidWebAddress accepts, as entered (with or without https://). */
  readonly web: string;
}

/** What a new offer needs; the text fields not given are ''. */
export type OfferInput = Pick<OfferFields, 'name' | 'system'> & Partial<OfferFields>;

export interface OfferSnapshot extends OfferFields {
  readonly id: OfferId;
}

/**
 * The text fields, each a trimmed string scalar of the offer's Y.Map. The four after `description`
 * came later: offers written before them read as ''.
 */
export const OFFER_TEXT_KEYS = ['name', 'kind', 'description', 'targetGroup', 'contact', 'phone', 'web'] as const satisfies readonly (keyof OfferFields)[];

const offersOf = (circle: Y.Doc) => circle.getMap<Y.Map<unknown>>('offers');

/**
 * A web address as a moderator types it: a host with a dot („www.fruehe-hilfen.de“, „beratung.example.org/eltern“),
 * optionally with http(s)://, a port, a path. No spaces, no e-mail address, no other scheme.
 */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;

/** '' (no address) or a web address (see WEB_ADDRESS). */
export const isValidWebAddress = (web: string): boolean => web.trim() === '' || WEB_ADDRESS.test(web.trim());

/** The address as shown and printed: without „https://“ and a trailing slash. */
export const webAddressShort = (web: string): string => web.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');

export function addOffer(circle: Y.Doc, fields: OfferInput, origin: Origin = ORIGIN.local): OfferId {
  const id = newId<OfferId>();
  circle.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const key of OFFER_TEXT_KEYS) entry.set(key, textOf(key, fields[key]));
    entry.set('system', SYSTEMS.includes(fields.system) ? fields.system : 'other');
    offersOf(circle).set(id, entry);
  }, origin);
  return id;
}

/**
 * Changes the given fields (last writer wins per field); unchanged values are not rewritten. A web
 * address isValidWebAddress refuses is not written (the dialog says why before it calls this).
 */
export function updateOffer(circle: Y.Doc, id: OfferId, fields: Partial<OfferFields>, origin: Origin = ORIGIN.local): void {
  const entry = offersOf(circle).get(id);
  if (!entry) return;
  circle.transact(() => {
    for (const key of OFFER_TEXT_KEYS) {
      const value = fields[key];
      if (typeof value !== 'string' || (key === 'web' && !isValidWebAddress(value))) continue;
      if (entry.get(key) !== value.trim()) entry.set(key, value.trim());
    }
    if (fields.system && SYSTEMS.includes(fields.system) && entry.get('system') !== fields.system) entry.set('system', fields.system);
  }, origin);
}

export function removeOffer(circle: Y.Doc, id: OfferId, origin: Origin = ORIGIN.local): void {
  const entry = offersOf(circle).get(id);
  if (entry) circle.transact(() => entry.set('removed', true), origin);
}

/** The directory: the offers not removed, by name. */
export function offersSnapshot(circle: Y.Doc): OfferSnapshot[] {
  return [...offersOf(circle).entries()]
    .filter(([, entry]) => entry.get('removed') !== true)
    .map(([id, entry]) => readOffer(id as OfferId, entry))
    .sort((a, b) => compareGerman(a.name, b.name));
}

/** One offer by id, also one removed from the directory since (a strategy still links to it); undefined when unknown. */
export function offerSnapshot(circle: Y.Doc, id: OfferId): OfferSnapshot | undefined {
  const entry = offersOf(circle).get(id);
  return entry ? readOffer(id, entry) : undefined;
}

function readOffer(id: OfferId, entry: Y.Map<unknown>): OfferSnapshot {
  const system = str(entry, 'system') as System;
  const texts = Object.fromEntries(OFFER_TEXT_KEYS.map((key) => [key, str(entry, key)])) as Record<(typeof OFFER_TEXT_KEYS)[number], string>;
  return { id, ...texts, system: SYSTEMS.includes(system) ? system : 'other' };
}

function textOf(key: (typeof OFFER_TEXT_KEYS)[number], value: string | undefined): string {
  const text = (value ?? '').trim();
  return key === 'web' && !isValidWebAddress(text) ? '' : text;
}

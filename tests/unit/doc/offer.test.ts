/**
 * Offers gain a target group, a contact, a phone and a web address: scalars of the offer's map, read
 * as '' from offers written before them, merged per field between the two laptops, and a web address
 * that is none is never written.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addOffer, isValidWebAddress, offerSnapshot, offersSnapshot, removeOffer, updateOffer, webAddressShort, type OfferId } from '../../../shared/doc';
import { cloneDoc, exchange, makeCircle } from '../../factories/docs';

const SCHREIAMBULANZ = {
  name: 'Schreiambulanz St. Marien', kind: 'Sprechstunde', system: 'health' as const, description: 'Beratung bei Regulationsstörungen',
  targetGroup: '  Eltern von Säuglingen bis 12 Monate ', contact: 'Ambulanzsekretariat', phone: '0721 98765-40', web: 'www.example.org/schreiambulanz',
};

describe('an offer of the directory', () => {
  it('keeps target group, contact, phone and web (trimmed) and shows them in the snapshot', () => {
    const circle = makeCircle();
    const id = addOffer(circle.doc, SCHREIAMBULANZ);
    expect(offersSnapshot(circle.doc)).toEqual([{ id, ...SCHREIAMBULANZ, targetGroup: 'Eltern von Säuglingen bis 12 Monate' }]);
    // The old callers' four fields still make an offer; the rest is ''.
    const plain = addOffer(circle.doc, { name: 'Elterncafé', kind: 'Gruppe', system: 'youthWelfare', description: '' });
    expect(offerSnapshot(circle.doc, plain)).toMatchObject({ targetGroup: '', contact: '', phone: '', web: '' });
  });

  it('reads an offer written before these fields with each of them empty', () => {
    const circle = makeCircle();
    const entry = new Y.Map<unknown>();
    circle.doc.transact(() => {
      circle.doc.getMap<Y.Map<unknown>>('offers').set('old', entry);
      for (const [key, value] of Object.entries({ name: 'Frühförderstelle', kind: 'Beratungsstelle', system: 'health', description: 'x' })) entry.set(key, value);
    });
    expect(offersSnapshot(circle.doc)).toEqual([{
      id: 'old', name: 'Frühförderstelle', kind: 'Beratungsstelle', system: 'health', description: 'x', targetGroup: '', contact: '', phone: '', web: '',
    }]);
    updateOffer(circle.doc, 'old' as OfferId, { phone: '0721 1234' });
    expect(offerSnapshot(circle.doc, 'old' as OfferId)?.phone).toBe('0721 1234');
  });

  it('changes only what changed, and never writes a web address that is none', () => {
    const circle = makeCircle();
    const id = addOffer(circle.doc, SCHREIAMBULANZ);
    let transactions = 0;
    circle.doc.on('afterTransaction', (tr: Y.Transaction) => void (tr.changed.size > 0 && transactions++));
    updateOffer(circle.doc, id, { ...offerSnapshot(circle.doc, id)! });
    expect(transactions).toBe(0);
    updateOffer(circle.doc, id, { web: 'info@example.org', phone: '0721 555' });
    expect(offerSnapshot(circle.doc, id)).toMatchObject({ web: 'www.example.org/schreiambulanz', phone: '0721 555' });
    updateOffer(circle.doc, id, { web: 'https://example.org/' });
    expect(offerSnapshot(circle.doc, id)?.web).toBe('https://example.org/');
    updateOffer(circle.doc, id, { web: ' ' });
    expect(offerSnapshot(circle.doc, id)?.web).toBe('');
    // A new offer with a broken address keeps everything else.
    const other = addOffer(circle.doc, { name: 'Lotsendienst', system: 'health', web: 'www.example .org' });
    expect(offerSnapshot(circle.doc, other)).toMatchObject({ name: 'Lotsendienst', web: '' });
  });

  it('merges edits of different fields from both laptops, and a removed offer is still found by id', () => {
    const circle = makeCircle();
    const id = addOffer(circle.doc, SCHREIAMBULANZ);
    const other = cloneDoc(circle.doc);
    updateOffer(circle.doc, id, { phone: '0721 98765-41' });
    updateOffer(other, id, { targetGroup: 'Eltern mit Säuglingen', web: 'https://www.example.org/neu' });
    exchange(circle.doc, other);
    for (const doc of [circle.doc, other]) {
      expect(offerSnapshot(doc, id)).toMatchObject({ phone: '0721 98765-41', targetGroup: 'Eltern mit Säuglingen', web: 'https://www.example.org/neu', contact: 'Ambulanzsekretariat' });
    }
    removeOffer(circle.doc, id);
    expect(offersSnapshot(circle.doc)).toEqual([]);
    expect(offerSnapshot(circle.doc, id)?.phone).toBe('0721 98765-41');
  });
});

describe('a web address', () => {
  it('is a host with a dot, with or without http(s)://, port and path; nothing else', () => {
    for (const ok of ['', '  ', 'www.example.org', 'example.org', 'https://www.example.org/angebot?x=1#y', 'http://beratung.example.de:8080/eltern',
      'www.frühe-hilfen-südstadt.de', 'WWW.EXAMPLE.ORG']) expect(isValidWebAddress(ok), ok).toBe(true);
    for (const bad of ['info@example.org', 'www.example .org', 'example', 'ftp://example.org', 'javascript:alert(1)', 'https://', 'www.example.o', '-a.example.org', 'Webseite der Stadt']) {
      expect(isValidWebAddress(bad), bad).toBe(false);
    }
  });

  it('is shown without https:// and a trailing slash', () => {
    expect(webAddressShort('https://www.example.org/')).toBe('www.example.org');
    expect(webAddressShort('HTTP://example.org/eltern/')).toBe('example.org/eltern');
    expect(webAddressShort('www.example.org/a')).toBe('www.example.org/a');
    expect(webAddressShort('')).toBe('');
  });
});

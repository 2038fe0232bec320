// The start screen's rows read straight from IndexedDB, before Dexie is open (renderer/data/firstRead.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Repository } from '../../../renderer/data/repository';
import { filterMeetings, searchMeetings } from '../../../renderer/data/projection';
import { readFirstRows } from '../../../renderer/data/firstRead';
import { circleSnapshot } from '../../../shared/doc';

const fields = (title: string, date: string) => ({ title, date, startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: 'Thema' });

describe('readFirstRows', () => {
  it('finds no profile on the first run and creates no database (Dexie creates it with its schema)', async () => {
    const name = `tandem-first-${crypto.randomUUID()}`;
    expect(await readFirstRows({ circles: true }, name)).toEqual({ profile: null });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const repository = new Repository(name);
    await repository.saveProfile('Dr. Erste', 'physician');
    expect((await repository.db.profile.get('me'))?.name).toBe('Dr. Erste');
    repository.db.close();
  });

  it('reads the profile, the circles by name, and one circle with its meetings as the live queries do', async () => {
    const name = `tandem-first-${crypto.randomUUID()}`;
    const repository = new Repository(name);
    await repository.saveProfile('Dr. Lenz', 'physician');
    const zeta = await repository.createCircle({ name: 'Zirkel Süd', region: 'Karlsruhe' });
    const alpha = await repository.createCircle({ name: 'Arbeitskreis Nord', region: 'Bruchsal' });
    const templateOf = async (circleId: typeof zeta) => {
      const circle = await repository.openDoc('circle', circleId);
      const id = circleSnapshot(circle.doc).templates[0]!.id;
      await repository.closeDoc(circle);
      return id;
    };
    await repository.createMeeting(zeta, await templateOf(zeta), fields('Frühjahr', '2026-03-04'));
    await repository.createMeeting(zeta, await templateOf(zeta), fields('Herbst', '2026-10-07'));
    await repository.createMeeting(alpha, await templateOf(alpha), fields('Andere', '2026-05-05'));

    const circles = await readFirstRows({ circles: true }, name);
    expect(circles?.profile?.name).toBe('Dr. Lenz');
    expect(circles?.circles?.map((c) => c.name)).toEqual((await repository.db.circles.orderBy('name').toArray()).map((c) => c.name));
    expect(circles?.circles?.map((c) => c.id)).toEqual([alpha, zeta]);

    const one = await readFirstRows({ circleId: zeta }, name);
    expect(one?.circle?.name).toBe('Zirkel Süd');
    expect(filterMeetings(one!.meetings!, '')).toEqual(await searchMeetings(repository.db, zeta, ''));
    expect(filterMeetings(one!.meetings!, '').map((m) => m.title)).toEqual(['Herbst', 'Frühjahr']);
    repository.db.close();
  });

  it('gives up quietly on a database without the app tables', async () => {
    const name = `tandem-first-${crypto.randomUUID()}`;
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('other');
      open.onsuccess = () => { open.result.close(); resolve(); };
    });
    expect(await readFirstRows({ circles: true }, name)).toBeUndefined();
  });
});

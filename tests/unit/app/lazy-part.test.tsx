// @vitest-environment jsdom
/**
 * Parts that load on demand (renderer/app/lazyPart.ts). Once the module is there, a part is drawn in
 * the render that asks for it: React would otherwise show the boundary's fallback first and hold the
 * part back for 300 ms afterwards (the first opening of a meeting took that long). A part drawn while
 * its module was still loading stays the same component when it is drawn again: nothing is mounted
 * anew, no state is lost.
 */
import { act, Suspense, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../../renderer/app/lazyPart';
import { reactRoot } from '../../factories/react';

const view = reactRoot();

function counters() {
  const seen = { fallbacks: 0, mounts: 0 };
  function Fallback() {
    seen.fallbacks += 1;
    return <p>Lädt …</p>;
  }
  function Notes({ title }: { readonly title: string }) {
    const [draft] = useState(() => `Entwurf ${seen.mounts + 1}`);
    useEffect(() => {
      seen.mounts += 1;
    }, []);
    return <p>{title}: {draft}</p>;
  }
  return { seen, Fallback, Notes };
}

describe('lazyPart', () => {
  it('draws a part whose module is loaded at once, without the fallback', async () => {
    const { seen, Fallback, Notes } = counters();
    const Part = lazyPart(() => Promise.resolve(Notes));
    await Part.preload();
    act(() => view.root.render(<Suspense fallback={<Fallback />}><Part title="Fall 1" /></Suspense>));
    expect(view.container.textContent).toBe('Fall 1: Entwurf 1');
    expect(seen.fallbacks).toBe(0);
  });

  it('shows the fallback while the module loads, then keeps the same part when drawn again', async () => {
    const { seen, Fallback, Notes } = counters();
    let finish: (component: typeof Notes) => void = () => undefined;
    const Part = lazyPart(() => new Promise<typeof Notes>((resolve) => { finish = resolve; }));
    act(() => view.root.render(<Suspense fallback={<Fallback />}><Part title="Fall 1" /></Suspense>));
    expect(view.container.textContent).toBe('Lädt …');
    await act(async () => finish(Notes));
    expect(view.container.textContent).toBe('Fall 1: Entwurf 1');
    act(() => view.root.render(<Suspense fallback={<Fallback />}><Part title="Fall 2" /></Suspense>));
    expect(view.container.textContent).toBe('Fall 2: Entwurf 1');
    expect(seen.mounts).toBe(1);
  });

  it('loads the module once, however often it is asked for', async () => {
    let loads = 0;
    const { Notes } = counters();
    const Part = lazyPart(() => {
      loads += 1;
      return Promise.resolve(Notes);
    });
    await Promise.all([Part.preload(), Part.preload()]);
    act(() => view.root.render(<Suspense fallback={null}><Part title="Fall 1" /></Suspense>));
    expect(loads).toBe(1);
  });
});

/**
 * A React root in jsdom for each test of a file: `const view = reactRoot()` at the top level, then
 * `view.root.render(...)` inside `act`, and `view.container` to query what was drawn. Unmounted and
 * removed after each test.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ReactRoot {
  readonly container: HTMLDivElement;
  readonly root: Root;
}

export function reactRoot(): ReactRoot {
  const view = {} as { container: HTMLDivElement; root: Root };
  beforeEach(() => {
    view.container = document.createElement('div');
    document.body.append(view.container);
    view.root = createRoot(view.container);
  });
  afterEach(() => {
    act(() => view.root.unmount());
    view.container.remove();
  });
  return view;
}

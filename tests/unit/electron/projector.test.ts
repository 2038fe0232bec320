import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createProjector, type ProjectorWindow } from '../../../electron/main/projector';

class FakeWindow extends EventEmitter implements ProjectorWindow {
  loaded: string[] = [];
  shown = 0;
  focused = 0;
  minimized = false;
  destroyed = false;
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.shown++;
  }
  focus() {
    this.focused++;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

function setup() {
  const windows: FakeWindow[] = [];
  const projector = createProjector(() => {
    const window = new FakeWindow();
    windows.push(window);
    return window;
  });
  return { projector, windows };
}

describe('the projector window', () => {
  it('opens the app at the projector route and shows it once ready', () => {
    const { projector, windows } = setup();
    projector.open('/projector/m1');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded).toEqual(['app://tandem/index.html#/projector/m1']);
    expect(windows[0]?.shown).toBe(0);
    windows[0]?.emit('ready-to-show');
    expect(windows[0]?.shown).toBe(1);
  });

  it('reuses and focuses the open window for the next route', () => {
    const { projector, windows } = setup();
    projector.open('/projector/m1');
    windows[0]!.minimized = true;
    projector.open('/projector/m1/case2');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded.at(-1)).toBe('app://tandem/index.html#/projector/m1/case2');
    expect(windows[0]?.minimized).toBe(false);
    expect(windows[0]?.focused).toBe(1);
  });

  it('opens a new window after the old one was closed', () => {
    const { projector, windows } = setup();
    projector.open('/projector/m1');
    projector.close();
    projector.open('/projector/m1');
    expect(windows).toHaveLength(2);
  });
});

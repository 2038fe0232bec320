/**
 * End-to-end harness: the built renderer served on 127.0.0.1, driven in the system Chromium by
 * playwright-core. Every request that leaves for another origin is recorded, and tests fail on one.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from phoning home (this machine has no network; users' may not either). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--metrics-recording-only', '--disable-domain-reliability', '--no-pings',
];

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function serve(): Promise<Served> {
  return startServer({}) as Promise<Served>;
}

export interface Moderator {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly profileDir: string;
  /** Requests to any origin but the local server. */
  readonly foreignRequests: string[];
  /** Requests to the local server that failed (not merely aborted by a navigation) or were answered 4xx/5xx, as "<status> <url>". */
  readonly failedRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's locale, as the computer's would be (default `de-DE`). */
  readonly locale?: string;
}

/** A browser profile (one moderator's laptop). Reuse `profileDir` to relaunch on the same data. */
export async function launchModerator(server: Served, profileDir?: string, { locale = 'de-DE' }: LaunchOptions = {}): Promise<Moderator> {
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'tandem-e2e-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, locale, timezoneId: 'Europe/Berlin',
    viewport: { width: 1360, height: 900 },
  });
  const foreignRequests: string[] = [];
  const allowed = (url: string) => url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
  context.on('request', (request) => {
    if (!allowed(request.url())) foreignRequests.push(request.url());
  });
  const failedRequests: string[] = [];
  context.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(server.url)) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A load cut short because the page navigated on (a font still coming in) is no failure of the app.
    if (reason === 'net::ERR_ABORTED') return;
    if (request.url().startsWith(server.url)) failedRequests.push(`${reason} ${request.url()}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context, page, profileDir: dir, foreignRequests, failedRequests,
    close: () => context.close(),
  };
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Waits until every edit has reached IndexedDB (the app's own flush, as before a window closes). */
export async function flushed(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { tandemFlush: () => Promise<void> }).tandemFlush());
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (injected through the devtools protocol, so the CSP stays strict). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const source = await axeSource;
  await page.evaluate(`${source};0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * A finding underlined in a notes editor: a range of a CSS Custom Highlight `finding-<kind>`
 * (renderer/features/anonymize/findingHighlights.ts; only the blocks on screen are painted).
 */
export interface Underline {
  readonly kind: string;
  readonly text: string;
  /** The editor's accessible name, e.g. "Für das Protokoll: Fallvorstellung". */
  readonly editor: string;
  /** 1-based number of the editor's top-level block (paragraph) it is in. */
  readonly paragraph: number;
}

/** Every finding underlined in the notes editors of the page, in document order. */
export async function underlines(page: Page): Promise<Underline[]> {
  return page.evaluate(() => {
    const found: Array<{ range: Range; kind: string }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('finding-')) continue;
      for (const range of highlight) {
        if (range instanceof Range && !range.collapsed) found.push({ range, kind: name.slice('finding-'.length) });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ range, kind }) => {
      const start = range.startContainer.parentElement!;
      const editor = start.closest<HTMLElement>('.ProseMirror')!;
      const block = [...editor.children].findIndex((child) => child.contains(start));
      return { kind, text: range.toString(), editor: editor.getAttribute('aria-label') ?? '', paragraph: block + 1 };
    });
  });
}

/** The findings underlined in the notes editors of the page as "<kind>: <text>", in document order. */
export async function underlined(page: Page): Promise<string[]> {
  return (await underlines(page)).map((u) => `${u.kind}: ${u.text}`);
}

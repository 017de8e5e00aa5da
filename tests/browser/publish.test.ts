// The published catalogue in a real browser: filters with JavaScript off (links to static pages) and
// on (the form), axe-core on the index and a practice page, the phone and print layouts; it also
// makes the README's screenshots (docs/publish-*.png).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';
import { exportJson, xmess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const AXE = join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const run = hasChromium() || process.env.CI === 'true';
if (!run) console.warn('SKIPPED tests/browser/publish.test.ts: /usr/bin/chromium not installed (apt-get install -y --no-install-recommends chromium)');
const suite = run ? describe : describe.skip;

interface AxeViolation { id: string; impact: string | null; nodes: number }

let dir: ReturnType<typeof tempDir>;
let site: string;
let browser: Browser;
let practiceId: string;
const url = (path: string): string => pathToFileURL(join(site, path)).href;

/** The sample mailbox, decided by the commission: one rejected, one left received, the late one let in. */
function publishSample(): void {
  const db = join(dir.path, 'x.db');
  const common = ['--db', db, '--outbox', join(dir.path, 'outbox')];
  expect(xmess(['ingest', join(PROJECT_ROOT, 'data', 'sample'), ...common]).code).toBe(0);
  const practices = exportJson<{ id: string; status: string }>(db, 'practices');
  const received = practices.filter((p) => p.status === 'received');
  received.slice(0, -2).forEach((p) => expect(xmess(['review', p.id, '--status', 'accepted', ...common]).code).toBe(0));
  expect(xmess(['review', received.at(-1)!.id, '--status', 'rejected', ...common]).code).toBe(0);
  for (const p of practices.filter((x) => x.status === 'late')) expect(xmess(['accept-late', p.id, ...common]).code).toBe(0);
  practiceId = received[0]!.id;
  const r = xmess(['publish', '--out', site, '--db', db, '--base-url', 'https://xmess.example.org/bones-practiques']);
  expect(r.code).toBe(0);
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  const options = JSON.stringify({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  return page.evaluate(`axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`) as Promise<AxeViolation[]>;
}

/** Every request the page makes stays on file://: the catalogue works offline and tracks nobody. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (req) => { if (!req.url().startsWith('file://')) outside.push(req.url()); });
  return outside;
}

suite('the published catalogue in Chromium', () => {
  beforeAll(async () => {
    dir = tempDir('xmess-publish-browser-');
    site = join(dir.path, 'site');
    publishSample();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    dir?.cleanup();
  });

  it('filters by theme and municipality with JavaScript off, through the filter pages', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const outside = watchRequests(page);
    await page.goto(url('index.html'));
    const all = await page.locator('#practices > li').count();
    expect(all).toBe(6);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.getByRole('navigation').getByRole('link', { name: /^Joventut \(\d+\)$/ }).click();
    expect(page.url()).toBe(url('themes/youth.html'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tema: Joventut');
    const youth = await page.locator('#practices > li').count();
    expect(youth).toBeGreaterThan(0);
    expect(youth).toBeLessThan(all);
    expect(await page.locator('#practices > li[data-themes~="youth"]').count()).toBe(youth);
    await page.getByRole('link', { name: /^Artés \(1\)$/ }).click();
    expect(page.url()).toBe(url('municipalities/artes.html'));
    expect(await page.locator('#practices > li').count()).toBe(1);
    expect(outside).toEqual([]);
    await ctx.close();
  });

  it('filters in place with JavaScript on, saying how many are shown', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await ctx.newPage();
    const outside = watchRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url('index.html'));
    await page.getByRole('combobox', { name: 'Tema', exact: true }).selectOption('youth');
    const visible = page.locator('#practices > li:visible');
    const youth = await page.locator('#practices > li[data-themes~="youth"]').count();
    expect(await visible.count()).toBe(youth);
    expect(await page.locator('#filter-status').textContent()).toBe(`Es mostren ${youth} de 6`);
    await page.getByRole('combobox', { name: 'Tema', exact: true }).selectOption('');
    await page.getByRole('combobox', { name: 'Criteris de prioritat complerts' }).selectOption('3');
    expect(await visible.count()).toBe(await page.locator('#practices > li[data-priority="3"]').count());
    await page.getByRole('combobox', { name: 'Criteris de prioritat complerts' }).selectOption('');
    expect(await visible.count()).toBe(6);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'publish-index.png'), fullPage: true });
    await ctx.close();
  });

  it('has no serious or critical axe-core violation on the index and a practice page', async () => {
    // bypassCSP: axe is injected as an inline script, which the pages' own policy rightly refuses.
    const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
    const page = await ctx.newPage();
    const report: Record<string, AxeViolation[]> = {};
    for (const path of ['index.html', `practices/${practiceId}.html`]) {
      await page.goto(url(path));
      report[path] = await axe(page);
    }
    console.log(`axe-core: ${Object.entries(report).map(([p, v]) => `${p}: ${v.length ? v.map((x) => `${x.id} (${x.impact}, ${x.nodes} nodes)`).join(', ') : 'no violations'}`).join('; ')}`);
    for (const violations of Object.values(report)) expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await ctx.close();
  });

  it('reads on a phone without sideways scrolling, and prints without navigation', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const path of ['index.html', `practices/${practiceId}.html`]) {
      await page.goto(url(path));
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    }
    await page.emulateMedia({ media: 'print' });
    await page.goto(url('index.html'));
    expect(await page.locator('nav.facets').isVisible()).toBe(false);
    expect(await page.locator('#practices').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(url(`practices/${practiceId}.html`));
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'publish-practice.png'), fullPage: true });
    await ctx.close();
  });
});

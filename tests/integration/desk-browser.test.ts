// The desk in a real headless Chromium (Debian's `chromium`, driven by playwright-core; no browser is
// downloaded): log in, find a needs-review message, resolve it into a practice, correct its title,
// accept it, and see the change in `xmess export`; new mail appears without reloading; axe-core finds
// no serious or critical violation on the inbox and the practice page. Screenshots go to docs/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { exportJson } from '../helpers/cli.js';
import { composeMail, ingest, makeWorld, PASSWORD, runDesk, synthesis, type DeskWorld, type RunningDesk } from '../helpers/desk.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI !== 'true') console.warn(`SKIPPED desk browser tests: ${CHROMIUM} not installed (apt-get install -y --no-install-recommends chromium)`);
const run = hasChromium || process.env.CI === 'true' ? describe : describe.skip;
const DOCS = join(PROJECT_ROOT, 'docs');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: unknown[] }

let tmp: ReturnType<typeof tempDir>;
let w: DeskWorld;
let desk: RunningDesk;
let profile: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!hasChromium && process.env.CI !== 'true') return;
  tmp = tempDir('xmess-desk-browser-');
  w = makeWorld(tmp.path);
  writeFileSync(join(w.mail, '1.eml'), await composeMail({ subject: 'Bona pràctica: rebost', messageId: '<on-time@viladeprova.cat>', date: '2020-04-21T09:10:00+02:00', text: synthesis('Rebost compartit de barri') }));
  writeFileSync(join(w.mail, '2.eml'), await composeMail({ subject: 'Fitxa de la pràctica de Vila de Prova', messageId: '<scan@viladeprova.cat>', date: '2020-04-22T10:00:00+02:00', text: 'Bon dia, us adjuntem la fitxa escanejada.',
    attachments: [{ filename: 'fitxa.pdf', content: Buffer.from('%PDF-1.4\nnot really a pdf\n'), contentType: 'application/pdf' }] }));
  ingest(w, w.mail);
  desk = await runDesk(w);
  profile = mkdtempSync(join(tmpdir(), 'xmess-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
});
afterAll(async () => {
  await context?.close();
  await desk?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  tmp?.cleanup();
});

/** axe-core evaluated in the page (the page's CSP forbids inline scripts, which is what we test elsewhere). */
async function axe(p: Page): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await p.evaluate(source);
  const result = await p.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run());
  return result.violations;
}

const serious = (v: AxeViolation[]): string[] => v.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${x.help}`);
/** README's screenshots are refreshed only when asked (XMESS_DESK_SCREENSHOTS=1): a test run leaves the tree as it was. */
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(process.env.XMESS_DESK_SCREENSHOTS === '1' ? DOCS : tmp.path, `desk-${name}.png`) });

run('the desk in a browser', () => {
  it('logs in, finds a needs-review message, resolves it into a practice, corrects its title, accepts it; export shows it', async () => {
    await page.goto(`${desk.url}/`);
    expect(page.url()).toBe(`${desk.url}/login`);
    await shot('login');
    await page.getByLabel('Correu electrònic').fill('coordinacio@example.org');
    await page.getByLabel('Contrasenya').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entra' }).click();
    await page.waitForURL(`${desk.url}/inbox`);
    const first = page.locator('tbody tr').first();
    await expect(first.getAttribute('class')).resolves.toBe('status-needs-review');
    const inboxViolations = await axe(page);
    console.log(`axe on the inbox: ${inboxViolations.length} violation(s): ${inboxViolations.map((v) => `${v.id} (${v.impact})`).join(', ') || 'none'}`);
    expect(serious(inboxViolations)).toEqual([]);
    await shot('inbox');

    await first.getByRole('link').click();
    await page.getByRole('heading', { name: 'Fitxa de la pràctica de Vila de Prova' }).waitFor();
    await expect(page.getByText('not really a pdf').count()).resolves.toBe(0);
    await shot('message');
    await page.getByLabel('una pràctica nova').check();
    await page.getByLabel('Nota').fill('la fitxa escanejada, oberta a mà');
    await page.getByRole('button', { name: 'Resol' }).click();
    await page.waitForURL(/\/practices\/[^/?]+\?done=resolve$/);
    const id = /\/practices\/([^/?]+)/.exec(page.url())![1]!;

    await page.getByLabel('Camp', { exact: true }).selectOption('title');
    await page.getByLabel('Valor', { exact: true }).fill('Rebost de barri (fitxa escanejada)');
    await page.getByRole('button', { name: 'Desa' }).click();
    await page.waitForURL(/\?done=edit$/);
    await expect(page.locator('td[data-field="title"]').textContent()).resolves.toBe('Rebost de barri (fitxa escanejada)');

    await page.getByLabel('acceptada', { exact: true }).check();
    await page.locator('#rv-note').fill('Encaixa amb la convocatòria');
    await page.getByRole('button', { name: 'Registra la decisió' }).click();
    await page.waitForURL(/\?done=review$/);
    const practiceViolations = await axe(page);
    console.log(`axe on the practice page: ${practiceViolations.length} violation(s): ${practiceViolations.map((v) => `${v.id} (${v.impact})`).join(', ') || 'none'}`);
    expect(serious(practiceViolations)).toEqual([]);
    await shot('practice');

    const exported = exportJson<{ id: string; title: string; status: string; decision: string | null }>(w.db, 'practices').find((p) => p.id === id)!;
    expect(exported).toMatchObject({ title: 'Rebost de barri (fitxa escanejada)', status: 'accepted', decision: 'accepted' });
  });

  it('shows new mail in the inbox without reloading', async () => {
    await page.goto(`${desk.url}/inbox`);
    const rows = await page.locator('tbody tr').count();
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    writeFileSync(join(tmp.path, 'new.eml'), await composeMail({ subject: 'Cooperativa de cures, nova', messageId: '<new@viladeprova.cat>', date: '2020-04-25T10:00:00+02:00', text: synthesis('Cooperativa de cures') }));
    ingest(w, join(tmp.path, 'new.eml'));
    await page.getByText('Cooperativa de cures, nova').waitFor({ timeout: 15_000 });
    expect(await page.locator('tbody tr').count()).toBe(rows + 1);
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});

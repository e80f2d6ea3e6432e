// Kiosk mode on a shared village terminal: the attract screen, the idle warning with its
// spoken countdown, the wipe, and a touch that keeps the journey. Time runs on Playwright's
// clock, so 90 s of idleness take no real time.
import { test, expect, chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible, loadWords, w, walk } from './support';

// Clock-driven journeys with axe on the way take longer than one plain page.
test.setTimeout(90_000);

const zh = loadWords('locales/zh-CN/widget.ftl', 'locales/zh-CN/catalog.ftl');
const t = (id: string) => {
  const text = zh.get(id);
  if (text === undefined) throw new Error(`no message ${id}`);
  return text;
};
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const dialog = (page: Page) => page.getByRole('dialog', { name: t('kiosk-still-there') });

/** axe on a page whose clock is paused: axe waits on timers, so time runs for it (a second
 * or two of real time; the checks after it do not depend on exact seconds), then stops again. */
async function accessible(page: Page, where: string) {
  await page.clock.resume();
  await expectAccessible(page, where);
  // (A margin, so the page's clock has not passed it by the time it is set on a loaded machine.)
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
}

/** Everything Waymark keeps on the device, in both storages. */
const kept = (page: Page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s).filter((k) => k.startsWith('waymark:'))),
  );

/** Open the kiosk page with a fake clock and a record of what the real speechSynthesis is asked to say. */
async function openKiosk(page: Page) {
  await page.clock.install();
  await page.addInitScript(() => {
    const said: { text: string; lang: string }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      said.push({ text: u.text, lang: u.lang });
      speak(u);
    };
  });
  await page.goto('/kiosk.html');
  // The attract screen: the life events, big.
  await expect(heading(page)).toHaveText(t('home-event'));
  // From here on, time moves only when the test says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const size = await heading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size, 'attract screen heading in px').toBeGreaterThanOrEqual(36);
}

/** Choose the first life event with several services and go on: now a journey is under way. */
async function beginJourney(page: Page) {
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: t('next'), exact: true }).click();
  await expect(heading(page)).not.toHaveText(t('home-event'));
}

test('idle on a kiosk: a spoken warning, a countdown, then everything of that person is wiped', async ({ page }, info) => {
  await openKiosk(page);
  // Left untouched, the attract screen never asks.
  await page.clock.runFor(200_000);
  await expect(dialog(page)).toBeHidden();

  // A person chooses English and begins.
  await page.getByLabel(/Language/).selectOption('en');
  await expect(heading(page)).not.toHaveText(t('home-event'));
  await page.getByLabel(/Language/).selectOption('zh-CN');
  await expect(heading(page)).toHaveText(t('home-event'));
  await beginJourney(page);
  expect((await kept(page)).length, 'the journey is kept for this session').toBeGreaterThan(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:'))), 'nothing in localStorage').toEqual([]);
  const question = await heading(page).textContent();

  await page.clock.runFor(89_000);
  await expect(dialog(page)).toBeHidden();
  await page.clock.runFor(1_500);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('timer')).toHaveText('20');
  await expect(dialog(page).getByRole('button', { name: t('kiosk-continue') })).toBeFocused();
  const said = () => page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
  expect(await said()).toContainEqual({ text: `${t('kiosk-still-there')} ${t('kiosk-countdown')}`, lang: 'zh-CN' });
  await info.attach('kiosk warning', { body: await page.screenshot(), contentType: 'image/png' });
  await accessible(page, 'kiosk idle warning');

  const left = Number(await dialog(page).getByRole('timer').textContent());
  await page.clock.runFor((left - 5) * 1_000);
  await expect(dialog(page).getByRole('timer')).toHaveText('5');
  expect((await said()).map((s) => s.text)).toContain('5');
  const before = (await said()).length;
  await page.clock.runFor(5_500);

  // Wiped: the attract screen, in the kiosk's own language, and nothing kept.
  await expect(dialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText(t('home-event'));
  // It invites the next person aloud (the kiosk page reads each screen).
  await expect.poll(async () => (await said()).slice(before).map((s) => s.text)).toContain(t('home-event'));
  expect(await kept(page)).toEqual([]);
  expect(question).not.toBe(t('home-event'));
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await accessible(page, 'kiosk attract screen');
});

test('a touch during the countdown keeps the journey; 结束 ends it at once', async ({ page }) => {
  await openKiosk(page);
  await beginJourney(page);
  const question = await heading(page).textContent();
  await page.clock.runFor(91_000);
  await expect(dialog(page)).toBeVisible();
  await page.clock.runFor(3_000);
  // Warned at 90 s, four seconds counted since.
  await expect(dialog(page).getByRole('timer')).toHaveText('16');

  // A touch on the dialog's text (not a button): the journey goes on, where it was.
  // (By coordinates: Playwright's own actionability retries wait on timers, which are paused.)
  const box = (await dialog(page).getByRole('heading').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(dialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText(question!);
  await page.clock.runFor(30_000);
  await expect(dialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText(question!);

  // Idle again; this time the person presses 结束.
  await page.clock.runFor(61_000);
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: t('kiosk-end') }).click();
  await expect(heading(page)).toHaveText(t('home-event'));
  expect(await kept(page)).toEqual([]);

  // And 继续 by keyboard keeps it too.
  await beginJourney(page);
  await page.clock.runFor(91_000);
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(heading(page)).not.toHaveText(t('home-event'));
});

test('a kiosk result still prints and shows its QR code, keeps nothing past the session and links nowhere', async ({ page }) => {
  await page.goto('/kiosk.html?service=dibao');
  await walk(page);
  await expect(page.getByRole('button', { name: w('result-print') })).toBeVisible();
  await expect(page.locator('.wm-qr img')).toBeVisible();
  // The only links are inside the guide's own pages; none leads off the kiosk.
  expect(await page.locator('waymark-guide a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#')))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:')))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('waymark:')))).toContain('waymark:draft:dibao');
  await expectAccessible(page, 'kiosk result');
});

test('a kiosk whose browser blocks all site data still forgets the person: nothing of them stays on screen', async ({}, info) => {
  // Chromium's "block all cookies and site data", as a locked-down kiosk profile sets it:
  // every storage access throws a SecurityError.
  const dir = mkdtempSync(join(tmpdir(), 'wm-kiosk-blocked-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const use = info.project.use;
  const context = await chromium.launchPersistentContext(dir, { ...use.launchOptions, baseURL: use.baseURL, locale: 'zh-CN', headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openKiosk(page);
    expect(await page.evaluate(() => { try { localStorage.length; return 'storage works'; } catch (e) { return (e as Error).name; } })).toBe('SecurityError');
    const historyBefore = await page.evaluate(() => history.length);
    await beginJourney(page);
    const question = await heading(page).textContent();
    await page.clock.runFor(91_000);
    await expect(dialog(page)).toBeVisible();
    await page.clock.runFor(21_000);
    await expect(dialog(page)).toBeHidden();
    await expect(heading(page)).toHaveText(t('home-event'));
    expect(question).not.toBe(t('home-event'));
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    // Nothing of that person on the guide's element, in history or still being said.
    const left = await page.locator('waymark-guide').evaluate((g) => {
      const box = g.shadowRoot!.firstElementChild as HTMLElement;
      return { answers: box.dataset.wmAnswers ?? '', outcome: box.dataset.wmOutcome ?? '' };
    });
    expect(left).toEqual({ answers: '', outcome: '' });
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    expect(errors.filter((e) => /SecurityError|denied/i.test(e))).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('out-of-range idle and countdown seconds are refused with a console message, and the defaults used', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.clock.install();
  await page.goto('/e2e/kiosk-bad.html');
  await expect(heading(page)).toHaveText(t('home-event'));
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  expect(warnings.some((w) => w.includes('idle-seconds="-1"'))).toBe(true);
  expect(warnings.some((w) => w.includes('countdown-seconds="99999999999"'))).toBe(true);
  // The first touch does not open 「还在吗?」 (with -1 it did, at once).
  await beginJourney(page);
  await page.clock.runFor(5_000);
  await expect(dialog(page)).toBeHidden();
  // The default 90 s, then the default 20 s countdown, which ends.
  await page.clock.runFor(84_000);
  await expect(dialog(page)).toBeHidden();
  await page.clock.runFor(1_500);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('timer')).toHaveText('20');
  await page.clock.runFor(21_000);
  await expect(dialog(page)).toBeHidden();
  await expect(heading(page)).toHaveText(t('home-event'));
});

// Offline after the first visit (the service worker written by `waymark precache`), updates
// that never break a guide in progress, and storage that refuses to keep anything.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { answer, expectAccessible, next, open, seeResult, serviceWords, toIncome, w } from './support';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('after one visit the whole guide works with the network off', async ({ page, context }, info) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(w('home-event'));
  await controlled(page);

  await context.setOffline(true);
  const t0 = Date.now();
  await page.reload();
  await expect(heading(page)).toHaveText(w('home-event'));
  info.annotations.push({ type: 'offline reload to the first question (ms)', description: String(Date.now() - t0) });
  await expect(page.getByRole('status')).toContainText(w('status-offline'));
  await expectAccessible(page, 'offline home');

  await page.getByRole('radio', { name: w('life-event-hardship') }).check();
  await next(page);
  await page.getByRole('checkbox', { name: w('dibao-title') }).check();
  await next(page);
  await expect(heading(page)).toHaveText(w('dibao-title'));
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  for (const [q, v] of [['hukou', 'local'], ['people', '3']]) {
    await answer(page, q, v);
    await next(page);
  }
  // Halfway, still offline, in Uyghur (every locale is precached: see waymark precache).
  const ug = serviceWords('dibao', 'ug');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('ug');
  await expect(heading(page)).toHaveText(ug('dibao-income'));
  await expectAccessible(page, 'offline, in Uyghur');
  for (const [q, v] of [['income', '1500'], ['property', 'no'], ['illness', 'no']]) {
    await answer(page, q, v, undefined, 'ug');
    await page.getByRole('button', { name: ug('next'), exact: true }).click();
  }
  await expect(heading(page)).toHaveText(ug('check-title'));
  await page.getByRole('button', { name: ug('check-submit') }).click();
  await expect(heading(page)).toHaveText(ug('dibao-outcome-eligible'));
  // The QR module was cached too.
  await expect(page.getByRole('img', { name: ug('result-qr') })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('status')).not.toContainText(ug('status-offline'));
});

test('a new build deployed mid-guide waits; nothing is lost; 重新开始 brings it in', async ({ page }) => {
  const site = 'target/e2e-site/update/';
  await page.goto('/update/?service=dibao');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await answer(page, 'hukou', 'local');
  await next(page);
  await answer(page, 'people', '3');
  await next(page);
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await controlled(page);
  await page.evaluate(() => localStorage.setItem('waymark:draft:yibao', '{"format":1,"service":"yibao","answers":[],"current":null}'));

  // Deploy: a changed page, hence a new worker (its version is the build's content hash).
  const html = readFileSync(`${site}index.html`, 'utf8');
  writeFileSync(`${site}index.html`, html.replace('<head>', '<head>\n    <meta name="waymark-build" content="2" />'));
  const sw = readFileSync(`${site}sw.js`, 'utf8');
  writeFileSync(`${site}sw.js`, sw.replace(/"version":"[0-9a-f]+"/, '"version":"second-build"'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

  await expect(page.getByRole('status')).toContainText(w('status-update'));
  await expectAccessible(page, 'update waiting');
  // The guide in progress is untouched.
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(page.getByLabel(w('dibao-people'), { exact: true })).toHaveValue('3');
  await next(page);
  for (const [q, v] of [['income', '1500'], ['property', 'no'], ['illness', 'no']]) {
    await answer(page, q, v);
    await next(page);
  }
  await seeResult(page);
  await expect(page.locator('meta[name="waymark-build"]')).toHaveCount(0);

  await page.getByRole('button', { name: w('start-over') }).click();
  await expect(page.locator('meta[name="waymark-build"]')).toHaveAttribute('content', '2');
  await expect(heading(page)).toHaveText(w('dibao-title'));
  expect(await page.evaluate(() => caches.keys())).toEqual(['waymark-second-build']);
  // Updating never touches drafts.
  expect(await page.evaluate(() => localStorage.getItem('waymark:draft:yibao'))).toContain('"yibao"');
});

test('storage that refuses everything: the guide goes on and says once that nothing is kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await answer(page, 'hukou', 'local');
  await next(page);
  await expect(page.getByRole('status')).toContainText(w('status-not-saved'));
  await expect(page.getByRole('status').getByText(w('status-not-saved'))).toHaveCount(1);
  await expectAccessible(page, 'nothing kept');
  await answer(page, 'people', '3');
  await next(page);
  await expect(heading(page)).toHaveText(w('dibao-income'));
});

test('an embedded guide registers no service worker: offline is the host page’s choice', async ({ page }) => {
  await page.goto('/e2e/two-guides.html');
  const good = page.getByRole('region', { name: '低保指南' });
  await expect(good.getByRole('heading', { level: 1 })).toHaveText(w('dibao-title'));
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('a draft made before the service changed keeps what still fits and says what does not', async ({ page }) => {
  await toIncome(page);
  // As if the service had since narrowed what it accepts: 3 people saved, now out of range.
  await page.evaluate(() => {
    const key = 'waymark:draft:dibao';
    const draft = localStorage.getItem(key)!;
    localStorage.setItem(key, draft.replace(/("people"\s*[,:]\s*)"3"/, '$1"500"'));
  });
  await page.reload();
  await expect(heading(page)).toHaveText(w('resume-title'));
  await expect(page.getByText(/已经不适用/)).toBeVisible();
  await expectAccessible(page, 'resume after the service changed');
  await page.getByRole('button', { name: w('resume') }).click();
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeChecked();
});

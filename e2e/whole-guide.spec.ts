// The whole guide from the standalone page's home: a life event, several of its services one
// after another, then one merged list; the materials checklist and the printed slip.
import { test, expect, type Page } from '@playwright/test';
import { answer, clean, expectAccessible, next, seeResult, service, serviceWords } from './support';

const w = serviceWords('dibao');
const linshi = serviceWords('linshi-jiuzhu');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** dibao's own page, answered to 您可能符合申请条件, on 2026-11-22. */
async function eligibleResult(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto('/?service=dibao');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  for (const [q, v] of [['hukou', 'local'], ['people', '3'], ['income', '1500'], ['property', 'no'], ['illness', 'no']]) {
    await answer(page, q, v);
    await next(page);
  }
  await seeResult(page);
}

async function walk(page: Page, id: string, answers: [string, string][]) {
  const words = serviceWords(id);
  await expect(heading(page)).toHaveText(words(`${id}-title`));
  await expect(heading(page)).toBeFocused();
  await expectAccessible(page, `${id} intro`);
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  for (const [q, v] of answers) {
    await answer(page, q, v, service(id));
    await next(page);
  }
  await seeResult(page);
}

test('a life event, two of its services, one merged list of materials and places', async ({ page }, info) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(w('home-event'));
  // Every life event is a choice with a pictogram beside its words.
  await expect(page.getByRole('radio', { name: w('life-event-old-age') })).toBeVisible();
  await expect(page.locator('label', { hasText: w('life-event-hardship') }).locator('img')).toHaveAttribute('src', /icons\/hardship\.svg$/);
  await expectAccessible(page, 'home: life events');
  await info.attach('home', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await page.getByRole('radio', { name: w('life-event-hardship') }).check();
  await next(page);

  // Which of its services: at least one.
  await expect(heading(page)).toContainText(w('life-event-hardship'));
  await expect(heading(page)).toBeFocused();
  await next(page);
  await expect(page.getByRole('alert')).toContainText(w('error-required-choice'));
  await page.getByRole('checkbox', { name: w('dibao-title') }).check();
  await page.getByRole('checkbox', { name: linshi('linshi-jiuzhu-title') }).check();
  await expectAccessible(page, 'home: services of a life event');
  await next(page);

  await walk(page, 'dibao', [['hukou', 'local'], ['people', '3'], ['income', '1500'], ['property', 'no'], ['illness', 'no']]);
  await expect(heading(page)).toHaveText(w('dibao-outcome-eligible'));
  await page.getByRole('button', { name: new RegExp(`^接着办:\u2068?${linshi('linshi-jiuzhu-title')}`) }).click();

  await walk(page, 'linshi-jiuzhu', [['residence', 'local'], ['cause', 'disaster'], ['urgent', 'yes']]);
  await expect(heading(page)).toHaveText(linshi('linshi-jiuzhu-outcome-urgent'));
  await page.getByRole('button', { name: w('merged-show') }).click();

  // One list: the ID card both services need appears once, naming both.
  await expect(heading(page)).toHaveText(w('merged-title'));
  await expect(heading(page)).toBeFocused();
  const list = page.getByRole('list', { name: new RegExp(w('result-materials')) });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(4);
  const idCard = items.filter({ hasText: w('material-id-card') });
  await expect(idCard).toHaveCount(1);
  expect(clean(await idCard.textContent())).toContain(`用于:${w('dibao-title')}、${linshi('linshi-jiuzhu-title')}`);
  expect(clean(await items.filter({ hasText: w('material-income-proof') }).textContent())).toContain(`用于:${w('dibao-title')}`);
  // Tick as you gather.
  await page.getByRole('checkbox', { name: w('material-id-card') }).check();
  await expect(page.getByRole('checkbox', { name: w('material-id-card') })).toBeChecked();
  await expectAccessible(page, 'merged list');
  await info.attach('merged list', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // Back returns to the last result.
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(heading(page)).toHaveText(linshi('linshi-jiuzhu-outcome-urgent'));
});

test('the result prints as a large-print slip: materials, office and date, no buttons', async ({ page }, info) => {
  await eligibleResult(page);
  await expect(page.getByRole('button', { name: w('result-print') })).toBeVisible();
  await page.getByRole('checkbox', { name: w('material-bank-card') }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByText(/^日期:\u2068?2026-11-22\u2069?$/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: w('material-id-card') })).toBeVisible();
  await expect(page.getByText(w('region-demo-county-office-township-service-centre'))).toBeVisible();
  await expect(page.getByRole('list', { name: w('result-why') })).toBeHidden();
  const size = await heading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await info.attach('print slip', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('the QR code carries the result to another device, with no ID number in it', async ({ page, browser, baseURL }, info) => {
  await eligibleResult(page);
  const code = page.getByRole('img', { name: /二维码/ });
  await expect(code).toBeVisible();
  await expectAccessible(page, 'result with QR code');
  await info.attach('result with QR code', { body: await code.screenshot(), contentType: 'image/png' });

  // Read the code as a phone would: from its pixels (jsQR, run inside the page).
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  const decoded = await code.evaluate(async (el) => {
    // The code is an <img> of an SVG drawing: draw the same picture, larger, and read it.
    const img = new Image();
    img.src = (el as HTMLImageElement).src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const data = ctx.getImageData(0, 0, 400, 400);
    return (window as any).jsQR(data.data, 400, 400)?.data ?? null;
  });
  expect(decoded).toBe(new URL('/#result=dibao&hukou=local&people=3&income=1500&property=no&illness=no', baseURL).href);
  // The same link is written beside the code, as text.
  await expect(page.getByText(decoded!, { exact: true })).toBeVisible();

  // A fresh browser (another phone): the link opens on the same result, and keeps nothing.
  const phone = await browser.newContext({ locale: 'zh-CN' });
  const other = await phone.newPage();
  await other.goto(decoded!);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(w('dibao-outcome-eligible'));
  await expect(other.getByRole('list', { name: new RegExp(w('result-materials')) }).getByRole('listitem')).toHaveText(
    ['id-card', 'hukou-book', 'income-proof', 'bank-card'].map((m) => w(`material-${m}`)),
  );
  expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await phone.close();
});

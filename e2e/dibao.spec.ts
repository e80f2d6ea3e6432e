// The dibao guide's behaviour end to end on the release build, in headless Chromium, with
// accessible selectors only (every journey of every service is in journeys.spec.ts).
import { test, expect } from '@playwright/test';
import { answer, clean, expectAccessible, next, open, seeResult, toIncome, w } from './support';

const heading = (page) => page.getByRole('heading', { level: 1 });


test('the reasons use the person’s own numbers', async ({ page }) => {
  await open(page);
  for (const [q, v] of [['hukou', 'local'], ['people', '3'], ['income', '1500'], ['property', 'no'], ['illness', 'no']]) {
    await answer(page, q, v);
    await next(page);
  }
  await seeResult(page);
  const reasons = page.getByRole('list', { name: w('result-why') }).getByRole('listitem');
  expect(clean(await reasons.first().textContent())).toBe('您家每人每月收入 500 元,不高于当地标准 700 元。');
});

test('其他地方 ends the guide with where to apply instead', async ({ page }) => {
  await open(page);
  await answer(page, 'hukou', 'elsewhere');
  await next(page);
  await seeResult(page);
  await expect(heading(page)).toHaveText('请到户口所在地申请');
  await expect(page.getByText(/户口所在地的乡镇便民服务中心/)).toBeVisible();
});

test('Back keeps earlier answers, and the step counter follows', async ({ page }) => {
  await toIncome(page);

  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect(heading(page)).toBeFocused();
  await expect(page.getByLabel(w('dibao-people'), { exact: true })).toHaveValue('3');
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeChecked();
  expect(clean(await page.getByText(/^第/).textContent())).toBe('第 1 步,共 5 步');
  // Back from the first question is the service's intro; starting again keeps the answer.
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-title'));
  await expect(heading(page)).toBeFocused();
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeChecked();
});

test('a missing choice is an error in words, announced, linked to the field', async ({ page }) => {
  await open(page);
  await next(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(w('error-summary-title'));
  await expect(alert).toContainText(w('error-required-choice'));
  await expect(alert).toBeFocused();
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  await expect(page.getByRole('group', { name: w('dibao-hukou') })).toHaveAccessibleDescription(
    new RegExp(w('error-required-choice')),
  );
  await expectAccessible(page, 'choice error');
  await alert.getByRole('link', { name: w('error-required-choice') }).click();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeFocused();
});

test('wrong numbers are refused with the reason, and nothing moves on', async ({ page }) => {
  await open(page);
  await answer(page, 'hukou', 'local');
  await next(page);
  const field = page.getByLabel(w('dibao-people'), { exact: true });
  const cases: [string, RegExp][] = [
    ['', new RegExp(w('error-required-number'))],
    ['abc', new RegExp(w('error-not-a-number'))],
    ['2.5', new RegExp(w('error-not-whole'))],
    ['0', /不能小于\s*\u2068?1\u2069?/],
    ['21', /不能大于\s*\u2068?20\u2069?/],
  ];
  for (const [input, message] of cases) {
    await field.fill(input);
    await next(page);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(heading(page)).toHaveText(w('dibao-people'));
  }
  await expectAccessible(page, 'number error');
  await field.fill('4');
  await next(page);
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the keyboard alone is enough', async ({ page }) => {
  await open(page);
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(w('dibao-income'));
});

test('Start over forgets the answers', async ({ page }) => {
  await open(page);
  await answer(page, 'hukou', 'elsewhere');
  await next(page);
  await seeResult(page);
  await page.getByRole('button', { name: w('start-over') }).click();
  await expect(heading(page)).toHaveText(w('dibao-title'));
  await expect(heading(page)).toBeFocused();
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-elsewhere') })).not.toBeChecked();
});

test('a broken service shows a friendly message while the other guide keeps working', async ({ page }, info) => {
  await page.goto('/e2e/two-guides.html');
  const broken = page.getByRole('region', { name: '坏的指南' });
  await expect(broken.getByRole('alert')).toContainText(w('load-failed'));
  await expect(broken.getByText(/compiled\/services\/broken\.bin: the file is damaged/)).toBeAttached();

  const good = page.getByRole('region', { name: '低保指南' });
  await expect(good.getByRole('heading', { level: 1 })).toHaveText(w('dibao-title'));
  await good.getByRole('button', { name: w('start') }).click();
  await expect(good.getByRole('heading', { level: 1 })).toHaveText(w('dibao-hukou'));
  await good.getByRole('radio', { name: w('dibao-hukou-local') }).check();
  await good.getByRole('button', { name: w('next') }).click();
  await expect(good.getByRole('heading', { level: 1 })).toHaveText(w('dibao-people'));
  await expectAccessible(page, 'page with a broken and a working guide');
  await info.attach('two-guides', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('an answer changed from the check page returns there, and the result follows it', async ({ page }) => {
  await open(page);
  for (const [q, v] of [['hukou', 'local'], ['people', '2'], ['income', '1000'], ['property', 'no'], ['illness', 'no']]) {
    await answer(page, q, v);
    await next(page);
  }
  await expect(heading(page)).toHaveText(w('check-title'));
  const rows = page.getByRole('definition');
  await expect(page.getByRole('term')).toHaveText([w('dibao-hukou'), w('dibao-people'), w('dibao-income'), w('dibao-property'), w('dibao-illness')]);
  await expect(rows.filter({ hasText: '1000 元' })).toHaveCount(1);

  // The change link names its question for screen readers.
  await page.getByRole('link', { name: `${w('check-change')} ${w('dibao-income')}` }).click();
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await expect(page.getByLabel(w('dibao-income'), { exact: true })).toHaveValue('1000');
  await answer(page, 'income', '3000');
  await next(page);
  await expect(heading(page)).toHaveText(w('check-title'));
  await expect(heading(page)).toBeFocused();
  await expect(rows.filter({ hasText: '3000 元' })).toHaveCount(1);
  await seeResult(page);
  await expect(heading(page)).toHaveText(w('dibao-outcome-not-eligible'));

  // Back from the result is the check page; a change that ends the guide early drops the
  // answers it makes irrelevant.
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('check-title'));
  await page.getByRole('link', { name: `${w('check-change')} ${w('dibao-hukou')}` }).click();
  await answer(page, 'hukou', 'elsewhere');
  await next(page);
  await expect(heading(page)).toHaveText(w('check-title'));
  await expect(page.getByRole('term')).toHaveText([w('dibao-hukou')]);
  await expectAccessible(page, 'check answers after a change');
});

test('coming back offers 继续上次 or 重新开始, and a corrupt draft is set aside', async ({ page }) => {
  await toIncome(page);

  await page.reload();
  await expect(heading(page)).toHaveText(w('resume-title'));
  await expectAccessible(page, 'resume offer');
  await page.getByRole('button', { name: w('resume') }).click();
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await expect(heading(page)).toBeFocused();
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(page.getByLabel(w('dibao-people'), { exact: true })).toHaveValue('3');

  await page.reload();
  await page.getByRole('button', { name: w('start-over') }).click();
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).not.toBeChecked();
  await page.reload();
  await expect(heading(page)).toHaveText(w('dibao-title'));

  // Something unreadable under the draft's key: the guide starts fresh and keeps it aside,
  // dated (the set-aside copy expires like a draft).
  // (Written from a page of the same origin with no guide on it: a guide still open would
  // write its own draft over it as soon as it holds the draft lock.)
  await page.goto('/catalog.json');
  await page.evaluate(() => localStorage.setItem('waymark:draft:dibao', '{"format":1,"serv'));
  await page.goto('/?service=dibao');
  await expect(heading(page)).toHaveText(w('dibao-title'));
  expect(await page.evaluate(() => localStorage.getItem('waymark:draft:dibao:set-aside'))).toMatch(/^\d+\n\{"format":1,"serv$/);
});

test('on the standalone page the browser’s Back works like 上一步 and keeps answers', async ({ page }) => {
  await toIncome(page);
  await page.goBack();
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect(heading(page)).toBeFocused();
  await expect(page.getByLabel(w('dibao-people'), { exact: true })).toHaveValue('3');
  await page.goBack();
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeChecked();
  await page.goBack();
  await expect(heading(page)).toHaveText(w('dibao-title'));
});

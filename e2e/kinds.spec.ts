// The typed question kinds no demo service uses yet (ID number, date, short text, multiple
// choice with a minimum), through a test-only service (tests/fixtures/services/kinds.json):
// each refuses bad input with its reason in words and accepts good input.
import { test, expect } from '@playwright/test';
import { clean, expectAccessible, loadWords } from './support';

const words = loadWords('locales/zh-CN/widget.ftl', 'tests/fixtures/locales/zh-CN/services/kinds.ftl');
const w = (id: string) => words.get(id) ?? `missing ${id}`;

test('ID number, date, text and multiple choice check their answers', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto('/?service=kinds');
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  const next = page.getByRole('button', { name: w('next'), exact: true });
  const alert = page.getByRole('alert');
  const refuse = async (fill: () => Promise<void>, message: string | RegExp) => {
    await fill();
    await next.click();
    await expect(alert).toContainText(message);
  };

  await expect(heading).toHaveText(w('kinds-id'));
  const id = page.getByLabel(w('kinds-id'));
  await refuse(() => id.fill('1101051949'), w('error-id-length'));
  await refuse(() => id.fill('110105194913310021'), w('error-id-birth-date'));
  await refuse(() => id.fill('110105194912310021'), w('error-id-check-digit'));
  await expectAccessible(page, 'ID number error');
  await id.fill('11010519491231002x');
  await next.click();

  await expect(heading).toHaveText(w('kinds-moved'));
  const moved = page.getByLabel(w('kinds-moved'));
  await expect(moved).toHaveAttribute('max', '2026-11-22');
  await refuse(() => moved.fill('2030-01-01'), w('error-in-the-future'));
  await moved.fill('2020-05-01');
  await next.click();

  await expect(heading).toHaveText(w('kinds-village'));
  const village = page.getByLabel(w('kinds-village'));
  // The field itself stops at the limit (the engine refuses longer text too: native tests).
  await village.fill('一二三四五六七八九十一');
  await expect(village).toHaveValue('一二三四五六七八九十');
  await village.fill('石头村');
  await next.click();

  await expect(heading).toHaveText(w('kinds-help'));
  await page.getByRole('checkbox', { name: w('kinds-help-food') }).check();
  await refuse(async () => {}, /至少选择\s*\u2068?2\u2069?\s*项/);
  await expectAccessible(page, 'multiple choice error');
  await page.getByRole('checkbox', { name: w('kinds-help-doctor') }).check();
  await next.click();

  // The check page shows the ID number with its middle hidden, and the options picked.
  await expect(heading).toHaveText(w('check-title'));
  await expect(page.getByRole('definition').filter({ hasText: '110105********002X' })).toHaveCount(1);
  await expect(page.getByRole('definition').filter({ hasText: `${w('kinds-help-food')}、${w('kinds-help-doctor')}` })).toHaveCount(1);
  expect(clean(await page.locator('body').innerText())).not.toContain('11010519491231002');
  await expectAccessible(page, 'check answers');
  await page.getByRole('button', { name: w('check-submit') }).click();

  await expect(heading).toHaveText(w('kinds-outcome-senior'));
  const reasons = page.getByRole('list', { name: w('result-why') }).getByRole('listitem');
  await expect(reasons).toHaveText([w('kinds-why-senior')]);
  // The ID number is never shown back on the result.
  expect(clean(await page.locator('body').innerText())).not.toContain('11010519491231002');
  await expectAccessible(page, 'result');

  // Back (to the check page, then the last question) keeps the multiple choice as it was.
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(page.getByRole('checkbox', { name: w('kinds-help-food') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: w('kinds-help-school') })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: w('kinds-help-doctor') })).toBeChecked();
});

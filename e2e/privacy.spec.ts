// Nothing private is kept, drafts expire, and drafts survive other versions and other tabs
// (issue 15, items 3 and 8): what the device's storage holds, read straight from it.
import { test, expect, type Page } from '@playwright/test';
import { answer, loadWords, next, open, refuseStorage, w } from './support';

const kinds = loadWords('locales/zh-CN/widget.ftl', 'tests/fixtures/locales/zh-CN/services/kinds.ftl');
const k = (id: string) => kinds.get(id) ?? `missing ${id}`;
// The guide's own heading (a host page has its own).
const heading = (page: Page) => page.locator('waymark-guide').getByRole('heading', { level: 1 });
const stored = (page: Page, key: string) => page.evaluate((key) => localStorage.getItem(key), key);
const DAY = 86_400_000;
const TODAY = new Date('2026-11-22T10:00:00');

test('an ID number and free text never reach storage; after a reload they are asked again, saying why', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?service=kinds');
  await page.getByRole('button', { name: k('start'), exact: true }).click();
  const nextButton = page.getByRole('button', { name: k('next'), exact: true });
  await page.getByLabel(k('kinds-id')).fill('11010519491231002X');
  await nextButton.click();
  await page.getByLabel(k('kinds-moved')).fill('2020-05-01');
  await nextButton.click();
  await page.getByLabel(k('kinds-village')).fill('石头村');
  await nextButton.click();
  await expect(heading(page)).toHaveText(k('kinds-help'));

  const draft = (await stored(page, 'waymark:draft:kinds'))!;
  expect(draft).toContain('2020-05-01');
  for (const secret of ['11010519491231002X', '110105', '石头村']) expect(draft).not.toContain(secret);
  // Nowhere else either: every key the guide wrote, in both storages.
  const everything = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  expect(everything).not.toContain('110105');
  // The guide's element carries no answers for a host that did not ask for them.
  expect(await page.locator('waymark-guide').evaluate((g) => g.shadowRoot!.querySelector('[data-wm-answers]')?.getAttribute('data-wm-answers') ?? '')).toBe('');

  await page.reload();
  await page.getByRole('button', { name: k('resume'), exact: true }).click();
  await expect(heading(page)).toHaveText(k('kinds-id'));
  await expect(page.getByRole('status')).toContainText(k('status-asked-again'));
  await page.getByLabel(k('kinds-id')).fill('11010519491231002X');
  await nextButton.click();
  // The date waited; the free text is asked again; then the rest, as it was.
  await expect(heading(page)).toHaveText(k('kinds-village'));
  await expect(page.getByRole('status')).toContainText(k('status-asked-again'));
  await page.getByLabel(k('kinds-village')).fill('石头村');
  await nextButton.click();
  await expect(heading(page)).toHaveText(k('kinds-help'));
  await expect(page.getByRole('status')).not.toContainText(k('status-asked-again'));
  await page.getByRole('button', { name: k('back'), exact: true }).click();
  await page.getByRole('button', { name: k('back'), exact: true }).click();
  await expect(page.getByLabel(k('kinds-moved'))).toHaveValue('2020-05-01');
});

test('a draft older than the deployment keeps them is forgotten, and so is an old set-aside copy', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  const today = Math.floor(TODAY.getTime() / DAY);
  await page.addInitScript((old) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('waymark:draft:dibao', JSON.stringify({ format: 2, service: 'dibao', saved: old, answers: [['hukou', 'local']], current: 'people', withheld: [] }));
    localStorage.setItem('waymark:draft:dibao:set-aside', `${old}\nnot a draft`);
  }, today - 8);
  await page.goto('/?service=dibao');
  await expect(heading(page)).toHaveText(w('dibao-title'));
  await expect(page.getByRole('button', { name: w('resume'), exact: true })).toHaveCount(0);
  expect(await stored(page, 'waymark:draft:dibao:set-aside')).toBeNull();
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  // A week old is still kept (the default: 7 days).
  await page.evaluate((d) => localStorage.setItem('waymark:draft:dibao', JSON.stringify({ format: 2, service: 'dibao', saved: d, answers: [['hukou', 'local']], current: 'people', withheld: [] })), today - 7);
  await page.reload();
  await expect(page.getByRole('button', { name: w('resume'), exact: true })).toBeVisible();
});

test('the deployment sets how long drafts are kept (keep-days)', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  const today = Math.floor(TODAY.getTime() / DAY);
  await page.goto('/e2e/keep-days.html');
  await page.evaluate((d) => localStorage.setItem('waymark:draft:dibao', JSON.stringify({ format: 2, service: 'dibao', saved: d, answers: [['hukou', 'local']], current: 'people', withheld: [] })), today - 2);
  await page.reload();
  await expect(heading(page)).toHaveText(w('dibao-title'));
  // keep-days="1" on that page: two days old is too old.
  await expect(page.getByRole('button', { name: w('resume'), exact: true })).toHaveCount(0);
  expect(await stored(page, 'waymark:draft:dibao')).not.toContain('"saved":' + (today - 2));
});

test('a draft from a newer version is kept, never overwritten, and the person is told', async ({ page }) => {
  const newer = JSON.stringify({ format: 99, service: 'dibao', future: { anything: [1, 2] } });
  await page.addInitScript((newer) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('waymark:draft:dibao', newer);
    sessionStorage.setItem('seeded', '1');
  }, newer);
  await open(page);
  await answer(page, 'hukou', 'local');
  await next(page);
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect(page.getByRole('status')).toContainText(w('status-newer-draft'));
  expect(await stored(page, 'waymark:draft:dibao')).toBe(newer);
  expect(await stored(page, 'waymark:draft:dibao:set-aside')).toBeNull();
});

test('with storage full, an unreadable draft is not deleted for want of room to set it aside', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('waymark:draft:dibao', '{"format":2,"service":"dibao","answers":"broken');
    sessionStorage.setItem('seeded', '1');
  });
  await refuseStorage(page);
  await open(page);
  await answer(page, 'hukou', 'local');
  await next(page);
  await expect(page.getByRole('status')).toContainText(w('status-not-saved'));
  expect(await stored(page, 'waymark:draft:dibao')).toBe('{"format":2,"service":"dibao","answers":"broken');
});

test('an unreadable draft is set aside, bounded, and the guide starts afresh', async ({ page }) => {
  const junk = 'x'.repeat(50_000);
  await page.addInitScript((junk) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('waymark:draft:dibao', junk);
    sessionStorage.setItem('seeded', '1');
  }, junk);
  await open(page);
  const aside = (await stored(page, 'waymark:draft:dibao:set-aside'))!;
  expect(aside.length).toBeGreaterThan(1000);
  expect(aside.length).toBeLessThanOrEqual(4096 + 16);
  await answer(page, 'hukou', 'local');
  await next(page);
  expect(await stored(page, 'waymark:draft:dibao')).toContain('"hukou","local"');
});

test('two tabs on one service: the second is told and does not overwrite the first; it takes over when the first closes', async ({ context }) => {
  const first = await context.newPage();
  await open(first);
  await answer(first, 'hukou', 'local');
  await next(first);
  await expect(heading(first)).toHaveText(w('dibao-people'));
  const draftOfFirst = await stored(first, 'waymark:draft:dibao');
  expect(draftOfFirst).toContain('"hukou","local"');

  const second = await context.newPage();
  await second.goto('/?service=dibao');
  await second.getByRole('button', { name: w('start-over'), exact: true }).click();
  await answer(second, 'hukou', 'elsewhere');
  await next(second);
  await expect(second.getByRole('status')).toContainText(w('status-other-tab'));
  expect(await stored(second, 'waymark:draft:dibao')).toBe(draftOfFirst);
  await expect(first.getByRole('status')).not.toContainText(w('status-other-tab'));

  // The first tab closes: the second one keeps the person's answers from now on.
  await first.close();
  await expect(second.getByRole('status')).not.toContainText(w('status-other-tab'));
  await expect.poll(() => stored(second, 'waymark:draft:dibao')).toContain('"hukou","elsewhere"');
});

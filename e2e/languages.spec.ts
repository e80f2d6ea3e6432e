// Four languages: chosen with 「语言 Language」 on any screen, every word from that locale's
// files, Uyghur right to left, and a change of language mid-journey keeps the place and answers.
import { test, expect, type Page } from '@playwright/test';
import { answer, expectAccessible, serviceWords, w } from './support';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const picker = (page: Page) => page.getByRole('combobox', { name: /Language/ });
const eligible: [string, string][] = [['hukou', 'local'], ['people', '3'], ['income', '1500'], ['property', 'no'], ['illness', 'no']];

for (const lang of ['en', 'ug', 'bo']) {
  test(`dibao in ${lang}, chosen with the picker, every page in its words`, async ({ page }, info) => {
    const t = serviceWords('dibao', lang);
    await page.goto('/?service=dibao');
    await expect(heading(page)).toHaveText(w('dibao-title'));
    await expect(picker(page)).toHaveAccessibleName(w('language-picker'));
    await picker(page).selectOption(lang);

    await expect(heading(page)).toHaveText(t('dibao-title'));
    await expect(page.locator('.wm-root')).toHaveAttribute('lang', lang);
    await expect(page.locator('.wm-root')).toHaveAttribute('dir', lang === 'ug' ? 'rtl' : 'ltr');
    await expect(picker(page)).toHaveAccessibleName(t('language-picker'));
    await expectAccessible(page, `${lang} intro`);
    await page.getByRole('button', { name: t('start'), exact: true }).click();

    for (const [q, v] of eligible) {
      await expect(heading(page)).toHaveText(t(`dibao-${q}`));
      if (q === 'people') {
        await expectAccessible(page, `${lang} question`);
        const next = await page.getByRole('button', { name: t('next'), exact: true }).boundingBox();
        const back = await page.getByRole('button', { name: t('back'), exact: true }).boundingBox();
        // Reading order: Back first, Next last — so in Uyghur Next sits on the left.
        if (lang === 'ug') expect(next!.x).toBeLessThan(back!.x);
        else expect(next!.x).toBeGreaterThan(back!.x);
        if (lang === 'ug') info.attach('ug question', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
      await answer(page, q, v, undefined, lang);
      await page.getByRole('button', { name: t('next'), exact: true }).click();
    }
    await expect(heading(page)).toHaveText(t('check-title'));
    await expectAccessible(page, `${lang} check answers`);
    await page.getByRole('button', { name: t('check-submit') }).click();
    await expect(heading(page)).toHaveText(t('dibao-outcome-eligible'));
    await expect(page.getByRole('list', { name: new RegExp(t('result-materials')) }).getByRole('listitem')).toHaveText(
      ['id-card', 'hukou-book', 'income-proof', 'bank-card'].map((m) => t(`material-${m}`)),
    );
    await expectAccessible(page, `${lang} result`);
    info.attach(`${lang} result`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
}

test('a fifth language added with files alone: Kazakh is offered, read in its words, its plurals by CLDR', async ({ page }) => {
  // /kk/ is the build plus tests/fixtures/locales/kk (Kazakh words for the widget and dibao),
  // listed by the build's own `waymark index`: no Rust change, no new wasm (e2e/serve-site.sh).
  const t = serviceWords('dibao', 'kk');
  await page.goto('/kk/?service=dibao');
  await expect(heading(page)).toHaveText(w('dibao-title'));
  await expect(picker(page).locator('option[value="kk"]')).toHaveText('Қазақша');
  await picker(page).selectOption('kk');
  await expect(heading(page)).toHaveText(t('dibao-title'));
  await expect(page.locator('.wm-root')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('.wm-root')).toHaveAttribute('dir', 'ltr');
  // Five questions: Kazakh's `other` (with the isolation marks Fluent puts round a number).
  await expect(page.locator('.wm-root')).toContainText('Шамамен \u20685\u2069 сұраққа жауап бересіз.');
  await expectAccessible(page, 'kk intro');
  await page.getByRole('button', { name: t('start'), exact: true }).click();
  // 3 yuan for 3 people: 1 yuan each, which Kazakh's CLDR rule (one: n = 1) says in words.
  for (const [q, v] of [['hukou', 'local'], ['people', '3'], ['income', '3'], ['property', 'no'], ['illness', 'no']]) {
    await expect(heading(page)).toHaveText(t(`dibao-${q}`));
    await answer(page, q, v, undefined, 'kk');
    await page.getByRole('button', { name: t('next'), exact: true }).click();
  }
  await expect(heading(page)).toHaveText(t('check-title'));
  await page.getByRole('button', { name: t('check-submit') }).click();
  await expect(heading(page)).toHaveText(t('dibao-outcome-eligible'));
  await expect(page.locator('.wm-root')).toContainText('әр адамға \u2068бір юань\u2069 келеді');
  await expect(page.locator('.wm-root')).not.toContainText('1 юань');
  await expectAccessible(page, 'kk result');
});

test('a language with words for one service still opens every other, in Chinese words until it has its own', async ({ page }) => {
  // Kazakh (tests/fixtures/locales/kk) has words for dibao only.
  const kk = serviceWords('dibao', 'kk');
  const zh = serviceWords('gaoling-jintie');
  await page.goto('/kk/?service=gaoling-jintie');
  await picker(page).selectOption('kk');
  await expect(page.locator('.wm-root')).toHaveAttribute('lang', 'kk');
  await expect(heading(page)).toHaveText(zh('gaoling-jintie-title'));
  await expect(page.getByRole('button', { name: kk('start'), exact: true })).toBeVisible();
  await expectAccessible(page, 'kk, a service without kk words');
  // The home page names it too (its title in zh-CN, from `waymark index`).
  await page.goto('/kk/');
  await expect(heading(page)).toHaveText(kk('home-event'));
});

test('a language chosen mid-journey keeps the place and the answers, and is remembered', async ({ page }) => {
  const en = serviceWords('dibao', 'en');
  await page.goto('/?service=dibao');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await answer(page, 'hukou', 'local');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await answer(page, 'people', '3');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-income'));

  await picker(page).selectOption('en');
  await expect(heading(page)).toHaveText(en('dibao-income'));
  await page.getByRole('button', { name: en('back'), exact: true }).click();
  await expect(page.getByLabel(en('dibao-people'), { exact: true })).toHaveValue('3');

  // Remembered on this device: a reload comes back in English, offering to continue.
  await page.reload();
  await expect(heading(page)).toHaveText(en('resume-title'));
  await page.getByRole('button', { name: en('resume') }).click();
  await expect(heading(page)).toHaveText(en('dibao-people'));
  await picker(page).selectOption('zh-CN');
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect(page.getByLabel(w('dibao-people'), { exact: true })).toHaveValue('3');
});

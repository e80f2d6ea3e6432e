// Low literacy and elder mode (适老化): read aloud with recordings before synthesis, 长辈版
// measured (text size, contrast, line spacing, target sizes), inputs that need no typing, the
// keyboard alone, and no horizontal scrolling at 320 px or at 200% zoom — in every locale.
import { test, expect, type Page } from '@playwright/test';
import { answer, clean, expectAccessible, journeys, loadWords, serviceWords, w } from './support';

// axe on every screen of whole journeys, twice over: more than one page's worth of time.
test.setTimeout(120_000);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const journey = journeys[1]; // low income, no car or shop, nobody ill: every question is asked

/** Record what the browser's real speech and audio are asked to do (they still do it). Headless
 * Chromium has no voices, so its utterances end at once; on a phone they go on being said
 * until cut off: their end is not reported back to the guide, so it knows they are still
 * being said and the test can see that moving on stops them. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const log: { said: { text: string; lang: string }[]; played: string[]; cancels: number } = { said: [], played: [], cancels: 0 };
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      log.said.push({ text: u.text, lang: u.lang });
      u.onend = u.onerror = null;
      speak(u);
    };
    const cancel = speechSynthesis.cancel.bind(speechSynthesis);
    speechSynthesis.cancel = () => {
      log.cancels++;
      cancel();
    };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      log.played.push(new URL(this.src).pathname);
      return play.call(this);
    };
  });
}
const log = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechLog: { said: { text: string; lang: string }[]; played: string[]; cancels: number } }).speechLog);

/** Every page of the dibao journey, calling `visit` on each (after its heading shows); in
 * elder mode headings say their `.simple` words where the service gives them. */
async function walk(page: Page, lang: string, visit: (where: string) => Promise<void>, elder = false) {
  const words = serviceWords('dibao', lang);
  const t = (id: string) => {
    if (elder && !id.includes('.')) {
      try {
        return words(`${id}.simple`);
      } catch {
        // no plainer wording: the message itself
      }
    }
    return words(id);
  };
  await expect(heading(page)).toHaveText(t('dibao-title'));
  await visit('intro');
  await page.getByRole('button', { name: t('start'), exact: true }).click();
  for (const [q, v] of journey.answers) {
    await expect(heading(page)).toHaveText(t(`dibao-${q}`));
    await visit(q);
    await answer(page, q, v, undefined, lang);
    await page.getByRole('button', { name: t('next'), exact: true }).click();
  }
  await expect(heading(page)).toHaveText(t('check-title'));
  await visit('check');
  await page.getByRole('button', { name: t('check-submit') }).click();
  await expect(heading(page)).toHaveText(t(`dibao-outcome-${journey.outcome}`));
  await visit('result');
}

/** Elder mode on, from the bar on the first screen. */
async function elderMode(page: Page, lang: string) {
  const t = serviceWords('dibao', lang);
  await page.getByRole('checkbox', { name: t('elder') }).check();
  await expect(page.locator('.wm-root')).toHaveClass(/wm-elder/);
}

/** Sizes, contrast and spacing on the screen, measured in the page. */
function measure(page: Page) {
  return page.locator('waymark-guide').evaluate((host) => {
    const root = host.shadowRoot!.querySelector('.wm-root') as HTMLElement;
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const texts = [...root.querySelectorAll('*')].filter(
      (el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    const worst = { size: Infinity, contrast: Infinity, spacing: Infinity, what: '' };
    for (const el of texts) {
      const s = getComputedStyle(el);
      const size = parseFloat(s.fontSize);
      const a = lum(rgb(s.color)), b = lum(background(el));
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const spacing = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size;
      if (size < worst.size) worst.size = size;
      if (contrast < worst.contrast) [worst.contrast, worst.what] = [contrast, `${el.className} ${el.textContent!.slice(0, 20)}`];
      if (spacing < worst.spacing) worst.spacing = spacing;
    }
    // What a finger presses: buttons, fields, links, and the labels that carry a radio or a
    // check box (the box itself is inside its label's area).
    const targets = [...root.querySelectorAll('button, input, select, a, .wm-radio-label, .wm-check-label, label.wm-toggle')]
      .filter((el) => el.checkVisibility() && !(el instanceof HTMLInputElement && el.labels?.length))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { h: r.height, w: r.width, what: `${el.tagName} ${el.textContent!.trim().slice(0, 12)}` };
      });
    const smallest = targets.reduce((m, t) => (Math.min(t.h, t.w) < Math.min(m.h, m.w) ? t : m), { h: Infinity, w: Infinity, what: '' });
    return { ...worst, smallest };
  });
}

test('read aloud: a recording plays instead of the voice, the rest is said in the screen’s language, and speech stops on each step', async ({ page }) => {
  await listen(page);
  await page.goto('/?service=dibao');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  const read = page.getByRole('button', { name: w('read-aloud') });
  await read.click();
  // The question has a recording (e2e/serve-site.sh): it plays; its hint and choices are said.
  await expect.poll(async () => (await log(page)).played).toEqual(['/audio/zh-CN/dibao-hukou.wav']);
  const options = (await page.locator('.wm-radio-label').allTextContents()).map(clean);
  const hint = clean(await page.locator('.wm-hint').first().textContent());
  await expect.poll(async () => (await log(page)).said.map((s) => s.text)).toEqual([hint, ...options]);
  expect((await log(page)).said.every((s) => s.lang === 'zh-CN')).toBe(true);

  // Each step aloud: the next question is read as it appears; moving on stops what was said.
  await page.getByRole('checkbox', { name: w('read-auto') }).check();
  const before = await log(page);
  await answer(page, 'hukou', 'local');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await expect.poll(async () => (await log(page)).said.map((s) => s.text)).toContain(w('dibao-people'));
  expect((await log(page)).cancels).toBeGreaterThan(before.cancels);
  // Remembered on the device.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: w('read-auto') })).toBeChecked();
});

test('with neither a voice nor a recording for the language, 朗读 is hidden and a note says why', async ({ page }) => {
  // Headless Chromium has no voices, and there are no English recordings.
  const en = serviceWords('dibao', 'en');
  await page.goto('/?service=dibao');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
  await expect(heading(page)).toHaveText(en('dibao-title'));
  await expect(page.getByText(en('read-none'))).toBeVisible();
  await expect(page.getByRole('button', { name: en('read-aloud') })).toBeHidden();
  await expectAccessible(page, 'no voice note');
});

for (const lang of ['zh-CN', 'en', 'ug', 'bo']) {
  test(`elder mode in ${lang}: every screen at 24 px or more, 7:1, line spacing 1.3, targets 56 px, axe clean`, async ({ page }, info) => {
    const t = serviceWords('dibao', lang);
    await page.goto('/?service=dibao');
    if (lang !== 'zh-CN') await page.getByRole('combobox', { name: /Language/ }).selectOption(lang);
    await expect(heading(page)).toHaveText(t('dibao-title'));
    await elderMode(page, lang);
    await walk(page, lang, async (where) => {
      const m = await measure(page);
      expect(m.size, `${lang} ${where}: smallest text`).toBeGreaterThanOrEqual(24);
      expect(m.contrast, `${lang} ${where}: lowest contrast (${m.what})`).toBeGreaterThanOrEqual(7);
      expect(m.spacing, `${lang} ${where}: line spacing`).toBeGreaterThanOrEqual(1.3 - 1e-9);
      expect(Math.min(m.smallest.h, m.smallest.w), `${lang} ${where}: smallest target (${m.smallest.what})`).toBeGreaterThanOrEqual(56);
      await expectAccessible(page, `elder ${lang} ${where}`);
      if (where === 'people' || where === 'result') {
        await info.attach(`elder ${lang} ${where}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
      }
    }, true);
    // Remembered on the device.
    await page.reload();
    await expect(page.locator('.wm-root')).toHaveClass(/wm-elder/);
  });

  test(`normal mode in ${lang}: axe clean on every screen, targets 48 px, no horizontal scroll at 320 px`, async ({ page }, info) => {
    const t = serviceWords('dibao', lang);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/?service=dibao');
    if (lang !== 'zh-CN') await page.getByRole('combobox', { name: /Language/ }).selectOption(lang);
    await walk(page, lang, async (where) => {
      const m = await measure(page);
      expect(Math.min(m.smallest.h, m.smallest.w), `${lang} ${where}: smallest target (${m.smallest.what})`).toBeGreaterThanOrEqual(48);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} ${where}: horizontal scroll at 320 px`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${lang} ${where}`);
      if (where === 'people') await info.attach(`${lang} ${where} at 320 px`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    });
  });
}

test('200% zoom (640 CSS px on a 1280 px screen) in elder mode: no horizontal scroll on any screen', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/?service=dibao');
  await elderMode(page, 'zh-CN');
  await walk(page, 'zh-CN', async (where) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${where}: horizontal scroll`).toBeLessThanOrEqual(0);
  }, true);
});

test('a whole dibao journey by keyboard alone: focus on each new heading, errors announced and linked', async ({ page }) => {
  await page.goto('/?service=dibao');
  await expect(heading(page)).toHaveText(w('dibao-title'));
  // From the top of the page: Tab to 开始.
  const focusedName = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.textContent ?? '').trim();
    });
  for (let i = 0; i < 12 && clean(await focusedName()) !== w('start'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  await expect(heading(page)).toBeFocused();

  // Enter with nothing chosen: the error summary takes focus; its link leads to the choice.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: w('error-summary-title') });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: w('dibao-hukou-local') })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  for (const [q, v] of journey.answers.slice(1)) {
    await expect(heading(page)).toHaveText(w(`dibao-${q}`));
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    if (q === 'people' || q === 'income') await page.keyboard.type(v);
    else {
      // A yes/no question: the first radio has focus; arrows move between them.
      const yes = page.getByRole('radio').first();
      await expect(yes).toBeFocused();
      if ((await yes.getAttribute('value')) !== v) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
  }
  await expect(heading(page)).toHaveText(w('check-title'));
  await expect(heading(page)).toBeFocused();
  for (let i = 0; i < 20 && clean(await focusedName()) !== w('check-submit'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(w(`dibao-outcome-${journey.outcome}`));
  await expect(heading(page)).toBeFocused();
});

test('numbers by −/+ and the ID number by keypad, shown 6-8-4, its check digit checked in words', async ({ page }) => {
  await page.goto('/?service=dibao');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await answer(page, 'hukou', 'local');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  const people = page.getByLabel(w('dibao-people'), { exact: true });
  const more = page.getByRole('button', { name: w('stepper-more') });
  await more.click();
  await more.click();
  await more.click();
  await page.getByRole('button', { name: w('stepper-less') }).click();
  await expect(people).toHaveValue('2');
  await expect(more).toHaveCSS('min-height', /^(4[89]|[5-9]\d)/);
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-income'));

  // The ID number (the test service that asks every kind of question).
  const kinds = loadWords('locales/zh-CN/widget.ftl', 'tests/fixtures/locales/zh-CN/services/kinds.ftl');
  const k = (id: string) => kinds.get(id) ?? `missing ${id}`;
  await page.goto('/?service=kinds');
  await page.getByRole('button', { name: k('start'), exact: true }).click();
  await expect(heading(page)).toHaveText(k('kinds-id'));
  const pad = page.getByRole('group', { name: k('keypad') });
  for (const key of '11010519491231002') await pad.getByRole('button', { name: key, exact: true }).click();
  await pad.getByRole('button', { name: '8', exact: true }).click(); // a wrong check digit
  await expect(page.getByLabel(k('kinds-id'), { exact: true })).toHaveValue('110105 19491231 0028');
  await page.getByRole('button', { name: k('next'), exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText(k('error-id-check-digit'));
  await pad.getByRole('button', { name: k('keypad-delete') }).click();
  await pad.getByRole('button', { name: 'X', exact: true }).click();
  await expect(page.getByLabel(k('kinds-id'), { exact: true })).toHaveValue('110105 19491231 002X');
  await page.getByRole('button', { name: k('next'), exact: true }).click();
  await expect(heading(page)).not.toHaveText(k('kinds-id'));
  await expectAccessible(page, 'after the keypad');
});

test('elder mode from the home page: both home questions and an error, measured and axe clean in every language', async ({ page }) => {
  for (const lang of ['zh-CN', 'ug']) {
    const t = serviceWords('dibao', lang);
    await page.goto('/');
    if (lang !== 'zh-CN') await page.getByRole('combobox', { name: /Language/ }).selectOption(lang);
    await expect(heading(page)).toHaveText(t('home-event'));
    const elder = page.getByRole('checkbox', { name: t('elder') });
    if (!(await elder.isChecked())) await elder.check();
    await expect(page.locator('.wm-root')).toHaveClass(/wm-elder/);
    const check = async (where: string) => {
      const m = await measure(page);
      expect(m.size, `${lang} ${where}: smallest text`).toBeGreaterThanOrEqual(24);
      expect(m.contrast, `${lang} ${where}: lowest contrast (${m.what})`).toBeGreaterThanOrEqual(7);
      expect(Math.min(m.smallest.h, m.smallest.w), `${lang} ${where}: smallest target (${m.smallest.what})`).toBeGreaterThanOrEqual(56);
      await expectAccessible(page, `elder ${lang} ${where}`);
    };
    await check('home');
    // Next with nothing chosen: the error summary and message, in large type too.
    await page.getByRole('button', { name: t('next'), exact: true }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await check('home error');
    await page.getByRole('radio', { name: new RegExp(clean(t('life-event-hardship'))) }).check();
    await page.getByRole('button', { name: t('next'), exact: true }).click();
    await expect(page.getByRole('checkbox', { name: t('dibao-title') })).toBeVisible();
    await check('which services');
  }
});

test('elder mode says the plainer .simple words where the service gives them, and the usual words where not', async ({ page }) => {
  await page.goto('/?service=dibao');
  await elderMode(page, 'zh-CN');
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  await answer(page, 'hukou', 'local');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await answer(page, 'people', '3');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-income.simple'));
  // Off again: the same page in the usual words.
  await page.getByRole('checkbox', { name: w('elder') }).uncheck();
  await expect(heading(page)).toHaveText(w('dibao-income'));
  await expect(page.getByRole('checkbox', { name: w('elder') })).toBeFocused();
});

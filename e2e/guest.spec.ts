// A good guest on the host's page (issue 15, item 9): it works under Trusted Types, cancels
// only speech it started, registers only a namespaced CSS property, and keeps each guide's
// ways (elder wording, a kiosk's session-only storage) to that guide.
import { test, expect, type Page } from '@playwright/test';
import { answer, loadWords, serviceWords, w, walk } from './support';

const kinds = loadWords('locales/zh-CN/widget.ftl', 'tests/fixtures/locales/zh-CN/services/kinds.ftl');
const k = (id: string) => kinds.get(id) ?? `missing ${id}`;
// The guide's own heading (host pages have theirs).
const heading = (page: Page) => page.locator('waymark-guide').getByRole('heading', { level: 1 });

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('under Trusted Types the keypad and the QR code work, with no violation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto('/e2e/trusted-types.html?service=kinds');
  await page.getByRole('button', { name: k('start'), exact: true }).click();
  await expect(heading(page)).toHaveText(k('kinds-id'));
  const keypad = page.getByRole('group', { name: k('keypad') });
  for (const key of '11010519491231002X') await keypad.getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByLabel(k('kinds-id'))).toHaveValue('110105 19491231 002X');
  await page.getByRole('button', { name: k('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(k('kinds-moved'));

  await page.goto('/e2e/trusted-types.html?service=dibao');
  await walk(page.locator('waymark-guide'));
  const qr = page.getByRole('img', { name: w('result-qr') });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the guide cancels only speech it started, and registers only a namespaced CSS property', async ({ page }) => {
  await page.addInitScript(() => {
    const log = { cancels: 0, properties: [] as string[] };
    (window as unknown as { hostLog: typeof log }).hostLog = log;
    const cancel = speechSynthesis.cancel.bind(speechSynthesis);
    speechSynthesis.cancel = () => {
      log.cancels++;
      cancel();
    };
    const register = CSS.registerProperty.bind(CSS);
    CSS.registerProperty = (definition: PropertyDefinition) => {
      log.properties.push(definition.name);
      register(definition);
    };
  });
  await page.goto('/e2e/plain.html');
  // The host page is saying something of its own.
  await page.evaluate(() => speechSynthesis.speak(new SpeechSynthesisUtterance('县政府网站欢迎您')));
  await page.getByRole('button', { name: w('start'), exact: true }).click();
  await answer(page, 'hukou', 'local');
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-people'));
  await page.getByRole('button', { name: w('back'), exact: true }).click();
  await expect(heading(page)).toHaveText(w('dibao-hukou'));
  const log = await page.evaluate(() => (window as unknown as { hostLog: { cancels: number; properties: string[] } }).hostLog);
  expect(log.cancels, 'the host page’s speech was cut off').toBe(0);
  expect(log.properties.length).toBeGreaterThan(0);
  for (const name of log.properties) expect(name).toMatch(/^--waymark-/);
});

test('elder wording and a kiosk’s session-only storage stay with their own guide', async ({ page }) => {
  const linshi = serviceWords('linshi-jiuzhu');
  await page.goto('/e2e/mixed.html');
  const kiosk = page.getByRole('region', { name: '自助终端' });
  const dibao = page.getByRole('region', { name: '低保' });
  const other = page.getByRole('region', { name: '临时救助' });
  for (const guide of [kiosk, dibao, other]) await expect(guide.getByRole('heading', { level: 1 })).toBeVisible();

  // Elder mode in one guide: its next page in plainer words; the kiosk's next page not.
  await other.getByRole('checkbox', { name: w('elder') }).check();
  await other.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(linshi('linshi-jiuzhu-residence.simple'));
  await kiosk.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(linshi('linshi-jiuzhu-residence'));

  // The kiosk keeps its answers for this session only; the guide beside it on the device.
  await kiosk.getByRole('radio', { name: linshi('linshi-jiuzhu-residence-local') }).check();
  await kiosk.getByRole('button', { name: w('next'), exact: true }).click();
  await dibao.getByRole('button', { name: w('start'), exact: true }).click();
  await dibao.getByRole('radio', { name: w('dibao-hukou-local') }).check();
  await dibao.getByRole('button', { name: w('next'), exact: true }).click();
  await expect(dibao.getByRole('heading', { level: 1 })).toHaveText(w('dibao-people'));
  const drafts = await page.evaluate(() => ({
    local: { dibao: localStorage.getItem('waymark:draft:dibao'), linshi: localStorage.getItem('waymark:draft:linshi-jiuzhu') },
    session: { dibao: sessionStorage.getItem('waymark:draft:dibao'), linshi: sessionStorage.getItem('waymark:draft:linshi-jiuzhu') },
  }));
  expect(drafts.local.dibao).toContain('"hukou","local"');
  expect(drafts.session.dibao).toBeNull();
  expect(drafts.session.linshi).toContain('"residence","local"');
  expect(drafts.local.linshi ?? '').not.toContain('"residence","local"');
});

test('if the WebAssembly ever traps, every guide on the page says so plainly instead of freezing', async ({ page }) => {
  await page.goto('/e2e/two-guides.html');
  const dibao = page.getByRole('region', { name: '低保指南' });
  await dibao.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(dibao.getByRole('heading', { level: 1 })).toHaveText(w('dibao-hukou'));
  // What the browser reports when a wasm function traps inside an event handler.
  await page.evaluate(() => {
    const error = new WebAssembly.RuntimeError('unreachable');
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  });
  for (const name of ['坏的指南', '低保指南']) {
    const guide = page.getByRole('region', { name });
    await expect(guide.getByRole('alert')).toContainText(w('load-failed'));
    await expect(guide.getByRole('alert')).toContainText(w('load-failed.text'));
  }
  await dibao.getByRole('button', { name: w('retry') }).click();
  await expect(dibao.getByRole('button', { name: w('start'), exact: true })).toBeVisible();
});

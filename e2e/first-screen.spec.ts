// The first screen without a request waterfall (issue 13, item 3): what it needs (the compiled
// service and region, and words) is requested while the wasm is still on its way, each file once,
// and what it does not need waits until it shows. The wasm is held back, as on a slow link, so
// the order means something.
import { test, expect, type Page } from '@playwright/test';
import { serviceWords, w } from './support';

const WASM_DELAY_MS = 1500;
const dibaoFiles = (lang: string) => [
  'compiled/services/dibao.bin',
  'compiled/regions/demo-county.bin',
  `locales/${lang}/services/dibao.ftl`,
  `locales/${lang}/catalog.ftl`,
  `locales/${lang}/regions/demo-county.ftl`,
  ...(lang === 'zh-CN' ? [] : [`locales/${lang}/widget.ftl`]),
];
const homeFiles = ['compiled/home.bin', 'locales/zh-CN/catalog.ftl', 'locales/zh-CN/titles.ftl'];
/** What a service's first screen does not need: read aloud, the QR module, recordings, icons
 * (the home page's first screen shows the life events' icons). */
const LATER = /\/(speech\.js|qr\/|audio\/|icons\/)/;
const LATER_THAN_HOME = /\/(speech\.js|qr\/|audio\/)/;

/** Hold the wasm back and count every request the page makes, by path. */
async function slowWasm(page: Page) {
  await page.route('**/core/waymark_bg.wasm', async (route) => {
    await new Promise((done) => setTimeout(done, WASM_DELAY_MS));
    await route.continue();
  });
  const asked = new Map<string, number>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    asked.set(path, (asked.get(path) ?? 0) + 1);
  });
  return asked;
}

/** Once the guide's first heading shows (watched every frame): when it showed, and when each
 * file was requested and arrived (Resource Timing, ms since the page started). */
async function firstScreen(page: Page, text: string) {
  const shown = await page.waitForFunction(
    (text) => {
      const h1 = document.querySelector('waymark-guide')?.shadowRoot?.querySelector('h1');
      return h1?.textContent?.trim() === text && performance.now();
    },
    text,
    { polling: 'raf', timeout: 20_000 },
  );
  const at = (await shown.jsonValue()) as number;
  const entries = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: e.responseEnd,
    })),
  );
  return { at, entries };
}

/** Every file of `files` (beside the page at `dir`) was requested once, before the wasm had
 * arrived, and nothing the first screen does not need was requested before it showed. */
function expectNoWaterfall(
  { at, entries }: Awaited<ReturnType<typeof firstScreen>>,
  asked: Map<string, number>,
  dir: string,
  files: string[],
  later = LATER,
) {
  const wasm = entries.filter((e) => e.path.endsWith('/core/waymark_bg.wasm'));
  expect(wasm.length, 'the wasm was fetched').toBeGreaterThan(0);
  const wasmEnd = Math.min(...wasm.map((e) => e.end));
  expect(wasmEnd, 'the wasm was held back').toBeGreaterThan(WASM_DELAY_MS);
  for (const file of files) {
    const path = dir + file;
    const seen = entries.filter((e) => e.path === path);
    expect(seen.length, `${path} requested`).toBeGreaterThan(0);
    expect(seen[0].start, `${path} starts before the wasm has arrived (${Math.round(wasmEnd)} ms)`).toBeLessThan(wasmEnd);
    expect(asked.get(path), `${path} requested exactly once`).toBe(1);
  }
  const early = entries.filter((e) => later.test(e.path) && e.start < at).map((e) => e.path);
  expect(early, `nothing the first screen does not need before it shows (${Math.round(at)} ms)`).toEqual([]);
}

test('a service page asks for its content while the wasm loads, each file once', async ({ page }) => {
  const asked = await slowWasm(page);
  await page.goto('/?service=dibao');
  const seen = await firstScreen(page, w('dibao-title'));
  expectNoWaterfall(seen, asked, '/', dibaoFiles('zh-CN'));
});

test('the home page asks for its index and words while the wasm loads, each file once', async ({ page }) => {
  const asked = await slowWasm(page);
  await page.goto('/');
  const seen = await firstScreen(page, w('home-event'));
  expectNoWaterfall(seen, asked, '/', homeFiles, LATER_THAN_HOME);
});

test('an embedded guide in the language its host asks for loads that language early', async ({ page }) => {
  const asked = await slowWasm(page);
  // A host page of its own, beside the test hosts.
  await page.route('**/e2e/first-screen-en.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Host</title><script type="module" src="../waymark.js"></script><waymark-guide service="dibao" lang="en"></waymark-guide>',
    }),
  );
  await page.goto('/e2e/first-screen-en.html');
  const seen = await firstScreen(page, serviceWords('dibao', 'en')('dibao-title'));
  expectNoWaterfall(seen, asked, '/', dibaoFiles('en'));
});

test('a file that failed while the wasm loaded is fetched anew on 重试, not taken again', async ({ page }) => {
  await slowWasm(page);
  let refused = 0;
  await page.route('**/compiled/regions/demo-county.bin', (route) => (refused++ === 0 ? route.abort() : route.continue()));
  await page.goto('/?service=dibao');
  await expect(page.getByRole('alert')).toContainText(w('load-failed'));
  expect(refused, 'one request so far: the early one, which the widget took').toBe(1);
  await page.getByRole('button', { name: w('retry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('dibao-title'));
  expect(refused).toBe(2);
});

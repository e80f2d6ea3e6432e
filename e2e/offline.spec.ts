// Offline after the first visit (the service worker written by `waymark precache`), updates
// that never break a guide in progress, deployments caught half-way, and storage that refuses
// to keep anything.
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { answer, expectAccessible, next, open, refuseStorage, seeResult, serviceWords, toIncome, w } from './support';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The served test site (e2e/serve-site.sh); `update/`, `tabs/` and `half/` are copies of the
 * build that tests redeploy over. */
const SITE = 'target/e2e-site/';
const PRECACHE = /const PRECACHE = (\{.*\});/;
/** The file list a copy's worker was built with: `{ version, files: { "./": sha256, … } }`. */
const manifest = (dir: string) => JSON.parse(readFileSync(`${SITE}${dir}sw.js`, 'utf8').match(PRECACHE)![1]);
/** Write a new sw.js into a copy, as `waymark precache` would for a build whose files are
 * `changed` (name → new content; the rest as listed) and whose version is `version`. */
function relist(dir: string, version: string, changed: Record<string, string>) {
  const path = `${SITE}${dir}sw.js`;
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(PRECACHE, (_, json: string) => {
      const m = JSON.parse(json);
      for (const [file, content] of Object.entries(changed)) {
        const hash = createHash('sha256').update(content).digest('hex');
        for (const name of file === 'index.html' ? ['./', file] : [file]) if (typeof m.files[name] === 'string') m.files[name] = hash;
      }
      m.version = version;
      return `const PRECACHE = ${JSON.stringify(m)};`;
    }),
  );
}
/** A page of the new build: the same page with a mark in its head. */
const marked = (html: string) => html.replace('<head>', '<head>\n    <meta name="waymark-build" content="2" />');
/** Register (or update) the page's worker and say how its install ended: `installed`,
 * `activating`/`activated`, or `redundant` (it failed); `none` when nothing new was found. */
const install = (page: Page, how: 'register' | 'update') =>
  page.evaluate(async (how) => {
    let worker: ServiceWorker | null;
    if (how === 'register') {
      const reg = await navigator.serviceWorker.register('sw.js');
      worker = reg.installing ?? reg.waiting ?? reg.active;
    } else {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      // The worker found, even if its install is over before update() returns.
      const found = new Promise<ServiceWorker | null>((resolve) => {
        reg.addEventListener('updatefound', () => resolve(reg.installing));
        setTimeout(() => resolve(null), 5000);
      });
      await reg.update().catch(() => {});
      worker = reg.installing ?? (await found);
    }
    if (!worker) return 'none';
    return new Promise<string>((resolve) => {
      const settled = () => worker.state !== 'parsed' && worker.state !== 'installing' && resolve(worker.state);
      worker.addEventListener('statechange', settled);
      settled();
    });
  }, how);

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

test('a new build deployed mid-guide waits; nothing is lost; 重新开始 brings it in', async ({ page, baseURL }) => {
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
  const html = marked(readFileSync(`${site}index.html`, 'utf8'));
  writeFileSync(`${site}index.html`, html);
  relist('update/', 'second-build', { 'index.html': html });
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
  expect(await page.evaluate(() => caches.keys())).toEqual([`waymark:${baseURL}/update/:second-build`]);
  // Updating never touches drafts.
  expect(await page.evaluate(() => localStorage.getItem('waymark:draft:yibao'))).toContain('"yibao"');
});

test('another tab’s 重新开始 never swaps the files under a tab mid-journey; the update waits for it', async ({ page, context, baseURL }) => {
  // Two tabs, two service-worker installs and three reloads: about 30 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  // Tab A: a person halfway through a guide.
  const a = page;
  await a.goto('/tabs/?service=dibao');
  await a.getByRole('button', { name: w('start'), exact: true }).click();
  await answer(a, 'hukou', 'local');
  await next(a);
  await expect(heading(a)).toHaveText(w('dibao-people'));
  await controlled(a);
  await a.evaluate(() => {
    const state = window as unknown as { swapped: boolean };
    state.swapped = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => (state.swapped = true));
  });
  const swapped = () => a.evaluate(() => (window as unknown as { swapped: boolean }).swapped);
  // Tab B: someone else's result, opened from its link.
  const b = await context.newPage();
  await b.goto('/tabs/#result=dibao&hukou=local&people=3&income=1500&property=no&illness=no');
  await expect(heading(b)).toHaveText(w('dibao-outcome-eligible'));
  await controlled(b);
  const old = await a.evaluate(() => caches.keys());
  expect(old).toHaveLength(1);

  // A new build is deployed; B sees it waiting and presses 重新开始.
  const html = marked(readFileSync(`${SITE}tabs/index.html`, 'utf8'));
  writeFileSync(`${SITE}tabs/index.html`, html);
  relist('tabs/', 'tabs-second', { 'index.html': html });
  expect(await install(b, 'update')).toBe('installed');
  await expect(b.getByRole('status')).toContainText(w('status-update'));
  await b.getByRole('button', { name: w('start-over') }).click();
  // The worker asks every tab and hears A is busy (an answer takes milliseconds; without the
  // question it would have taken over by now).
  await b.waitForTimeout(2500);
  expect(await swapped()).toBe(false);
  expect(await a.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(old));
  expect(await a.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null))).toBe(true);
  // B started over on the version it has.
  await expect(heading(b)).not.toHaveText(w('dibao-outcome-eligible'));
  await expect(b.locator('meta[name="waymark-build"]')).toHaveCount(0);

  // A finishes its guide on the version it started with, QR code included.
  await answer(a, 'people', '3');
  await next(a);
  for (const [q, v] of [['income', '1500'], ['property', 'no'], ['illness', 'no']]) {
    await answer(a, q, v);
    await next(a);
  }
  await seeResult(a);
  await expect(heading(a)).toHaveText(w('dibao-outcome-eligible'));
  await expect(a.getByRole('img', { name: w('result-qr') })).toBeVisible();
  expect(await swapped()).toBe(false);
  await expect(a.locator('meta[name="waymark-build"]')).toHaveCount(0);

  // A's 重新开始: no one is mid-journey now, so the new build takes over both tabs.
  await a.getByRole('button', { name: w('start-over') }).click();
  await expect(a.locator('meta[name="waymark-build"]')).toHaveAttribute('content', '2');
  await expect(b.locator('meta[name="waymark-build"]')).toHaveAttribute('content', '2');
  expect(await a.evaluate(() => caches.keys())).toEqual([`waymark:${baseURL}/tabs/:tabs-second`]);
});

test('a deployment caught half-way is never installed; the old version serves until the new one is whole', async ({ page, context }) => {
  // A first visit while one file is not yet the build's (catalog.json still being copied):
  // the guide works from the network, and no worker is installed.
  const catalog = readFileSync(`${SITE}half/catalog.json`, 'utf8');
  writeFileSync(`${SITE}half/catalog.json`, `${catalog}\n`);
  await page.goto('/half/');
  await expect(heading(page)).toHaveText(w('home-event'));
  expect(await install(page, 'register')).toBe('redundant');
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // Copied in full: it installs.
  writeFileSync(`${SITE}half/catalog.json`, catalog);
  expect(await install(page, 'register')).not.toBe('redundant');
  await page.reload();
  await controlled(page);

  // The next build's worker is deployed before its page: not installed, nothing waits.
  const html = marked(readFileSync(`${SITE}half/index.html`, 'utf8'));
  relist('half/', 'half-second', { 'index.html': html });
  expect(await install(page, 'update')).toBe('redundant');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
  expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
  // The old version keeps serving, offline too.
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(w('home-event'));
  await context.setOffline(false);
  // The page arrives: now the new build installs and waits.
  writeFileSync(`${SITE}half/index.html`, html);
  expect(await install(page, 'update')).toBe('installed');
  await expect(page.getByRole('status')).toContainText(w('status-update'));
});

test('only the build’s own files are cached: anything else on the site comes from the network, fresh', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(w('home-event'));
  await controlled(page);
  // A file put on the site after the build, then changed.
  const extra = `extra-${test.info().workerIndex}-${Date.now()}.txt`;
  const get = (url: string) => page.evaluate((u) => fetch(u, { cache: 'no-store' }).then((r) => r.text()), url);
  writeFileSync(`${SITE}${extra}`, 'first');
  expect(await get(extra)).toBe('first');
  writeFileSync(`${SITE}${extra}`, 'second');
  expect(await get(extra)).toBe('second');
  expect(await get('e2e/plain.html')).toContain('<waymark-guide');
  // The cache holds exactly the build's list, nothing picked up on the way.
  const listed = Object.keys(manifest('').files).map((f) => new URL(f, `${baseURL}/`).href);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(cached.sort()).toEqual(listed.sort());
  await context.setOffline(true);
  const status = (url: string) => page.evaluate((u) => fetch(u).then((r) => String(r.status), () => 'network error'), url);
  expect(await status('e2e/plain.html')).toBe('network error');
  expect(await status(extra)).toBe('network error');
  expect(await status('catalog.json')).toBe('200');
});

test('the iframe page and the kiosk page, with any query, reload offline after one visit', async ({ page, context }) => {
  const en = serviceWords('dibao', 'en');
  await page.goto('/frame.html?service=dibao&lang=en');
  await expect(heading(page)).toHaveText(en('dibao-title'));
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(en('dibao-title'));
  await page.goto('/kiosk.html?x=1');
  await expect(heading(page)).toHaveText(w('home-event'));
});

test('a recording asked for in parts (Range, as <audio> does) plays offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(w('home-event'));
  await controlled(page);
  await context.setOffline(true);
  const part = await page.evaluate(async () => {
    const r = await fetch('audio/zh-CN/dibao-hukou.wav', { headers: { Range: 'bytes=44-99' } });
    const body = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, range: r.headers.get('Content-Range'), length: body.length, silence: body.every((b) => b === 128) };
  });
  // The file: a 44-byte header, then 2400 samples of silence (e2e/serve-site.sh).
  expect(part).toEqual({ status: 206, range: 'bytes 44-99/2444', length: 56, silence: true });
  const played = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const audio = new Audio('audio/zh-CN/dibao-hukou.wav');
        audio.muted = true;
        audio.addEventListener('ended', () => resolve('ended'));
        audio.addEventListener('error', () => resolve(`error ${audio.error?.code}`));
        audio.play().catch((e: Error) => resolve(`not played: ${e.name}`));
      }),
  );
  expect(played).toBe('ended');
});

test('storage that refuses everything: the guide goes on and says once that nothing is kept', async ({ page }) => {
  await refuseStorage(page);
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

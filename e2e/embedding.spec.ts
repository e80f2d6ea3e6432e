// Embedding for site editors: <waymark-guide> on host pages the editor controls, hostile CSS,
// several guides on one page, events, a strict CSP and the iframe embed.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { expectAccessible, journeys, serviceWords, w, walk } from './support';

const heading = (scope: Page | Locator) => scope.getByRole('heading', { level: 1 });

test('hostile host CSS leaves the guide looking exactly as on a plain page', async ({ page }, info) => {
  const shots: Buffer[] = [];
  for (const host of ['plain', 'hostile']) {
    await page.goto(`/e2e/${host}.html`);
    await expect(heading(page.locator('waymark-guide'))).toHaveText(w('dibao-title'));
    await page.evaluate(() => document.fonts.ready);
    const root = page.locator('waymark-guide .wm-root');
    // Settled: whether the device can read aloud is asked after the first screen shows, and
    // then 朗读 or a note appears; a shot before that would compare two moments, not two hosts.
    await expect(root.getByRole('button', { name: w('read-aloud'), exact: true }).or(root.getByText(w('read-none'))).first()).toBeVisible();
    const shot = await root.screenshot({ animations: 'disabled' });
    await info.attach(`${host} host`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    shots.push(shot);
    // Measured too, so a failure says what leaked.
    const look = await heading(root).evaluate((h) => {
      const s = getComputedStyle(h);
      return [s.fontSize, s.color, s.letterSpacing, s.textTransform, s.fontStyle, s.textAlign].join(' ');
    });
    expect(look, `${host}: heading style`).toBe('28px rgb(11, 12, 12) normal none normal start');
  }
  expect(shots[1].equals(shots[0]), 'the guide on the hostile page is pixel-identical to the plain page').toBe(true);
  // (The hostile page's own red-on-yellow heading fails contrast: that is the host's.)
  await expectAccessible(page, 'the guide on the hostile host page', 'waymark-guide');
});

test('two guides with different services on one page work independently, and events reach the host', async ({ page }) => {
  await page.goto('/e2e/events.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  const linshi = serviceWords('linshi-jiuzhu');
  await expect(heading(first)).toHaveText(w('dibao-title'));
  await expect(heading(second)).toHaveText(linshi('linshi-jiuzhu-title'));

  // Start the second guide: the first stays on its intro.
  await second.getByRole('button', { name: linshi('start'), exact: true }).click();
  await expect(heading(second)).toHaveText(linshi('linshi-jiuzhu-residence'));
  await expect(heading(first)).toHaveText(w('dibao-title'));

  // The first to its result: step events for each page, one finish with the outcome only.
  await walk(first);
  await expect(heading(second)).toHaveText(linshi('linshi-jiuzhu-residence'));
  const events = await page.evaluate(() => (window as unknown as { waymarkEvents: unknown[] }).waymarkEvents);
  const of = (guide: string, type: string) =>
    (events as { guide: string; type: string; detail: Record<string, unknown> }[]).filter((e) => e.guide === guide && e.type === type);
  expect(of('first', 'waymark-step').map((e) => e.detail.step)).toEqual(['intro', ...journeys[1].answers.map(([q]) => q), 'check', 'outcome']);
  expect(of('first', 'waymark-step').every((e) => e.detail.service === 'dibao')).toBe(true);
  expect(of('second', 'waymark-step').map((e) => e.detail.step)).toEqual(['intro', 'residence']);
  expect(of('first', 'waymark-finish').map((e) => e.detail)).toEqual([{ service: 'dibao', outcome: journeys[1].outcome }]);
  expect(of('second', 'waymark-finish')).toEqual([]);
  await expectAccessible(page, 'host page with two guides');
});

test('answers reach the host only when it opts in, and attributes apply live', async ({ page }) => {
  await page.goto('/e2e/events.html');
  const first = page.locator('#first');
  await expect(heading(first)).toHaveText(w('dibao-title'));
  await first.evaluate((el) => el.setAttribute('share-answers', ''));
  await expect(heading(first)).toHaveText(w('dibao-title'));
  await walk(first);
  const finish = await page.evaluate(() =>
    (window as unknown as { waymarkEvents: { type: string; guide: string; detail: { answers?: Record<string, string> } }[] }).waymarkEvents.filter(
      (e) => e.type === 'waymark-finish' && e.guide === 'first',
    ),
  );
  expect(finish).toHaveLength(1);
  expect(finish[0].detail.answers).toEqual(Object.fromEntries(journeys[1].answers));

  // lang changes in place (same page, answers kept); service changes start that service.
  await first.evaluate((el) => el.setAttribute('lang', 'en'));
  const en = serviceWords('dibao', 'en');
  await expect(heading(first)).toHaveText(en(`dibao-outcome-${journeys[1].outcome}`));
  await first.evaluate((el) => el.setAttribute('service', 'yibao'));
  await expect(heading(first)).toHaveText(serviceWords('yibao', 'en')('yibao-title'));
  await expect(heading(page.locator('#second'))).toHaveText(serviceWords('linshi-jiuzhu')('linshi-jiuzhu-title'));
});

test('under the strict CSP the README gives, the guide works end to end with no violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/e2e/csp.html');
  const guide = page.locator('waymark-guide');
  await expect(heading(guide)).toHaveText(w('dibao-title'));
  // Styled (the constructed style sheet is allowed): the start button is the theme's green.
  await expect(guide.getByRole('button', { name: w('start') })).toHaveCSS('background-color', 'rgb(0, 112, 60)');
  await walk(guide);
  // The QR module is a wasm module too, loaded on the result page.
  await expect(guide.locator('.wm-qr img')).toBeVisible();
  await expectAccessible(page, 'strict-CSP host page');
  expect(problems).toEqual([]);
});

test('the iframe embed sizes itself to the guide and passes on its events', async ({ page }) => {
  await page.goto('/e2e/iframe.html');
  const frame = page.frameLocator('iframe[data-waymark]');
  await expect(heading(frame.locator('body'))).toHaveText(w('dibao-title'));
  const iframe = page.locator('iframe[data-waymark]');
  const fits = async () => {
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await iframe.evaluate((f) => (f as HTMLIFrameElement).contentDocument!.documentElement.getBoundingClientRect().height);
    return Math.abs(outer - Math.ceil(inner)) <= 1 && outer > 150;
  };
  await expect.poll(fits).toBe(true);
  await frame.getByRole('button', { name: w('start'), exact: true }).click();
  await expect(heading(frame.locator('body'))).toHaveText(w('dibao-hukou'));
  await expect.poll(fits).toBe(true);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { waymarkEvents: { detail: { step: string } }[] }).waymarkEvents.map((e) => e.detail.step)))
    .toEqual(['intro', 'hukou']);
  await expectAccessible(page, 'iframe host page');
});

test('any site can frame the guide, but only the origins in embed-origins.json hear its events and answers', async ({ page, baseURL }) => {
  // The same server under two names is two origins; the test site's embed-origins.json lists
  // http://localhost:PORT only (e2e/serve-site.sh).
  const listed = baseURL!.replace('127.0.0.1', 'localhost');
  const messages = () => page.evaluate(() => (window as unknown as { waymarkMessages: Record<string, unknown>[] }).waymarkMessages);
  const frameAt = (origin: string) => `${origin}/frame.html?service=dibao&share-answers`;
  const finished = (all: Record<string, unknown>[]) => all.some((m) => m.waymark === 'waymark-finish');

  // Not listed: a page on 127.0.0.1 framing the guide on localhost. It may size the frame, and
  // learns nothing else, even with share-answers in the frame's address.
  await page.goto(`/e2e/foreign-frame.html?src=${encodeURIComponent(frameAt(listed))}`);
  const frame = page.frameLocator('iframe[data-waymark]').locator('body');
  await expect(heading(frame)).toHaveText(w('dibao-title'));
  await walk(frame);
  await expect.poll(async () => (await messages()).length).toBeGreaterThan(1);
  const unlisted = await messages();
  for (const m of unlisted) {
    expect(Object.keys(m).sort()).toEqual(['height', 'waymark']);
    expect(m.waymark).toBe('height');
    expect(typeof m.height).toBe('number');
  }

  // Listed: a page on localhost framing the guide on 127.0.0.1 hears every step, and with
  // share-answers, the answers.
  await page.goto(`${listed}/e2e/foreign-frame.html?src=${encodeURIComponent(frameAt(baseURL!))}`);
  await expect(heading(frame)).toHaveText(w('dibao-title'));
  await walk(frame);
  await expect.poll(async () => finished(await messages())).toBe(true);
  const heard = await messages();
  expect(heard.filter((m) => m.waymark === 'waymark-step').map((m) => (m.detail as { step: string }).step)).toEqual(
    ['intro', ...journeys[1].answers.map(([q]) => q), 'check', 'outcome'],
  );
  const finish = heard.find((m) => m.waymark === 'waymark-finish')!.detail as { service: string; outcome: string; answers: Record<string, string> };
  expect(finish.service).toBe('dibao');
  expect(finish.outcome).toBe(journeys[1].outcome);
  expect(finish.answers).toEqual(Object.fromEntries(journeys[1].answers));
});

test('mount(element, options) from code: a guide, setLang in place, and unmount leaves nothing behind', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/e2e/mount.html');
  const guide = page.locator('#guide');
  const zh = serviceWords('gaoling-jintie');
  const en = serviceWords('gaoling-jintie', 'en');
  await expect(heading(guide)).toHaveText(zh('gaoling-jintie-title'));
  await guide.getByRole('button', { name: zh('start'), exact: true }).click();
  await expect(heading(guide)).toHaveText(zh('gaoling-jintie-born'));
  await page.evaluate(() => (window as unknown as { guide: { setLang(l: string): void } }).guide.setLang('en'));
  await expect(heading(guide)).toHaveText(en('gaoling-jintie-born'));
  expect(await page.evaluate(() => (window as unknown as { guideEvents: string[] }).guideEvents)).toContain('born');
  await expectAccessible(page, 'host page using mount()');
  await page.evaluate(() => (window as unknown as { guide: { unmount(): void } }).guide.unmount());
  await expect(guide.locator('.wm-root')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县政府网站');
  // Nothing of the removed guide still listens: going offline and online again reaches no
  // disposed guide, and a new guide on the same element works.
  await context.setOffline(true);
  await context.setOffline(false);
  await page.evaluate(async () => {
    const { mount } = await import('/waymark.js');
    (window as unknown as { again: unknown }).again = await mount(document.getElementById('guide')!, { service: 'gaoling-jintie', lang: 'en' });
  });
  await expect(heading(guide)).toHaveText(en('gaoling-jintie-title'));
  await context.setOffline(true);
  await expect(guide.getByRole('status')).toContainText(en('status-offline'));
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

// Every named journey of every service (tests/journeys/*.json), walked through the release
// build as a person would, with accessible selectors only; axe on every screen; no request
// leaves the page's own origin; then Back from every page. The clock is set to the journey's date, since ages depend on it.
import { test, expect } from '@playwright/test';
import { answer, clean, expectAccessible, journeyFiles, service, serviceWords, watchForeignRequests } from './support';

// Each test walks a whole service twice over (forward with axe on every screen, then Back
// through every page): more than the default 30 s on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const file of journeyFiles) {
  const svc = service(file.service);
  const w = serviceWords(file.service);
  for (const journey of file.journeys) {
    test(`${file.service}: ${journey.name}`, async ({ page, baseURL }) => {
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      await page.clock.setFixedTime(new Date(`${file.today ?? '2026-11-22'}T10:00:00`));
      await page.goto(`/?service=${file.service}`);
      const heading = page.getByRole('heading', { level: 1 });
      // The intro: what the service is, and what one may need.
      await expect(heading).toHaveText(w(`${file.service}-title`));
      await expectAccessible(page, `${file.service} intro`);
      await page.getByRole('button', { name: w('start'), exact: true }).click();
      for (const [question, value] of journey.answers) {
        await expect(heading).toHaveText(w(`${file.service}-${question}`));
        await expectAccessible(page, `${file.service} question ${question}`);
        // Every choice has its picture (loaded, beside its words).
        const choices = page.locator('.wm-radio-label');
        const pictured = () =>
          choices.evaluateAll((labels) =>
            labels.every((l) => {
              const img = l.querySelector('img');
              return img !== null && img.complete && img.naturalWidth > 0 && (l.textContent ?? '').trim() !== '';
            }),
          );
        await expect.poll(pictured, { message: `${file.service} ${question}: a picture on every choice` }).toBe(true);
        await answer(page, question, value, svc);
        await page.getByRole('button', { name: w('next'), exact: true }).click();
      }

      // Check your answers: one row per answer given, each with a change link.
      await expect(heading).toHaveText(w('check-title'));
      await expect(heading).toBeFocused();
      await expect(page.getByRole('link', { name: new RegExp(`^${w('check-change')}`) })).toHaveCount(journey.answers.length);
      await expectAccessible(page, `${file.service} check answers`);
      await page.getByRole('button', { name: w('check-submit') }).click();

      await expect(heading).toHaveText(w(`${file.service}-outcome-${journey.outcome}`));
      await expect(heading).toBeFocused();
      await expectAccessible(page, `${file.service} outcome ${journey.outcome}`);

      const materials = page.getByRole('list', { name: new RegExp(w('result-materials')) });
      if (journey.materials.length) {
        await expect(materials.getByRole('listitem')).toHaveText(journey.materials.map((m) => w(`material-${m}`)));
      } else {
        await expect(materials).toHaveCount(0);
      }
      const reasons = page.getByRole('list', { name: w('result-why') }).getByRole('listitem');
      await expect(reasons).toHaveCount(journey.reasons.length);
      // Every placeable was filled: no `{$name}` left where a number belongs.
      for (const text of await reasons.allTextContents()) expect(clean(text)).not.toMatch(/[{}]|\$/);

      // Back from every page, down to the intro: each lands on the page before it, with
      // focus on its heading (the same table the engine replays natively).
      const back = page.getByRole('button', { name: w('back'), exact: true });
      const before = [w('check-title'), ...journey.answers.map(([q]) => w(`${file.service}-${q}`)).reverse(), w(`${file.service}-title`)];
      for (const title of before) {
        await back.click();
        await expect(heading).toHaveText(title);
        await expect(heading).toBeFocused();
      }
      await expect(back).toHaveCount(0);

      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
}

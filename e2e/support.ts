// Shared test support: the content files (services, words, journeys) are the single source
// the tests read their expectations and selectors from.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Fluent messages by id (and `id.attribute`), from single-line messages. */
export function loadWords(...paths: string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const path of paths) {
    let current = '';
    for (const line of read(path).split('\n')) {
      const msg = line.match(/^([a-zA-Z][\w-]*)\s*=\s*(.*)$/);
      const attr = line.match(/^\s+\.([a-zA-Z][\w-]*)\s*=\s*(.*)$/);
      if (msg) {
        current = msg[1];
        words.set(current, msg[2]);
      } else if (attr && current) {
        words.set(`${current}.${attr[1]}`, attr[2]);
      }
    }
  }
  return words;
}

/** The words a service's pages use in a locale: the widget's, the catalog's, the region's and
 * its own (single-line messages). */
export function serviceWords(service: string, lang = 'zh-CN') {
  // A shipped locale, or a test-only one (tests/fixtures/locales/kk: see e2e/serve-site.sh).
  const dir = existsSync(new URL(`locales/${lang}`, root)) ? `locales/${lang}` : `tests/fixtures/locales/${lang}`;
  const words = loadWords(`${dir}/widget.ftl`, `${dir}/catalog.ftl`, `${dir}/regions/demo-county.ftl`, `${dir}/services/${service}.ftl`);
  return (id: string): string => {
    const text = words.get(id);
    if (text === undefined) throw new Error(`no message ${id}`);
    return text;
  };
}

/** The dibao guide's words. */
export const w = serviceWords('dibao');

export type Journey = { name: string; answers: [string, string][]; outcome: string; materials: string[]; reasons: string[] };
export type JourneyFile = { service: string; today?: string; journeys: Journey[] };
export type ServiceDef = { id: string; questions: { type: string; id: string }[] };
export const journeyFiles: JourneyFile[] = readdirSync(new URL('tests/journeys/', root))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(read(`tests/journeys/${f}`)));
export const journeys: Journey[] = journeyFiles.find((f) => f.service === 'dibao')!.journeys;
/** A service file, with each question as `{ type, id }` (files write `{"choice": {"id": …}}`). */
export const service = (id: string): ServiceDef => {
  const def = JSON.parse(read(`public/services/${id}.json`));
  const questions = def.questions.map((q: object) => {
    const [type, body] = Object.entries(q)[0] as [string, { id: string }];
    return { type, id: body.id };
  });
  return { id: def.id, questions };
};
export const dibao = service('dibao');

/** Text as a person reads it: Fluent's bidi isolation marks removed. */
export const clean = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

/** axe-core over the whole page (or only the part `only` selects), WCAG 2.2 A/AA and best
 * practice: no violations allowed. */
export async function expectAccessible(page: Page, where: string, only?: string) {
  const axe = new AxeBuilder({ page });
  // A host page's own markup is the host's: `only` checks just the guide (e.g. `waymark-guide`).
  if (only) axe.include(only);
  const results = await axe
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Record every request to another origin (there must be none). */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Answer the current question as a person would: by the options' labels or the field's label
 * (in `page`, or only inside one guide's element). */
export async function answer(page: Page | Locator, question: string, value: string, svc: ServiceDef = dibao, lang = 'zh-CN') {
  const q = svc.questions.find((q) => q.id === question);
  if (!q) throw new Error(`no question ${question} in ${svc.id}`);
  const words = serviceWords(svc.id, lang);
  const optional = (id: string, fallback: string) => {
    try {
      return words(id);
    } catch {
      return words(fallback);
    }
  };
  const label = (opt: string) => optional(`${svc.id}-${question}-${opt}`, `answer-${opt}`);
  // The field's label is its question: in elder mode, its `.simple` words where it has them.
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plain = words(`${svc.id}-${question}`);
  const simple = (() => {
    try {
      return words(`${svc.id}-${question}.simple`);
    } catch {
      return undefined;
    }
  })();
  const field = page.getByLabel(simple ? new RegExp(`^(${escape(plain)}|${escape(simple)})$`) : plain, { exact: true });
  switch (q.type) {
    case 'choice':
    case 'yes_no':
      await page.getByRole('radio', { name: label(value), exact: true }).check();
      break;
    case 'multi_choice':
      for (const opt of value.split(',')) await page.getByRole('checkbox', { name: label(opt), exact: true }).check();
      break;
    case 'birth_year':
      await field.selectOption(value);
      break;
    default:
      await field.fill(value);
  }
}

export async function next(page: Page) {
  await page.getByRole('button', { name: w('next'), exact: true }).click();
}

/** Walk dibao from its intro to the result with `journey`'s answers, in `scope` (a page, or
 * one guide's element). */
export async function walk(scope: Page | Locator, journey: Journey = journeys[1]) {
  await scope.getByRole('button', { name: w('start'), exact: true }).click();
  for (const [q, v] of journey.answers) {
    await answer(scope, q, v);
    await scope.getByRole('button', { name: w('next'), exact: true }).click();
  }
  await scope.getByRole('button', { name: w('check-submit') }).click();
  await expect(scope.getByRole('heading', { level: 1 })).toHaveText(w(`dibao-outcome-${journey.outcome}`));
}

/** Make the device refuse to keep anything, as a full or locked-down storage does. */
export async function refuseStorage(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** From the check-your-answers page, ask for the result. */
export async function seeResult(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('check-title'));
  await page.getByRole('button', { name: w('check-submit') }).click();
}

/** Open a service's guide on the standalone page (`?service=`) and start it from its intro. */
export async function open(page: Page, service = 'dibao') {
  await page.goto(`/?service=${service}`);
  const words = serviceWords(service);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words(`${service}-title`));
  await page.getByRole('button', { name: words('start'), exact: true }).click();
}

/** Open dibao, answer 本县农村 and 3 people: on the income question. */
export async function toIncome(page: Page) {
  await open(page);
  await answer(page, 'hukou', 'local');
  await next(page);
  await answer(page, 'people', '3');
  await next(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('dibao-income'));
}

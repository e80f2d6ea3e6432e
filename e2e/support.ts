// Shared test support: the content files (services, words, journeys) are the single source
// the tests read their expectations and selectors from.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
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

export const words = loadWords('locales/zh-CN/widget.ftl', 'locales/zh-CN/catalog.ftl', 'locales/zh-CN/services/dibao.ftl');

/** A message, failing loudly when the test names one that does not exist. */
export function w(id: string): string {
  const text = words.get(id);
  if (text === undefined) throw new Error(`no message ${id}`);
  return text;
}

export type Journey = { name: string; answers: [string, string][]; outcome: string; materials: string[]; reasons: string[] };
export const journeys: Journey[] = JSON.parse(read('tests/journeys/dibao.json')).journeys;
export const dibao: { questions: { id: string; type: string }[] } = JSON.parse(read('public/services/dibao.json'));

/** Text as a person reads it: Fluent's bidi isolation marks removed. */
export const clean = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

/** axe-core over the whole page, WCAG 2.2 A/AA and best practice: no violations allowed. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
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

/** Answer the current question as a person would: by the option's label or the field's label. */
export async function answer(page: Page, question: string, value: string) {
  const q = dibao.questions.find((q) => q.id === question);
  if (!q) throw new Error(`no question ${question}`);
  if (q.type === 'choice') {
    await page.getByRole('radio', { name: w(`dibao-${question}-${value}`), exact: true }).check();
  } else {
    await page.getByLabel(w(`dibao-${question}`), { exact: true }).fill(value);
  }
}

export async function next(page: Page) {
  await page.getByRole('button', { name: w('next'), exact: true }).click();
}

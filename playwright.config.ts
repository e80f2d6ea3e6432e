import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

// Debian's chromium (Playwright cannot download its own browsers on these machines).
const executablePath = process.env.CHROMIUM || execSync('command -v chromium').toString().trim();
const PORT = Number(process.env.E2E_PORT || 8081);

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // The HTML report keeps the screenshots tests attach (home, merged list, print slip, …).
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'target/playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The release build (dist/, from scripts/build.sh) plus the test-only host pages.
  webServer: {
    command: `bash e2e/serve-site.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

// Playwright end-to-end, privacy, accessibility and screenshot tests for Verwijswijzer.
// Runs against the release build in dist/ (./scripts/build.sh) with Debian's Chromium:
// `npx playwright install` cannot download browsers here and is not needed.
import { defineConfig } from '@playwright/test';

const PORT = 4173;
const PANIC_PORT = 4174;
const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'e2e-artifacts/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
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
  webServer: [
    {
      command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
      // http.server logs every request on stderr; the privacy guard records requests itself.
      stderr: 'ignore',
    },
    {
      // The test build with a panic trigger (scripts/build-paniektest.sh), for e2e/panic.spec.mjs.
      command: `python3 -m http.server ${PANIC_PORT} --bind 127.0.0.1 --directory target/paniektest-dist`,
      url: `http://127.0.0.1:${PANIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
      stderr: 'ignore',
    },
  ],
});

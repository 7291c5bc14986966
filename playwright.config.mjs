// Playwright end-to-end, privacy, accessibility and screenshot tests for Verwijswijzer.
// Runs against the release build in dist/ (./scripts/build.sh) with Debian's Chromium:
// `npx playwright install` cannot download browsers here and is not needed.
// Served by nginx with the configuration a region deploys (scripts/nginx.sh, deploy/nginx/),
// so every test also runs under its headers (CSP, caching, pre-compressed files).
import { defineConfig } from '@playwright/test';

const PORT = 4173;
const PANIC_PORT = 4174;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
// The host page of the embed test, which shows the app in a frame: allowed in frame-ancestors.
const EMBED_HOST_ORIGIN = 'http://127.0.0.1:4175';

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
      command: `./scripts/nginx.sh dist ${PORT} ${EMBED_HOST_ORIGIN}`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
      // nginx stops cleanly on SIGTERM (the script execs it); its errors come on stderr.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The test build with a panic trigger (scripts/build-paniektest.sh), for e2e/panic.spec.mjs.
      command: `./scripts/nginx.sh target/paniektest-dist ${PANIC_PORT}`,
      url: `http://127.0.0.1:${PANIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});

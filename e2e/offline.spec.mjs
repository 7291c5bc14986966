// The single file (dist/verwijswijzer.html, scripts/build-single.mjs), opened from disk with no
// network: a full consult to an outcome with its summary, the factsheet by the navigation and by
// a link, and nothing requested but the file itself, no console error, no breach of the page's
// content security policy, nothing stored (the privacy guard of fixtures.mjs, with the page's
// origin `file://`).
//
// Runs against dist/ like the other specs; SINGLE_FILE=<path> points it at another build (say
// target/single-dist/verwijswijzer.html). A missing file fails: the release build makes it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as guarded, expect } from './fixtures.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';
import { Views, FactsheetPage } from './views.page.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SINGLE = path.resolve(ROOT, process.env.SINGLE_FILE || 'dist/verwijswijzer.html');
const SINGLE_URL = pathToFileURL(SINGLE).href;

/**
 * Runs in every document before its scripts: records every content security policy breach in
 * `window.__offlineCspViolations`, so this spec can say which of the file's own hashes failed.
 */
function pageSpies() {
  if (Object.prototype.hasOwnProperty.call(window, '__offlineCspViolations')) return;
  const violations = [];
  Object.defineProperty(window, '__offlineCspViolations', { value: violations, enumerable: false });
  window.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
  }, true);
}

/**
 * The test with the network off: `context.setOffline(true)`, and any http(s) request that is
 * still tried is recorded and aborted. After the test (before the privacy guard's own checks):
 * no such request, no request but the file itself, no breach of the page's policy.
 */
const test = guarded.extend({
  noNetwork: [
    async ({ context, page, privacy }, use) => {
      if (!fs.existsSync(SINGLE)) {
        throw new Error(`${SINGLE} ontbreekt: bouw eerst de release (./scripts/build.sh maakt het losse bestand met scripts/build-single.mjs)`);
      }
      const attempted = [];
      await context.setOffline(true);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (/^https?:/i.test(url)) {
          attempted.push(`${route.request().method()} ${url}`);
          return route.abort('internetdisconnected');
        }
        return route.continue();
      });
      await context.addInitScript(pageSpies);

      await use(attempted);

      expect(attempted, 'geen http(s)-request geprobeerd').toEqual([]);
      // The file itself is the only request: no style sheet, script, wasm, icon or font beside it.
      const others = privacy.requests.map((r) => r.url.split('#')[0]).filter((url) => url !== SINGLE_URL);
      expect(others, 'alleen het bestand zelf is geladen').toEqual([]);
      expect(privacy.requests.length, 'het bestand is geladen').toBeGreaterThan(0);
      if (!page.isClosed()) {
        expect(await page.evaluate(() => window.__offlineCspViolations), 'geen schending van de CSP').toEqual([]);
      }
    },
    { auto: true },
  ],
});

test.use({ appOrigins: ['file://'] });

/** Opens the single file at a fragment and waits for the app (not the loading text). */
async function open(page, fragment = '') {
  await page.goto(`${SINGLE_URL}${fragment}`);
  await expect(page.locator('main.loading')).toHaveCount(0);
}

test('het losse bestand werkt van schijf zonder netwerk: consult, samenvatting en factsheet', async ({ page }) => {
  const consult = new ConsultPage(page);
  const views = new Views(page);
  const factsheet = new FactsheetPage(page);

  await open(page);
  await consult.expectQuestion('acute_risk');
  // A saved copy says so, with the date of its content: regional agreements change.
  await expect(page.getByTestId('saved-copy')).toHaveText(/^U gebruikt een opgeslagen versie van Verwijswijzer, met de inhoud van \d{4}-\d{2}-\d{2}\./);
  // The policy pins the one script and the one style by hash, and allows nothing to load.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}=' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/]{43}=';/);
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'self'");
  // The style applied (its hash matched): the page's wash, not the browser's white.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(243, 245, 248)');
  await expect(page.locator('link, script[src], img, iframe')).toHaveCount(0);

  // A whole consult to Welzijn op Recept, with its referral summary.
  await expect(consult.start).toBeVisible();
  await consult.reachOutcome(WOR_PATH, 'wor');
  await expect(consult.outcomeTitle).toHaveText('Welzijn op Recept');
  await expect(consult.summary).toBeVisible();
  const summary = await consult.summaryText();
  expect(summary).toContain('Route: Welzijn op Recept');
  expect(summary).toContain('ICPC: Z68 (Welzijn op Recept)');
  expect(summary).toMatch(/\nBron: Verwijswijzer, regio Delft, Westland en Oostland \(DWO\), .* inhoud [0-9a-f]{8}$/);

  // The factsheet by the navigation, and back: the consult is as it was.
  await views.open('factsheet');
  await expect(factsheet.root).toBeVisible();
  await expect(factsheet.eyebrow).toHaveText('Factsheet voor verwijzers, regio Delft, Westland en Oostland (DWO)');
  await expect(factsheet.root).toContainText('ZorgDomein');
  expect(await factsheet.organisations.count()).toBeGreaterThan(0);
  expect(await factsheet.sources.count()).toBeGreaterThan(0);
  await views.open('consult');
  await consult.expectOutcome('wor');
});

test('een link naar een scherm werkt in het losse bestand zoals in de app', async ({ page }) => {
  const views = new Views(page);
  const factsheet = new FactsheetPage(page);

  await open(page, '#factsheet&regio=dwo');
  await views.expectCurrent('factsheet');
  await expect(factsheet.eyebrow).toHaveText('Factsheet voor verwijzers, regio Delft, Westland en Oostland (DWO)');

  await open(page, '#factsheet&regio=eindhoven');
  await views.expectCurrent('factsheet');
  await expect(factsheet.eyebrow).toHaveText('Factsheet voor verwijzers, regio Eindhoven-De Kempen');
  await expect(factsheet.root).toContainText('VIPLive');
  expect(await factsheet.organisations.count()).toBeGreaterThan(0);
});

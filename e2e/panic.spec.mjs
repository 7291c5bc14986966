// A real panic inside a Yew render replaces the whole page with the panic page, so advice from a
// broken state never stays on screen. Runs against the test build with a panic trigger
// (scripts/build-paniektest.sh, served on port 4174): typing "paniektest" as the patient's wish
// panics while the summary is drawn.
//
// Plain @playwright/test: the privacy guard (fixtures.mjs) is tied to the release server's
// origin, and a panic is an uncaught page error by design. What the guard checks that still
// applies is checked here: no request to another origin, only GETs, nothing typed in a request,
// no storage.
import { test, expect } from '@playwright/test';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';
import { SENSITIVE_CODES } from './fixtures.mjs';

const PANIC_ORIGIN = 'http://127.0.0.1:4174';
test.use({ baseURL: `${PANIC_ORIGIN}/` });

test('een panic tijdens het tekenen vervangt de hele pagina door de foutpagina', async ({ page, context }) => {
  const requests = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' }));
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.chooseGemeente('delft');
  await consult.reachOutcome(WOR_PATH, 'wor');
  await expect(consult.summaryTextArea).toHaveValue(/\n\nRoute: Welzijn op Recept\n/);
  await expect(consult.handout).toBeVisible();
  expect(pageErrors, 'geen fouten voor de panic').toEqual([]);

  // Typed key by key, the panic comes with the last letter.
  await consult.wish.pressSequentially('paniektest');

  const panic = page.locator('main.panic');
  await expect(panic).toBeVisible();
  await expect(panic.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
  await expect(panic).toHaveAttribute('role', 'alert');
  const reload = panic.getByRole('link', { name: 'Pagina opnieuw laden' });
  await expect(reload).toBeVisible();

  // The whole page is the panic page: no app element, no advice, no typed text left in the DOM.
  await expect(page.locator('body > *')).toHaveCount(1);
  await expect(page.locator('[data-testid]')).toHaveCount(0);
  await expect(page.locator('[data-testid=outcome]')).toHaveCount(0);
  await expect(page.locator('textarea, input, select, button')).toHaveCount(0);
  await expect(page.locator('#app, header, aside, footer')).toHaveCount(0);
  const bodyText = await page.locator('body').textContent();
  for (const gone of ['Welzijn op Recept', 'Verwijssamenvatting', 'Wat nu', 'Route:', 'Delft voor Elkaar', 'welzijnscoach', 'ZorgDomein', 'paniektest', 'Verwijswijzer wordt geladen']) {
    expect(bodyText, `"${gone}" staat niet meer op de pagina`).not.toContain(gone);
  }
  expect(await page.evaluate(() => document.body.innerHTML)).not.toContain('paniektest');

  // The reload link starts a fresh consult.
  await reload.click();
  await consult.expectQuestion('acute_risk');
  await expect(page.locator('main.panic')).toHaveCount(0);
  await expect(consult.answersList).toHaveCount(0);

  // Nothing left the page: only GETs to this test server, nothing typed or answered in them.
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const label = `${request.method} ${request.url}`;
    expect(new URL(request.url).origin, label).toBe(PANIC_ORIGIN);
    expect(request.method, label).toBe('GET');
    const payload = `${decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search)}\n${request.body}`;
    for (const needle of ['paniektest', ...SENSITIVE_CODES]) expect(payload, label).not.toContain(needle);
  }
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(stored).toEqual({ cookie: '', local: [], session: [], databases: [] });
  expect(await context.cookies()).toEqual([]);
});

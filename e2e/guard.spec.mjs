// Checks the privacy guard itself: each test below breaks one rule and must be failed by the
// guard (test.fail). Run with SHOW_GUARD_MESSAGES=1 to see the guard's messages instead.
//
// A request to another host cannot be provoked from the page: its Content Security Policy
// (connect-src 'self', img-src 'self') blocks it before it is made.
import { test } from './fixtures.mjs';
import { ConsultPage } from './consult.page.mjs';

const expectGuardFailure = () => test.fail(!process.env.SHOW_GUARD_MESSAGES, 'de privacybewaker moet deze test laten falen');

test.describe('privacybewaker', () => {
  test.beforeEach(async ({ page }) => {
    // A local endpoint that answers 200, so no 404/501 console error muddies the reason.
    await page.route('**/guard-probe**', (route) => route.fulfill({ status: 200, body: 'ok' }));
    await new ConsultPage(page).goto();
  });

  test('schone test slaagt', async ({ page }) => {
    await page.evaluate(() => fetch('/guard-probe?harmless=1').then((r) => r.text()));
  });

  test('localStorage.setItem', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => localStorage.setItem('x', '1'));
  });

  test('sessionStorage via een eigenschap (zonder setItem)', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => { sessionStorage.x = '1'; });
  });

  test('document.cookie', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => { document.cookie = 'a=b'; document.cookie = 'a=; max-age=0'; });
  });

  test('indexedDB.open', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => new Promise((resolve) => { indexedDB.open('x').onsuccess = resolve; }));
  });

  test('POST naar de eigen server', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => fetch('/guard-probe', { method: 'POST', body: 'x' }).then((r) => r.text()));
  });

  test('antwoordcode in een URL', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => fetch('/guard-probe?q=open_to_coach').then((r) => r.text()));
  });

  test('toestemming (geweigerd) in een URL', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => fetch('/guard-probe?toestemming=geweigerd').then((r) => r.text()));
  });

  test('getypte tekst in een URL', async ({ page, privacy }) => {
    expectGuardFailure();
    const text = privacy.typed('Mevrouw Jansen');
    await page.evaluate((t) => fetch(`/guard-probe/${encodeURIComponent(t)}`).then((r) => r.text()), text);
  });

  test('antwoord in de adresbalk', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => history.replaceState(null, '', '#age_group=adult'));
  });

  test('een gevolgde link naar een oefencasus met antwoorden mag in de adresbalk staan', async ({ page, privacy }) => {
    await page.goto(`/${privacy.followedLink('#oefenen&regio=dwo&casus=c01&antwoorden=acute_risk:no,age_group:senior')}`);
    await page.getByTestId('training-case').waitFor();
  });

  test('codes in de adresbalk die de test niet zelf volgde, ook na een gevolgde link', async ({ page, privacy }) => {
    expectGuardFailure();
    await page.goto(`/${privacy.followedLink('#oefenen&regio=dwo&casus=c01&antwoorden=acute_risk:no')}`);
    await page.getByTestId('training-case').waitFor();
    await page.evaluate(() => history.replaceState(null, '', '#oefenen&regio=dwo&casus=c01&antwoorden=acute_risk:no,age_group:senior'));
  });

  test('een link naar het consult mag nooit codes dragen', async ({ privacy }) => {
    expectGuardFailure();
    privacy.followedLink('#consult&regio=dwo&antwoorden=acute_risk:no');
  });

  test('getypte tekst in de adresbalk, ook in een gevolgde link', async ({ page, privacy }) => {
    expectGuardFailure();
    // As if a trainer had typed the case number somewhere: registered text stays forbidden.
    privacy.typed('c01');
    await page.goto(`/${privacy.followedLink('#oefenen&regio=dwo&casus=c01')}`);
  });

  test('antwoord in de adresbalk van een tweede pagina', async ({ context }) => {
    expectGuardFailure();
    const second = await context.newPage();
    await second.goto('/#age_group=adult');
  });

  test('CSP-overtreding: een inline script dat de pagina niet toestaat', async ({ page }) => {
    expectGuardFailure();
    // script-src 'self' blocks an inline script; wait until the browser has reported it.
    await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', resolve, { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1;';
      document.body.append(script);
    }));
  });

  test('console.error', async ({ page }) => {
    expectGuardFailure();
    await page.evaluate(() => console.error('kapot'));
  });

  test('niet-afgevangen fout in de pagina', async ({ page }) => {
    expectGuardFailure();
    // The second timer runs after the first has thrown.
    await page.evaluate(() => new Promise((resolve) => {
      setTimeout(() => { throw new Error('kapot'); });
      setTimeout(resolve);
    }));
  });
});

// A browser without WebAssembly (or a wasm file that fails to load) gets a clear Dutch message
// instead of a page that keeps saying "wordt geladen".
import { test, expect } from './fixtures.mjs';

test('zonder WebAssembly zegt de pagina dat de app niet kan starten', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Verwijswijzer kon niet starten' })).toBeVisible();
  await expect(page.getByText('Gebruik een actuele browser')).toBeVisible();
  await expect(page.getByTestId('outcome')).toHaveCount(0);
});

// index.html carries a shell of what the app draws first (header, navigation), so the page paints
// at once and nothing moves when the app takes over: no layout shift.
test('de schil in index.html staat precies waar de app haar kop en navigatie tekent', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    // Only the shell: the boot script answers empty, so the app never starts.
    await page.route('**/static/boot-*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(`/?schil-${width}`);
    await expect(page.locator('main.loading')).toBeVisible();
    const shell = await layoutOfTheTop(page);

    await page.unroute('**/static/boot-*.js');
    await page.goto(`/?app-${width}`);
    await expect(page.getByTestId('question')).toBeVisible();
    await expect(page.locator('main.loading')).toHaveCount(0);
    await expect(page.getByTestId('saved-copy'), 'alleen een opgeslagen kopie meldt dat').toHaveCount(0);
    expect(await layoutOfTheTop(page), `${width} px`).toEqual(shell);
  }
});

/**
 * Box of the header, and box and text of the brand, the navigation and each of its links, and
 * the opening card's title and introduction (the header's text differs: the app adds its
 * "Opnieuw" button; the header's height may not).
 */
function layoutOfTheTop(page) {
  return page.evaluate(() => [...document.querySelectorAll('header.topbar, nav.views, nav.views a, .brand-name, .brand-tagline, .start h2, .start p.muted')]
    .map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      const text = el.matches('header') ? '' : el.textContent.replace(/\s+/g, '');
      return { tag: el.tagName, text, x, y, width, height };
    }));
}

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

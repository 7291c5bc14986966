// The app in a frame on another site (docs/embed.md): a host page on a second origin shows it
// with the snippet from deploy/embed/snippet.html, the very file the guide shows. The frame
// grows and shrinks with its content and never scrolls itself; the host takes a height only from
// its own frame on the app's origin; the app takes no focus from the host while loading, and
// keeps focus inside the frame while the user answers by keyboard.
//
// APP_ORIGIN (default the suite's server, 4173) and HOST_PORT (default 4175, which the app
// server's frame-ancestors allows) move both, so the spec can run beside the full suite.
import fs from 'node:fs';
import http from 'node:http';
import { test, expect, ORIGIN } from './fixtures.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';

const APP_ORIGIN = process.env.APP_ORIGIN || ORIGIN;
const HOST_PORT = Number(process.env.HOST_PORT || 4175);
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
const SNIPPET = fs.readFileSync(new URL('../deploy/embed/snippet.html', import.meta.url), 'utf8');
/** The placeholder address in the snippet, which a webmaster replaces by the app's address. */
const PLACEHOLDER_SRC = /src="https:\/\/verwijswijzer\.example\.nl\/[^"]*"/;
/** The height the snippet gives the frame before the first message. */
const INITIAL_HEIGHT = 800;

/** The host's pages: path -> the fragment its frame opens. */
const HOST_PAGES = {
  '/': '#consult&regio=dwo&gemeente=delft',
  '/factsheet': '#factsheet&regio=dwo',
  '/beslisboom': '#beslisboom&regio=dwo',
};

/** A plain host page: a tall intro, a button, the snippet, a link, more host text. */
function hostPage(fragment) {
  if (!PLACEHOLDER_SRC.test(SNIPPET)) throw new Error('deploy/embed/snippet.html: geen src met https://verwijswijzer.example.nl/');
  const src = `${APP_ORIGIN}/${fragment}`.replaceAll('&', '&amp;');
  const snippet = SNIPPET.replace(PLACEHOLDER_SRC, `src="${src}"`);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zorgorganisatie Eerste Lijn (testpagina)</title>
<style>
  body { margin: 0; font-family: Georgia, serif; background: #faf7f0; color: #222; }
  header { background: #5a2a6e; color: #fff; padding: 1rem 2rem; }
  main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
  .intro { min-height: 700px; }
  footer { min-height: 400px; background: #eee5d5; padding: 1rem 2rem; }
</style>
</head>
<body>
<header><strong>ZEL</strong> Zorgorganisatie Eerste Lijn</header>
<main>
  <section class="intro">
    <h1>Welzijn op Recept in uw praktijk</h1>
    <p>Tekst van de website van ZEL boven het frame. Deze pagina hoort bij de test van het inbedden.</p>
  </section>
  <p><button type="button" id="host-before">Knop van de website voor het frame</button></p>
  ${snippet}
  <p><a id="host-after" href="#boven">Link van de website na het frame</a></p>
</main>
<footer>Voettekst van de website van ZEL.</footer>
</body>
</html>
`;
}

let server;

test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = new URL(request.url, HOST_ORIGIN).pathname;
    if (Object.hasOwn(HOST_PAGES, path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(hostPage(HOST_PAGES[path]));
    } else if (path === '/favicon.ico') {
      // The browser asks for it by itself; a 404 would be a console error, which the guard fails.
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('niet gevonden');
    }
  });
  // After a failed test Playwright starts a fresh worker, which may come up while the old one
  // still holds the port: try again for a few seconds before giving up.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(HOST_PORT, '127.0.0.1', resolve);
      });
      return;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

// One worker for this file: every test uses the one host server on HOST_PORT.
test.describe.configure({ mode: 'default' });
test.use({ appOrigins: [APP_ORIGIN, HOST_ORIGIN] });

const IFRAME = 'iframe[data-verwijswijzer]';

/** Opens a host page and returns the app's frame (a Frame, for evaluate) and a FrameLocator. */
async function openHost(page, path = '/') {
  await page.goto(`${HOST_ORIGIN}${path}`);
  const handle = await page.locator(IFRAME).elementHandle();
  const frame = await handle.contentFrame();
  expect(frame, 'het frame van Verwijswijzer').not.toBeNull();
  return { frame, inside: page.frameLocator(IFRAME) };
}

/** The frame's height on the host, and the sizes of the app's document inside it. */
async function sizes(page, frame) {
  const iframe = await page.locator(IFRAME).evaluate((el) => el.getBoundingClientRect().height);
  const app = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      framed: root.classList.contains('ingebed'),
    };
  });
  return { iframe, ...app };
}

/**
 * Waits until the frame is exactly as tall as the app's content (within 2 px) and the app's
 * document does not scroll either way; returns the frame's height.
 */
async function expectFitted(page, frame) {
  await expect.poll(async () => {
    const s = await sizes(page, frame);
    return s.framed
      && Math.abs(s.iframe - s.content) <= 2
      && Math.abs(s.iframe - s.scrollHeight) <= 2
      && s.scrollHeight <= s.clientHeight + 1
      && s.scrollWidth <= s.clientWidth + 1;
  }, { message: 'het frame is zo hoog als de inhoud, zonder eigen schuifbalk' }).toBe(true);
  return (await sizes(page, frame)).iframe;
}

test('het frame groeit en krimpt met de inhoud en scrolt zelf nooit', async ({ page }) => {
  const { frame, inside } = await openHost(page);
  const consult = new ConsultPage(inside);
  await consult.expectQuestion('acute_risk');
  await expect(consult.gemeente).toHaveValue('delft');
  const atStart = await expectFitted(page, frame);
  expect(atStart).not.toBe(INITIAL_HEIGHT);
  const overflow = await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY);
  expect(overflow).toBe('hidden');

  await consult.reachOutcome(WOR_PATH, 'wor');
  const atOutcome = await expectFitted(page, frame);
  expect(atOutcome, 'de uitkomst is langer dan de eerste vraag').toBeGreaterThan(atStart + 200);

  // Back to the first question: the frame shrinks again (a height taken from scrollHeight
  // could never drop below the frame's own height).
  await consult.reset();
  await consult.expectQuestion('acute_risk');
  const again = await expectFitted(page, frame);
  expect(again).toBeLessThan(atOutcome - 200);

  // The embedded app sets no cookie and writes nothing, in its own frame either.
  const left = await frame.evaluate(() => ({ cookie: document.cookie, writes: window.__storageWrites?.length }));
  expect(left).toEqual({ cookie: '', writes: 0 });
});

test('de handleiding toont precies de code van deploy/embed/snippet.html', () => {
  const guide = fs.readFileSync(new URL('../docs/embed.md', import.meta.url), 'utf8');
  const code = SNIPPET.replace(/^<!--[\s\S]*?-->\n/, '');
  expect(code).toMatch(/^<iframe data-verwijswijzer/);
  expect(guide).toContain(`\`\`\`html\n${code}\`\`\``);
});

test('de factsheet geeft een hoog frame, zonder eigen schuifbalk', async ({ page }) => {
  const { frame, inside } = await openHost(page, '/factsheet');
  await expect(inside.getByTestId('factsheet')).toBeVisible();
  const height = await expectFitted(page, frame);
  expect(height).toBeGreaterThan(2000);
  // The host page scrolls to the end of the frame; the frame itself never moves.
  await page.locator('#host-after').scrollIntoViewIfNeeded();
  expect(await frame.evaluate(() => window.scrollY)).toBe(0);
});

test('een hoogte van een ander venster of een andere herkomst telt niet', async ({ page }) => {
  const { frame, inside } = await openHost(page);
  await new ConsultPage(inside).expectQuestion('acute_risk');
  const before = await expectFitted(page, frame);

  // Record, after the snippet's listener, every message the host receives: once a fake shows up
  // here, the snippet has already seen it.
  await page.evaluate(() => {
    window.__received = [];
    window.addEventListener('message', (event) => window.__received.push(event.data?.hoogte));
  });
  const FAKE = 4321;
  await page.evaluate((hoogte) => {
    // From the host's own window: the wrong source and the host's origin.
    window.postMessage({ type: 'verwijswijzer:hoogte', hoogte }, '*');
    // From another frame on another (opaque) origin, that knows the message's shape.
    const other = document.createElement('iframe');
    other.setAttribute('sandbox', 'allow-scripts');
    other.srcdoc = `<script>parent.postMessage({ type: "verwijswijzer:hoogte", hoogte: ${hoogte} }, "*")<\/script>`;
    document.body.append(other);
  }, FAKE);
  await expect.poll(() => page.evaluate((hoogte) => window.__received.filter((h) => h === hoogte).length, FAKE)).toBe(2);
  expect((await sizes(page, frame)).iframe).toBe(before);

  // The same message from the app's own frame is taken: the checks above are what refused them.
  await frame.evaluate(() => parent.postMessage({ type: 'verwijswijzer:hoogte', hoogte: 1234 }, '*'));
  await expect.poll(async () => (await sizes(page, frame)).iframe).toBe(1234);
});

test('het laden pakt de focus niet van de website; met het toetsenbord blijft de focus in het frame', async ({ page }) => {
  await page.goto(HOST_ORIGIN, { waitUntil: 'commit' });
  const hostButton = page.locator('#host-before');
  await hostButton.focus();
  const frame = await (await page.locator(IFRAME).elementHandle()).contentFrame();
  const consult = new ConsultPage(page.frameLocator(IFRAME));
  await consult.expectQuestion('acute_risk');
  await expectFitted(page, frame);
  await expect(hostButton, 'het laden van het frame nam de focus niet').toBeFocused();

  const hostActive = () => page.evaluate(() => document.activeElement?.tagName);
  // Tab from the host's button lands in the frame.
  await page.keyboard.press('Tab');
  expect(await hostActive()).toBe('IFRAME');
  const steps = [
    ['acute_risk', 'N'],
    ['age_group', '2'],
    ['needs_medical_care', 'N'],
    ['needs_psych_treatment', 'N'],
  ];
  for (const [question, key] of steps) {
    await consult.expectQuestion(question);
    await page.keyboard.press(key);
    // Each new question takes focus inside the frame, now that the user is there.
    await expect(consult.questionTitle).toBeFocused();
    expect(await hostActive()).toBe('IFRAME');
  }
  await consult.expectQuestion('psychosocial');
});

test('de website scrolt niet vanzelf als het frame laadt', async ({ page }) => {
  const { frame, inside } = await openHost(page);
  await new ConsultPage(inside).expectQuestion('acute_risk');
  await expectFitted(page, frame);
  // The question sits below the fold (the host's intro is 700 px): focusing it would scroll.
  const top = await inside.getByTestId('question').evaluate((el) => el.getBoundingClientRect().top);
  const frameTop = await page.locator(IFRAME).evaluate((el) => el.getBoundingClientRect().top);
  expect(frameTop + top).toBeGreaterThan(page.viewportSize().height);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

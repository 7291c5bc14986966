// A seeded random walk through the whole app (issue 11, item 6): 300 steps chosen at random among
// what the current screen allows (answer, shortcut key, type personal data into a field, clear
// it, switch region or another select, Opnieuw, back, navigation, training, tree, browser back),
// and after EVERY step: the page is not blank and shows no panic page, the privacy guard's
// verdict so far is empty (no request off the origin or carrying a code or typed text, nothing
// stored, no console or page error, no CSP violation, nothing in the address bar) and axe finds
// nothing. The example-based specs test what we thought of; the walk finds orders nobody wrote.
//
//   WALK_SEED=7 npx playwright test e2e/walk.spec.mjs    # replays walk 7 (default: DEFAULT_SEED)
//   WALK_STEPS=50 ...                                    # a shorter walk (default 300)
//
// A failure says the seed, the step and the last steps, so the walk can be replayed exactly:
// each choice depends only on the seed and the screen, and the screen only on the steps before.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';

/** Fixed, so CI walks the same 300 steps every run; any other walk is one env var away. */
const DEFAULT_SEED = 20261202;
const SEED = parseSeed(process.env.WALK_SEED);
const STEPS = Number.parseInt(process.env.WALK_STEPS ?? '300', 10);
/** The server's origin, for the guard: the CI config serves on 4173, a private run elsewhere. */
const ORIGIN = process.env.WALK_ORIGIN ?? 'http://127.0.0.1:4173';
/** How many steps the failure message repeats. */
const HISTORY = 10;
/** One step's action may not wait longer than this: a stuck step fails with its seed, fast. */
const ACTION_TIMEOUT = 5_000;

test.use({ appOrigins: [ORIGIN], permissions: ['clipboard-read', 'clipboard-write'] });

function parseSeed(raw) {
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`WALK_SEED moet een geheel getal >= 0 zijn, niet "${raw}"`);
  return seed >>> 0;
}

/** mulberry32: a tiny deterministic PRNG, uniform in [0, 1); the same seed gives the same walk. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/**
 * Personal data a referrer might type: each is registered with `privacy.typed` before it is
 * typed, so the guard fails the walk if it ever reaches a request or the address bar.
 */
const CANARIES = [
  '111222333', // a BSN that passes the 11-proef
  '06-12345678', // a mobile number
  'j.de.vries@voorbeeld.nl', // an e-mail address
  '2611 AB 14', // postcode and house number
  '12-03-1956', // a date of birth
  'Mevrouw is sinds het overlijden van haar man erg eenzaam', // an ordinary sentence
];

/** The keys of the brief: answers (J N W 1-3), back, consent, copy, arrows, Enter, Tab, Escape. */
const KEYS = ['J', 'N', 'W', '1', '2', '3', 'Backspace', 'T', 'C', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'Escape'];

/** Everything a user could act on; the index into this list names an element for one step. */
const CANDIDATES = 'button, a[href], input, textarea, select, summary';

/**
 * Runs in the page: the screen as the walk sees it. Every visible, enabled candidate (with its
 * index in `CANDIDATES` order), the focused element, and where the app is (view, question,
 * outcome, case). One round trip per step; nothing in the page is changed.
 */
function describeScreen(selector) {
  const sameDocumentHash = (el) => {
    const raw = el.getAttribute('href');
    if (raw === null) return null;
    if (raw.startsWith('#')) return raw;
    // The trainer's share link is absolute; it still only changes the fragment of this page.
    let url;
    try { url = new URL(raw, location.href); } catch { return null; }
    const here = new URL(location.href);
    return url.origin === here.origin && url.pathname === here.pathname && url.search === here.search && url.hash ? url.hash : null;
  };
  const describe = (el, index) => ({
    index,
    tag: el.tagName.toLowerCase(),
    type: el.type ?? '',
    testid: el.dataset?.testid ?? '',
    hash: el.tagName.toLowerCase() === 'a' ? sameDocumentHash(el) : null,
    target: el.getAttribute('target') ?? '',
    text: (el.getAttribute('aria-label') || el.textContent || el.labels?.[0]?.textContent || el.id || '').replace(/\s+/g, ' ').trim().slice(0, 40),
    value: el.value ?? '',
    readOnly: !!el.readOnly,
    inQuestion: !!el.closest('[data-testid=question]'),
    inTree: !!el.closest('[data-testid=tree-frame]'),
    inTraining: !!el.closest('[data-testid=training-list], [data-testid=training-case], [data-testid=feedback]'),
    options: el.tagName === 'SELECT' ? [...el.options].map((o) => o.value) : [],
  });
  const items = [];
  [...document.querySelectorAll(selector)].forEach((el, index) => {
    const box = el.getBoundingClientRect();
    if (!el.checkVisibility({ visibilityProperty: true }) || box.width < 2 || box.height < 2) return;
    // Placed off the page until it has focus (the skip link): a mouse cannot reach it, Tab can.
    if (box.bottom + window.scrollY <= 0 || box.right + window.scrollX <= 0) return;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true' || el.closest('[inert]')) return;
    items.push(describe(el, index));
  });
  const active = document.activeElement && document.activeElement !== document.body
    ? describe(document.activeElement, -1) : null;
  const current = document.querySelector('nav.views [aria-current=page]');
  return {
    items,
    active,
    view: current?.dataset.testid?.replace(/^nav-/, '') ?? '',
    question: document.querySelector('[data-testid=question]')?.dataset.question ?? '',
    route: document.querySelector('[data-testid=outcome]')?.dataset.route ?? '',
    trainingCase: document.querySelector('[data-testid=training-case]')?.dataset.case ?? '',
    historyIndex: window.navigation?.currentEntry?.index ?? 0,
    // A cheap fingerprint of the DOM, to see whether a step changed anything.
    size: document.body.innerHTML.length,
    hash: location.hash,
  };
}

// ------------------------------------------------------------------------------- the elements

/** Never pressed: printing opens the browser's print dialog. */
const isPrint = (item) => /^print-/.test(item.testid);
/** A link the walk may follow: one that only changes this page's fragment (no site of an organisation). */
const isInternalLink = (item) => item.tag === 'a' && item.hash !== null && item.target !== '_blank';
const isTextField = (item) => (item.tag === 'textarea' || (item.tag === 'input' && ['text', 'search', 'email', 'tel', ''].includes(item.type))) && !item.readOnly;
/** True when Enter (or a click) on this element could leave the app or open a dialog. */
const unsafeToActivate = (item) => item && (isPrint(item) || (item.tag === 'a' && !isInternalLink(item)));

/** The element behind an item of the screen (by its index; the screen has not changed since). */
async function element(page, item) {
  const handle = await page.evaluateHandle(([selector, index]) => document.querySelectorAll(selector)[index], [CANDIDATES, item.index]);
  const el = handle.asElement();
  if (!el) throw new Error(`element ${item.index} (${item.tag} ${item.testid}) is weg`);
  return el;
}

/**
 * A link is about to be followed: if it is a link into the tree or a training case, the guard
 * lets the address bar hold its codes (it throws for any other link, which then may hold none).
 */
function registerLink(privacy, hash) {
  try { privacy.followedLink(hash); } catch { /* not a tree or case link: the guard checks it whole */ }
}

const label = (item) => `${item.tag}${item.testid ? `[${item.testid}]` : ''}${item.hash ? ` ${item.hash}` : ''}${item.text ? ` "${item.text}"` : ''}`;

async function click(ctx, item) {
  if (item.tag === 'a') registerLink(ctx.privacy, item.hash);
  await (await element(ctx.page, item)).click({ timeout: ACTION_TIMEOUT });
}

// ----------------------------------------------------------------------------- the step kinds
//
// Each kind says which actions the screen allows (`options`, none = the kind is impossible now)
// and gets a weight: answering is what a consult mostly is; the rest is mixed in often enough
// that 300 steps visit every view, region and field several times.

const STEP_KINDS = [
  {
    name: 'antwoord',
    weight: 45,
    options: (s) => s.items.filter((i) => i.inQuestion && i.testid.startsWith('answer-'))
      .map((i) => ({ say: `klik antwoord ${label(i)}`, run: (ctx) => click(ctx, i) })),
  },
  {
    name: 'toets',
    weight: 10,
    options: (s) => KEYS
      // Enter (or the letter keys on the focused element) must not press print or leave the app.
      .filter((key) => key !== 'Enter' || !unsafeToActivate(s.active))
      .map((key) => ({
        say: `toets ${key}${s.active ? ` (focus op ${label(s.active)})` : ''}`,
        run: async (ctx) => {
          if (key === 'Enter' && s.active && isInternalLink(s.active)) registerLink(ctx.privacy, s.active.hash);
          await ctx.page.keyboard.press(key);
        },
      })),
  },
  {
    // Heavy: the fields (BMI, the patient's wish) only show late in a consult, and typed
    // personal data is what must never leave the page.
    name: 'typ',
    weight: 30,
    // Registered first: the guard then checks the text never leaves the page or reaches the address bar.
    options: (s) => s.items.filter(isTextField).flatMap((i) => CANARIES.map((text) => ({
      say: `typ "${text}" in ${label(i)}`,
      run: async (ctx) => {
        ctx.typedInto.add(i.testid || i.tag);
        ctx.privacy.typed(text);
        const el = await element(ctx.page, i);
        await el.click({ timeout: ACTION_TIMEOUT });
        // Key by key, as a user types: every keydown passes the app's shortcut handler.
        await el.press('End');
        await ctx.page.keyboard.type(text);
      },
    }))),
  },
  {
    name: 'wis',
    weight: 3,
    options: (s) => s.items.filter((i) => isTextField(i) && i.value !== '')
      .map((i) => ({ say: `wis ${label(i)}`, run: async (ctx) => (await element(ctx.page, i)).fill('', { timeout: ACTION_TIMEOUT }) })),
  },
  {
    // Switching region is its own kind so it surely happens: the pack, the tree and the cases change.
    name: 'regio',
    weight: 4,
    options: (s) => {
      const select = s.items.find((i) => i.testid === 'region');
      if (select) {
        return select.options.filter((v) => v !== '' && v !== select.value)
          .map((v) => ({ say: `kies regio ${v}`, run: async (ctx) => (await element(ctx.page, select)).selectOption(v, { timeout: ACTION_TIMEOUT }) }));
      }
      // Folded into the context line during a consult: "Wijzig" opens it (the next region step picks one).
      const change = s.items.find((i) => i.tag === 'button' && /^Wijzig regio/.test(i.text));
      return change ? [{ say: `open regio-keuze ${label(change)}`, run: (ctx) => click(ctx, change) }] : [];
    },
  },
  {
    name: 'keuzelijst',
    weight: 6,
    options: (s) => s.items.filter((i) => i.tag === 'select' && i.testid !== 'region')
      .flatMap((i) => i.options.filter((v) => v !== i.value)
        .map((v) => ({ say: `kies ${v || '(leeg)'} in ${label(i)}`, run: async (ctx) => (await element(ctx.page, i)).selectOption(v, { timeout: ACTION_TIMEOUT }) }))),
  },
  {
    name: 'opnieuw',
    weight: 3,
    options: (s) => s.items.filter((i) => i.testid === 'reset').map((i) => ({ say: 'klik Opnieuw', run: (ctx) => click(ctx, i) })),
  },
  {
    name: 'terug',
    weight: 5,
    options: (s) => {
      if (!s.question && !s.route) return [];
      const options = [{
        say: 'Backspace (terug in het consult)',
        // Out of any field first, or Backspace deletes a letter instead of going back.
        run: async (ctx) => {
          await ctx.page.evaluate(() => document.activeElement?.blur?.());
          await ctx.page.keyboard.press('Backspace');
        },
      }];
      const button = s.items.find((i) => i.tag === 'button' && /Vorige vraag/.test(i.text));
      if (button) options.push({ say: `klik ${label(button)}`, run: (ctx) => click(ctx, button) });
      return options;
    },
  },
  {
    name: 'navigatie',
    weight: 5,
    // The views, the other regions' factsheet or cases, the skip link.
    options: (s) => s.items.filter((i) => isInternalLink(i) && !i.inTree && !i.inTraining)
      .map((i) => ({ say: `volg ${label(i)}`, run: (ctx) => click(ctx, i) })),
  },
  {
    // Start a case, go to the next one or back to the list, follow the trainer's link; the
    // answers themselves are 'antwoord' steps, so a case is answered as the walk goes.
    name: 'oefenen',
    weight: 6,
    options: (s) => s.items.filter((i) => i.inTraining && (i.tag === 'button' || isInternalLink(i)) && !isPrint(i))
      .map((i) => ({ say: `oefenen: ${label(i)}`, run: (ctx) => click(ctx, i) })),
  },
  {
    name: 'boom',
    weight: 4,
    options: (s) => s.items.filter((i) => i.inTree && isInternalLink(i))
      .map((i) => ({ say: `klik boomknoop ${label(i)}`, run: (ctx) => click(ctx, i) })),
  },
  {
    name: 'browser-terug',
    weight: 2,
    // Only within the app's own history: before it is about:blank, a blank page by design.
    options: (s) => (s.historyIndex > 0
      ? [{ say: 'page.goBack()', run: (ctx) => ctx.page.goBack({ timeout: ACTION_TIMEOUT }) }]
      : []),
  },
  {
    // Everything else: "Wijzig" on an answer, consent, dimensions and reasons, help, zoom, copy.
    name: 'overig',
    weight: 8,
    options: (s) => s.items.filter((i) => !i.inQuestion || !i.testid.startsWith('answer-'))
      .filter((i) => ['button', 'summary'].includes(i.tag) || (i.tag === 'input' && ['checkbox', 'radio'].includes(i.type)))
      .filter((i) => !isPrint(i) && i.testid !== 'reset')
      .map((i) => ({ say: `klik ${label(i)}`, run: (ctx) => click(ctx, i) })),
  },
];

/** One step: a kind by weight among the possible ones, then one of its actions. */
function chooseStep(rng, screen) {
  const possible = STEP_KINDS.map((kind) => ({ kind, options: kind.options(screen) })).filter((k) => k.options.length > 0);
  const total = possible.reduce((sum, k) => sum + k.kind.weight, 0);
  let roll = rng() * total;
  const chosen = possible.find((k) => (roll -= k.kind.weight) < 0) ?? possible[possible.length - 1];
  const action = pick(rng, chosen.options);
  return { kind: chosen.kind.name, ...action };
}

// ---------------------------------------------------------------------------------- the checks

/** Lets the app render what the step caused: two animation frames (Yew renders in between). */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The page is never blank and never the panic page. */
async function expectNotBlank(page) {
  const state = await page.evaluate(() => ({
    text: document.body.innerText.trim().length,
    app: document.getElementById('app')?.childElementCount ?? -1,
    panic: !!document.querySelector('main.panic'),
    main: document.querySelector('main')?.innerText.trim().length ?? 0,
  }));
  expect(state.panic, 'de foutpagina (main.panic) staat er').toBe(false);
  expect(state.app, '#app heeft kinderen').toBeGreaterThan(0);
  expect(state.text, 'de pagina heeft zichtbare tekst').toBeGreaterThan(0);
  expect(state.main, 'main heeft zichtbare tekst').toBeGreaterThan(0);
}

// ------------------------------------------------------------------------------------ the walk

test('300 willekeurige stappen: niets verlaat de pagina, niets wordt bewaard, geen fout, geen axe-melding', async ({ page, privacy }, testInfo) => {
  test.setTimeout(Math.max(8 * 60_000, STEPS * 2_000));
  console.log(`walk: WALK_SEED=${SEED} WALK_STEPS=${STEPS} (herhalen: WALK_SEED=${SEED} npx playwright test e2e/walk.spec.mjs)`);
  const rng = mulberry32(SEED);
  const ctx = { page, privacy, typedInto: new Set() };
  const done = [];
  const counts = {};
  let axeRuns = 0;

  /** Runs one step's checks; a failure names the seed, the step and the steps before it. */
  const checked = async (i, say, body) => {
    try {
      await body();
    } catch (error) {
      const last = done.slice(-HISTORY).map((d) => `\n    ${d}`).join('');
      throw new Error(`walk seed=${SEED} stap ${i}: ${say}; laatste stappen:${last || ' (geen)'}\n  herhalen: WALK_SEED=${SEED} npx playwright test e2e/walk.spec.mjs\n${error.message}`);
    }
  };

  /** After every step: not blank, the guard's verdict so far empty, axe clean. */
  const checkScreen = async (i, name) => {
    await settle(page);
    await expectNotBlank(page);
    expect(await privacy.verdict(), 'de privacybewaker').toEqual([]);
    await expectNoViolations(page, testInfo, name);
    axeRuns += 1;
  };

  await checked(0, "page.goto('/')", async () => {
    await page.goto('/');
    await expect(page.getByTestId('question')).toBeVisible();
    await checkScreen(0, 'walk-start');
  });

  const started = Date.now();
  for (let i = 1; i <= STEPS; i += 1) {
    const screen = await page.evaluate(describeScreen, CANDIDATES);
    const step = chooseStep(rng, screen);
    const say = `[${step.kind}] ${step.say}`;
    counts[step.kind] = (counts[step.kind] ?? 0) + 1;
    await checked(i, say, async () => {
      await step.run(ctx);
      await checkScreen(i, `walk-${i}`);
    });
    done.push(`${i}: ${say}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const fields = [...ctx.typedInto].sort();
  console.log(`walk: ${STEPS} stappen in ${seconds} s, axe ${axeRuns} keer; soorten: ${JSON.stringify(counts)}; getypt in: ${fields.join(', ') || '(niets)'}`);
  // A walk that never typed has not tested what matters most: typed personal data never leaves.
  expect(fields.length, `walk seed=${SEED}: geen enkel veld bereikt om in te typen`).toBeGreaterThan(0);
});

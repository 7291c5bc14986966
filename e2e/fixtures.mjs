// The Playwright `test` for Verwijswijzer, with an automatic privacy guard on every test.
//
// The app promises that it stores nothing and sends nothing (index.html, the footer). The
// guard holds every test to that promise:
//   - every request of the context is recorded (URL, method, body); after the test, a request
//     to another origin than the test server, a request that is not GET, or a request whose URL
//     or body carries an answer code, a question id, a route id or any text the test typed
//     (registered with `privacy.typed(...)`) fails the test;
//   - an init script wraps writes to document.cookie, localStorage, sessionStorage,
//     indexedDB.open/deleteDatabase (and CacheStorage.open, serviceWorker.register) and records
//     them in `window.__storageWrites`; any write fails the test, and so do cookies in the
//     context, keys in localStorage or sessionStorage, IndexedDB databases, caches or service
//     workers that exist after the test;
//   - any uncaught page error or console error fails the test;
//   - an init script records every Content Security Policy violation (the `securitypolicyviolation`
//     event) in every frame; any violation fails the test with its directive and what it blocked
//     (Chromium also logs it as a console error, which the guard fails too; this message says
//     which rule broke). A violation in a document the test has already left is only caught by
//     that console error;
//   - the address bar of every page of the context may hold no code and no typed text, except
//     a link into the tree or a training case that the test itself opened or clicked and
//     registered with `privacy.followedLink(...)` (see there). The app only reads the fragment,
//     never writes it, so a registered link can only be what the test put there.
// The guard's own tests (e2e/guard.spec.mjs) break one rule each and assert the guard's exact
// messages with `privacy.verdict()` (see there); for every other test the teardown decides.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export { expect };

export const ORIGIN = 'http://127.0.0.1:4173';

/**
 * Question ids, answer codes, route ids, dimension ids and consent codes: none of them may ever
 * leave the page. Generated from the region packs by `tests/sensitive_codes.rs` (run by
 * `cargo test`, before the end-to-end tests in scripts/test.sh), so a new region, question or
 * route is guarded without editing this file. Fails loudly when the file is missing or stale.
 */
export const SENSITIVE_CODES = readSensitiveCodes();

function readSensitiveCodes() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const target = path.resolve(root, process.env.CARGO_TARGET_DIR || 'target');
  const file = path.join(target, 'sensitive-codes.json');
  const rerun = 'Maak het met: cargo test -p verwijswijzer --test sensitive_codes';
  let stat;
  try { stat = fs.statSync(file); } catch {
    throw new Error(`${file} ontbreekt: de privacybewaker weet niet welke codes geheim zijn. ${rerun}`);
  }
  const content = path.join(root, 'content');
  const newer = fs.readdirSync(content)
    .filter((name) => name.endsWith('.toml') && fs.statSync(path.join(content, name)).mtimeMs > stat.mtimeMs);
  if (newer.length) {
    throw new Error(`${file} is ouder dan ${newer.map((n) => `content/${n}`).join(', ')}. ${rerun}`);
  }
  const { codes } = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new Error(`${file} bevat geen lijst met codes. ${rerun}`);
  }
  return codes;
}

/** Runs in every document before the page's own scripts: records every storage write. */
function storageSpy() {
  if (Object.prototype.hasOwnProperty.call(window, '__storageWrites')) return;
  const writes = [];
  Object.defineProperty(window, '__storageWrites', { value: writes, enumerable: false });
  const record = (kind, detail) => {
    let text;
    try { text = String(detail); } catch { text = '?'; }
    writes.push({ kind, detail: text.slice(0, 300) });
  };
  const wrapMethod = (proto, name, kind) => {
    const original = proto && proto[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (...args) {
        record(typeof kind === 'function' ? kind(this) : kind, args.map(String).join(' = '));
        return original.apply(this, args);
      },
    });
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get: cookie.get,
      set(value) {
        record('document.cookie', value);
        return cookie.set.call(this, value);
      },
    });
  }

  const storageName = (storage) => {
    try {
      if (storage === window.localStorage) return 'localStorage';
      if (storage === window.sessionStorage) return 'sessionStorage';
    } catch { /* storage can be blocked in opaque origins */ }
    return 'Storage';
  };
  for (const name of ['setItem', 'removeItem', 'clear']) {
    wrapMethod(window.Storage && Storage.prototype, name, (s) => `${storageName(s)}.${name}`);
  }
  wrapMethod(window.IDBFactory && IDBFactory.prototype, 'open', 'indexedDB.open');
  wrapMethod(window.IDBFactory && IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  wrapMethod(window.CacheStorage && CacheStorage.prototype, 'open', 'caches.open');
  wrapMethod(window.ServiceWorkerContainer && ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');
}

/**
 * Runs in every document before the page's own scripts: records every Content Security Policy
 * violation (what the browser blocked, and which directive blocked it) in `window.__cspViolations`.
 */
function cspSpy() {
  if (Object.prototype.hasOwnProperty.call(window, '__cspViolations')) return;
  const violations = [];
  Object.defineProperty(window, '__cspViolations', { value: violations, enumerable: false });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({
      directive: event.violatedDirective || event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      disposition: event.disposition,
    });
  }, true);
}

/** The CSP violations each frame of a page recorded, as the guard's messages. */
async function cspViolations(page, where) {
  const messages = [];
  for (const frame of page.frames()) {
    let found;
    try {
      found = await frame.evaluate(() => (window.__cspViolations ? [...window.__cspViolations] : []));
    } catch { continue; /* a frame that is gone or navigating has nothing left to read */ }
    const inFrame = frame === page.mainFrame() ? '' : ` in frame ${frame.url()}`;
    for (const v of found) {
      const at = v.source ? ` (${v.source}:${v.line})` : '';
      const sample = v.sample ? ` "${String(v.sample).slice(0, 80)}"` : '';
      const report = v.disposition === 'report' ? ' [alleen gemeld]' : '';
      messages.push(`CSP-overtreding${where}${inFrame}: ${v.directive} blokkeerde ${v.blocked || '(onbekend)'}${sample}${at}${report}`);
    }
  }
  // The header and the meta tag are two policies, and each reports the same block: say it once.
  const counts = new Map();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => (n > 1 ? `${m} (${n} keer)` : m));
}

/** What is left in the page's storage after the test. */
async function storageLeftovers(page) {
  return page.evaluate(async () => {
    const safe = async (f) => {
      try { return await f(); } catch (e) { return [`(kon niet lezen: ${e && e.message})`]; }
    };
    return {
      writes: window.__storageWrites ? [...window.__storageWrites] : ['(__storageWrites ontbreekt: init-script niet geladen)'],
      documentCookie: document.cookie,
      localStorage: await safe(() => Object.keys(window.localStorage)),
      sessionStorage: await safe(() => Object.keys(window.sessionStorage)),
      indexedDB: await safe(async () => (await indexedDB.databases()).map((d) => d.name)),
      caches: await safe(async () => (window.caches ? await caches.keys() : [])),
      // A page from disk cannot have a service worker: Chromium refuses even to list them there
      // (a register() attempt is still recorded among the writes above).
      serviceWorkers: location.protocol === 'file:' ? [] : await safe(async () =>
        navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope) : []),
    };
  });
}

/**
 * The part of a URL that could carry data to our own server: path, query and fragment. The
 * content hash in a built file's name (`pkg/verwijswijzer-1a7c3f17.wasm`) is the build's, not the
 * page's: it is left out, or a typed "17" would match it by chance in one build of many.
 */
function urlPayload(url) {
  let parsed;
  try { parsed = new URL(url); } catch { return url; }
  const path = parsed.pathname.replace(/^\/(pkg|static)\/([a-z]+)-[0-9a-f]{8}\.(wasm|js|css|svg)$/, '/$1/$2.$3');
  const raw = `${path}${parsed.search}${parsed.hash}`;
  let decoded = raw;
  try { decoded = decodeURIComponent(raw.replace(/\+/g, ' ')); } catch { /* keep raw */ }
  return `${raw}\n${decoded}`;
}

/**
 * The links a test may register with `privacy.followedLink`: a question of the tree
 * (`#beslisboom&vraag=...`) or a training case with its answers (`#oefenen&...&casus=...`).
 * Both hold only codes of the pack, and neither can hold the real consult: a training case runs
 * in a consult of its own, and the tree's link names a question, not an answer. A link to the
 * consult is never allowed to carry codes.
 */
const FOLLOWABLE_LINK = /^#(beslisboom&([a-z-]+=[a-z0-9_-]+&)*vraag=[a-z0-9_]+|oefenen&[a-z0-9_&=:,-]*casus=[a-z0-9_&=:,-]+)$/;

/** The origin of a URL as the guard compares it: a page opened from disk is `file://`. */
function originOf(url) {
  if (url.startsWith('file:')) return 'file://';
  try { return new URL(url).origin; } catch { return ''; }
}

/** `messages` without `reported`, each reported message taken away as often as it was reported. */
function withoutMessages(messages, reported) {
  const left = new Map();
  for (const m of reported) left.set(m, (left.get(m) ?? 0) + 1);
  return messages.filter((m) => {
    const n = left.get(m) ?? 0;
    if (n > 0) left.set(m, n - 1);
    return n === 0;
  });
}

/**
 * The guard's verdict on everything a test did so far: one message per broken rule, in a fixed
 * order (requests, then per page its CSP violations, address bar and storage, then the context's
 * cookies, then page errors and console errors). Empty when the test kept the promise.
 * `recorded` is what the fixture has collected: requests, errors, typed text, followed links.
 */
async function guardVerdict({ page, context, appOrigins }, { requests, errors, typed, followed }) {
  const failures = [];
  const needles = [...SENSITIVE_CODES, ...typed].filter((n) => n.length > 0);
  for (const request of requests) {
    const label = `${request.method} ${request.url}`;
    if (request.url.startsWith('data:') || request.url.startsWith('blob:')) {
      failures.push(`onverwachte ${request.url.slice(0, 5)}-request: ${label.slice(0, 120)}`);
      continue;
    }
    if (!appOrigins.includes(originOf(request.url))) failures.push(`request naar een andere host: ${label}`);
    if (request.method !== 'GET') failures.push(`request is geen GET: ${label}`);
    if (request.cookie) failures.push(`request stuurt cookies mee: ${label}: ${request.cookie}`);
    const haystack = `${urlPayload(request.url)}\n${request.body}`;
    for (const needle of needles) {
      if (haystack.includes(needle)) failures.push(`request bevat "${needle}": ${label}${request.body ? ` body=${request.body.slice(0, 200)}` : ''}`);
    }
  }

  // Every page of the context: the test's own and any it opened (a shared link, say).
  const pages = [page, ...context.pages().filter((p) => p !== page)];
  for (const [index, p] of pages.entries()) {
    if (p.isClosed()) continue;
    const where = index === 0 ? '' : ` (pagina ${index + 1})`;
    const address = p.url();
    // A link the test followed itself may hold codes; typed text never.
    let withoutFollowed = address;
    try {
      const parsed = new URL(address);
      if (followed.has(parsed.hash)) {
        parsed.hash = '';
        withoutFollowed = parsed.href;
      }
    } catch { /* invalid URL: checked whole */ }
    // Any frame, whatever its origin: a host page's policy counts too.
    failures.push(...await cspViolations(p, where));
    const here = urlPayload(withoutFollowed);
    const whole = urlPayload(address);
    for (const needle of needles) {
      if (here.includes(needle) || (typed.has(needle) && whole.includes(needle))) {
        failures.push(`de adresbalk${where} bevat "${needle}": ${address}`);
      }
    }
    if (appOrigins.includes(originOf(address))) {
      const left = await storageLeftovers(p);
      if (left.writes.length) failures.push(`schrijfacties naar opslag${where}: ${JSON.stringify(left.writes)}`);
      if (left.documentCookie) failures.push(`document.cookie is niet leeg${where}: ${left.documentCookie}`);
      for (const key of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'serviceWorkers']) {
        if (left[key].length) failures.push(`${key} is niet leeg${where}: ${JSON.stringify(left[key])}`);
      }
    }
  }
  const cookies = await context.cookies();
  if (cookies.length) failures.push(`cookies in de browsercontext: ${JSON.stringify(cookies.map((c) => `${c.domain}: ${c.name}`))}`);
  failures.push(...errors);
  return failures;
}

export const test = base.extend({
  /**
   * The origins the app's own files come from. Requests anywhere else fail the test, and pages
   * at these origins get the storage check. A spec that serves the app differently (the embed
   * host page, the single file opened from disk) widens it with `test.use({ appOrigins })`.
   */
  appOrigins: [[ORIGIN], { option: true }],
  privacy: [
    async ({ page, context, appOrigins }, use) => {
      const requests = [];
      const errors = [];
      const typed = new Set();
      const followed = new Set();
      const recorded = { requests, errors, typed, followed };
      // The messages the last `verdict()` returned: the self-test asserts them, so the teardown
      // does not fail on them again (see `verdict`).
      let reported = [];

      context.on('request', (request) => {
        let body = '';
        try { body = request.postDataBuffer()?.toString('utf8') ?? ''; } catch { body = '(onleesbaar)'; }
        requests.push({ url: request.url(), method: request.method(), body, cookie: request.headers().cookie ?? '' });
      });
      const watch = (p) => {
        p.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
        p.on('console', (message) => {
          if (message.type() === 'error') {
            const { url, lineNumber } = message.location();
            errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
          }
        });
        p.on('websocket', (ws) => errors.push(`websocket geopend: ${ws.url()}`));
      };
      watch(page);
      context.on('page', (p) => { if (p !== page) watch(p); });
      await context.addInitScript(storageSpy);
      await context.addInitScript(cspSpy);

      const guard = {
        /** Registers text the test types, so the guard can check it never leaves the page. */
        typed(text) {
          typed.add(String(text));
          return String(text);
        },
        /**
         * Registers a fragment (with its `#`) that the test opened or clicked, so the address bar
         * may show it although it holds codes (a question id, a training case's answers). Only
         * the links FOLLOWABLE_LINK describes; anything else throws. Typed text stays forbidden.
         */
        followedLink(fragment) {
          const text = String(fragment);
          if (!FOLLOWABLE_LINK.test(text)) {
            throw new Error(`privacy.followedLink: "${text}" is geen link naar de beslisboom of een oefencasus`);
          }
          followed.add(text);
          return text;
        },
        /** The requests so far (for tests that want to look themselves). */
        requests,
        /**
         * For the guard's own tests (e2e/guard.spec.mjs): the messages the teardown would fail on
         * if the test ended now, the same checks computed now. A self-test can then assert the
         * exact message, so it fails when the guard misses a breach or flags it for another
         * reason, where `test.fail()` would pass on any failure (a timeout, a broken selector).
         * The messages returned are the test's to assert: the teardown still runs every check
         * but no longer fails on them (a message counts once per time it was returned); a breach
         * after the last call, or one that changes a message (one more write, say), still fails.
         */
        async verdict() {
          reported = await guardVerdict({ page, context, appOrigins }, recorded);
          return [...reported];
        },
      };

      await use(guard);

      // Messages a self-test took with `verdict()` are its own to assert; anything else still fails.
      const failures = withoutMessages(await guardVerdict({ page, context, appOrigins }, recorded), reported);

      if (failures.length) {
        throw new Error(`Privacybewaker (${failures.length}):\n  - ${failures.join('\n  - ')}`);
      }
    },
    { auto: true },
  ],
});

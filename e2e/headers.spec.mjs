// What the server sends, byte for byte and header by header: the release in dist/ served by
// nginx with the configuration a region deploys (scripts/nginx.sh, deploy/nginx/), on the test
// server of playwright.config.mjs.
//
// Plain HTTP requests from Node (node:http: no browser, no automatic decompression, so the bytes
// on the wire are what is compared). They do not go through the page's context, so the privacy
// guard of fixtures.mjs sees none of them; its checks on the (blank) page still run.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { test, expect, ORIGIN } from './fixtures.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
// The embed test's host page: playwright.config.mjs passes it to scripts/nginx.sh.
const EMBED_HOST_ORIGIN = 'http://127.0.0.1:4175';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const indexHtml = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
/** The policy of the page's meta tag: the header must say the same, plus frame-ancestors. */
const META_CSP = indexHtml.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];

/**
 * The hashed files of the release, found as the browser finds them: from index.html, the boot
 * script (which imports the glue) and the glue (which names the wasm).
 */
function hashedFiles() {
  const read = (name) => fs.readFileSync(path.join(DIST, name), 'utf8');
  const names = [...indexHtml.matchAll(/"((?:pkg|static)\/[a-z0-9_-]+-[0-9a-f]{8}\.(?:wasm|js|css|svg))"/g)].map((m) => m[1]);
  const boot = names.find((n) => /^static\/boot-/.test(n));
  const glue = boot && read(boot).match(/\.\.\/(pkg\/verwijswijzer-[0-9a-f]{8}\.js)/)?.[1];
  const wasm = glue && read(glue).match(/'(verwijswijzer-[0-9a-f]{8}\.wasm)'/)?.[1];
  return [...new Set([...names, glue, wasm && `pkg/${wasm}`].filter(Boolean))];
}
const HASHED = hashedFiles();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMMON_HEADERS = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** GET from the test server; the body as it came over the wire (still compressed). */
function get(urlPath, headers = {}) {
  const { hostname, port } = new URL(ORIGIN);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: urlPath, headers, agent: false }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function expectSecurityHeaders(response, label) {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(response.headers[name], `${label}: ${name}`).toBe(value);
  }
  const policy = Object.fromEntries(response.headers['permissions-policy'].split(',').map((part) => part.trim().split('=')));
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'browsing-topics']) {
    expect(policy[feature], `${label}: Permissions-Policy ${feature}`).toBe('()');
  }
  expect(policy['clipboard-write'], `${label}: de kopieerknoppen mogen naar het klembord schrijven`).toBe('(self)');
  const allowed = Object.entries(policy).filter(([, v]) => v !== '()').map(([k]) => k);
  expect(allowed, `${label}: alleen clipboard-write staat aan`).toEqual(['clipboard-write']);
  // Not named, so the browser's default (this origin, after the user allows it): the app never
  // reads the clipboard, but keyboard.spec and training.spec read back what it copied.
  expect(policy['clipboard-read'], `${label}: clipboard-read`).toBeUndefined();
  expect(response.headers.server, `${label}: Server zonder versie`).toBe('nginx');
}

/** The sources of the frame-ancestors directive of a policy. */
function frameAncestors(csp) {
  const directive = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

test.describe('de server (nginx)', () => {
  test('de release heeft de verwachte bestanden en index.html een CSP-meta', () => {
    expect(META_CSP).toBe("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'");
    for (const pattern of [/^pkg\/verwijswijzer-.*\.wasm$/, /^pkg\/verwijswijzer-.*\.js$/, /^static\/boot-/, /^static\/style-/, /^static\/icon-/]) {
      expect(HASHED.some((n) => pattern.test(n)), `${pattern} in ${HASHED.join(', ')}`).toBe(true);
    }
  });

  test('elk bestand komt als brotli, gzip of ongecomprimeerd, precies de voorgecomprimeerde kopie', async () => {
    for (const [urlPath, file] of [['/', 'index.html'], ['/index.html', 'index.html'], ...HASHED.map((n) => [`/${n}`, n])]) {
      const original = fs.readFileSync(path.join(DIST, file));
      const type = TYPES[path.extname(file)];

      const br = await get(urlPath, { 'Accept-Encoding': 'br' });
      expect(br.status, urlPath).toBe(200);
      expect(br.headers['content-type'], urlPath).toBe(type);
      expect(br.headers['content-encoding'], `${urlPath} met br`).toBe('br');
      expect(br.body.equals(fs.readFileSync(path.join(DIST, `${file}.br`))), `${urlPath}: de .br-kopie zoals hij is`).toBe(true);
      expect(zlib.brotliDecompressSync(br.body).equals(original), `${urlPath}: brotli uitgepakt = het bestand`).toBe(true);

      // A browser's usual header: brotli wins.
      const both = await get(urlPath, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(both.headers['content-encoding'], `${urlPath} met gzip en br`).toBe('br');

      const gz = await get(urlPath, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-type'], urlPath).toBe(type);
      expect(gz.headers['content-encoding'], `${urlPath} met alleen gzip`).toBe('gzip');
      expect(gz.body.equals(fs.readFileSync(path.join(DIST, `${file}.gz`))), `${urlPath}: de .gz-kopie zoals hij is`).toBe(true);
      expect(zlib.gunzipSync(gz.body).equals(original), `${urlPath}: gzip uitgepakt = het bestand`).toBe(true);

      for (const headers of [{ 'Accept-Encoding': 'identity' }, {}]) {
        const plain = await get(urlPath, headers);
        expect(plain.headers['content-type'], urlPath).toBe(type);
        expect(plain.headers['content-encoding'], `${urlPath} zonder br of gzip`).toBeUndefined();
        expect(plain.body.equals(original), `${urlPath}: ongecomprimeerd = het bestand`).toBe(true);
      }

      for (const response of [br, gz]) {
        expect(response.headers.vary, `${urlPath}: Vary`).toMatch(/(^|,\s*)Accept-Encoding(\s*,|$)/i);
      }
    }
  });

  test('gehashte namen een jaar in de cache, de pagina altijd opnieuw gevraagd', async () => {
    for (const name of HASHED) {
      const response = await get(`/${name}`, { 'Accept-Encoding': 'br' });
      expect(response.headers['cache-control'], name).toBe(IMMUTABLE);
    }
    for (const urlPath of ['/', '/index.html']) {
      const response = await get(urlPath, { 'Accept-Encoding': 'br' });
      expect(response.headers['cache-control'], urlPath).toBe('no-cache');
      // no-cache: the browser asks again, and an unchanged page costs only a 304.
      const again = await get(urlPath, { 'Accept-Encoding': 'br', 'If-None-Match': response.headers.etag });
      expect(again.status, `${urlPath} opnieuw gevraagd`).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  test('elk antwoord draagt de beveiligingsheaders, met de CSP van de pagina en frame-ancestors', async () => {
    for (const urlPath of ['/', '/index.html', ...HASHED.map((n) => `/${n}`), '/bestaat-niet']) {
      const response = await get(urlPath, { 'Accept-Encoding': 'br' });
      expectSecurityHeaders(response, urlPath);
      const csp = response.headers['content-security-policy'];
      expect(csp, urlPath).toBe(`${META_CSP}; frame-ancestors 'self' ${EMBED_HOST_ORIGIN}`);
      expect(frameAncestors(csp), `${urlPath}: frame-ancestors`).toEqual(["'self'", EMBED_HOST_ORIGIN]);
    }
  });

  test('het losse bestand (verwijswijzer.html) krijgt een CSP-header die zijn eigen scripts niet blokkeert', async () => {
    const response = await get('/verwijswijzer.html', { 'Accept-Encoding': 'br' });
    const file = path.join(DIST, 'verwijswijzer.html');
    if (fs.existsSync(file)) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(TYPES['.html']);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(zlib.brotliDecompressSync(response.body).equals(fs.readFileSync(file))).toBe(true);
    } else {
      expect(response.status, 'nog niet gebouwd: 404').toBe(404);
    }
    expectSecurityHeaders(response, '/verwijswijzer.html');
    const csp = response.headers['content-security-policy'];
    expect(csp).toBe(`base-uri 'none'; form-action 'none'; frame-ancestors 'self' ${EMBED_HOST_ORIGIN}`);
    expect(csp, 'geen script- of stijlregels: die staan met hashes in het bestand zelf').not.toMatch(/default-src|script-src|style-src/);
  });

  test('al het andere is 404, zonder mappenlijst en zonder jaar in de cache', async () => {
    const wasm = HASHED.find((n) => n.endsWith('.wasm'));
    for (const urlPath of [
      '/bestaat-niet', '/pkg/', '/static/', '/pkg/verwijswijzer-00000000.wasm', '/static/boot.js',
      `/${wasm}.br`, `/${wasm}.gz`, '/index.html.br', '/index.html.gz', '/favicon.ico', '/pkg/../Cargo.toml',
    ]) {
      const response = await get(urlPath, { 'Accept-Encoding': 'br' });
      expect(response.status, urlPath).toBe(404);
      expect(response.headers['cache-control'], `${urlPath}: een 404 wordt niet bewaard`).toBeUndefined();
      expect(response.body.toString('utf8'), `${urlPath}: geen mappenlijst`).not.toMatch(/Index of|<a href/i);
      expectSecurityHeaders(response, urlPath);
    }
  });

  test('alleen lezen: een POST wordt geweigerd', async () => {
    const { hostname, port } = new URL(ORIGIN);
    const status = await new Promise((resolve, reject) => {
      const request = http.request({ hostname, port, path: '/index.html', method: 'POST', agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      });
      request.on('error', reject);
      request.end('x');
    });
    expect(status).toBe(405);
  });
});

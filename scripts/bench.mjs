#!/usr/bin/env node
// Verwijswijzer benchmark: prints measured figures for the closing notes of a change.
//
//   ./scripts/build.sh && node scripts/bench.mjs        (or: npm run bench)
//
// It is deliberately NOT a test: it never compares a timing with a limit, because timings on a
// shared CI box or laptop are too noisy to fail a build on. The only budget it mentions (the
// 150 KB brotli first load) is printed as a line to read, not enforced. It exits non-zero only
// when something could not be measured at all (no dist/, no browser, the page never showed a
// question, the CLI did not answer), so a silent "0 ms" can never pass as a result.
//
// Sections: 1 bundle sizes, 2 the local server, 3 time to first question, 4 answer latency,
// 5 native engine timing, 6 a summary block to paste.
//
// Dependencies: node built-ins and @playwright/test, driving Debian's Chromium (never a
// downloaded browser: `npx playwright install` is not needed and must not be run).

import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const BUDGET = 153600; // 150 KB brotli for everything the first load fetches (docs budget).
const FIRST_QUESTION_RUNS = 10;
const PATH_REPEATS = 5;
const REGION = 'dwo';

// A typical Welzijn op Recept path through the DWO pack: question id → answer code. The ids are
// only used to label the figures and to notice when the page takes another route than the CLI.
const WOR_PATH = [
  ['acute_risk', 'no'],
  ['age_group', 'adult'],
  ['needs_medical_care', 'no'],
  ['needs_psych_treatment', 'no'],
  ['psychosocial', 'yes'],
  ['multi_problem', 'no'],
  ['practical_core', 'no'],
  ['self_directed', 'no'],
  ['open_to_coach', 'yes'],
  ['weight_risk', 'no'],
  ['carer_strain', 'no'],
];

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Things that could not be measured; reported together at the end and turned into exit code 1.
const problems = [];

// ---------------------------------------------------------------------------------------------
// Small helpers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
// Nearest-rank p95: with 55 samples that is the 53rd, a real observed value, not an interpolation.
const p95 = (xs) => sorted(xs)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)];
const ms = (x) => (x == null || Number.isNaN(x) ? '-' : `${x.toFixed(1)} ms`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const int = (n) => n.toLocaleString('en-US');

function table(headers, rows, align) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => ((align?.[i] ?? 'r') === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function heading(text) {
  console.log(`\n== ${text} ${'='.repeat(Math.max(0, 92 - text.length))}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Bundle sizes

function listFiles(dir, pattern) {
  const full = path.join(DIST, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).filter((f) => pattern.test(f)).sort().map((f) => path.posix.join(dir, f));
}

// gzip -9 and brotli 11 are what a static host would use for pre-compressed files; brotli is
// also what the server below sends, so the table and the browser see the same bytes.
function compress(buf) {
  return {
    raw: buf,
    gzip: zlib.gzipSync(buf, { level: 9 }),
    br: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }),
  };
}

function measureSizes() {
  heading('1. Bundle sizes (dist/)');
  const firstLoad = [
    'index.html',
    ...listFiles('static', /\.css$/),
    ...listFiles('static', /\.js$/),
    ...listFiles('pkg', /\.js$/),
    ...listFiles('pkg', /\.wasm$/),
  ];
  const extra = listFiles('static', /\.svg$/);
  const files = new Map(); // dist-relative path → {raw, gzip, br} buffers, shared with the server
  for (const rel of [...firstLoad, ...extra]) files.set(rel, compress(readFileSync(path.join(DIST, rel))));

  const row = (rel) => {
    const f = files.get(rel);
    return [rel, int(f.raw.length), int(f.gzip.length), int(f.br.length)];
  };
  const sum = (rels, kind) => rels.reduce((n, r) => n + files.get(r)[kind].length, 0);
  const total = { raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), br: sum(firstLoad, 'br') };
  console.log(table(
    ['file (first load)', 'raw', 'gzip -9', 'brotli 11'],
    [...firstLoad.map(row), ['total', int(total.raw), int(total.gzip), int(total.br)]],
    ['l'],
  ));
  if (extra.length) {
    console.log('\nNot counted (the icon is fetched lazily by the browser, if at all):');
    console.log(table(['file', 'raw', 'gzip -9', 'brotli 11'], extra.map(row), ['l']));
  }
  const pct = ((100 * total.br) / BUDGET).toFixed(1);
  console.log(`\nfirst load: ${int(total.br)} bytes brotli of ${BUDGET} budget (150 KB) — ${pct}% used, ` +
    `${int(BUDGET - total.br)} bytes ${total.br <= BUDGET ? 'left' : 'OVER'}`);

  const group = (re) => {
    const rels = firstLoad.filter((r) => re.test(r));
    return { raw: sum(rels, 'raw'), gzip: sum(rels, 'gzip'), br: sum(rels, 'br') };
  };
  return { files, firstLoad, total, wasm: group(/\.wasm$/), js: group(/\.js$/) };
}

// ---------------------------------------------------------------------------------------------
// 2. A tiny static server for dist/
//
// Own server instead of `python3 -m http.server`: it needs the application/wasm MIME type (else
// the glue falls back from streaming compilation and the figure would be wrong), it can serve
// the same pre-compressed bytes that the size table counts, and it logs which files were asked.

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function startServer(files) {
  const log = []; // {path, status, encoding, bytes}
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      rel = '';
    }
    const full = path.join(DIST, rel);
    // Refuse anything outside dist/ ("..", absolute paths after decoding).
    if (!rel || !full.startsWith(DIST + path.sep) || !existsSync(full) || !statSync(full).isFile()) {
      log.push({ path: rel, status: 404, encoding: '-', bytes: 0 });
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const variants = files.get(rel.split(path.sep).join('/')) ?? compress(readFileSync(full));
    const [encoding, body] = /\bbr\b/.test(accept) ? ['br', variants.br]
      : /\bgzip\b/.test(accept) ? ['gzip', variants.gzip]
        : ['identity', variants.raw];
    const headers = {
      'Content-Type': MIME[path.extname(full)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // Every run must fetch and compile from scratch; new contexts already have empty caches,
      // this keeps it so if someone reuses a context.
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ path: rel, status: 200, encoding, bytes: body.length });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so the bench never collides with a dev server.
    server.listen(0, '127.0.0.1', () => resolve({ server, log, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

function closeServer(server) {
  // Chromium keeps connections alive; without this close() would wait for them to time out.
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------------------------------------
// 3. Time to first question
//
// Measured inside the page with performance.now(), whose zero is the navigation start of that
// document, so Playwright's own round trips never enter the figure. The init script runs before
// any page script (CSP does not apply to it) and records:
//  - when WebAssembly.instantiate(Streaming) was called and when it resolved (compile +
//    instantiate; with streaming, compilation overlaps the download),
//  - when [data-testid=question] is first in the DOM and visible, and the next animation frame
//    after that (roughly when it is painted).

const INIT_SCRIPT = () => {
  const marks = {};
  window.__bench = { marks };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const start = performance.now();
      marks.instantiateStart ??= start;
      marks.instantiateKind ??= name;
      return original.apply(this, args).then((result) => {
        marks.instantiateEnd = performance.now();
        return result;
      });
    };
  }
  const check = () => {
    if (marks.question != null) return true;
    const q = document.querySelector('[data-testid=question]');
    if (q && (q.checkVisibility ? q.checkVisibility() : q.offsetParent !== null)) {
      marks.question = performance.now();
      marks.firstQuestion = q.getAttribute('data-question');
      requestAnimationFrame(() => { marks.questionFrame = performance.now(); });
      observer.disconnect();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // Visibility can also change without a mutation (a stylesheet arriving): poll per frame too.
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
};

async function openPage(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench?.marks.questionFrame != null, null, { timeout: 20000 });
  } catch {
    // boot.js catches a failed start and shows its own message: quote it, it says why.
    const shown = await page.evaluate(() => document.querySelector('main')?.innerText ?? '').catch(() => '');
    await context.close();
    throw new Error('the page never showed [data-testid=question] within 20 s' +
      (shown ? `; the page shows: "${shown.replace(/\s+/g, ' ').trim().slice(0, 160)}"` : '') +
      (errors.length ? `; page errors: ${errors.join(' | ')}` : ''));
  }
  return { context, page, errors };
}

async function collectLoadFigures(page) {
  return page.evaluate(() => {
    const { marks } = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return {
      ...marks,
      htmlResponseEnd: nav?.responseEnd,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      wasmStart: wasm?.startTime,
      wasmResponseEnd: wasm?.responseEnd,
      wasmTransfer: wasm?.transferSize,
      wasmEncoded: wasm?.encodedBodySize,
      wasmDecoded: wasm?.decodedBodySize,
      wasmEntries: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length,
    };
  });
}

async function measureFirstQuestion(browser, url, serverLog) {
  heading(`3. Time to first question (${FIRST_QUESTION_RUNS} runs, fresh browser context each)`);
  const runs = [];
  for (let i = 0; i < FIRST_QUESTION_RUNS; i++) {
    const logStart = serverLog.length;
    const { context, page, errors } = await openPage(browser, url);
    runs.push({ ...(await collectLoadFigures(page)), errors, requests: serverLog.slice(logStart) });
    await context.close();
  }

  const first = runs[0];
  console.log('Requests of the first run, as served:');
  console.log(table(['path', 'status', 'encoding', 'bytes on the wire'],
    first.requests.map((r) => [r.path, r.status, r.encoding, int(r.bytes)]), ['l', 'r', 'l']));
  const wireTotal = first.requests.reduce((n, r) => n + r.bytes, 0);
  console.log(`total on the wire: ${int(wireTotal)} bytes; wasm resource entries per load: ${first.wasmEntries}` +
    ` (1 = the <link rel=preload> was reused by the glue)`);
  if (first.instantiateKind !== 'instantiateStreaming') {
    console.log(`note: the glue used WebAssembly.${first.instantiateKind ?? '(none seen)'}, not streaming compilation`);
  }

  console.log('\nPer run, ms since navigation start (performance.now() in the page):');
  console.log(table(
    ['run', 'HTML responseEnd', 'DOMContentLoaded', 'wasm responseEnd', 'instantiate start→end', 'compile+inst', 'question visible', 'next frame'],
    runs.map((r, i) => [
      i + 1, ms(r.htmlResponseEnd), ms(r.domContentLoaded), ms(r.wasmResponseEnd),
      `${ms(r.instantiateStart)} → ${ms(r.instantiateEnd)}`, ms(r.instantiateEnd - r.instantiateStart),
      ms(r.question), ms(r.questionFrame),
    ]),
  ));
  const q = runs.map((r) => r.question);
  const summary = {
    median: median(q), min: Math.min(...q), max: Math.max(...q),
    frameMedian: median(runs.map((r) => r.questionFrame)),
    wasmResponseEnd: median(runs.filter((r) => r.wasmResponseEnd != null).map((r) => r.wasmResponseEnd)),
    instantiate: median(runs.map((r) => r.instantiateEnd - r.instantiateStart)),
    afterInstantiate: median(runs.map((r) => r.question - r.instantiateEnd)),
    afterHtml: median(runs.map((r) => r.question - r.htmlResponseEnd)),
    htmlResponseEnd: median(runs.map((r) => r.htmlResponseEnd)),
    firstQuestion: first.firstQuestion,
  };
  console.log(`\ntime to first question ("${summary.firstQuestion}" visible): median ${ms(summary.median)}, ` +
    `min ${ms(summary.min)}, max ${ms(summary.max)}  (next frame: median ${ms(summary.frameMedian)})`);
  // The time before the HTML arrives is mostly the browser starting a renderer for a brand-new
  // context, not the app; "HTML received → question" is the part the app's bytes and code own.
  console.log(`context (medians): HTML received ${ms(summary.htmlResponseEnd)}, then ${ms(summary.afterHtml)} to the question; ` +
    `wasm responseEnd ${ms(summary.wasmResponseEnd)}; ` +
    `WebAssembly.${first.instantiateKind ?? '?'} ${ms(summary.instantiate)} (compile + instantiate, overlapping the download when streaming); ` +
    `instantiate end → question visible ${ms(summary.afterInstantiate)} (wasm start, pack decoding, first render)`);
  const errs = runs.flatMap((r) => r.errors);
  if (errs.length) console.log(`page errors seen: ${[...new Set(errs)].join(' | ')}`);
  console.log('(loopback server, no network throttling: these are CPU figures — parse, compile, render.)');
  return summary;
}

// ---------------------------------------------------------------------------------------------
// 4. Answer latency
//
// The click is dispatched with element.click() inside the page, so the figure starts at the
// dispatch and not at a Playwright round trip. It ends when a MutationObserver sees the next
// question (data-question changed) or the outcome. If Yew renders synchronously inside the click
// handler, the check right after click() catches it before the observer's microtask would.

async function answer(page, code) {
  return page.evaluate((code) => new Promise((resolve, reject) => {
    const question = () => document.querySelector('[data-testid=question]');
    const before = question()?.getAttribute('data-question') ?? null;
    const button = document.querySelector(`[data-testid="answer-${code}"]`);
    if (!button) {
      reject(new Error(`no [data-testid=answer-${code}] on question "${before}"`));
      return;
    }
    const next = () => {
      if (document.querySelector('[data-testid=outcome]')) return 'outcome';
      const now = question()?.getAttribute('data-question');
      return now && now !== before ? now : null;
    };
    let t0 = 0;
    let finished = false;
    const finish = (shown) => {
      if (finished) return;
      finished = true;
      const dom = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ before, shown, dom, frame: performance.now() - t0 }));
    };
    const observer = new MutationObserver(() => { const shown = next(); if (shown) finish(shown); });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`answering "${code}" on "${before}" changed nothing within 5 s`));
    }, 5000);
    t0 = performance.now();
    button.click();
    const shown = next();
    if (shown) finish(shown);
  }), code);
}

async function selectRegion(page) {
  // The WOR path belongs to the DWO pack; pick it when the page opened on another region.
  const select = page.locator('[data-testid=region]');
  if (await select.count() && (await select.inputValue()) !== REGION) {
    await select.selectOption(REGION);
    await page.waitForFunction(() => document.querySelector('[data-testid=question]')?.getAttribute('data-question') === 'acute_risk');
  }
}

async function measureAnswers(browser, url) {
  heading(`4. Answer latency (WOR path, ${WOR_PATH.length} answers × ${PATH_REPEATS} repeats)`);
  const { context, page } = await openPage(browser, url);
  const samples = WOR_PATH.map(() => []); // per step: {dom, frame}
  const deviations = new Set();
  let outcomeRoute = null;
  try {
    for (let rep = 0; rep < PATH_REPEATS; rep++) {
      if (rep > 0) {
        // "Opnieuw" starts a new consult in the same page, like a GP between patients; a reload
        // would measure a cold wasm/JIT each time instead.
        await page.click('[data-testid=reset]');
        await page.waitForFunction(() => document.querySelector('[data-testid=question]')?.getAttribute('data-question') === 'acute_risk');
      }
      await selectRegion(page);
      for (const [i, [expected, code]] of WOR_PATH.entries()) {
        const r = await answer(page, code);
        if (r.before !== expected) deviations.add(`step ${i + 1}: page asked "${r.before}", expected "${expected}"`);
        samples[i].push(r);
      }
      const last = samples.at(-1).at(-1);
      if (last.shown !== 'outcome') deviations.add(`the path ended on question "${last.shown}", not on the outcome`);
      outcomeRoute = await page.locator('[data-testid=outcome]').getAttribute('data-route').catch(() => null);
    }
  } finally {
    await context.close();
  }

  const rows = WOR_PATH.map(([id, code], i) => {
    const dom = samples[i].map((s) => s.dom);
    const frame = samples[i].map((s) => s.frame);
    return { id, code, next: samples[i][0].shown, dom, frame, median: median(dom), p95: p95(dom), frameMedian: median(frame) };
  });
  console.log('Per answer, click dispatch → next question/outcome in the DOM (and → next animation frame):');
  console.log(table(
    ['#', 'question', 'answer', 'shows next', 'median', 'p95', 'max', 'next frame median'],
    rows.map((r, i) => [i + 1, r.id, r.code, r.next, ms(r.median), ms(r.p95), ms(Math.max(...r.dom)), ms(r.frameMedian)]),
    ['r', 'l', 'l', 'l'],
  ));
  const all = rows.flatMap((r) => r.dom);
  const allFrames = rows.flatMap((r) => r.frame);
  const slowest = rows.reduce((a, b) => (b.median > a.median ? b : a));
  const summary = {
    median: median(all), p95: p95(all), max: Math.max(...all), n: all.length,
    frameMedian: median(allFrames), frameP95: p95(allFrames), slowest, outcomeRoute,
  };
  console.log(`\nall ${summary.n} answers: median ${ms(summary.median)}, p95 ${ms(summary.p95)}, max ${ms(summary.max)} ` +
    `(to next frame: median ${ms(summary.frameMedian)}, p95 ${ms(summary.frameP95)})`);
  console.log(`slowest question (by median): ${slowest.id} = ${slowest.code} → ${slowest.next}, ` +
    `median ${ms(slowest.median)}, p95 ${ms(slowest.p95)}`);
  console.log(`outcome route shown: ${outcomeRoute ?? '(none)'}`);
  for (const d of deviations) console.log(`note: ${d}`);
  console.log('(performance.now() in Chromium is coarsened to about 0.1 ms; sub-millisecond figures are at that resolution.)');
  return summary;
}

// ---------------------------------------------------------------------------------------------
// 5. Native engine timing

function run(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ...r, wall };
}

function measureNative() {
  heading('5. Native engine (cargo, release)');
  // Build first so that neither figure below includes compiling (others may have edited code).
  const build = run('cargo', ['build', '-q', '--release', '--bin', 'verwijswijzer']);
  if (build.error || build.status !== 0) {
    problems.push(`cargo build --release --bin verwijswijzer failed: ${build.error ?? build.stderr.trim()}`);
    console.log('cargo build failed; no native figures.');
    return null;
  }
  console.log(`warm-up build: ${(build.wall / 1000).toFixed(1)} s (not part of any figure)`);

  const answers = WOR_PATH.map(([q, a]) => `${q}=${a}`).join(',');
  const evalArgs = ['run', '-q', '--release', '--bin', 'verwijswijzer', '--', 'eval', '--region', REGION, '--answers', answers];
  const ev = run('cargo', evalArgs);
  console.log(`$ cargo ${evalArgs.join(' ')}`);
  let outcome = null;
  if (ev.status === 0) {
    try {
      outcome = JSON.parse(ev.stdout);
      console.log(JSON.stringify(outcome, null, 2));
    } catch {
      console.log(ev.stdout.trim());
    }
  } else {
    problems.push(`the CLI eval exited ${ev.status}: ${(ev.stderr || String(ev.error)).trim()}`);
    console.log(`exit ${ev.status}\n${ev.stderr.trim()}`);
  }
  console.log(`eval wall time: ${ms(ev.wall)} (including cargo's start-up)`);

  const check = run('cargo', ['run', '-q', '--release', '--bin', 'verwijswijzer', '--', 'check']);
  if (check.error) problems.push(`could not run the pack check: ${check.error}`);
  // The bare binary too: `cargo run` adds its own start-up and freshness check to the figure.
  const bin = path.join(ROOT, 'target', 'release', process.platform === 'win32' ? 'verwijswijzer.exe' : 'verwijswijzer');
  const direct = existsSync(bin) ? run(bin, ['check']) : null;
  const status = check.status === 0 ? 'all packs OK' : `exit ${check.status}: ${check.stderr.trim()}`;
  console.log(`pack check time: ${ms(check.wall)} wall (cargo run -q --release --bin verwijswijzer -- check; ${status})`);
  if (direct) console.log(`pack check time, binary alone: ${ms(direct.wall)} wall (target/release/verwijswijzer check)`);
  return { outcome, evalWall: ev.wall, checkWall: check.wall, checkDirect: direct?.wall, checkOk: check.status === 0 };
}

// ---------------------------------------------------------------------------------------------
// 6. Summary

function printSummary(sizes, serving, firstQ, answers, native) {
  heading('6. Summary (paste into the closing note)');
  const s = (g) => `${int(g.raw)} raw / ${int(g.gzip)} gzip / ${int(g.br)} br`;
  const lines = [
    `Bench (node scripts/bench.mjs, ${new Date().toISOString().slice(0, 10)}, Chromium headless, loopback, ${serving}):`,
    `- wasm:  ${s(sizes.wasm)} bytes`,
    `- JS:    ${s(sizes.js)} bytes (glue + boot)`,
    `- total first load: ${s(sizes.total)} bytes = ${kb(sizes.total.br)} br of 150 KB budget (${((100 * sizes.total.br) / BUDGET).toFixed(0)}%)`,
  ];
  if (firstQ) {
    lines.push(`- time to first question: median ${ms(firstQ.median)} (min ${ms(firstQ.min)}, max ${ms(firstQ.max)}, ${FIRST_QUESTION_RUNS} runs; HTML received → question ${ms(firstQ.afterHtml)}; wasm compile+instantiate ${ms(firstQ.instantiate)})`);
  }
  if (answers) {
    lines.push(`- answer latency: median ${ms(answers.median)}, p95 ${ms(answers.p95)} (${answers.n} clicks, WOR path ×${PATH_REPEATS}; slowest: ${answers.slowest.id} ${ms(answers.slowest.median)} median)`);
  }
  if (native) {
    lines.push(`- native: pack check ${ms(native.checkWall)} via cargo run${native.checkDirect != null ? ` (${ms(native.checkDirect)} binary alone)` : ''}; eval route ${native.outcome?.primary ?? native.outcome?.route ?? '(see JSON)'}`);
  }
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(DIST, 'index.html')) || !listFiles('pkg', /\.wasm$/).length) {
    console.error(`bench: ${path.relative(process.cwd(), DIST) || 'dist'}/ is missing or incomplete (no index.html or no pkg/*.wasm). ` +
      'Run ./scripts/build.sh first.');
    process.exitCode = 1;
    return;
  }
  const sizes = measureSizes();

  heading('2. Local server');
  const { server, log, url } = await startServer(sizes.files);
  console.log(`serving dist/ at ${url} (own node http server; application/wasm; Cache-Control: no-store;`);
  console.log(' pre-compressed bodies: brotli 11 when the request accepts br, else gzip -9, else raw)');

  let browser;
  let firstQ = null;
  let answers = null;
  let serving = 'encoding unknown';
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    console.log(`browser: Chromium ${browser.version()} headless`);
    try {
      firstQ = await measureFirstQuestion(browser, url, log);
    } catch (e) {
      problems.push(`time to first question: ${e.message}`);
    }
    const encodings = [...new Set(log.filter((r) => r.status === 200).map((r) => r.encoding))];
    serving = encodings.length ? `served ${encodings.join('+')}` : serving;
    console.log(`encodings the browser accepted and got: ${encodings.join(', ') || '(no requests)'}`);
    try {
      answers = await measureAnswers(browser, url);
    } catch (e) {
      problems.push(`answer latency: ${e.message}`);
    }
  } catch (e) {
    problems.push(`could not start Chromium (/usr/bin/chromium): ${e.message}`);
  } finally {
    await browser?.close();
    await closeServer(server);
  }

  const native = measureNative();
  printSummary(sizes, serving, firstQ, answers, native);

  if (problems.length) {
    console.error('\nbench: could not measure everything:');
    for (const p of problems) console.error(`- ${p}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exitCode = 1;
});

#!/usr/bin/env node
// Verwijswijzer benchmark: measures the release as a server sends it, and prints one
// `name: value` line per figure. Run through scripts/bench.sh, which builds the release and
// serves it with the shipped nginx configuration:
//
//   node scripts/bench.mjs http://127.0.0.1:8090/
//
// Not a test: no figure is compared with a limit (timings on a shared machine are too noisy to
// fail a build on). It exits non-zero only when something could not be measured at all, so a
// silent "0" can never pass as a result. Lines starting with `#` explain; the others are figures.
//
// Driven with Debian's Chromium through @playwright/test (never a downloaded browser) and npm's
// Lighthouse from tools/lighthouse (installed by scripts/bench.sh only).

import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE = path.join(ROOT, 'tools/lighthouse/node_modules/.bin/lighthouse');
const FIRST_QUESTION_RUNS = 10;
const MIN_ANSWERS = 200;
const CPU_SLOWDOWN = 4;
const LIGHTHOUSE_RUNS = 3;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The typical Welzijn op Recept path of the default region (DWO): question, answer code, and the
// key that gives that answer (the app's shortcuts: J/N for yes/no, digits for the n-th option).
const WOR_PATH = [
  ['acute_risk', 'no', 'N'],
  ['age_group', 'adult', '2'],
  ['needs_medical_care', 'no', 'N'],
  ['needs_psych_treatment', 'no', 'N'],
  ['psychosocial', 'yes', 'J'],
  ['multi_problem', 'no', 'N'],
  ['practical_core', 'no', 'N'],
  ['self_directed', 'no', 'N'],
  ['open_to_coach', 'yes', 'J'],
  ['weight_risk', 'no', 'N'],
  ['carer_strain', 'no', 'N'],
];

const problems = [];
const figure = (name, value) => console.log(`${name}: ${value}`);
const note = (text) => console.log(`# ${text}`);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Nearest rank: an observed value, not an interpolation.
const p95 = (xs) => sorted(xs)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)];
const fixed = (x) => x.toFixed(1);

// Runs before any page script: notes when the first question is visible (performance.now()
// counts from the navigation start, so Playwright's own round trips never enter the figure).
const MARK_FIRST_QUESTION = () => {
  const marks = {};
  window.__bench = marks;
  const check = () => {
    const q = document.querySelector('[data-testid=question]');
    if (q && q.checkVisibility()) {
      marks.question = performance.now();
      return true;
    }
    return false;
  };
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
};

async function coldLoad(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(MARK_FIRST_QUESTION);
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.question != null, null, { timeout: 20_000 });
  const ms = await page.evaluate(() => window.__bench.question);
  return { context, page, ms, responses };
}

/** The first load as the server sent it: every response, its encoding and its body on the wire. */
async function firstLoadBytes(responses) {
  let total = 0;
  let wasm = 0;
  const lines = [];
  for (const response of responses) {
    const { responseBodySize } = await response.request().sizes();
    const encoding = response.headers()['content-encoding'] ?? 'identity';
    const name = new URL(response.url()).pathname;
    total += responseBodySize;
    if (name.endsWith('.wasm')) wasm += responseBodySize;
    if (encoding !== 'br') problems.push(`${name} came as ${encoding}, not brotli: is the server nginx with brotli_static?`);
    lines.push(`${name} ${responseBodySize} B ${encoding}`);
  }
  return { total, wasm, lines };
}

async function answerLatencies(browser, url) {
  const { context, page } = await coldLoad(browser, url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const samples = [];
  try {
    while (samples.length < MIN_ANSWERS) {
      if (samples.length > 0) {
        // "Opnieuw" starts the next consult in the same page, as between two patients.
        await page.click('[data-testid=reset]');
      }
      for (const [question, code] of WOR_PATH) {
        await page.waitForSelector(`[data-testid=question][data-question="${question}"]`);
        samples.push(await timeAnswer(page, code));
      }
      await page.waitForSelector('[data-testid=outcome][data-route="wor"]');
    }
  } finally {
    await context.close();
  }
  return samples;
}

// From the click's dispatch inside the page to the next question or the outcome in the DOM.
function timeAnswer(page, code) {
  return page.evaluate((code) => new Promise((resolve, reject) => {
    const before = document.querySelector('[data-testid=question]')?.getAttribute('data-question');
    const changed = () => document.querySelector('[data-testid=outcome]')
      || document.querySelector('[data-testid=question]')?.getAttribute('data-question') !== before;
    const button = document.querySelector(`[data-testid="answer-${code}"]`);
    if (!button) { reject(new Error(`no answer "${code}" on question "${before}"`)); return; }
    const t0 = performance.now();
    const done = () => { observer.disconnect(); resolve(performance.now() - t0); };
    const observer = new MutationObserver(() => { if (changed()) done(); });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    button.click();
    if (changed()) done();
  }), code);
}

/** Keys from the loaded page to a Welzijn op Recept referral on the clipboard, keyboard only. */
async function worPathKeys(browser, url) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  let keys = 0;
  const press = async (key) => { keys += 1; await page.keyboard.press(key); };
  try {
    await page.goto(url);
    for (const [question, , key] of WOR_PATH) {
      await page.waitForSelector(`[data-testid=question][data-question="${question}"]`);
      await press(key);
    }
    await page.waitForSelector('[data-testid=outcome][data-route="wor"]');
    await press('T'); // consent given: without it there is no referral text
    await press('C'); // copy the summary
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (!copied.includes('Welzijn op Recept')) problems.push('the keyboard path did not copy a Welzijn op Recept summary');
  } finally {
    await context.close();
  }
  return keys;
}

function lighthouse(url) {
  if (!existsSync(LIGHTHOUSE)) {
    problems.push(`${path.relative(ROOT, LIGHTHOUSE)} is missing: run scripts/bench.sh (it installs Lighthouse)`);
    return null;
  }
  const scores = { performance: [], accessibility: [], 'best-practices': [] };
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'vw-lighthouse-'));
    // Lighthouse's defaults are its mobile settings: a mid-range phone, simulated slow 4G, 4x CPU.
    const result = spawnSync(LIGHTHOUSE, [
      url, '--quiet', '--output=json', '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --user-data-dir=${profile}`,
    ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    rmSync(profile, { recursive: true, force: true });
    let report;
    try { report = JSON.parse(result.stdout); } catch {
      problems.push(`lighthouse run ${run + 1} gave no report: ${(result.stderr || String(result.error)).trim().slice(0, 300)}`);
      return null;
    }
    for (const [id, list] of Object.entries(scores)) list.push(Math.round(report.categories[id].score * 100));
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} ${a.displayValue ?? a.score}`);
    if (failing.length) note(`lighthouse run ${run + 1}, audits below full marks: ${failing.join('; ')}`);
  }
  return Object.fromEntries(Object.entries(scores).map(([id, list]) => [id, median(list)]));
}

async function main() {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node scripts/bench.mjs <url of the served release>  (scripts/bench.sh does it all)');
    process.exit(2);
  }
  note(`Verwijswijzer bench, ${new Date().toISOString()}, ${url}, Chromium headless on ${os.cpus().length} cores`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const times = [];
    for (let run = 0; run < FIRST_QUESTION_RUNS; run++) {
      const { context, ms, responses } = await coldLoad(browser, url);
      if (run === 0) {
        const bytes = await firstLoadBytes(responses);
        bytes.lines.forEach((line) => note(`first load: ${line}`));
        figure('first_load_requests', responses.length);
        figure('first_load_brotli_bytes', bytes.total);
        figure('wasm_brotli_bytes', bytes.wasm);
      }
      times.push(ms);
      await context.close();
    }
    note(`time to first question per cold load: ${times.map(fixed).join(', ')} ms`);
    figure('first_question_ms', fixed(median(times)));

    const samples = await answerLatencies(browser, url);
    note(`answers timed with ${CPU_SLOWDOWN}x CPU slowdown: ${samples.length} (WOR path, ${WOR_PATH.length} answers per consult)`);
    figure('answer_latency_median_ms', fixed(median(samples)));
    figure('answer_latency_p95_ms', fixed(p95(samples)));

    figure('wor_path_keys', await worPathKeys(browser, url));
  } finally {
    await browser.close();
  }

  const scores = lighthouse(url);
  if (scores) {
    note(`lighthouse ${LIGHTHOUSE_RUNS} runs, mobile settings, median per category`);
    figure('lighthouse_performance', scores.performance);
    figure('lighthouse_accessibility', scores.accessibility);
    figure('lighthouse_best_practices', scores['best-practices']);
  }
  if (problems.length) {
    problems.forEach((p) => console.error(`bench: ${p}`));
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});

#!/usr/bin/env node
// Builds <dist>/verwijswijzer.html: the whole release in one file that a practice or a trainer
// saves, puts on an intranet or a USB stick and opens from disk (file://) without any network.
// A service worker would make the app work offline too, but it writes the app into the
// browser's cache, and the app stores nothing (README, docs/decisions.md).
//
//   node scripts/build-single.mjs <dist-dir>      (scripts/build.sh runs it for the release)
//
// It reads <dist>/index.html and follows its references: the style sheet, the boot script, the
// wasm-bindgen glue that the boot script imports (`--target web`), and the wasm the glue names.
//   - The CSS goes into one <style>; the glue, the wasm (base64, decoded in JS into bytes and
//     passed to init: no data: or blob: URL, which the privacy guard refuses) and the boot
//     logic go into one <script type="module">.
//   - The page's content security policy pins that script and that style by their sha256
//     instead of 'unsafe-inline', and allows nothing else to load: no images, no connections.
//   - The icon link and the glue's modulepreload are dropped: a file on disk needs neither, and the
//     icon would be a request.
// The glue is rewritten by pattern. Anything in it or in the boot script that is not of the
// expected shape (an import, an export it does not know, a second wasm URL) stops the build
// with exit 1 and a message, so a wasm-bindgen upgrade cannot silently produce a broken file.
// Node built-ins only.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/**
 * THE HOOK for files the app fetches itself at run time. Today there are none: the region packs
 * are compiled into the wasm. When a change makes the app fetch same-origin files (say
 * `packs/<region>.bin` with `fetch("packs/dwo.bin")`), add a pattern for their paths relative
 * to <dist> here, e.g. /^packs\/[a-z-]+\.bin$/. Every matching file is then carried in the
 * script as base64, and a small `fetch` wrapper answers a request for exactly that path (relative
 * to the page) from memory with a Response; anything else goes to the browser's own fetch, which
 * the policy (`connect-src 'none'`) refuses. Nothing else in this builder or in the app changes.
 * A file in <dist> that is neither followed from index.html, nor matched here, nor in
 * NOT_NEEDED, makes the build warn, so a new fetched file is noticed (the offline e2e test,
 * e2e/offline.spec.mjs, then fails on the app itself).
 */
export const INLINE_FETCHED = [];

/** Files in <dist> the single file does without (beside the ones index.html refers to). */
export const NOT_NEEDED = [];

class BuildError extends Error {}

const fail = (message) => { throw new BuildError(message); };

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The text as the HTML parser hands it to the hash check: line ends as LF. */
const lf = (text) => text.replace(/\r\n?/g, '\n');

/** Replaces the one match of `re` in `text` (fails on none or several), via a function. */
function replaceOnce(text, re, replacer, what) {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const count = [...text.matchAll(global)].length;
  if (count !== 1) fail(`${what}: ${count} keer gevonden, precies 1 verwacht`);
  return text.replace(re, replacer);
}

/** A reference from one file of <dist> to another, as a path relative to <dist>. */
function resolveIn(dist, fromRel, ref, what) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) fail(`${what} "${ref}" is geen bestand van de site`);
  const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), ref.split(/[?#]/)[0]));
  if (rel.startsWith('../') || path.posix.isAbsolute(rel)) fail(`${what} "${ref}" wijst buiten ${dist}`);
  if (!fs.existsSync(path.join(dist, rel))) fail(`${what} "${ref}": ${path.join(dist, rel)} ontbreekt`);
  return rel;
}

/**
 * The glue of `wasm-bindgen --target web` as the body of a function: `export` taken off its
 * declarations and its export list, the default wasm URL replaced by an error (the bytes are
 * always passed in). Returns the body, the object expression of its exports and the wasm's
 * file name.
 */
function rewriteGlue(text, what) {
  let glue = lf(text).replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  if (/__vw/.test(glue)) fail(`${what} gebruikt al namen die met __vw beginnen`);

  let wasmRef;
  glue = replaceOnce(glue, /new URL\((['"])([^'"\n]+\.wasm)\1,\s*import\.meta\.url\)/, (_, _q, ref) => {
    wasmRef = ref;
    return "(() => { throw new Error('verwijswijzer.html: de wasm zit in het bestand zelf'); })()";
  }, `${what}: de standaard-URL van de wasm (new URL('....wasm', import.meta.url))`);

  const exports = new Map();
  glue = glue.replace(/^export (async function\*?|function\*?|class|const|let|var) +([A-Za-z_$][\w$]*)/gm,
    (_, kind, name) => {
      exports.set(name, name);
      return `${kind} ${name}`;
    });
  glue = glue.replace(/^export \{([^}]*)\};?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = item.match(/^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/);
      if (!m) fail(`${what}: onbekende export "${item}"`);
      exports.set(m[2] ?? m[1], m[1]);
    }
    return '';
  });

  const leftover = [
    [/^\s*export\b.*$/m, 'een export die de bouwer niet kent'],
    [/^\s*import\b.*$/m, 'een import (snippets of andere modules worden niet meegenomen)'],
    [/\bimport\s*\(/, 'een dynamische import()'],
    [/\bimport\.meta\b/, 'nog een import.meta'],
    [/^await\b/m, 'een await op het hoogste niveau'],
  ];
  for (const [re, label] of leftover) {
    const m = glue.match(re);
    if (m) fail(`${what} bevat ${label}: "${m[0].trim().slice(0, 100)}". Is wasm-bindgen bijgewerkt? Pas scripts/build-single.mjs aan.`);
  }
  if (!exports.has('default')) fail(`${what} heeft geen default export (__wbg_init)`);
  const object = `{ ${[...exports].map(([as, local]) => `${JSON.stringify(as)}: ${local}`).join(', ')} }`;
  return { body: glue, object, wasmRef };
}

/** The boot script: its one import (the glue) and the code after it. */
function splitBoot(text, what) {
  const boot = lf(text);
  if (/__vw/.test(boot)) fail(`${what} gebruikt al namen die met __vw beginnen`);
  const imports = boot.match(/^\s*import\b.*$/gm) ?? [];
  if (imports.length !== 1) fail(`${what}: ${imports.length} imports, precies 1 verwacht (de glue)`);
  const m = boot.match(/^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\n]+)\2;?[ \t]*$/m);
  if (!m) fail(`${what}: de import is niet "import <naam> from '<glue>.js'": ${imports[0].trim()}`);
  const body = boot.slice(m.index + m[0].length);
  for (const [re, label] of [[/^\s*export\b/m, 'een export'], [/\bimport\s*\(/, 'een dynamische import()'], [/\bimport\.meta\b/, 'import.meta']]) {
    if (re.test(body)) fail(`${what} bevat ${label}`);
  }
  if (!new RegExp(`\\b${m[1].replace(/\$/g, '\\$')}\\(`).test(body)) fail(`${what} roept ${m[1]}() niet aan`);
  return { name: m[1], ref: m[3], body };
}

/** Bytes as base64, for a string literal that __vwDecode turns back into bytes in the page. */
const base64 = (bytes) => Buffer.from(bytes).toString('base64');

const DECODE = `const __vwDecode = (text) => {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};`;

/** The fetch wrapper of the INLINE_FETCHED hook (only emitted when a file matched). */
function fetchShim(files) {
  const entries = files.map(([rel, bytes]) => `  [${JSON.stringify(rel)}, ${JSON.stringify(base64(bytes))}],`).join('\n');
  return `// Files the app fetches (INLINE_FETCHED in scripts/build-single.mjs), answered from here.
const __vwFiles = new Map([
${entries}
]);
{
  const ownFetch = globalThis.fetch.bind(globalThis);
  const here = new URL('.', document.baseURI).href;
  globalThis.fetch = (input, options) => {
    const url = new URL(typeof Request === 'function' && input instanceof Request ? input.url : String(input), document.baseURI);
    url.search = '';
    url.hash = '';
    const rel = url.href.startsWith(here) ? url.href.slice(here.length) : null;
    if (rel !== null && __vwFiles.has(rel)) {
      return Promise.resolve(new Response(__vwDecode(__vwFiles.get(rel)), {
        status: 200,
        headers: { 'Content-Type': 'application/octet-stream' },
      }));
    }
    return ownFetch(input, options);
  };
}
`;
}

/** Fails unless `script` parses as an ES module (node --check). */
function checkModuleSyntax(script) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-single-'));
  try {
    const file = path.join(dir, 'inline.mjs');
    fs.writeFileSync(file, script);
    const result = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    if (result.status !== 0) fail(`het samengevoegde script is geen geldige module:\n${result.stderr.trim().slice(0, 800)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file under dir, as paths relative to it with `/`. */
function listFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, child) : [child];
  });
}

/**
 * Builds <dist>/verwijswijzer.html and returns { file, html, raw, brotli, warnings }.
 * `inlineFetched`: see INLINE_FETCHED.
 */
export function buildSingle(dist, { inlineFetched = INLINE_FETCHED, notNeeded = NOT_NEEDED, output = 'verwijswijzer.html' } = {}) {
  const read = (rel) => fs.readFileSync(path.join(dist, rel));
  if (!fs.existsSync(path.join(dist, 'index.html'))) fail(`${path.join(dist, 'index.html')} ontbreekt; bouw eerst (./scripts/build.sh)`);
  let html = lf(read('index.html').toString('utf8'));

  // Follow the references: index.html -> style sheet, boot script -> glue -> wasm.
  const styleRef = html.match(/<link rel="stylesheet" href="([^"]+)">/)?.[1] ?? fail('index.html: geen <link rel="stylesheet" href="...">');
  const styleRel = resolveIn(dist, 'index.html', styleRef, 'style sheet');
  const bootRef = html.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1] ?? fail('index.html: geen <script type="module" src="...">');
  const bootRel = resolveIn(dist, 'index.html', bootRef, 'boot script');
  const boot = splitBoot(read(bootRel).toString('utf8'), bootRel);
  const glueRel = resolveIn(dist, bootRel, boot.ref, `import in ${bootRel}`);
  const glue = rewriteGlue(read(glueRel).toString('utf8'), glueRel);
  const wasmRel = resolveIn(dist, glueRel, glue.wasmRef, `wasm in ${glueRel}`);
  const wasm = read(wasmRel);
  if (wasm.length < 8 || wasm.readUInt32BE(0) !== 0x0061736d) fail(`${wasmRel} is geen WebAssembly (magic ontbreekt)`);

  // The style, as it goes between the tags. No url() or @import: each would be a request.
  const css = lf(read(styleRel).toString('utf8'));
  if (/<\/style/i.test(css)) fail(`${styleRel} bevat "</style"`);
  const cssRequest = css.match(/@import\b[^;]*|url\(\s*(?!['"]?#)[^)]*\)/i);
  if (cssRequest) fail(`${styleRel} laadt iets (${cssRequest[0].slice(0, 80)}); dat kan niet in het losse bestand`);
  const style = `\n${css.replace(/\n*$/, '\n')}`;

  // Other files in <dist>: the hook's, the ones not needed, or a warning.
  const followed = new Set(['index.html', output, styleRel, bootRel, glueRel, wasmRel]);
  const iconRef = html.match(/<link rel="icon" href="([^"]+)"/)?.[1];
  if (iconRef) followed.add(resolveIn(dist, 'index.html', iconRef, 'icon'));
  const inlined = [];
  const warnings = [];
  for (const rel of listFiles(dist).sort()) {
    const base = rel.replace(/\.(br|gz)$/, '');
    if (followed.has(base) || notNeeded.some((re) => re.test(base))) continue;
    if (inlineFetched.some((re) => re.test(rel))) inlined.push([rel, read(rel)]);
    else if (rel === base) warnings.push(`${rel} zit niet in ${output}: haalt de app het op? Zet het dan in INLINE_FETCHED in scripts/build-single.mjs, anders in NOT_NEEDED`);
  }

  const script = `\n${[
    '// Verwijswijzer in one file (scripts/build-single.mjs): the wasm-bindgen glue, the wasm and the',
    '// boot script of the release, so that the page loads nothing.',
    DECODE,
    inlined.length ? fetchShim(inlined) : '',
    `const __vwGlue = (() => {\n${glue.body.replace(/\n*$/, '\n')}return ${glue.object};\n})();`,
    `const __vwWasm = '${base64(wasm)}';`,
    `// The boot script (${bootRel}); its init() gets the wasm's bytes.`,
    `const ${boot.name} = async () => __vwGlue.default({ module_or_path: __vwDecode(__vwWasm) });`,
    boot.body.replace(/^\n+/, '').replace(/\n*$/, '\n'),
  ].filter((part) => part !== '').join('\n')}`;
  if (/<\/script|<!--/i.test(script)) fail('het script bevat "</script" of "<!--", dat de HTML zou breken');
  checkModuleSyntax(script);

  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}' 'wasm-unsafe-eval'`,
    `style-src 'sha256-${sha256(style)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'index.html: de CSP-meta');
  html = html.replace(/^[ \t]*<link rel="icon"[^>]*>\n/m, '');
  html = html.replace(/^[ \t]*<link rel="(?:module)?preload"[^>]*>\n/gm, '');
  html = replaceOnce(html, /<link rel="stylesheet" href="[^"]+">/, () => `<style>${style}</style>`, 'index.html: het style sheet');
  html = replaceOnce(html, /<script type="module" src="[^"]+"><\/script>/, () => `<script type="module">${script}</script>`, 'index.html: het boot script');

  // What is left may load nothing, and keeps what the page promises.
  const head = html.slice(0, html.indexOf('<style>'));
  const outside = html.replace(/<style>[\s\S]*?<\/style>|<script type="module">[\s\S]*?<\/script>/g, '');
  const loads = outside.match(/<link\b[^>]*>|<script\b[^>]*>|<img\b[^>]*>|<iframe\b[^>]*>|\bsrc=|\bsrcset=|\bhref="(?!#)[^"]*"/i);
  if (loads) fail(`index.html verwijst nog naar iets dat geladen wordt: ${loads[0]}`);
  for (const [needle, label] of [
    ['<meta http-equiv="Content-Security-Policy"', 'de CSP staat niet voor de stijl en het script'],
    ['<meta name="referrer" content="no-referrer">', 'de referrer-meta ontbreekt'],
  ]) {
    if (!head.includes(needle)) fail(`index.html: ${label}`);
  }
  for (const [needle, label] of [
    ['<noscript>', 'het noscript-blok'], ['class="skip-link"', 'de skip-link'],
    ['id="app"', 'de root #app'], ['wordt geladen', 'de laadtekst'],
  ]) {
    if (!outside.includes(needle)) fail(`index.html: ${label} ontbreekt`);
  }
  if (html.indexOf('<style>') > html.indexOf('<script type="module">')) fail('index.html: het script staat voor de stijl');

  // The hashes are of the exact text between the tags, as it stands in the file.
  const between = (open, close) => {
    const start = html.indexOf(open) + open.length;
    return html.slice(start, html.indexOf(close, start));
  };
  if (sha256(between('<style>', '</style>')) !== sha256(style) || sha256(between('<script type="module">', '</script>')) !== sha256(script)) {
    fail('de hash in de CSP past niet bij de tekst in het bestand');
  }

  const file = path.join(dist, output);
  fs.writeFileSync(file, html);
  const raw = Buffer.byteLength(html);
  const brotli = zlib.brotliCompressSync(Buffer.from(html), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw },
  }).length;
  return { file, html, raw, brotli, warnings, inlined: inlined.map(([rel]) => rel) };
}

function main() {
  const dist = process.argv[2];
  if (!dist || process.argv.length > 3) {
    console.error('gebruik: node scripts/build-single.mjs <dist-map>');
    process.exit(2);
  }
  try {
    const { file, raw, brotli, warnings, inlined } = buildSingle(dist);
    for (const warning of warnings) console.error(`build-single: waarschuwing: ${warning}`);
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    const extra = inlined.length ? `, met ${inlined.join(', ')}` : '';
    console.log(`built ${file}: ${raw} bytes (${kib(raw)}), brotli ${brotli} bytes (${kib(brotli)})${extra}`);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build-single: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

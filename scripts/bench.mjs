// `npm run bench`: how fast the widgets render, against the same content as static HTML, against a dataset of
// 10,000 events, and against a peer (TimelineJS), plus the demo article's layout shift. Drives the system Chromium
// (puppeteer-core, never a downloaded browser) over pages generated in bench/out/ and served by scripts/serve.mjs
// under its strict CSP (the TimelineJS page aside). Prints the tables and writes bench/results.md.
//
//   npm run bench                      the full run (7 runs per page after a warm-up; a few minutes)
//   npm run bench -- --quick           N = 10 only, 1 run, 2,000 events, no peer: a smoke test (bench/out/quick/)
//   npm run bench -- --runs 11         more runs (--ns 10,100 other sizes, --events 2000 a smaller dataset)
//   npm run bench -- --profile         also a CPU profile of the 1,000-widget page (unminified bundle, one file per
//                                      module): top functions, and self time by module (lit, format/, elements/…)
//   npm run bench -- --dist DIR        measure another build (e.g. a copy of dist/ from before a change)
//
// Every page is opened in a fresh browser context (a first visit: no cache) and measured in the page: the time from
// the start of navigation (performance.now()) to the point where `load` has fired, every widget has rendered (each
// element's `updateComplete` resolved) and one frame has passed; static pages use the same point without widgets.
// Where the time goes comes from separate, traced loads (Chromium's timeline events: script including microtasks,
// GC, style, layout, paint), so tracing does not slow the timed ones.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserArgs, ensureBrowser } from './browser.mjs';
import { startServer } from './serve.mjs';
import {
  OUT,
  cardsPage,
  clsPages,
  firstIntlPage,
  largePage,
  lookupPage,
  peerPages,
  staticPage,
  useOut,
  widgetsPage,
  writePage,
} from '../bench/pages.mjs';
import { generateDataset } from '../bench/generate.js';
import { TRACE_CATEGORIES, timeByCategory } from '../bench/trace.mjs';

// ---------------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const QUICK = flag('--quick');
const RUNS = Number(option('--runs', QUICK ? 1 : 7));
const WARMUP = QUICK ? 0 : 1;
const NS = option('--ns', QUICK ? '10' : '10,100,1000')
  .split(',')
  .map(Number);
const LARGE_EVENTS = Number(option('--events', QUICK ? 2_000 : 10_000));
const PEER = !QUICK && !flag('--no-peer');
const PROFILE = flag('--profile');
const DIST = option('--dist', 'dist');
const TRACE_RUNS = QUICK ? 1 : 3;
// The quick run has its own folder, so it can run (as a test) while a full run is under way.
if (QUICK) useOut('bench/out/quick');
const RESULTS = option('--out', QUICK ? join(OUT, 'results.md') : 'bench/results.md');
const VIEWPORT = { width: 1280, height: 800 };
const TIMELINEJS_PKG = 'node_modules/@knight-lab/timelinejs';

const started = Date.now();
// Progress on stderr, the tables on stdout.
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

// ------------------------------------------------------------------------------------------------ statistics
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const spread = (s, digits = 1) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ------------------------------------------------------------------------------------------------------ setup
if (DIST === 'dist' && (!existsSync('dist/strike-widgets.js') || !existsSync('dist/demo/index.html'))) {
  log('dist/ is missing: running npm run build first.');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (PEER && !existsSync(join(TIMELINEJS_PKG, 'dist/js/timeline.js'))) {
  console.error(`${TIMELINEJS_PKG} is missing: run npm ci (it is a devDependency), or pass --no-peer.`);
  process.exit(1);
}
// A snapshot of dist/ for the whole run, served at /dist/: a build started meanwhile (tests, another terminal)
// cannot swap the bundle under the measurement.
const SNAP = join(OUT, 'dist');
rmSync(SNAP, { recursive: true, force: true });
cpSync(DIST, SNAP, { recursive: true });
const seed = JSON.parse(readFileSync(join(SNAP, 'strike-dataset.json'), 'utf8'));
const loadBefore = loadavg()[0];
if (loadBefore > cpus().length / 2) {
  log(
    `Note: the load average is ${loadBefore.toFixed(1)} on ${cpus().length} CPUs; other work will slow the pages and widen the spread.`,
  );
}
const { rounds } = generateDataset(seed, LARGE_EVENTS);

mkdirSync(OUT, { recursive: true });
const pages = []; // [key, url path]
const add = (key, file, text) => {
  writePage(file, text);
  pages.push([key, `/${OUT}/${file}`]);
};
for (const n of [0, ...NS]) add(`widgets-${n}`, `widgets-${n}.html`, widgetsPage(n, seed));
// Strike cards alone (the heaviest widget) at the largest N: time, JS heap and nodes per card against their twin.
const maxN = Math.max(...NS);
add(`cards-${maxN}`, `cards-${maxN}.html`, cardsPage(maxN, seed));
for (const n of [0, ...NS]) add(`large-${n}`, `large-${n}.html`, largePage(n, seed, rounds, LARGE_EVENTS));
if (PEER) {
  const peer = peerPages(seed);
  writePage('timelinejs-data.js', peer.data);
  add('peer-timelinejs', 'peer-timelinejs.html', peer.timelinejs);
  add('peer-strike-timeline', 'peer-strike-timeline.html', peer.oursTimeline);
  add('peer-strike-cards', 'peer-strike-cards.html', peer.oursCards);
}
add('first-intl', 'first-intl.html', firstIntlPage());
writePage('lookup.html', lookupPage(LARGE_EVENTS, QUICK ? 2_000 : 20_000));
// Layout-shift variants beyond the demo as built: the demo prerendered (declarative shadow DOM, `strike-widgets
// prerender`; its inline styles allowed by hash, as the README says), with a bundle that does not block rendering.
let prerender;
try {
  prerender = await import(pathToFileURL(join(SNAP, 'prerender.js')).href);
} catch (e) {
  log(`Prerendering is not available (${e.message.split('\n')[0]}): the prerendered layout-shift variant is left out.`);
}
const prerendered = {};
const clsVariants = clsPages(join(SNAP, 'demo'), {
  ...(prerender && {
    'prerendered-nonblocking-late': (html) => {
      const out = prerender.prerender(html, { warn: () => {} });
      prerendered.html = out;
      return out;
    },
  }),
});
if (prerendered.html) prerendered.hashes = await prerender.styleHashes(prerendered.html);

// The demo's bundle, delayed in the `-late` copies: the page is painted with the fallbacks before the widgets upgrade.
const LATE_MS = 800;
const routes = {};
for (const variant of clsVariants.filter((v) => v.includes('-late'))) {
  routes[`/${OUT}/cls/${variant}/strike-widgets.js`] = (req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(join(OUT, 'cls', variant, 'strike-widgets.js')));
    }, LATE_MS);
  };
}
const mounts = { '/dist/': SNAP };
if (prerendered.hashes) {
  // The prerendered page carries inline <style>s in its shadow roots: its CSP allows exactly those, by hash.
  routes[`/${OUT}/cls/prerendered-nonblocking-late/index.html`] = (req, res) => {
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; style-src 'self' ${prerendered.hashes.join(' ')}; require-trusted-types-for 'script'`,
    );
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(join(OUT, 'cls', 'prerendered-nonblocking-late', 'index.html')));
  };
}
const strict = await startServer({ root: '.', routes, mounts });
const open = await startServer({ root: '.', csp: null, mounts });
// A generous protocol timeout: on a busy machine a page of 1,000 widgets can hold a CDP call for minutes.
const browser = await puppeteer.launch({
  executablePath: ensureBrowser(),
  headless: true,
  args: browserArgs(),
  protocolTimeout: 900_000,
});
const browserName = await browser.version();

const isLocal = (url) => {
  const u = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(u.protocol) || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
};

/** A fresh browser context and page, with every request outside localhost blocked and recorded. */
async function freshPage(viewport = VIEWPORT) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const record = { blocked: [], requested: [], errors: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (isLocal(url)) {
      record.requested.push(url);
      void request.continue();
    } else {
      record.blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  page.on('pageerror', (e) => record.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) record.errors.push(m.text());
  });
  return { context, page, record };
}

/** One measured load: the in-page time, the JS heap after GC and the nodes in the widgets' shadow roots. */
async function measure(path) {
  const server = path.includes('peer-timelinejs') ? open : strict;
  const { context, page, record } = await freshPage();
  try {
    const cdp = await page.createCDPSession();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120_000 });
    const result = await Promise.race([
      page.evaluate(() => window.__benchDone),
      // unref: a page that finished in time must not keep the process alive for the rest of the minute.
      new Promise((_, fail) =>
        setTimeout(
          () =>
            fail(
              new Error(`${path} did not finish rendering in 60 s: ${record.errors.join(' | ') || 'no page error'}`),
            ),
          60_000,
        ).unref(),
      ),
    ]);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const nodes = await page.evaluate(() => window.__benchCountNodes?.());
    return { ...result, heap: usedSize, nodes, ...record };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------------------------ static pages, flattened
/**
 * Runs in the page: every widget's rendered shadow content (Lit's marker comments removed), its attributes, and
 * its stylesheets, both as they are (for declarative shadow DOM) and rewritten for the light DOM (`:host(x)` →
 * `tag x`, other selectors scoped under the tag, `::slotted()` rules dropped).
 */
function flattenWidgets(tags) {
  const splitList = (text) => {
    const out = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        out.push(current.trim());
        current = '';
      } else current += ch;
    }
    if (current.trim()) out.push(current.trim());
    return out;
  };
  const scope = (selector, tag) => {
    if (selector.includes('::slotted') || selector.includes(':host-context')) return null;
    if (selector.startsWith(':host(')) {
      let depth = 0;
      let end = 5;
      for (; end < selector.length; end++) {
        if (selector[end] === '(') depth++;
        else if (selector[end] === ')' && --depth === 0) break;
      }
      return tag + selector.slice(6, end) + selector.slice(end + 1);
    }
    if (/^:host(?![\w-])/.test(selector)) return tag + selector.slice(5);
    return `${tag} ${selector}`;
  };
  const rewrite = (rules, tag) =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule) {
          const selectors = splitList(rule.selectorText)
            .map((s) => scope(s, tag))
            .filter(Boolean);
          if (!selectors.length) return '';
          if (!rule.cssText.startsWith(rule.selectorText))
            throw new Error(`cannot rewrite ${rule.cssText.slice(0, 80)}`);
          return selectors.join(', ') + rule.cssText.slice(rule.selectorText.length);
        }
        if (rule.cssRules && !(rule instanceof CSSKeyframesRule)) {
          return `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{\n${rewrite(rule.cssRules, tag)}\n}`;
        }
        return rule.cssText;
      })
      .filter(Boolean)
      .join('\n');
  const css = { light: [], shadow: {} };
  const elements = [];
  for (const el of document.querySelectorAll(tags)) {
    const tag = el.localName;
    const sheets = el.shadowRoot.adoptedStyleSheets;
    if (!(tag in css.shadow)) {
      css.shadow[tag] = sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      css.light.push(
        `/* <${tag}> */\n${tag} { display: block; }\n${sheets.map((s) => rewrite(s.cssRules, tag)).join('\n')}`,
      );
    }
    elements.push({
      tag,
      attrs: [...el.attributes].map((a) => [a.name, a.value]),
      inner: el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    });
  }
  return { css: { light: css.light.join('\n\n'), shadow: css.shadow }, elements };
}

const TAGS = 'strike-card, casualty-counter, quote-block';
log(`Browser: ${browserName}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
log(`Flattening ${maxN} rendered widgets into static HTML…`);
async function flatten(file) {
  const { context, page } = await freshPage();
  await page.goto(`${strict.url}/${OUT}/${file}`, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const result = await page.evaluate(flattenWidgets, TAGS);
  await context.close();
  return result;
}
const flat = await flatten(`widgets-${maxN}.html`);
const cardsFlat = await flatten(`cards-${maxN}.html`);
add(`cards-shadow-${maxN}`, `static-cards-shadow-${maxN}.html`, staticPage(maxN, cardsFlat, 'shadow'));
writePage('static-light.css', flat.css.light);
for (const [tag, text] of Object.entries(flat.css.shadow)) writePage(`static-${tag}.css`, text);
for (const n of NS) {
  add(`light-${n}`, `static-light-${n}.html`, staticPage(n, flat, 'light'));
  add(`shadow-${n}`, `static-shadow-${n}.html`, staticPage(n, flat, 'shadow'));
}
{
  const { html, module } = staticPage(maxN, flat, 'scripted');
  writePage(`scripted-${maxN}.js`, module);
  add(`scripted-${maxN}`, `static-scripted-${maxN}.html`, html);
}

// A check that the static pages carry the same content: the same text, and about the same page height.
const sanity = {};
{
  const n = Math.min(100, maxN);
  const heights = {};
  for (const [key, path] of [
    ['widgets', `/${OUT}/widgets-${n}.html`],
    ['light', `/${OUT}/static-light-${n}.html`],
    ['shadow', `/${OUT}/static-shadow-${n}.html`],
  ]) {
    const { context, page } = await freshPage();
    await page.goto(`${strict.url}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => window.__benchDone);
    heights[key] = await page.evaluate(() => document.documentElement.scrollHeight);
    if (key === 'light') {
      const texts = await page.evaluate(
        (tags) => [...document.querySelectorAll(tags)].map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
        TAGS,
      );
      sanity.sameText = texts.every((t, i) => t === flat.elements[i].text);
    }
    await context.close();
  }
  sanity.n = n;
  sanity.heights = heights;
  log(`Static pages: same text ${sanity.sameText}; page heights at N=${n}: ${JSON.stringify(heights)}`);
}

// ------------------------------------------------------------------------------------------------------ runs
const runs = Object.fromEntries(pages.map(([key]) => [key, []]));
for (let r = 0; r < WARMUP + RUNS; r++) {
  log(r < WARMUP ? 'Warm-up run…' : `Run ${r - WARMUP + 1} of ${RUNS}…`);
  for (const [key, path] of pages) {
    const result = await measure(path);
    if (result.errors.length) log(`  ${key}: page errors: ${result.errors.slice(0, 3).join(' | ')}`);
    if (r >= WARMUP) runs[key].push(result);
  }
}

/** One traced load: the main thread's time by category (see bench/trace.mjs), and the in-page time. */
async function traced(path) {
  const { context, page } = await freshPage();
  try {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${strict.url}${path}`, { waitUntil: 'load', timeout: 120_000 });
    const { t } = await page.evaluate(() => window.__benchDone);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return { t, ...timeByCategory(trace) };
  } finally {
    await context.close();
  }
}
const TRACED = [
  'widgets-0',
  `widgets-${maxN}`,
  `shadow-${maxN}`,
  `scripted-${maxN}`,
  `cards-${maxN}`,
  `cards-shadow-${maxN}`,
];
const traces = Object.fromEntries(TRACED.map((key) => [key, []]));
for (let r = 0; r < TRACE_RUNS; r++) {
  log(`Traced loads, ${r + 1} of ${TRACE_RUNS}…`);
  for (const key of TRACED) traces[key].push(await traced(pages.find(([k]) => k === key)[1]));
}

/** The lookup microbenchmark: one page, seven rounds inside it. */
log('Lookups…');
let lookups;
{
  const result = await measure(`/${OUT}/lookup.html`);
  lookups = result.lookups;
}

// ------------------------------------------------------------------------------------------------ layout shift
async function layoutShift(variant, viewport) {
  const { context, page } = await freshPage(viewport);
  try {
    await page.goto(`${strict.url}/${OUT}/cls/${variant}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('.root:not([aria-busy])')),
      { timeout: 20_000, polling: 50 },
      'strike-card, casualty-counter, quote-block, strike-timeline, claim-compare',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return await page.evaluate(() => window.__cls);
  } finally {
    await context.close();
  }
}
const VIEWPORTS = {
  'desktop 1280×800': { width: 1280, height: 800 },
  'phone 390×844': { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  'whole page 1280×7000': { width: 1280, height: 7000 },
};
log('Layout shift…');
const cls = [];
const clsRuns = QUICK ? 1 : 3;
for (const variant of QUICK ? ['fallback'] : clsVariants) {
  for (const [name, viewport] of Object.entries(
    QUICK ? { 'desktop 1280×800': VIEWPORTS['desktop 1280×800'] } : VIEWPORTS,
  )) {
    const values = [];
    let worst;
    for (let r = 0; r < clsRuns; r++) {
      const shift = await layoutShift(variant, viewport);
      values.push(shift.value);
      if (!worst || shift.value > worst.value) worst = shift;
    }
    cls.push({ variant, viewport: name, max: Math.max(...values), values, entries: worst.entries });
  }
}

// ----------------------------------------------------------------------------------------------------- profile
async function profilePage(n) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({
    input: join(SNAP, 'lib/index.js'),
    plugins: [nodeResolve({ browser: true })],
    // The snapshot sits outside the paths package.json's "sideEffects" names, so tree-shaking dropped every element's
    // registration and the page never rendered. Nothing is shaken: the profile wants the modules as they are.
    treeshake: false,
    onwarn() {},
  });
  // One file per module, so each sample's URL says which module (lit's, or the project's) it ran in.
  rmSync(join(OUT, 'profile/dist'), { recursive: true, force: true });
  await bundle.write({
    dir: join(OUT, 'profile/dist'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: join(SNAP, 'lib'),
  });
  const html = readFileSync(join(OUT, `widgets-${n}.html`), 'utf8').replace(
    '/dist/strike-widgets.js',
    `/${OUT}/profile/dist/index.js`,
  );
  writePage(`profile/widgets-${n}.html`, html);
  const { context, page } = await freshPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${strict.url}/${OUT}/profile/widgets-${n}.html`, { waitUntil: 'load' });
    const done = await Promise.race([
      page.evaluate(() => window.__benchDone),
      new Promise((_, fail) =>
        setTimeout(() => fail(new Error('the profiled page did not finish rendering in 120 s')), 120_000).unref(),
      ),
    ]);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const modules = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const dist = `/${OUT}/profile/dist/`;
    // A module by its path: lit's packages by name, the project's by folder (format/, elements/, data/…).
    const moduleOf = (url) => {
      const path = url.includes(dist) ? url.slice(url.indexOf(dist) + dist.length) : '';
      if (!path) return url ? 'page and bench scripts' : '(browser: GC, idle, DOM)';
      const pkg = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(path);
      return pkg ? pkg[1] : `src/${path.split('/').slice(0, -1).join('/') || path}`;
    };
    profile.samples.forEach((id, i) => {
      const { callFrame: f } = byId.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const file = f.url.split('/').pop();
      const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
      self.set(key, (self.get(key) ?? 0) + ms);
      const module = f.url ? moduleOf(f.url) : f.functionName;
      modules.set(module, (modules.get(module) ?? 0) + ms);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    const byModule = [...modules.entries()].sort((a, b) => b[1] - a[1]);
    return { n, t: done.t, total, top, byModule };
  } finally {
    await context.close();
  }
}
let profile;
if (PROFILE) {
  try {
    profile = await profilePage(maxN);
  } catch (e) {
    log(`The CPU profile was left out: ${e.message}`);
  }
}

await browser.close();
await strict.close();
await open.close();

// ----------------------------------------------------------------------------------------------------- report
// The 10,000-event pages: each load's own set-up (generating, validating, indexing; measured in the page) is
// subtracted, so its noise does not swamp the widgets' time.
const times = (key) => runs[key].map((r) => (key.startsWith('large-') ? r.t - r.setup.totalMs : r.t));
const T = (key) => stats(times(key));
const pairs = (a, b, f) => {
  const [ta, tb] = [times(a), times(b)];
  return ta.map((t, i) => f(t, tb[i]));
};
const perWidget = (key, zero, n) => stats(pairs(key, zero, (t, t0) => ((t - t0) / n) * 1000));
const heap = (key) => stats(runs[key].map((r) => r.heap / 2 ** 20));

const rows = {};
for (const n of NS) {
  rows[n] = {
    widgets: T(`widgets-${n}`),
    light: T(`light-${n}`),
    shadow: T(`shadow-${n}`),
    ratio: stats(pairs(`widgets-${n}`, `light-${n}`, (w, s) => w / s)),
    ratioShadow: stats(pairs(`widgets-${n}`, `shadow-${n}`, (w, s) => w / s)),
    perWidget: perWidget(`widgets-${n}`, 'widgets-0', n),
    heapWidgets: heap(`widgets-${n}`),
    heapLight: heap(`light-${n}`),
    large: T(`large-${n}`),
    largeRaw: stats(runs[`large-${n}`].map((r) => r.t)),
    largePerWidget: perWidget(`large-${n}`, 'large-0', n),
  };
}
const t0 = T('widgets-0');
const largeSetup = runs['large-0'].map((r) => r.setup);
const setupStat = (name) => stats(largeSetup.map((s) => s[name]));
const problems = Object.values(runs)
  .flat()
  .filter((r) => r.errors.length || r.widgetErrors || r.busy || r.blocked.length);

const env = `${browserName} (headless), ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
const out = [];
const say = (line = '') => out.push(line);
say(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${env}. ${RUNS} run${RUNS === 1 ? '' : 's'} per page${WARMUP ? ' after a warm-up' : ''}, each in a fresh browser context (a first visit); median (min–max). Time: navigation start → \`load\` fired, every widget rendered (\`updateComplete\`) and one frame passed. Reproduce: \`npm run bench\`.`,
);
say();
say(
  "**Widgets against the same content as static HTML** (the embedded dataset; a mix of strike-card full/compact, casualty-counter and quote-block). Static: each widget's rendered shadow DOM flattened into the light DOM with its stylesheet rewritten for it, no JavaScript. T(0), the bundle and no widgets: " +
    `${spread(t0)} ms, JS heap ${fmt(heap('widgets-0').median)} MB.`,
);
say();
say(
  '| N | widgets, ms | static HTML, ms | ratio widgets/static | per widget, µs: (T(N) − T(0)) / N | JS heap widgets / static, MB |',
);
say('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of NS) {
  const row = rows[n];
  say(
    `| ${n.toLocaleString('en')} | ${spread(row.widgets)} | ${spread(row.light)} | ${fmt(row.ratio.median, 2)} (${fmt(row.ratio.min, 2)}–${fmt(row.ratio.max, 2)}) | ${spread(row.perWidget, 0)} | ${fmt(row.heapWidgets.median)} / ${fmt(row.heapLight.median)} |`,
  );
}
say();
// (T(N) − T(0)) / N spreads the one-time costs of the first render over N widgets; between sizes they cancel out.
const between = NS.slice(1).map((n, i) => {
  const m = NS[i];
  const slope = (prefix) => ((rows[n][prefix].median - rows[m][prefix].median) / (n - m)) * 1000;
  return `N = ${m.toLocaleString('en')} → ${n.toLocaleString('en')}: ${fmt(slope('widgets'), 0)} µs (static HTML ${fmt(slope('light'), 0)} µs)`;
});
if (between.length) {
  say(
    `Each further widget, between sizes ((T(b) − T(a)) / (b − a), medians; the one-time costs cancel out): ${between.join('; ')}. The first widget's render pays what T(0) does not, among it the browser's first use of Intl (ICU's set-up, which every date and number needs): ${spread(T('first-intl'))} ms alone on this machine.`,
  );
  say();
}
say(
  `The same static content as declarative shadow DOM (what a prerenderer serves: same DOM, each widget's stylesheet linked in its shadow root): ${NS.map((n) => `N = ${n.toLocaleString('en')}: ${fmt(rows[n].shadow.median)} ms, ratio ${fmt(rows[n].ratioShadow.median, 2)}`).join('; ')}.`,
);
// The script-built twin: what rendering this shadow DOM from a script costs the browser, without Lit's or our code.
const scripted = {
  n: maxN,
  t: T(`scripted-${maxN}`),
  ratio: stats(pairs(`widgets-${maxN}`, `scripted-${maxN}`, (w, s) => w / s)),
};
say(
  `The same shadow DOM built by a script without Lit (bench/scripted.js: each widget's stylesheet adopted, its rendered HTML set at once; what any client-side rendering of this content costs the browser): N = ${maxN.toLocaleString('en')}: ${fmt(scripted.t.median)} (${fmt(scripted.t.min)}–${fmt(scripted.t.max)}) ms; widgets / script-built ${fmt(scripted.ratio.median, 2)} (${fmt(scripted.ratio.min, 2)}–${fmt(scripted.ratio.max, 2)}).`,
);
say();
const big = maxN;
// Where the time goes, from the traced loads: medians of each category's self time on the main thread.
const CATS = ['script', 'gc', 'style', 'layout', 'paint', 'parse', 'other'];
const traceMedian = (key) => Object.fromEntries(CATS.map((c) => [c, median(traces[key].map((t) => t[c]))]));
const traceRow = (key) => {
  const m = traceMedian(key);
  return `script ${fmt(m.script, 0)} ms (microtasks included), GC ${fmt(m.gc, 0)}, style ${fmt(m.style, 0)}, layout ${fmt(m.layout, 0)}, paint ${fmt(m.paint, 0)}, HTML parsing ${fmt(m.parse, 0)}, other ${fmt(m.other, 0)}`;
};
say(
  `Where the time goes at N = ${big.toLocaleString('en')} (main-thread self time from a Chromium trace of ${TRACE_RUNS} separate load${TRACE_RUNS === 1 ? '' : 's'}, median; script counts the microtasks Lit renders in, which Chromium's ScriptDuration counter leaves out): widgets — ${traceRow(`widgets-${big}`)}; declarative shadow DOM — ${traceRow(`shadow-${big}`)}; the same shadow DOM built by a script without Lit — ${traceRow(`scripted-${big}`)}; bundle alone (T(0)) — ${traceRow('widgets-0')}. \`npm run bench -- --profile\` splits the script time by module and function.`,
);
say();
// Strike cards alone: their own table, against their twin as declarative shadow DOM.
const cardsKey = `cards-${big}`;
const cardsShadowKey = `cards-shadow-${big}`;
const nodesOf = (key) => median(runs[key].map((r) => r.nodes?.perWidget ?? NaN));
const commentsOf = (key) => median(runs[key].map((r) => r.nodes?.commentsPerWidget ?? NaN));
const heapPer = (key, zero) => stats(runs[key].map((r, i) => (r.heap - runs[zero][i].heap) / big / 1024));
const cards = {
  n: big,
  widgets: T(cardsKey),
  shadow: T(cardsShadowKey),
  ratio: stats(pairs(cardsKey, cardsShadowKey, (w, st) => w / st)),
  heapPerCard: heapPer(cardsKey, 'widgets-0'),
  heapPerCardStatic: stats(runs[cardsShadowKey].map((r) => r.heap / big / 1024)),
  nodes: nodesOf(cardsKey),
  comments: commentsOf(cardsKey),
  nodesStatic: nodesOf(cardsShadowKey),
  trace: traceMedian(cardsKey),
  traceStatic: traceMedian(cardsShadowKey),
};
cards.nodeRatio = cards.nodes / cards.nodesStatic;
const mixNodes = {
  widgets: nodesOf(`widgets-${big}`),
  comments: commentsOf(`widgets-${big}`),
  static: nodesOf(`shadow-${big}`),
};
say(
  `**${big.toLocaleString('en')} strike cards alone** (full and compact in turn, round the embedded dataset's events) against the same cards as declarative shadow DOM. JS heap per card: after a forced GC, (heap with the cards − heap of the bundle alone) / N; the static page's whole heap / N. Nodes per card: every node in a card's shadow root (elements, text, comments; the static page's linked stylesheet left out), with Lit's marker comments among them in brackets.`,
);
say();
say('| | cards, ms | declarative shadow DOM, ms | ratio | JS heap per card, KB | nodes per card |');
say('| --- | ---: | ---: | ---: | ---: | ---: |');
say(
  `| ${big.toLocaleString('en')} strike cards | ${spread(cards.widgets)} | ${spread(cards.shadow)} | ${fmt(cards.ratio.median, 2)} (${fmt(cards.ratio.min, 2)}–${fmt(cards.ratio.max, 2)}) | ${spread(cards.heapPerCard)} (static ${fmt(cards.heapPerCardStatic.median)}) | ${fmt(cards.nodes, 0)} (${fmt(cards.comments, 0)} comments), static ${fmt(cards.nodesStatic, 0)}: ${fmt(cards.nodeRatio, 2)}× |`,
);
say();
say(
  `Where the cards' time goes (traced, as above): cards — ${traceRow(cardsKey)}; declarative shadow DOM — ${traceRow(cardsShadowKey)}. The widget mix at N = ${big.toLocaleString('en')}: ${fmt(mixNodes.widgets, 0)} nodes per widget (${fmt(mixNodes.comments, 0)} comments), static ${fmt(mixNodes.static, 0)}.`,
);
say();
say(
  `**Against a dataset of ${LARGE_EVENTS.toLocaleString('en')} events** (generated in the page from the embedded one: ${largeSetup[0]?.events?.toLocaleString('en')} events, ${largeSetup[0]?.figures?.toLocaleString('en')} figures, ${largeSetup[0]?.quotes?.toLocaleString('en')} quotes; each widget names a copy of the same event or quote from across the dataset, so it renders the same content). One-time cost, before any widget renders: generating ${spread(setupStat('generateMs'))} ms, validating and registering (\`registerDataset\`) ${spread(setupStat('validateMs'))} ms, indexing on the first lookup ${spread(setupStat('indexMs'))} ms (with one hidden widget's render; the index alone: ${fmt(lookups.largeIndexMs)} ms, and ${fmt(lookups.embeddedIndexMs, 2)} ms for the embedded dataset, on the lookup page). Each load's own set-up time is subtracted below; the page with the dataset and no widgets then takes ${spread(T('large-0'))} ms (${spread(stats(runs['large-0'].map((r) => r.t)))} ms with it).`,
);
say();
say(
  `| N | ${LARGE_EVENTS.toLocaleString('en')} events, ms (set-up subtracted) | per widget, µs | embedded dataset, per widget, µs | change |`,
);
say('| ---: | ---: | ---: | ---: | ---: |');
for (const n of NS) {
  const row = rows[n];
  const change = (row.largePerWidget.median / row.perWidget.median - 1) * 100;
  say(
    `| ${n.toLocaleString('en')} | ${spread(row.large)} | ${spread(row.largePerWidget, 0)} | ${fmt(row.perWidget.median, 0)} | ${change >= 0 ? '+' : ''}${fmt(change, 0)} % |`,
  );
}
say();
const pct = (a, b) => `${a >= b ? '+' : ''}${fmt((a / b - 1) * 100, 0)} %`;
say(
  `Lookups (an event, its claims for a metric, its related events, its quotes, a quote by id; the data layer of dist/lib; median of 7 rounds), ns each: ${fmt(lookups.embeddedNs, 0)} against the embedded dataset (${lookups.embeddedEvents} events); ${fmt(lookups.sameNs, 0)} (${pct(lookups.sameNs, lookups.embeddedNs)}) against ${lookups.largeEvents.toLocaleString('en')} events for the same number of distinct events (12); ${fmt(lookups.largeNs, 0)} (${pct(lookups.largeNs, lookups.embeddedNs)}) against ${lookups.largeEvents.toLocaleString('en')} events with the lookups spread over ~1,000 of them (a larger working set: cache misses, not a search).`,
);
say();

let peer;
if (PEER) {
  const fileBytes = (urls) => {
    const files = [...new Set(urls.map((u) => decodeURIComponent(new URL(u).pathname).slice(1)))]
      .filter((p) => !p.startsWith('bench/'))
      .map((p) => (p.startsWith('dist/') ? join(SNAP, p.slice('dist/'.length)) : p))
      .filter((p) => existsSync(p) && statSync(p).isFile());
    const raw = files.reduce((s, f) => s + statSync(f).size, 0);
    const gzip = files.reduce((s, f) => s + gz(readFileSync(f)), 0);
    return { files, raw, gzip };
  };
  const requested = (key) => runs[key][0].requested;
  const blocked = [
    ...new Set(
      ['peer-timelinejs', 'peer-strike-timeline', 'peer-strike-cards'].flatMap((k) =>
        runs[k].flatMap((r) => r.blocked),
      ),
    ),
  ];
  const tlData = readFileSync(join(OUT, 'timelinejs-data.js'));
  const tlVersion = JSON.parse(readFileSync(join(TIMELINEJS_PKG, 'package.json'), 'utf8')).version;
  peer = {
    ours: fileBytes(requested('peer-strike-timeline')),
    theirs: fileBytes(requested('peer-timelinejs')),
    tlVersion,
    tlData: { raw: tlData.length, gzip: gz(tlData) },
    blocked,
    slides: runs['peer-timelinejs'][0].slides,
  };
  say(
    `**Peer: TimelineJS ${tlVersion}** (\`@knight-lab/timelinejs\` from npm, served locally; requests outside localhost blocked and counted: ${blocked.length ? blocked.join(', ') : 'none attempted'}). The same ${seed.events.length} events: TimelineJS from its JSON (headline and summary per event, ${peer.slides} slides), ours as one \`<strike-timeline events="…">\` and as ${seed.events.length} full \`<strike-card>\`s. Bytes are what each page loaded (gzip -9).`,
  );
  say();
  say('| | loads | raw | gzip | time to rendered, ms |');
  say('| --- | --- | ---: | ---: | ---: |');
  say(
    `| strike-widgets, \`<strike-timeline>\` | ${peer.ours.files.map((f) => f.split('/').pop()).join(', ')} (dataset inside) | ${kb(peer.ours.raw)} | ${kb(peer.ours.gzip)} | ${spread(T('peer-strike-timeline'))} |`,
  );
  say(
    `| strike-widgets, ${seed.events.length} \`<strike-card>\` | the same | ${kb(peer.ours.raw)} | ${kb(peer.ours.gzip)} | ${spread(T('peer-strike-cards'))} |`,
  );
  say(
    `| TimelineJS ${tlVersion} | ${peer.theirs.files.map((f) => f.split('/').pop()).join(', ')} + its JSON (${kb(peer.tlData.raw)}, ${kb(peer.tlData.gzip)} gzip) | ${kb(peer.theirs.raw)} | ${kb(peer.theirs.gzip)} | ${spread(T('peer-timelinejs'))} |`,
  );
  say();
}

say(
  `**Layout shift of the demo article** (dist/demo/index.html with a \`layout-shift\` PerformanceObserver registered first; sum of every shift without recent input, the worst of ${clsRuns} loads). \`fallback\`: as built, with the publisher's fallback content in each widget and the bundle's script tag marked \`blocking="render"\`; \`-nonblocking\`: that attribute removed (the first paint does not wait for the bundle); \`bare\`: the fallbacks removed too; \`-late\`: the bundle delayed ${LATE_MS} ms (a script from a slower server); \`prerendered\`: the page run through \`strike-widgets prerender\` (declarative shadow DOM).`,
);
say();
const clsViewports = [...new Set(cls.map((c) => c.viewport))];
say(`| page | ${clsViewports.join(' | ')} |`);
say(`| --- | ${clsViewports.map(() => '---:').join(' | ')} |`);
for (const variant of [...new Set(cls.map((c) => c.variant))]) {
  say(
    `| ${variant} | ${clsViewports.map((v) => fmt(cls.find((c) => c.variant === variant && c.viewport === v)?.max, 4)).join(' | ')} |`,
  );
}
say();

const at = (n) => rows[n];
const first = NS.includes(100) ? 100 : NS[0];
const flatness = (at(maxN).perWidget.median / at(first).perWidget.median - 1) * 100;
const largeChange = (at(maxN).largePerWidget.median / at(maxN).perWidget.median - 1) * 100;
const lookupChange = (lookups.sameNs / lookups.embeddedNs - 1) * 100;
const demoCls = Math.max(...cls.filter((c) => c.variant === 'fallback').map((c) => c.max));
const targets = [
  [
    `ratio widgets/static ≤ 1.5 at N = ${maxN.toLocaleString('en')}`,
    `${fmt(at(maxN).ratio.median, 2)}`,
    at(maxN).ratio.median <= 1.5,
  ],
  [
    `ratio widgets/declarative shadow DOM ≤ 1.25 at N = ${maxN.toLocaleString('en')}: the mix; strike cards alone`,
    `${fmt(at(maxN).ratioShadow.median, 2)}; ${fmt(cards.ratio.median, 2)}`,
    at(maxN).ratioShadow.median <= 1.25 && cards.ratio.median <= 1.25,
  ],
  [
    `JS heap per card ≤ 6 KB (N = ${maxN.toLocaleString('en')} strike cards)`,
    `${fmt(cards.heapPerCard.median)} KB`,
    cards.heapPerCard.median <= 6,
  ],
  [
    `DOM nodes per card ≤ 1.5 × the static twin's`,
    `${fmt(cards.nodes, 0)} / ${fmt(cards.nodesStatic, 0)} = ${fmt(cards.nodeRatio, 2)}×`,
    cards.nodeRatio <= 1.5,
  ],
  [
    `per widget flat (±20 %) from N = ${first} to ${maxN.toLocaleString('en')}`,
    `${fmt(at(first).perWidget.median, 0)} → ${fmt(at(maxN).perWidget.median, 0)} µs (${flatness >= 0 ? '+' : ''}${fmt(flatness, 0)} %)`,
    Math.abs(flatness) <= 20,
  ],
  [
    `per widget independent of dataset size (±20 %, N = ${maxN.toLocaleString('en')})`,
    `${fmt(at(maxN).perWidget.median, 0)} → ${fmt(at(maxN).largePerWidget.median, 0)} µs (${largeChange >= 0 ? '+' : ''}${fmt(largeChange, 0)} %)`,
    Math.abs(largeChange) <= 20,
  ],
  [
    `lookup time independent of dataset size (±20 %; 12 → ${LARGE_EVENTS.toLocaleString('en')} events, same lookups)`,
    `${fmt(lookups.embeddedNs, 0)} → ${fmt(lookups.sameNs, 0)} ns (${lookupChange >= 0 ? '+' : ''}${fmt(lookupChange, 0)} %)`,
    Math.abs(lookupChange) <= 20,
  ],
  ['CLS 0 on the demo article as built (fallbacks, bundle blocking render)', fmt(demoCls, 4), demoCls === 0],
];
say('| target | measured | met |');
say('| --- | --- | --- |');
for (const [name, value, met] of targets) say(`| ${name} | ${value} | ${met ? 'yes' : '**no**'} |`);
if (problems.length) {
  say();
  say(
    `Runs with page errors, widgets in their error state or left loading, or blocked requests: ${problems.length} (see ${OUT}/results.json).`,
  );
}

const table = out.join('\n');
console.log(table);
if (profile) {
  console.log(
    `\nCPU profile of ${profile.n} widgets (unminified bundle, 100 µs sampling; ${fmt(profile.total, 0)} ms sampled, rendered at ${fmt(profile.t, 0)} ms): self time by function`,
  );
  for (const [name, ms] of profile.top) console.log(`${fmt(ms).padStart(8)} ms  ${name}`);
  console.log("\nSelf time by module (lit's packages by name, the project's by folder; the rest by V8's own names)");
  for (const [name, ms] of profile.byModule) console.log(`${fmt(ms).padStart(8)} ms  ${name}`);
}

const json = {
  date: new Date().toISOString(),
  env,
  quick: QUICK,
  runs: RUNS,
  ns: NS,
  t0,
  rows,
  scripted,
  cards,
  traces,
  mixNodes,
  largeSetup: { generateMs: setupStat('generateMs'), validateMs: setupStat('validateMs') },
  lookups,
  peer,
  cls,
  sanity,
  targets: targets.map(([name, value, met]) => ({ name, value, met })),
  problems: problems.map((p) => ({ errors: p.errors, widgetErrors: p.widgetErrors, busy: p.busy, blocked: p.blocked })),
  profile,
};
writeFileSync(join(OUT, 'results.json'), JSON.stringify(json, null, 2));

writeFileSync(
  RESULTS,
  `# Benchmark results\n\nWritten by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (scripts/bench.mjs); see docs/performance.md.\n\n${table}\n`,
);
log(`Wrote ${RESULTS}`);

// The README's Performance section: this run's peer table and rendering targets, so the two stay measured together.
if (peer && NS.includes(1000) && !option('--out')) {
  const date = new Date().toISOString().slice(0, 10);
  const events = seed.events.length;
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const readme = readFileSync('README.md', 'utf8');
  const block = [
    `Measured by \`npm run bench\` on ${date} in ${browserName} (headless), in one run: median (min–max) of ${RUNS} loads, each a first visit.`,
    '',
    `| the ${events} events of the embedded dataset | what the page loads, gzip -9 | time to rendered, ms |`,
    '| --- | ---: | ---: |',
    `| strike-widgets, one \`<strike-timeline>\` | ${kib(peer.ours.gzip)} | ${spread(T('peer-strike-timeline'))} |`,
    `| strike-widgets, ${events} \`<strike-card>\`s | ${kib(peer.ours.gzip)} | ${spread(T('peer-strike-cards'))} |`,
    `| TimelineJS ${peer.tlVersion}, its ${peer.slides} slides | ${kib(peer.theirs.gzip + peer.tlData.gzip)} | ${spread(T('peer-timelinejs'))} |`,
    '',
    `| 1,000 widgets against the same content prerendered (declarative shadow DOM) | measured | target |`,
    '| --- | ---: | ---: |',
    `| time, a mix of cards, counters and quotes | ${fmt(rows[1000].ratioShadow.median, 2)}× | ≤ 1.25× |`,
    `| time, strike cards | ${fmt(cards.ratio.median, 2)}× | ≤ 1.25× |`,
    `| JS heap per card | ${fmt(cards.heapPerCard.median)} KiB | ≤ 6 KiB |`,
    `| DOM nodes per card | ${fmt(cards.nodeRatio, 2)}× | ≤ 1.5× |`,
  ].join('\n');
  const marked = /(<!-- bench:start[^\n]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!marked.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
  writeFileSync('README.md', readme.replace(marked, `$1\n${block}\n\n$2`));
  log("Wrote the README's Performance table");
}

// Drives the system's browsers (never downloaded ones) against pages served by the project's own static server,
// for tests that need real pages: a strict CSP, a hostile theme, the bundle loaded twice. Chromium and Firefox
// through puppeteer-core (Firefox over WebDriver BiDi), WebKit through WebKitWebDriver; every engine gets the same
// small page interface: evaluate, waitForFunction, setViewport, close, and its log.
import { readFileSync } from 'node:fs';
import { after } from 'node:test';
import puppeteer from 'puppeteer-core';
import { browserArgs, ensureEngines, selectedEngines } from '../../scripts/browser.mjs';
import { STRICT_CSP, startServer } from '../../scripts/serve.mjs';
import { launchWebKit, releaseDisplay } from '../../scripts/webkit-driver.mjs';

export const WIDGETS = 'strike-card, casualty-counter, quote-block, strike-timeline, claim-compare';

/** The engines the page tests run in: BROWSERS, else all three. */
export const ENGINES = selectedEngines();

/** Headless Chromium, as a puppeteer-core Browser. */
export function launchBrowser() {
  return puppeteer.launch({
    executablePath: ensureEngines(['chromium']).chromium.executablePath,
    headless: true,
    args: browserArgs(),
  });
}

const engineBrowsers = new Map();
/**
 * The browser of that engine this process shares between its page test files (test/pages/index.mjs runs them in
 * one process): launched on first use, closed after the last test.
 */
export function engineBrowser(engine) {
  if (!engineBrowsers.has(engine)) engineBrowsers.set(engine, launchEngine(engine));
  return engineBrowsers.get(engine);
}
after(async () => {
  const launched = [...engineBrowsers.values()];
  engineBrowsers.clear();
  await Promise.allSettled(launched.map(async (browser) => (await browser).close()));
});

/** A browser of that engine for `open()`: `{ engine, open(url, options), close() }`. */
async function launchEngine(engine) {
  const found = ensureEngines([engine])[engine];
  if (engine === 'webkit') return new WebKitPool();
  if (engine === 'chromium') {
    const browser = await launchBrowser();
    return { engine, open: (url, options) => openPuppeteer(browser, url, options), close: () => browser.close() };
  }
  // Firefox's BiDi cannot turn scripts off in a page (no emulation.setScriptingEnabled), and a second Firefox with
  // them off by preference costs a launch: the page is asked for with SCRIPTING_OFF instead, which makes the test
  // servers add `sandbox allow-same-origin` to its policy. A document sandboxed without `allow-scripts` has scripting
  // disabled (HTML's "scripting is disabled": no script runs, <noscript> shows), keeping its origin.
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: found.executablePath, headless: true });
  return {
    engine,
    open: async (url, options = {}) => {
      if (options.javaScript ?? true) return openPuppeteer(browser, url, { ...options, javaScript: 'by the browser' });
      const opened = await openPuppeteer(browser, scriptingOff(url), { ...options, javaScript: 'by the browser' });
      if (!/(^|;)\s*sandbox allow-same-origin\s*(;|$)/.test(opened.csp ?? '')) {
        throw new Error(
          `${url} was not served with scripting off (policy: ${opened.csp}): open it from serve() or serveRepo()`,
        );
      }
      return opened;
    },
    close: () => browser.close(),
  };
}

/** The query parameter that makes the test servers disable scripting in the page they serve (see launchEngine). */
const SCRIPTING_OFF = 'strike-widgets-scripting=off';
const scriptingOff = (url) => `${url}${url.includes('?') ? '&' : '?'}${SCRIPTING_OFF}`;

/** Adds `sandbox allow-same-origin` to the policy of every response to a request with SCRIPTING_OFF. */
function disableScriptingOnRequest(served) {
  served.server.prependListener('request', (req, res) => {
    if (!req.url?.includes(SCRIPTING_OFF)) return;
    const sandboxed = (csp) => `${csp ? `${csp}; ` : ''}sandbox allow-same-origin`;
    const { setHeader, writeHead } = res;
    res.setHeader = (name, value) =>
      setHeader.call(res, name, name.toLowerCase() === 'content-security-policy' ? sandboxed(value) : value);
    res.writeHead = (status, headers = {}) => {
      const csp = Object.keys(headers).find((name) => name.toLowerCase() === 'content-security-policy');
      if (csp) headers[csp] = sandboxed(headers[csp]);
      else if (!res.hasHeader('content-security-policy')) res.setHeader('Content-Security-Policy', '');
      return writeHead.call(res, status, headers);
    };
  });
  return served;
}

/** Responses of the test servers, for engines whose driver does not report them: `{ at, url, status }`. */
const responses = [];
function watchResponses(served) {
  served.server.on('request', (req, res) => {
    res.on('finish', () => responses.push({ at: Date.now(), url: `${served.url}${req.url}`, status: res.statusCode }));
  });
  return served;
}

/** Opens a page and records its console warnings, page errors and every request it makes. */
async function openPuppeteer(browser, url, { javaScript = true, beforeScripts } = {}) {
  const page = await browser.newPage();
  // `beforeScripts`: a function run in the page before any of its own scripts (whatever the page's CSP).
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
  if (javaScript !== 'by the browser') await page.setJavaScriptEnabled(javaScript);
  // `failed`: responses with an error status, by URL (the browser's own favicon probe aside).
  const log = { warnings: [], errors: [], requests: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'warning') log.warnings.push(m.text());
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) log.errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) log.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  const response = await page.goto(url, { waitUntil: 'load' });
  // `csp`: the policy the page was served with.
  return { page, log, logs: async () => log, csp: response?.headers()['content-security-policy'] };
}

/**
 * WebKit windows, one per WebKitWebDriver, reused once closed (starting one takes a second or two). WebDriver
 * reports no console or network events: the log comes from test/pages/probe.js (console calls and page errors),
 * the page's resource timing (requests) and the test servers (error statuses).
 */
class WebKitPool {
  engine = 'webkit';
  idle = { true: [], false: [] };
  all = new Set();

  async open(url, { javaScript = true } = {}) {
    let browser = this.idle[javaScript].pop();
    if (!browser) {
      // WebDriver cannot turn scripts off in a running window: MiniBrowser starts without them.
      browser = await launchWebKit({ args: javaScript ? [] : ['--enable-javascript-markup=false'] });
      this.all.add(browser);
    }
    const since = Date.now();
    await browser.setViewport({ width: 800, height: 600 });
    await browser.goto(url);
    const page = {
      evaluate: (fn, ...args) => browser.evaluate(fn, ...args),
      setViewport: (viewport) => browser.setViewport(viewport),
      waitForFunction: async (fn, { timeout = 30000, polling = 100 } = {}, ...args) => {
        for (const end = Date.now() + timeout; ;) {
          if (await browser.evaluate(fn, ...args)) return;
          if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms`);
          await new Promise((resolve) => setTimeout(resolve, polling));
        }
      },
      close: async () => {
        await browser.goto('about:blank');
        this.idle[javaScript].push(browser);
      },
    };
    const logs = async () => {
      const inPage = await browser.evaluate(() => ({
        console: window.__console ?? [],
        errors: window.__errors ?? [],
        requests: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)],
      }));
      const origin = new URL(url).origin;
      return {
        warnings: inPage.console.filter((m) => m.level === 'warn').map((m) => m.text),
        errors: [...inPage.console.filter((m) => m.level === 'error').map((m) => m.text), ...inPage.errors],
        requests: inPage.requests,
        failed: responses
          .filter(
            (r) => r.at >= since && r.status >= 400 && r.url.startsWith(origin) && !r.url.endsWith('/favicon.ico'),
          )
          .map((r) => `${r.status} ${r.url}`),
      };
    };
    return { page, logs };
  }

  async close() {
    await Promise.all([...this.all].map((browser) => browser.close()));
    await releaseDisplay();
  }
}

const PLAIN = 'test/pages/plain.html';
const INLINE_DATASET = /<script type="application\/json" id="([^"]+)" data-inline="\/([^"]+)"><\/script>/g;

/**
 * A test page (test/pages/*.html) as browsers and the prerenderer get it: each inline dataset it marks with
 * `data-inline="/test/fixtures/…json"` written into its script from that file, so that the pages hold no copy of it.
 */
export function testPage(path) {
  return readFileSync(path, 'utf8').replace(
    INLINE_DATASET,
    (_, id, file) => `<script type="application/json" id="${id}">\n${readFileSync(file, 'utf8')}    </script>`,
  );
}
/** STRICT_CSP as an engine without Trusted Types applies it: without its `require-trusted-types-for` directive. */
export const WITHOUT_TRUSTED_TYPES_CSP = STRICT_CSP.replace(/;\s*require-trusted-types-for [^;]*/, '');
const BUNDLE_TAG = '<script type="module" src="/dist/strike-widgets.js"></script>';

/**
 * The page tests' other pages: test/pages/plain.html (the script tag and every kind of element) with the one change
 * each tests, so that all of them show the same widgets.
 */
export const PAGE_VARIANTS = {
  'hostile.html': {
    title: 'A hostile theme',
    head: ['<link rel="stylesheet" href="/test/pages/hostile.css">', BUNDLE_TAG],
  },
  'late.html': {
    title: 'Elements in the page long before the script',
    head: ['<script src="/test/pages/late-loader.js" defer></script>'],
  },
  'old-browser.html': {
    title: 'A browser without Intl.ListFormat',
    head: ['<script src="/test/pages/old-browser.js"></script>', BUNDLE_TAG],
  },
  'twice.html': {
    title: 'The bundle twice, from two URLs',
    head: [BUNDLE_TAG, '<script type="module" src="/copy/strike-widgets.js"></script>'],
  },
  // An engine without Trusted Types ignores `require-trusted-types-for` and has no `trustedTypes`: every engine here
  // has them, so the page hides them and is served with the rest of the strict policy only.
  'no-trusted-types.html': {
    title: 'An engine without Trusted Types',
    head: ['<script src="/test/pages/no-trusted-types.js"></script>', BUNDLE_TAG],
    csp: WITHOUT_TRUSTED_TYPES_CSP,
  },
};

export function pageVariant(name) {
  const { title, head } = PAGE_VARIANTS[name];
  const plain = testPage(PLAIN);
  if (!plain.includes(BUNDLE_TAG)) throw new Error(`${PLAIN} has no ${BUNDLE_TAG}`);
  return plain.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`).replace(BUNDLE_TAG, head.join('\n  '));
}

/**
 * The repository served at a local URL, with the bundle also mounted at /copy/ (a second URL for the same file)
 * and the variants of the plain page at /test/pages/<name>.
 */
export function serveRepo(options = {}) {
  const routes = Object.fromEntries(
    Object.keys(PAGE_VARIANTS).map((name) => [
      `/test/pages/${name}`,
      (req, res) =>
        res
          .writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-cache',
            ...(PAGE_VARIANTS[name].csp ? { 'Content-Security-Policy': PAGE_VARIANTS[name].csp } : {}),
          })
          .end(pageVariant(name)),
    ]),
  );
  for (const name of ['plain.html', 'prerender-source.html'])
    routes[`/test/pages/${name}`] = (req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
        .end(testPage(`test/pages/${name}`));
  return serve({ root: '.', mounts: { '/copy/': 'dist' }, ...options, routes: { ...routes, ...options.routes } });
}

/** startServer, with its responses recorded for the engines whose driver does not report them. */
export async function serve(options) {
  return disableScriptingOnRequest(watchResponses(await startServer(options)));
}

/**
 * Opens a page in `browser` (a puppeteer Browser, or what launchEngine gives): `{ page, logs }`, where `await logs()`
 * gives its console warnings, errors, requests and failed responses (`log` is the same, live, with Puppeteer).
 */
export function open(browser, url, options) {
  return browser.open ? browser.open(url, options) : openPuppeteer(browser, url, options);
}

/** Waits until every widget on the page has rendered (not loading). */
export function widgetsRendered(page, timeout = 15000) {
  return page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('[aria-busy="true"]'),
      ) && document.querySelectorAll(selector).length > 0,
    { timeout, polling: 50 },
    WIDGETS,
  );
}

/** For each widget: its tag, whether it shows an error, and its shadow text. */
export function widgetSummaries(page) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        tag: el.localName,
        error: !!el.shadowRoot?.querySelector('[part~="error"]'),
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    WIDGETS,
  );
}

// Drives the system Chromium (puppeteer-core, never a downloaded browser) against pages served by the project's
// own static server, for tests that need real pages: a strict CSP, a hostile theme, the bundle loaded twice.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserArgs, ensureBrowser } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const WIDGETS = 'strike-card, casualty-counter, quote-block, strike-timeline, claim-compare';

export function launchBrowser() {
  return puppeteer.launch({ executablePath: ensureBrowser(), headless: true, args: browserArgs() });
}

const PLAIN = 'test/pages/plain.html';
const BUNDLE_TAG = '<script type="module" src="/dist/strike-widgets.js"></script>';

/**
 * The page tests' other pages: test/pages/plain.html (the script tag and every kind of element) with the one change
 * each tests, so that all of them show the same widgets.
 */
export const PAGE_VARIANTS = {
  'hostile.html': { title: 'A hostile theme', head: ['<link rel="stylesheet" href="/test/pages/hostile.css">', BUNDLE_TAG] },
  'late.html': { title: 'Elements in the page long before the script', head: ['<script src="/test/pages/late-loader.js" defer></script>'] },
  'twice.html': { title: 'The bundle twice, from two URLs', head: [BUNDLE_TAG, '<script type="module" src="/copy/strike-widgets.js"></script>'] },
};

export function pageVariant(name) {
  const { title, head } = PAGE_VARIANTS[name];
  const plain = readFileSync(PLAIN, 'utf8');
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
      (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(pageVariant(name)),
    ]),
  );
  return startServer({ root: '.', mounts: { '/copy/': 'dist' }, ...options, routes: { ...routes, ...options.routes } });
}

/** Opens a page and records its console warnings, page errors and every request it makes. */
export async function open(browser, url, { javaScript = true, beforeScripts } = {}) {
  const page = await browser.newPage();
  // `beforeScripts`: a function run in the page before any of its own scripts (whatever the page's CSP).
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
  await page.setJavaScriptEnabled(javaScript);
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
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
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
  return page.evaluate((selector) =>
    [...document.querySelectorAll(selector)].map((el) => ({
      tag: el.localName,
      error: !!el.shadowRoot?.querySelector('[part~="error"]'),
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  WIDGETS);
}

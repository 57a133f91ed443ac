// A web-test-runner BrowserLauncher for WebKitGTK's MiniBrowser through WebKitWebDriver (scripts/webkit-driver.mjs).
// @web/test-runner-webdriver would need webdriverio, and web-test-runner's own setViewport and emulateMedia commands
// do not support WebDriver sessions at all; this launcher instead presents each window as the few Puppeteer page
// methods those commands call (setViewport, keyboard, emulateMedia*), so the element tests' commands work unchanged.
import { launchWebKit, releaseDisplay, WebDriverError } from './webkit-driver.mjs';

/** The Puppeteer-page face of one MiniBrowser window, as the built-in commands use it. */
class CommandPage {
  constructor(browser) {
    this.browser = browser;
    this.keyboard = {
      press: (key) =>
        browser.keys([
          ['down', key],
          ['up', key],
        ]),
      down: (key) => browser.keys([['down', key]]),
      up: (key) => browser.keys([['up', key]]),
      type: (text) =>
        browser.keys(
          [...text].flatMap((key) => [
            ['down', key],
            ['up', key],
          ]),
        ),
    };
  }

  setViewport(viewport) {
    return this.browser.setViewport(viewport);
  }

  emulateMediaFeatures() {
    throw new WebDriverError(
      'WebKitWebDriver cannot emulate media features (prefers-color-scheme, prefers-reduced-motion)',
    );
  }

  emulateMediaType() {
    throw new WebDriverError('WebKitWebDriver cannot emulate a media type (print)');
  }
}

class WebKitLauncher {
  name = 'WebKit';
  // The built-in commands pick their code by this type; see CommandPage.
  type = 'puppeteer';

  constructor({ concurrency }) {
    // Unset, the runner's own `concurrency` applies.
    if (concurrency !== undefined) this.concurrency = concurrency;
    /** Windows not running a test file. */
    this.idle = [];
    /** sessionId → { window, url }. */
    this.active = new Map();
    this.all = new Set();
  }

  async startSession(sessionId, url) {
    let window = this.idle.pop();
    if (!window) {
      const browser = await launchWebKit();
      window = { browser, page: new CommandPage(browser) };
      this.all.add(window);
      if (!this.version) {
        this.version = browser.version;
        console.log(`WebKit: MiniBrowser ${browser.version}`);
      }
    }
    this.active.set(sessionId, { window, url });
    await window.browser.setViewport({ width: 800, height: 600 });
    await window.browser.goto(url);
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.active.get(sessionId)?.url;
  }

  getPage(sessionId) {
    const session = this.active.get(sessionId);
    if (!session) throw new Error(`No WebKit window for session ${sessionId}`);
    return session.window.page;
  }

  async stopSession(sessionId) {
    const session = this.active.get(sessionId);
    if (!session) throw new Error(`No WebKit window for session ${sessionId}`);
    this.active.delete(sessionId);
    // A blank page stops the test page's timers before the window runs the next file.
    await session.window.browser.goto('about:blank');
    this.idle.push(session.window);
    return {};
  }

  startDebugSession() {
    throw new Error(
      'Debugging is not supported in WebKit: run `BROWSERS=chromium npx web-test-runner --manual` instead.',
    );
  }

  async stop() {
    await Promise.all([...this.all].map((window) => window.browser.close()));
    this.all.clear();
    this.idle = [];
    await releaseDisplay();
  }
}

/** The launcher; `concurrency` MiniBrowser windows run test files side by side (by default the runner's concurrency). */
export function webkitLauncher({ concurrency } = {}) {
  return new WebKitLauncher({ concurrency });
}

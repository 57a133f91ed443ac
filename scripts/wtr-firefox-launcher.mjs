// Firefox for web-test-runner: Puppeteer (puppeteer-core, no browser download) over WebDriver BiDi, through
// @web/test-runner-chrome's launcher — what @web/test-runner-puppeteer does, without the full `puppeteer` package,
// which downloads a browser when installed. Two differences from Chromium's keyboard are smoothed over here, so the
// element tests' sendKeys works unchanged.
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';

// Puppeteer's BiDi keyboard knows the space bar only as ' '.
const BIDI_KEYS = { Space: ' ' };

const keyboards = new WeakMap();

/**
 * The page's keyboard, its window brought to the front first and the page's handling of the key awaited after:
 * BiDi's input actions can resolve before Firefox has run the key's default action (a button's click, a summary's
 * toggle).
 */
function settledKeyboard(page) {
  if (!keyboards.has(page)) {
    const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    const key = (name) => BIDI_KEYS[name] ?? name;
    // Two test files run side by side in two windows: the keys go to the one whose test sends them.
    const act = async (action) => {
      await page.bringToFront();
      await action();
      await settle();
    };
    keyboards.set(page, {
      press: (name, options) => act(() => page.keyboard.press(key(name), options)),
      down: (name, options) => act(() => page.keyboard.down(key(name), options)),
      up: (name) => act(() => page.keyboard.up(key(name))),
      type: (text, options) => act(() => page.keyboard.type(text, options)),
    });
  }
  return keyboards.get(page);
}

class FirefoxLauncher extends ChromeLauncher {
  getPage(sessionId) {
    const page = super.getPage(sessionId);
    return new Proxy(page, {
      get(target, prop) {
        if (prop === 'keyboard') return settledKeyboard(target);
        const value = Reflect.get(target, prop);
        // Puppeteer's pages keep private fields: their methods must run on the page itself.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/** The launcher for the Firefox at `executablePath`; `createPage` as for chromeLauncher. */
export function firefoxLauncher({ executablePath, createPage }) {
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath, headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    createPage,
    puppeteer,
  );
}

/**
 * Which engine runs the tests, and what a test does where an engine or its driver cannot do something: it is
 * marked as not run there, with the engine and the reason (printed and counted by `npm test`), never passed.
 */
import {
  emulateMedia as emulateInBrowser,
  executeServerCommand,
  setViewport as setViewportInBrowser,
} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /\b(Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

let running: Mocha.Runnable | undefined;
// A root hook: every test of a file that imports this module is known while it runs.
beforeEach(function rememberRunningTest() {
  running = this.currentTest;
});

/** Stops the running test as one that cannot run in this engine, and records why. */
export async function cannotRunIn(reason: string): Promise<never> {
  const test = running;
  if (!test) throw new Error(`cannotRunIn(${reason}) outside a test`);
  await executeServerCommand('engine-limit', { engine, test: test.fullTitle(), reason });
  test.skip();
  throw new Error('unreachable: skip() throws');
}

type Media = Parameters<typeof emulateInBrowser>[0];
const UNEMULATED: Required<{ [K in keyof Media]: string }> = {
  colorScheme: 'light',
  reducedMotion: 'no-preference',
  forcedColors: 'none',
  media: 'screen',
};
const QUERIES: Record<keyof Media, (value: string) => string> = {
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
  media: (v) => v,
};

/**
 * `emulateMedia` from @web/test-runner-commands where the driver can (Chromium, over CDP). Firefox (Puppeteer over
 * WebDriver BiDi) and WebKit (WebKitWebDriver) cannot emulate media: there, asking for the state the browser is in
 * anyway (light, screen, no reduced-motion preference) is checked and passes, and asking for another stops the test
 * as not runnable in that engine.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (engine === 'chromium') {
    await emulateInBrowser(media);
    return;
  }
  const asked = (Object.keys(media) as (keyof Media)[]).filter((k) => media[k] != null);
  const other = asked.filter((k) => media[k] !== UNEMULATED[k]);
  if (other.length) {
    const driver = engine === 'firefox' ? 'Puppeteer over WebDriver BiDi' : 'WebKitWebDriver';
    await cannotRunIn(`${driver} cannot emulate ${other.map((k) => QUERIES[k](media[k]!)).join(', ')}`);
  }
  for (const k of asked) {
    if (!matchMedia(QUERIES[k](media[k]!)).matches)
      throw new Error(`${engine} does not match ${QUERIES[k](media[k]!)} by default`);
  }
}

/** MiniBrowser's window is never narrower than this (its toolbar sets the minimum). */
const WEBKIT_MIN_WIDTH = 448;

/**
 * `setViewport` from @web/test-runner-commands, inside a test. WebKit's MiniBrowser cannot make its window narrower
 * than 448 px: a narrower viewport stops the test there as not runnable, with the reason.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit' && size.width < WEBKIT_MIN_WIDTH) {
    await cannotRunIn(
      `MiniBrowser's window cannot be narrower than ${WEBKIT_MIN_WIDTH} px (asked for ${size.width} px)`,
    );
  }
  await setViewportInBrowser(size);
}

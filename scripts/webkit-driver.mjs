// Drives WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver over HTTP; no client library needed).
// One driver serves one session, so each open browser is its own driver process. MiniBrowser has no headless mode:
// without a DISPLAY, every browser of this process shares one virtual display started with xvfb-run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { BrowserNotFound, findEngine } from './browser.mjs';

const children = new Set();
function killAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    // Where nobody else handles the signal, end as it would have without this handler.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Starts a command in its own process group, killed with this process at the latest. */
function start(command, args, env) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 3000);
  return exited.finally(() => clearTimeout(timer));
}

let display;
let displayHolder;
/** `{ DISPLAY, XAUTHORITY }` of a display to open browsers on: the one there is, or a virtual one shared by this process. */
function virtualDisplay(xvfbRun) {
  if (!xvfbRun) return Promise.resolve({});
  display ??= new Promise((resolve, reject) => {
    const holder = (displayHolder = start(xvfbRun, [
      '-a',
      '-s',
      '-screen 0 1600x1200x24',
      'sh',
      '-c',
      'echo "$DISPLAY $XAUTHORITY"; exec sleep 2147483647',
    ]));
    let out = '';
    holder.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n');
      if (line.length > 1) {
        const [DISPLAY, XAUTHORITY] = line[0].trim().split(' ');
        resolve({ DISPLAY, XAUTHORITY });
      }
    });
    holder.on('exit', (code) => reject(new Error(`xvfb-run exited (${code}) before its display was ready`)));
  });
  return display;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class WebDriverError extends Error {}

/** A W3C WebDriver key code for a key name as Puppeteer and web-test-runner's sendKeys spell it. */
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};
const keyValue = (key) => KEYS[key] ?? ([...key].length === 1 ? key : undefined);

/** One MiniBrowser window, through its own WebKitWebDriver. */
export class WebKitBrowser {
  constructor(driver, base, sessionId, capabilities) {
    this.driver = driver;
    this.base = base;
    this.sessionId = sessionId;
    this.version = capabilities.browserVersion;
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.sessionId}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new WebDriverError(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  goto(url) {
    return this.command('POST', '/url', { url });
  }

  /**
   * Runs `fn(...args)` in the page and returns its (awaited) result, as JSON. `fn` is sent as source text, so it
   * must not close over anything.
   */
  evaluate(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Sizes the window so that the page's viewport is width × height CSS pixels; throws where the window cannot. */
  async setViewport({ width, height }) {
    let inner;
    for (let i = 0; i < 4; i++) {
      inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return;
      const outer = await this.command('GET', '/window/rect');
      await this.command('POST', '/window/rect', {
        width: outer.width + width - inner[0],
        height: outer.height + height - inner[1],
      });
    }
    // MiniBrowser's window has a minimum width (its toolbar): narrower viewports are not possible.
    throw new WebDriverError(
      `MiniBrowser cannot show a ${width}×${height} viewport (it gives ${inner[0]}×${inner[1]})`,
    );
  }

  /** Key actions: `[['down'|'up', key], …]`. */
  keys(steps) {
    const actions = steps.map(([type, key]) => {
      const value = keyValue(key);
      if (value === undefined) throw new WebDriverError(`No WebDriver key for "${key}"`);
      return { type: type === 'down' ? 'keyDown' : 'keyUp', value };
    });
    return this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async close() {
    try {
      await this.command('DELETE', '');
    } catch {
      // the driver may be gone already
    }
    await stop(this.driver);
  }
}

let starting = Promise.resolve();

/**
 * Starts a WebKitWebDriver and a MiniBrowser session with `args` (e.g. `--dark-mode`). Starts are serialised:
 * several MiniBrowsers starting at once on a 2-core machine can outlast the driver's own start timeout.
 */
export function launchWebKit({ args = [] } = {}) {
  const launched = starting.then(async () => {
    // Finds, never installs: `npm test` installs the browsers before any runner starts.
    const found = findEngine('webkit');
    if (!found)
      throw new BrowserNotFound(
        'WebKit not found: run `node scripts/browser.mjs` with BROWSERS=webkit to see what to install.',
      );
    const env = await virtualDisplay(found.xvfbRun);
    const port = await freePort();
    const driver = start(found.driver, [`--port=${port}`], env);
    let stderr = '';
    driver.stderr.on('data', (chunk) => (stderr += chunk));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/status`)).ok) break;
      } catch {
        if (i > 100 || driver.exitCode !== null) throw new WebDriverError(`WebKitWebDriver did not start: ${stderr}`);
        await sleep(100);
      }
    }
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: found.executablePath, args: ['--automation', ...args] },
          },
        },
      }),
    });
    const { value } = await response.json();
    if (!response.ok) {
      await stop(driver);
      throw new WebDriverError(`WebKitWebDriver could not start MiniBrowser: ${value?.message} ${stderr}`);
    }
    return new WebKitBrowser(driver, base, value.sessionId, value.capabilities);
  });
  starting = launched.catch(() => {});
  return launched;
}

/** Stops the virtual display, once every browser on it is closed. */
export async function releaseDisplay() {
  const holder = displayHolder;
  display = undefined;
  displayHolder = undefined;
  if (holder) await stop(holder);
}

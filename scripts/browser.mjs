// Finds the browsers the tests drive: Chromium (or Chrome), Firefox and WebKit (WebKitGTK's MiniBrowser, driven by
// WebKitWebDriver under a virtual display). Never downloads a browser: environment variables first, then the usual
// system paths; on a Debian machine running as root (a fresh CI container) `ensureEngines` installs the missing
// Debian packages. Tests, benchmarks and the Storybook check use Chromium; the browser tests use every engine
// chosen with BROWSERS (e.g. `BROWSERS=firefox`, `BROWSERS=chromium,webkit`; all three by default).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
  `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
];

const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';

/**
 * Per engine: the environment variable that names its executable, where else to look, the Debian packages that
 * provide it, and for WebKit the driver and the virtual display it needs.
 */
const ENGINE_SPECS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: CHROMIUM_PATHS,
    packages: ['chromium'],
    what: 'a Chrome or Chromium executable',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
    what: 'a Firefox executable',
  },
  webkit: {
    env: 'WEBKIT_MINIBROWSER',
    paths: [`/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${MULTIARCH}/webkit2gtk-4.0/MiniBrowser`],
    packages: ['webkit2gtk-driver', 'xvfb'],
    what: "WebKitGTK's MiniBrowser",
  },
};

export const ENGINES = Object.keys(ENGINE_SPECS);

export class BrowserNotFound extends Error {}

/** The engines chosen with BROWSERS (comma- or space-separated), or all three. Throws on an unknown name. */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value?.trim()) return [...ENGINES];
  const names = [
    ...new Set(
      value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((n) => n.toLowerCase()),
    ),
  ];
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length)
    throw new BrowserNotFound(`BROWSERS names ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
  return names;
}

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(':')
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));

/**
 * What it takes to start an engine — `{ executablePath }`, plus `{ driver, xvfbRun }` for WebKit (xvfbRun is
 * undefined when a display is already there) — or undefined when something is missing. Throws BrowserNotFound
 * when an environment variable names a file that is not there.
 */
export function findEngine(engine) {
  const spec = ENGINE_SPECS[engine];
  const fromEnv = process.env[spec.env];
  if (fromEnv && !existsSync(fromEnv)) {
    throw new BrowserNotFound(`${spec.env} is set to ${fromEnv}, which does not exist: point it at ${spec.what}.`);
  }
  const executablePath = fromEnv || spec.paths.find((path) => existsSync(path));
  if (!executablePath) return undefined;
  if (engine !== 'webkit') return { executablePath };
  const driver = process.env.WEBKIT_WEBDRIVER || onPath('WebKitWebDriver');
  const xvfbRun = process.env.DISPLAY ? undefined : onPath('xvfb-run');
  if (!driver || (!process.env.DISPLAY && !xvfbRun)) return undefined;
  return { executablePath, driver, xvfbRun };
}

/** The browser's path, or undefined. Throws BrowserNotFound when CHROME_PATH names a file that is not there. */
export function findBrowser() {
  return findEngine('chromium')?.executablePath;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const canInstallDebianPackages = () =>
  process.platform === 'linux' && existsSync('/etc/debian_version') && isRoot() && existsSync('/usr/bin/apt-get');

/**
 * Finds every engine named, installing the Debian packages of the missing ones in one apt-get run where that is
 * ours to do; throws BrowserNotFound, saying what to install, otherwise. Returns { engine: findEngine(engine) }.
 */
export function ensureEngines(engines) {
  const missing = () => engines.filter((engine) => !findEngine(engine));
  const before = missing();
  if (before.length) {
    const packages = before.flatMap((engine) => ENGINE_SPECS[engine].packages);
    if (!canInstallDebianPackages()) {
      const variables = before.map((engine) => ENGINE_SPECS[engine].env).join(', ');
      throw new BrowserNotFound(
        `Not found: ${before.join(', ')}. Install ${before.length > 1 ? 'them' : 'it'} (on Debian or Ubuntu, ` +
          `\`sudo apt-get install ${packages.join(' ')}\`) or set ${variables} to the executable, then run the command ` +
          'again; or choose the engines to test with BROWSERS (e.g. `BROWSERS=chromium npm test`).',
      );
    }
    console.log(
      `Not found: ${before.join(', ')}. Installing Debian's ${packages.join(', ')} with apt-get (a minute or two).`,
    );
    const log = join(mkdtempSync(join(tmpdir(), 'strike-widgets-')), 'apt.log');
    const run = spawnSync(
      'sh',
      [
        '-c',
        `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${packages.join(' ')} > "${log}" 2>&1`,
      ],
      { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    const after = missing();
    if (run.status !== 0 || after.length) {
      throw new BrowserNotFound(
        `Installing ${packages.join(' ')} with apt-get failed (log: ${log}); still missing: ${after.join(', ') || 'none'}.`,
      );
    }
  }
  return Object.fromEntries(engines.map((engine) => [engine, findEngine(engine)]));
}

/** Finds Chromium, installing Debian's chromium where that is ours to do; throws BrowserNotFound otherwise. */
export function ensureBrowser() {
  return ensureEngines(['chromium']).chromium.executablePath;
}

/**
 * Flags for headless runs. --no-sandbox only where Chromium refuses to start without it (root, containers); the
 * background-networking flags keep it from calling Google's hosts on a closed network.
 */
export function browserArgs() {
  return [
    ...(isRoot() ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Pages in the background still get frames and timers: tests and benchmarks run several at once.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ];
}

/** The browser's version line, for logs. */
export function browserVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return path;
  }
}

/** A line per engine for logs: its name, version and path. */
export function engineVersion(engine, found) {
  if (engine === 'webkit') {
    let version = '';
    try {
      version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // not a Debian package: the path says enough
    }
    return `WebKitGTK ${version ? `${version} ` : ''}MiniBrowser (${found.executablePath}, ${found.driver}${found.xvfbRun ? ', under xvfb-run' : ''})`;
  }
  return `${browserVersion(found.executablePath)} (${found.executablePath})`;
}

// `node scripts/browser.mjs` prints each chosen engine's path (and installs where it may), for people who want to check.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = ensureEngines(selectedEngines());
    for (const [engine, where] of Object.entries(found))
      writeFileSync(1, `${engine}: ${engineVersion(engine, where)}\n`);
  } catch (e) {
    console.error(e instanceof BrowserNotFound ? e.message : String(e));
    process.exit(1);
  }
}

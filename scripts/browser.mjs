// Finds the Chrome or Chromium that tests, benchmarks and the Storybook check drive. Never downloads a browser:
// CHROME_PATH first, then the usual system paths; on a Debian machine running as root (a fresh CI container) it
// installs Debian's chromium package.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
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

export class BrowserNotFound extends Error {}

/** The browser's path, or undefined. Throws BrowserNotFound when CHROME_PATH names a file that is not there. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFound(`CHROME_PATH is set to ${fromEnv}, which does not exist: point it at a Chrome or Chromium executable.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const canInstallDebianChromium = () =>
  process.platform === 'linux' && existsSync('/etc/debian_version') && isRoot() && existsSync('/usr/bin/apt-get');

/** Finds the browser, installing Debian's chromium where that is ours to do; throws BrowserNotFound otherwise. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (!canInstallDebianChromium()) {
    throw new BrowserNotFound(
      'No Chrome or Chromium found: install one (on Debian or Ubuntu, `sudo apt-get install chromium`) or set CHROME_PATH to its executable, then run the command again.',
    );
  }
  console.log("No Chrome or Chromium found: installing Debian's chromium package with apt-get (about a minute).");
  const log = join(mkdtempSync(join(tmpdir(), 'strike-widgets-')), 'apt.log');
  const run = spawnSync(
    'sh',
    ['-c', `apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium > "${log}" 2>&1`],
    { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
  );
  const installed = findBrowser();
  if (run.status !== 0 || !installed) {
    throw new BrowserNotFound(`Installing chromium with apt-get failed (log: ${log}); install Chrome or Chromium and set CHROME_PATH.`);
  }
  return installed;
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

// `node scripts/browser.mjs` prints the path (and installs where it may), for people who want to check.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureBrowser();
    writeFileSync(1, `${path}\n`);
  } catch (e) {
    console.error(e instanceof BrowserNotFound ? e.message : String(e));
    process.exit(1);
  }
}

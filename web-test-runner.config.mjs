// Browser tests: every test/**/*.test.ts in headless Chromium, headless Firefox and WebKit (the system's browsers,
// never downloaded ones). BROWSERS chooses the engines (e.g. `BROWSERS=firefox npx web-test-runner`); the engines run
// one after another, each in one browser for every test file, two files at a time (`--concurrency` changes that).
// Importing this file installs nothing: `npm test` installs what is missing first, or says what to install.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BrowserNotFound, browserArgs, findEngine, selectedEngines } from './scripts/browser.mjs';
import { firefoxLauncher } from './scripts/wtr-firefox-launcher.mjs';
import { countingReporter, engineLimitRecorder } from './scripts/wtr-counting-reporter.mjs';
import { testEndpoints } from './scripts/wtr-test-server.mjs';
import { webkitLauncher } from './scripts/wtr-webkit-launcher.mjs';

// Test files run two at a time in each engine; a background tab gets no animation frames, so each gets its own window.
const newWindow = ({ context }) => context.newPage({ type: 'window' });

const LAUNCHERS = {
  chromium: ({ executablePath }) =>
    Object.assign(
      chromeLauncher({ launchOptions: { executablePath, headless: true, args: browserArgs() }, createPage: newWindow }),
      {
        name: 'Chromium',
      },
    ),
  firefox: ({ executablePath }) => firefoxLauncher({ executablePath, createPage: newWindow }),
  webkit: () => webkitLauncher(),
};

let browsers;
try {
  browsers = selectedEngines().map((engine) => {
    const found = findEngine(engine);
    if (!found)
      throw new BrowserNotFound(
        `${engine} is not installed: run \`npm test\` (which installs it on Debian as root) or \`node scripts/browser.mjs\` to see what to install, or choose others with BROWSERS.`,
      );
    return LAUNCHERS[engine](found);
  });
} catch (e) {
  if (!(e instanceof BrowserNotFound)) throw e;
  console.error(e.message);
  process.exit(1);
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), engineLimitRecorder()],
  middleware: [testEndpoints],
  browsers,
  // One engine at a time: on a 2-core machine three engines side by side only slow each other down (and time out).
  concurrentBrowsers: 1,
  concurrency: 2,
  // Firefox and WebKit run the heaviest property tests several times slower than Chromium on a busy 2-core machine.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
};

// Browser tests: every test/**/*.test.ts in headless Chromium (the system's, never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BrowserNotFound, browserArgs, ensureBrowser } from './scripts/browser.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { reliabilityRecorder, testEndpoints } from './scripts/wtr-test-server.mjs';

let executablePath;
try {
  executablePath = ensureBrowser();
} catch (e) {
  if (!(e instanceof BrowserNotFound)) throw e;
  console.error(e.message);
  process.exit(1);
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), reliabilityRecorder()],
  middleware: [testEndpoints],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: browserArgs() },
      // Test files run two at a time; a background tab gets no animation frames, so each gets its own window.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
};

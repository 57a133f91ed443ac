// `npm test`: everything CI checks, in order, ending with one line `N passed, N failed`.
// Steps: find (or install) the browsers, type-check, lint, build, the size budget, the Storybook static build (its stories are checked by
// the Node tests), Node tests, browser tests. A step that fails without counting tests of its own (type errors, a
// failed build) counts as one failure, and the run goes on so every problem shows in one pass.
// The browser tests run in Chromium, Firefox and WebKit; BROWSERS chooses (`BROWSERS=firefox npm test` for a quick
// run in one engine). Chromium is always needed: the Storybook check and the benchmarks drive it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserNotFound, engineVersion, ensureEngines, selectedEngines } from './browser.mjs';
import { notRunLines } from './wtr-counting-reporter.mjs';

const results = join(process.cwd(), '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0, notRun: [], engines: {} };
const failedSteps = [];

function step(name, command, args, { resultsFile, env } = {}) {
  console.log(`\n▸ ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env, ...(resultsFile ? { RESULTS_FILE: resultsFile } : {}) },
  });
  console.log(`▸ ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const counted = resultsFile && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped ?? 0;
    totals.notRun.push(...(counted.notRun ?? []));
    Object.assign(totals.engines, counted.engines);
    if (counted.failed === 0 && run.status !== 0) totals.failed += 1;
  } else if (run.status === 0) totals.passed += 1;
  else totals.failed += 1;
  if (run.status !== 0 || counted?.failed) failedSteps.push(name);
  return run.status === 0;
}

function finish() {
  if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
  // A test skips itself only where the browser cannot run it (a page in a background tab draws no frames): say so.
  for (const [name, own] of Object.entries(totals.engines)) {
    console.log(`Browser tests in ${name}: ${own.passed} passed, ${own.failed} failed${own.skipped ? `, ${own.skipped} not run` : ''}`);
  }
  if (totals.skipped) console.log(`Skipped: ${totals.skipped} (not counted below)`);
  // Tests an engine (or its driver) cannot run: the engine and the reason for each.
  if (totals.notRun.length) console.log(`Not run in an engine: ${totals.notRun.length} (not counted below)\n${notRunLines(totals.notRun).join('\n')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed ? 1 : 0);
}

let engines;
let found;
try {
  engines = selectedEngines();
  found = ensureEngines([...new Set(['chromium', ...engines])]);
  for (const [engine, where] of Object.entries(found)) console.log(`Browser: ${engineVersion(engine, where)}`);
} catch (e) {
  console.error(e instanceof BrowserNotFound ? e.message : `Could not find the browsers: ${e.message}`);
  totals.failed += 1;
  failedSteps.push('browsers');
  finish();
}

const bin = (name) => join('node_modules', '.bin', name);
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f));

step('type-check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('lint (npm run lint: eslint, lit-analyzer)', 'npm', ['run', '--silent', 'lint']);
step('build (npm run build)', 'npm', ['run', '--silent', 'build']);
step('size budget (scripts/size-budget.mjs)', process.execPath, ['scripts/size-budget.mjs']);
step('Storybook static build (npm run build-storybook)', 'npm', ['run', '--silent', 'build-storybook']);
step('Node tests (test/node)', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-counting-reporter.mjs',
  '--test-reporter-destination=stdout',
  ...nodeTests,
], { resultsFile: join(results, 'node.json'), env: { BROWSERS: engines.join(',') } });
// One engine at a time: on a 2-core machine three engines side by side only slow each other down (and time out).
for (const engine of engines) {
  step(`browser tests in ${engine} (web-test-runner)`, bin('web-test-runner'), [], {
    resultsFile: join(results, `browser-${engine}.json`),
    env: { CHROME_PATH: found.chromium.executablePath, BROWSERS: engine },
  });
}
// The Reliability section counts the Chromium run's cases.
if (engines.includes('chromium')) {
  step("README's Reliability section matches the suite", process.execPath, ['scripts/reliability.mjs', '--check']);
}
finish();

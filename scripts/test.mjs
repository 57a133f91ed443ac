// `npm test`: everything CI checks, ending with one line `N passed, N failed`.
// First the browsers: found, or installed with apt-get (root on Debian), or it says what to install — before any
// runner starts. Then the npm scripts, each runnable alone: typecheck, build, size, build-storybook, test:node, and
// per engine test:pages and test:browser. This file only runs them, times them and adds up their counts. A step that
// fails without counting tests of its own (type errors, a failed build) counts as one failure, and the run goes on so
// every problem shows in one pass.
// BROWSERS chooses the engines (`BROWSERS=chromium npm test` for a quick local run). Chromium runs alone first: its
// browser-test time is the yardstick the other engines are measured against. Firefox and WebKit then run side by
// side (ENGINES_AT_ONCE=1 runs them one after another, two files at a time each).
// Chromium is always needed: the Storybook check and the benchmark check drive it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserNotFound, engineVersion, ensureEngines, selectedEngines } from './browser.mjs';
import { notRunLines } from './wtr-counting-reporter.mjs';

const results = join(process.cwd(), '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0, notRun: [], engines: {}, timings: {} };
const failedSteps = [];

/** `npm run <script> [-- args]`, as a command and its arguments. */
const npmRun = (script, args = []) => ['npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])]];

/**
 * Runs a step and adds its counts (from RESULTS_FILE, where its reporter writes them) to the totals; resolves to its
 * time in seconds. With `prefix`, its output lines are prefixed (steps running side by side).
 */
function step(name, [command, args], { resultsFile, env, prefix } = {}) {
  console.log(`\n▸ ${name}`);
  const started = Date.now();
  const child = spawn(command, args, {
    stdio: ['ignore', prefix ? 'pipe' : 'inherit', prefix ? 'pipe' : 'inherit'],
    env: { ...process.env, ...env, ...(resultsFile ? { RESULTS_FILE: resultsFile } : {}) },
  });
  if (prefix) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) to.write(`${prefix} ${line}\n`);
      });
      from.on('end', () => rest && to.write(`${prefix} ${rest}\n`));
    }
  }
  return new Promise((resolve) => {
    child.on('close', (status) => {
      const seconds = (Date.now() - started) / 1000;
      console.log(`▸ ${name}: ${seconds.toFixed(1)} s`);
      const counted =
        resultsFile && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
      if (counted) {
        totals.passed += counted.passed;
        totals.failed += counted.failed;
        totals.skipped += counted.skipped ?? 0;
        totals.notRun.push(...(counted.notRun ?? []));
        Object.assign(totals.engines, counted.engines);
        Object.assign(totals.timings, counted.timings);
        if (counted.failed === 0 && status !== 0) totals.failed += 1;
      } else if (status === 0) totals.passed += 1;
      else totals.failed += 1;
      if (status !== 0 || counted?.failed) failedSteps.push(name);
      resolve(seconds);
    });
  });
}

const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** One engine's browser tests: the page tests, then web-test-runner. Resolves to `{ pages, runner }` seconds. */
async function engineTests(engine, { concurrency, prefix } = {}) {
  const env = { BROWSERS: engine, CHROME_PATH: found.chromium.executablePath };
  const pages = await step(`page tests in ${engine} (npm run test:pages)`, npmRun('test:pages'), {
    resultsFile: join(results, `pages-${engine}.json`),
    env,
    prefix,
  });
  const runner = await step(
    `browser tests in ${engine} (npm run test:browser)`,
    npmRun('test:browser', concurrency ? ['--concurrency', String(concurrency)] : []),
    {
      resultsFile: join(results, `browser-${engine}.json`),
      env,
      prefix,
    },
  );
  return { pages, runner };
}

/** The per-engine times and, with Chromium among the engines, the ratio of all of them to Chromium's alone. */
function timingLines(times, wall) {
  const lines = [
    'Browser-test time, s (page tests + web-test-runner; test groups: the sum of their files’ own times):',
  ];
  for (const [engine, { pages, runner, alongside }] of Object.entries(times)) {
    const groups = totals.timings[NAMES[engine]]?.groups ?? {};
    const byGroup = Object.entries(groups)
      .map(([group, seconds]) => `${group} ${seconds.toFixed(0)}`)
      .join(', ');
    lines.push(
      `  ${engine}: ${(pages + runner).toFixed(1)} (pages ${pages.toFixed(1)}, web-test-runner ${runner.toFixed(1)}: ${byGroup})` +
        (alongside ? ` — side by side with ${alongside}` : ''),
    );
  }
  if (times.chromium && Object.keys(times).length > 1) {
    const chromium = times.chromium.pages + times.chromium.runner;
    lines.push(
      `  all engines: ${wall.toFixed(1)} s, ${(wall / chromium).toFixed(2)}× Chromium’s ${chromium.toFixed(1)} s`,
    );
  }
  return lines;
}

function finish(timing = []) {
  if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
  for (const [name, own] of Object.entries(totals.engines)) {
    console.log(
      `Browser tests in ${name}: ${own.passed} passed, ${own.failed} failed${own.skipped ? `, ${own.skipped} not run` : ''}`,
    );
  }
  if (totals.skipped) console.log(`Skipped: ${totals.skipped} (not counted below)`);
  // Tests an engine (or its driver) cannot run: the engine and the reason for each.
  if (totals.notRun.length)
    console.log(
      `Not run in an engine: ${totals.notRun.length} (not counted below)\n${notRunLines(totals.notRun).join('\n')}`,
    );
  for (const line of timing) console.log(line);
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

await step('type-check (npm run typecheck)', npmRun('typecheck'));
await step('lint (npm run lint: eslint, lit-analyzer)', npmRun('lint'));
await step('formatting (npm run format:check: prettier)', npmRun('format:check'));
await step('build (npm run build)', npmRun('build'));
await step('size budget (npm run size)', npmRun('size'));
await step('Storybook static build (npm run build-storybook)', npmRun('build-storybook'));
await step('Node tests (npm run test:node)', npmRun('test:node'), {
  resultsFile: join(results, 'node.json'),
  env: { CHROME_PATH: found.chromium.executablePath },
});

const times = {};
const started = Date.now();
if (engines.includes('chromium')) times.chromium = await engineTests('chromium');
const others = engines.filter((engine) => engine !== 'chromium');
if (others.length > 1 && process.env.ENGINES_AT_ONCE !== '1') {
  // Side by side, one file at a time each: the two cores hold two test files, as with one engine alone. (WebKit at two
  // files went no faster on a loaded machine, and its longest property test then ran past its two-minute timeout.)
  const both = await Promise.all(
    others.map((engine) => engineTests(engine, { concurrency: 1, prefix: `[${engine}]` })),
  );
  others.forEach(
    (engine, i) => (times[engine] = { ...both[i], alongside: others.filter((other) => other !== engine).join(', ') }),
  );
} else {
  for (const engine of others) times[engine] = await engineTests(engine);
}
const wall = (Date.now() - started) / 1000;
finish(timingLines(times, wall));

// Counts web-test-runner results, per engine, and prints `N passed, N failed`. A test file that failed without a
// failing test (an import error, a crash) counts as one failure. Tests that stopped themselves as not runnable in
// an engine (test/engine.ts) are listed with the engine and the reason, and counted apart. With RESULTS_FILE set,
// it writes the counts there instead, for scripts/test.mjs to add to the Node tests' counts.
import { writeFileSync } from 'node:fs';

/** `{ engine, test, reason }` of every test that stopped as not runnable in its engine, in this run. */
const notRun = [];

/** The `engine-limit` command that test/engine.ts sends before a test stops itself. */
export function engineLimitRecorder() {
  return {
    name: 'strike-widgets-engine-limits',
    executeCommand({ command, payload }) {
      if (command !== 'engine-limit') return undefined;
      notRun.push({ engine: String(payload.engine), test: String(payload.test), reason: String(payload.reason) });
      return true;
    },
  };
}

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** Lines saying which tests did not run in which engine, and why, grouped by engine and reason. */
export function notRunLines(entries) {
  const groups = new Map();
  for (const { engine, reason, test } of entries) {
    const key = `${engine}: ${reason}`;
    groups.set(key, [...(groups.get(key) ?? []), test]);
  }
  return [...groups].map(
    ([key, tests]) => `  ${key} — ${tests.length} test${tests.length > 1 ? 's' : ''} (e.g. "${tests[0]}")`,
  );
}

/** The test group of a file: its folder under test/ (data, format, elements, reliability). */
const groupOf = (file) => /(?:^|[\\/])test[\\/]([^\\/]+)[\\/]/.exec(file)?.[1] ?? 'other';

/**
 * Per engine: from its first test file starting to its last finishing (seconds), and per test group the sum of its
 * files' own times (two files run side by side, so the groups add up to more than the span).
 */
function timings(times, runStart) {
  const engines = {};
  for (const { engine, file, start, end } of times.values()) {
    if (end === undefined) continue;
    const own = (engines[engine] ??= { start, end, groups: {}, files: [] });
    own.start = Math.min(own.start, start);
    own.end = Math.max(own.end, end);
    own.groups[groupOf(file)] = (own.groups[groupOf(file)] ?? 0) + (end - start) / 1000;
    own.files.push([file, (end - start) / 1000]);
  }
  return Object.fromEntries(
    Object.entries(engines).map(([engine, { start, end, groups, files }]) => [
      engine,
      {
        seconds: (end - start) / 1000,
        // From the runner's start to this engine's first file (the dev server, then earlier engines).
        before: (start - runStart) / 1000,
        groups,
        slowest: files.sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SLOWEST ?? 3)),
      },
    ]),
  );
}

export function countingReporter() {
  /** session id → { engine, file, start, end } (ms). */
  const times = new Map();
  let runStart = Date.now();
  return {
    start({ sessions, startTime }) {
      if (startTime > 0) runStart = startTime;
      // The first files started before this reporter did: their start is the runner's.
      for (const session of sessions.forStatus('INITIALIZING', 'TEST_STARTED', 'TEST_FINISHED')) {
        times.set(session.id, { engine: session.browser.name, file: session.testFile, start: runStart });
      }
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') {
          times.set(session.id, { engine: session.browser.name, file: session.testFile, start: Date.now() });
        } else if (session.status === 'FINISHED' && times.has(session.id)) {
          times.get(session.id).end = Date.now();
        }
      });
    },
    onTestRunFinished({ sessions }) {
      // The runner hears of the last file's end before this reporter does.
      for (const time of times.values()) time.end ??= Date.now();
      const counts = {
        passed: 0,
        failed: 0,
        skipped: 0,
        brokenFiles: [],
        engines: {},
        notRun,
        timings: timings(times, runStart),
      };
      for (const session of sessions) {
        const name = session.browser.name;
        const own = (counts.engines[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = { ...own };
        if (session.testResults) countSuite(session.testResults, own);
        if (!session.passed && own.failed === before.failed) {
          own.failed += 1;
          counts.brokenFiles.push(`${session.testFile} (${name})`);
        }
      }
      for (const own of Object.values(counts.engines)) {
        counts.passed += own.passed;
        counts.failed += own.failed;
        counts.skipped += own.skipped;
      }
      // Skips recorded as engine limits are reported as such, not as plain skips.
      counts.skipped -= notRun.length;
      const lines = Object.entries(counts.engines).map(
        ([name, own]) =>
          `${name}: ${own.passed} passed, ${own.failed} failed${own.skipped ? `, ${own.skipped} not run` : ''}`,
      );
      for (const [name, t] of Object.entries(counts.timings)) {
        const groups = Object.entries(t.groups)
          .map(([group, seconds]) => `${group} ${seconds.toFixed(0)} s`)
          .join(', ');
        const slowest = t.slowest
          .map(([file, seconds]) => `${file.replace(/^.*?test[\\/]/, '')} ${seconds.toFixed(1)} s`)
          .join(', ');
        lines.push(
          `${name}: ${t.seconds.toFixed(1)} s, starting ${t.before.toFixed(1)} s into the run (files' own times by group: ${groups}; slowest: ${slowest})`,
        );
      }
      if (notRun.length)
        lines.push(`Not run in an engine that cannot run them: ${notRun.length}`, ...notRunLines(notRun));
      console.log(lines.join('\n'));
      if (process.env.RESULTS_FILE) writeFileSync(process.env.RESULTS_FILE, JSON.stringify(counts));
      else console.log(`${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}

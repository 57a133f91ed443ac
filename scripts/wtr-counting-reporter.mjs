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
  return [...groups].map(([key, tests]) => `  ${key} — ${tests.length} test${tests.length > 1 ? 's' : ''} (e.g. "${tests[0]}")`);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [], engines: {}, notRun };
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
        ([name, own]) => `${name}: ${own.passed} passed, ${own.failed} failed${own.skipped ? `, ${own.skipped} not run` : ''}`,
      );
      if (notRun.length) lines.push(`Not run in an engine that cannot run them: ${notRun.length}`, ...notRunLines(notRun));
      console.log(lines.join('\n'));
      if (process.env.RESULTS_FILE) writeFileSync(process.env.RESULTS_FILE, JSON.stringify(counts));
      else console.log(`${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}

// Counts web-test-runner results and prints `N passed, N failed`. A test file that failed without a failing test
// (an import error, a crash) counts as one failure. With RESULTS_FILE set, it writes the counts there instead,
// for scripts/test.mjs to add to the Node tests' counts.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        if (!session.passed && counts.failed === before) {
          counts.failed += 1;
          counts.brokenFiles.push(session.testFile);
        }
      }
      if (process.env.RESULTS_FILE) writeFileSync(process.env.RESULTS_FILE, JSON.stringify(counts));
      else console.log(`${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}

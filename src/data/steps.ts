/**
 * Long work written once, as a generator that yields wherever it may pause, and run either at once (`runToEnd`) or in
 * slices that give the main thread back between them (`runInSlices` in slices.ts, which only the chunk that reads a
 * page's own data needs), so that parsing, checking and indexing a file of several megabytes never makes one task the
 * page waits on for more than a few milliseconds. No DOM: runs in Node too.
 */

/** Work that yields where it may pause and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to its end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

import { expect } from '@open-wc/testing';
import { DEFAULT_LOAD_OPTIONS, clearLoadedDatasets, loadDataset, setLoadOptions } from '../../src/data/registry.js';
import type { LoadOptions } from '../../src/data/registry.js';

/** How many answers of /__test/stall under `prefix` the browser still holds open. */
const openCount = async (prefix: string) =>
  ((await (await fetch(`/__test/open?prefix=${encodeURIComponent(prefix)}`)).json()) as { count: number }).count;

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<'stalled'>((r) => setTimeout(() => r('stalled'), ms))]);

/**
 * A browser opens at most six connections to one host. Answers whose body stays unread keep theirs, so after six
 * of them every request to that host (the widgets' and the page's own) waits. Eight in a row must all settle.
 * A connection left open stalls the seventh for good; each answer's 10 s is there only so that a machine busy with
 * other test runs (where the seventh has once taken over 4 s) is not taken for a leak.
 */
const PATHS: [what: string, options: LoadOptions, query: string, detail: string][] = [
  ['refused for its declared size', { maxBytes: 10_000 }, 'declared=50000', '> 10000 B'],
  ['refused for its status', {}, 'status=500&declared=50000', 'HTTP 500'],
  ['given up at the timeout, halfway through the body', { timeoutMs: 300 }, 'declared=1000', '300 ms'],
];

describe('remote data: every answer not read to its end is cancelled, so no connection is left hanging', () => {
  afterEach(() => {
    clearLoadedDatasets();
    setLoadOptions(DEFAULT_LOAD_OPTIONS);
  });

  for (const [what, options, query, detail] of PATHS) {
    it(`eight answers ${what} in a row: each settles, none stays open, the host still answers`, async function () {
      this.timeout(120_000);
      setLoadOptions(options);
      const prefix = `stall-${Math.random()}`;
      for (let i = 0; i < 8; i++) {
        const result = await within(
          10_000,
          loadDataset(new URL(`/__test/stall?${query}&key=${prefix}-${i}`, location.href).href),
        );
        expect(result, `answer ${i + 1} settles`).to.not.equal('stalled');
        expect(result).to.have.nested.property('error.detail', detail);
      }
      const started = performance.now();
      while ((await openCount(prefix)) > 0 && performance.now() - started < 8000)
        await new Promise((r) => setTimeout(r, 100));
      expect(await openCount(prefix), 'answers still held open').to.equal(0);
      expect(
        await within(
          2000,
          fetch('/__test/hits?key=probe').then((r) => r.status),
        ),
        "the page's own request",
      ).to.equal(200);
    });
  }
});

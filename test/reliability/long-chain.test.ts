import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { mount } from '../kit/mount.js';
import type { Widget } from '../kit/mount.js';
import { dataset } from '../kit/dataset.js';
import { cannotRunIn, engine } from '../engine.js';

/**
 * A chain of 10,000 linked events, and a total over 10,000 ids: rendering them never blocks the page's main thread
 * for more than 50 ms (a "long task", which Chromium reports to a PerformanceObserver). The timeline shows its first
 * 50 steps with "and 9,950 more events", and a button that adds the rest a chunk per task.
 */
const LENGTH = 10_000;
const LIMIT_MS = 50;
const NAME = 'long-chain';
/**
 * Of the 200 tasks that show the rest of 10,000 steps 50 at a time, a few may stall: when the engine collects
 * garbage (seen on a quiet machine: two of 200, at 121 and 128 ms, three times the limit at most), or, on a busy
 * one, when another process takes the core mid-task (one in ten, ten times the limit at most: there the load
 * changes faster than `slowdown` measures it). A chunk whose work grows with the list stalls in most of the 200
 * tasks, and a list shown at once is caught by the count after the first update, whatever the load.
 */
const STALLING_CHUNKS = {
  quiet: { count: 2, longestTimesLimit: 3 },
  busy: { count: 20, longestTimesLimit: 10 },
};

/**
 * How many times slower than a quiet machine this one runs right now: a fixed piece of work (sorting 200,000
 * numbers, about 20 ms on one quiet core) timed five times, the median taken. On a test machine whose cores are
 * shared, a task takes that many times longer, so the 50 ms limit is scaled by it (never below 50 ms). A timeline
 * that renders all 10,000 steps at once takes a hundred times longer than one that renders 50, so the scaled limit
 * still catches it.
 */
function slowdown(): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003).sort((a, b) => a - b);
    times.push(performance.now() - start);
  }
  return Math.max(1, times.sort((a, b) => a - b)[2]! / 20);
}

/**
 * Renders afresh with each of `attempts` (the same work, not served from a cache) until one runs without a long
 * task, and gives the long tasks of the best attempt: one burst of another process on a shared machine is not a
 * failure, a render that always blocks is.
 */
async function fewestLongTasks<T>(attempts: (() => Promise<T>)[]): Promise<{ long: number[]; result: T }> {
  let best: { long: number[]; result: T } | undefined;
  for (const attempt of attempts) {
    let result!: T;
    const long = await longTasksDuring(async () => {
      result = await attempt();
    });
    if (!best || Math.max(0, ...long) < Math.max(0, ...best.long)) best = { long, result };
    if (!long.length) break;
  }
  return best!;
}

/**
 * Runs `work` and gives the main-thread tasks longer than 50 ms (scaled, see `slowdown`) that ran meanwhile, in ms.
 * `spreadOverManyTasks`: the work runs a chunk per task (showing 10,000 steps takes 200), and a few of them may
 * stall (see `STALLING_CHUNKS`); a single render may not.
 */
async function longTasksDuring(work: () => Promise<void>, spreadOverManyTasks = false): Promise<number[]> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    await cannotRunIn(`${engine} does not report long tasks (PerformanceObserver "longtask")`);
  }
  const factor = slowdown();
  const limit = LIMIT_MS * factor;
  // The measuring above is a long task of its own: it ends before the observer starts.
  await task();
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) =>
    seen.push(...list.getEntries().map((e) => Math.round(e.duration))),
  );
  observer.observe({ type: 'longtask' });
  try {
    await work();
    // Entries are delivered after the task that produced them.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    seen.push(...observer.takeRecords().map((e) => Math.round(e.duration)));
    observer.disconnect();
  }
  const long = seen.filter((d) => d > limit).sort((a, b) => b - a);
  if (!spreadOverManyTasks) return long;
  const stalls = factor > 1.5 ? STALLING_CHUNKS.busy : STALLING_CHUNKS.quiet;
  const stall = (d: number) => d <= limit * stalls.longestTimesLimit;
  return long.length <= stalls.count && long.every(stall) ? [] : long;
}

/** A widget mounted and shown: its long work is done in later tasks, meanwhile it shows a status. */
async function rendered(tag: string, attrs: Record<string, string>, shown: string): Promise<Widget> {
  const el = await mount(tag, attrs);
  await waitUntil(() => el.shadowRoot!.querySelector(shown), `<${tag}> shows ${shown}`, {
    timeout: 120_000,
    interval: 20,
  });
  return el;
}

/** Waits a task between checks, so the page's own tasks run. */
const task = () => new Promise((resolve) => setTimeout(resolve));

describe('long chains: no main-thread task over 50 ms', function () {
  // Adding 10,000 steps a chunk per task takes a while on a busy machine.
  this.timeout(600_000);
  const ds = dataset(NAME).chain(LENGTH).build();
  const ids = ds.events.map((e) => e.id).join(' ');

  before(async () => {
    // Registering validates the whole file, which is the loading side's work: the tasks measured here are rendering's.
    registerDataset(NAME, ds);
    await task();
  });
  after(() => unregisterDataset(NAME));

  it('<strike-timeline from> over 10,000 linked events: the first 50 steps, "and 9,950 more events" in three languages, a button that shows the rest', async () => {
    // The same chain from three of its events: the same work, each built afresh.
    const { long, result: el } = await fewestLongTasks(
      ['link-5000', 'link-4000', 'link-3000'].map(
        (from) => () => rendered('strike-timeline', { from, 'dataset-id': NAME }, '[part~=step]'),
      ),
    );
    expect(long, 'tasks over 50 ms while rendering').to.deep.equal([]);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~=step]')).to.have.length(50);
    const more = root.querySelector('[part~=more-events]')!;
    expect(more.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim()).to.equal(
      'and 9,950\u00a0more events Show all events',
    );
    for (const [lang, text] of [
      ['uk', 'і\u00a0ще\u00a09\u00a0950\u00a0подій Показати всі події'],
      ['ru', 'и\u00a0ещё 9\u00a0950\u00a0событий Показать все события'],
    ] as const) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
      expect(
        root
          .querySelector('[part~=more-events]')!
          .textContent.replace(/[ \t\n\r\f]+/g, ' ')
          .trim(),
      ).to.equal(text);
    }
    el.setAttribute('lang', 'en');
    await el.updateComplete;

    const shownAll = await longTasksDuring(async () => {
      root.querySelector<HTMLButtonElement>('[part~=show-all]')!.click();
      await el.updateComplete;
      // One chunk per task, whatever the machine's load: the first update adds 50, not the rest.
      expect(root.querySelectorAll('[part~=step]')).to.have.length(100);
      await waitUntil(() => !root.querySelector('[part~=more-events]'), 'every step shown', {
        timeout: 540_000,
        interval: 50,
      });
    }, true);
    expect(shownAll, 'tasks over 50 ms while showing the rest').to.deep.equal([]);
    const steps = root.querySelectorAll('[part~=step]');
    expect(steps).to.have.length(LENGTH);
    expect(steps[LENGTH - 1]!.textContent).to.include('Event link-9999');
    // The reader lands on the first step added.
    expect(root.activeElement?.id).to.equal('step-link-50');
  });

  it('<casualty-counter events="…10,000 ids…">: the total at once, a breakdown of the first 50 events and a button for the rest', async () => {
    const reversed = ids.split(' ').reverse().join(' ');
    const rotated = ids.split(' ').slice(1).concat('link-0').join(' ');
    const { long, result: el } = await fewestLongTasks(
      [ids, reversed, rotated].map(
        (events) => () => rendered('casualty-counter', { events, 'dataset-id': NAME }, '[part~=label]'),
      ),
    );
    expect(long, 'tasks over 50 ms while rendering').to.deep.equal([]);
    const root = el.shadowRoot!;
    // 1 + 2 + … + 7 killed, a week at a time: 1,428 weeks and 4 days over.
    expect(root.querySelector('[part~=label]')!.textContent.trim()).to.equal('at least 39,994 killed');
    expect(root.querySelector('[part~=total-adds]')!.textContent).to.match(
      /; and 9,950\u00a0more events \(see the breakdown\)\.$/,
    );
    expect(root.querySelectorAll('.breakdown > ul > li')).to.have.length(50);
    root.querySelector('details')!.open = true;
    const shownAll = await longTasksDuring(async () => {
      root.querySelector<HTMLButtonElement>('[part~=show-all]')!.click();
      await el.updateComplete;
      expect(root.querySelectorAll('.breakdown > ul > li')).to.have.length(100);
      await waitUntil(() => !root.querySelector('[part~=more-events]'), 'every event shown', {
        timeout: 540_000,
        interval: 50,
      });
    }, true);
    expect(shownAll, 'tasks over 50 ms while showing the rest').to.deep.equal([]);
    expect(root.querySelectorAll('.breakdown > ul > li')).to.have.length(LENGTH);
  });
});

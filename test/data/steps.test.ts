import { expect } from '@open-wc/testing';
import { parseJsonSteps } from '../../src/data/json-steps.js';
import { runInSlices } from '../../src/data/slices.js';
import type { Steps } from '../../src/data/steps.js';
import { readDataset, readDatasetSteps } from '../../src/data/validate.js';
import { everyFieldDataset } from './every-field.js';

/** The contract's every-field dataset with `n` more events, each with a figure. */
function manyEvents(n: number) {
  const data = structuredClone(everyFieldDataset) as unknown as {
    events: Record<string, unknown>[];
    figures: Record<string, unknown>[];
  };
  const [event] = data.events;
  const [figure] = data.figures;
  for (let i = 0; i < n; i++) {
    data.events.push({ ...event, id: `more-${i}` });
    data.figures.push({ ...figure, id: `more-${i}-figure`, event: `more-${i}` });
  }
  return data;
}

/**
 * Whether the page draws a frame between the start and the end of `steps`: it is not blocked meanwhile. (A timer
 * would not tell: `scheduler.yield()` lets the page draw and handle input, but its continuation goes before timers.)
 */
async function frameDuring<T>(steps: Steps<T>): Promise<{ fired: boolean; result: T }> {
  let fired = false;
  requestAnimationFrame(() => (fired = true));
  const result = await runInSlices(steps);
  return { fired, result };
}

describe('long work in slices: the page gets the main thread back while a large dataset is read', () => {
  const data = manyEvents(8000);

  it('validating thousands of records lets the page draw a frame before it ends, and finds what readDataset finds', async () => {
    const { fired, result } = await frameDuring(readDatasetSteps(data));
    expect(fired).to.equal(true);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(readDataset(data).dataset);
  });

  it('an invalid record among thousands is reported at its path, as readDataset reports it', async () => {
    const broken = manyEvents(8000);
    broken.figures[7500]!['value'] = { n: -1 };
    const { result } = await frameDuring(readDatasetSteps(broken));
    expect(result.problems).to.deep.equal([
      { path: '/figures/7500/value/n', message: 'must not be negative (got -1)' },
    ]);
    expect(result.problems).to.deep.equal(readDataset(broken).problems);
  });

  it('parsing a large JSON text lets the page draw a frame before it ends', async () => {
    const text = JSON.stringify(data);
    const { fired, result } = await frameDuring(parseJsonSteps(text));
    expect(fired).to.equal(true);
    expect(result).to.deep.equal(JSON.parse(text));
  });
});

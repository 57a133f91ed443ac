// Lookup time against dataset size, for `npm run bench`: the same mix of lookups a widget makes (an event, its
// claims for a metric, its related events, its quotes, a quote by id) against the embedded dataset and against a
// generated one of 10,000 events, after each has been indexed, and the one-time indexing of each. Reports nanoseconds
// per lookup (median of rounds). The script-tag bundle exports no queries: this page imports the data layer as
// published (dist/lib/data, the same source compiled by tsc, not minified).
import { seedDataset, eventById, claimsFor, relatedEvents, quotesFor, quoteById } from '/dist/lib/data/index.js';
import { generateDataset } from './generate.js';

const size = Number(document.documentElement.dataset.events ?? 10_000);
const iterations = Number(document.documentElement.dataset.iterations ?? 20_000);
const rounds = 7;
const { dataset: large, rounds: full, suffix } = generateDataset(seedDataset, size);

function workload(ds, pick) {
  const events = [];
  const quotes = [];
  for (let i = 0; i < 997; i++) {
    const k = pick(i);
    events.push(seedDataset.events[i % seedDataset.events.length].id + suffix(k));
    quotes.push(seedDataset.quotes[i % seedDataset.quotes.length].id + suffix(k));
  }
  return () => {
    let sink = 0;
    for (let i = 0; i < iterations; i++) {
      const id = events[i % events.length];
      const event = eventById(ds, id);
      const claims = claimsFor(ds, id, 'killed');
      sink += (event ? 1 : 0) + (claims ? 1 : 0) + relatedEvents(ds, id).length + quotesFor(ds, id).length;
      sink += quoteById(ds, quotes[i % quotes.length]) ? 1 : 0;
    }
    return sink;
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Against the large dataset twice: the same 12 events and 28 quotes as the embedded one (copies from the last
// complete round), so only the size of the dataset differs; and copies from across the whole dataset, so the
// lookups also touch ~1,000 different events (more memory, fewer cache hits).
const small = workload(seedDataset, () => 0);
const same = workload(large, () => full - 1);
const big = workload(large, (i) => 1 + ((i * 7919) % (full - 1)));
let t = performance.now();
eventById(seedDataset, '');
const embeddedIndexMs = performance.now() - t;
t = performance.now();
eventById(large, '');
const largeIndexMs = performance.now() - t;
const check = [small(), same(), big()];
const times = { embedded: [], same: [], large: [] };
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of [
    ['embedded', small],
    ['same', same],
    ['large', big],
  ]) {
    const t = performance.now();
    run();
    times[name].push(((performance.now() - t) * 1e6) / iterations / 5);
  }
}
window.__benchDone = Promise.resolve({
  t: 0,
  lookups: {
    embeddedEvents: seedDataset.events.length,
    largeEvents: large.events.length,
    embeddedNs: median(times.embedded),
    sameNs: median(times.same),
    largeNs: median(times.large),
    embeddedIndexMs,
    largeIndexMs,
    sameResults: check[0] === check[1] && check[1] === check[2],
  },
});

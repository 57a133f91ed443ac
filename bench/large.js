// The 10,000-event pages of `npm run bench`: builds a valid dataset of 10,000 events from the embedded one (the
// page carries it as inline JSON, #bench-seed; bench/generate.js copies it) and registers it as "bench-large"
// (the elements name it with dataset-id on <body>), timing each step. This module imports the bundle and the page
// loads no other copy of it: the bundle and this module are evaluated together, so the elements (upgraded while
// the bundle is evaluated) render only after the dataset is registered, in the microtasks that follow.
//
// The first lookup into a dataset indexes it. The script-tag bundle exports no query function, so a hidden counter
// (data-bench-warm, not counted) is rendered here, synchronously, to make that first lookup: the indexing is part
// of the timed set-up on every page of this kind, also the one with no widgets. scripts/bench.mjs subtracts each
// load's own set-up time, so (T(N) − T(0)) / N is the cost of a widget alone, without the noise of a second of
// validation. The lookup page times the indexing alone.
import { registerDataset } from '/dist/strike-widgets.js';
import { generateDataset } from './generate.js';

// The set-up's timings, once they are known: bench/measure.js waits for them (registering takes a task or more, for
// the validator the bundle fetches on first use).
let setupDone;
window.__benchSetup = new Promise((resolve) => (setupDone = resolve));
const size = Number(document.documentElement.dataset.events ?? 10_000);
const t0 = performance.now();
const seed = JSON.parse(document.getElementById('bench-seed').textContent);
const { dataset } = generateDataset(seed, size);
const t1 = performance.now();
// The bundle's registerDataset resolves once its validator (fetched on first use) has checked the data.
const problems = await registerDataset('bench-large', dataset);
const t2 = performance.now();
const warm = document.createElement('casualty-counter');
warm.setAttribute('event', `${seed.events[0].id}-g1`);
warm.setAttribute('data-bench-warm', '');
warm.hidden = true;
document.body.prepend(warm);
warm.performUpdate(); // Lit renders now instead of in a microtask
const t3 = performance.now();
setupDone({
  events: dataset.events.length,
  figures: dataset.figures.length,
  quotes: dataset.quotes.length,
  generateMs: t1 - t0,
  validateMs: t2 - t1,
  indexMs: t3 - t2,
  totalMs: t3 - t0,
  problems: problems.length,
});

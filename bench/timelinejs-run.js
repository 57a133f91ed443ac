// The peer page of `npm run bench`: renders the embedded dataset's events with TimelineJS (its JSON format, from
// bench/out/timelinejs-data.js) and marks the same measurement point as bench/measure.js: `load` has fired, the
// timeline has signalled both `ready` (layout built) and `loaded` (story slider and time navigation built), and one
// frame has passed.
//
// TimelineJS's defaults load its font stylesheet from cdn.knightlab.com (`script_path`), which loads PT Sans and PT
// Serif from fonts.gstatic.com. The measured page keeps everything local: `script_path` points at the npm package
// and `font: null` keeps the fonts of timeline.css (our widgets use the page's fonts too). With `?defaults` the page
// uses TimelineJS's defaults, so the bench can list what they would fetch (blocked).
/* global TL */
import { frame, loaded } from './measure-point.js';

const signal = (timeline, name) => new Promise((resolve) => timeline.on(name, () => resolve()));

window.__benchDone = (async () => {
  const local = {
    script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
    font: null,
  };
  const timeline = new TL.Timeline('timeline-embed', window.BENCH_TIMELINE, {
    language: 'en',
    hash_bookmark: false,
    ...(location.search.includes('defaults') ? {} : local),
  });
  await Promise.all([signal(timeline, 'ready'), signal(timeline, 'loaded'), loaded]);
  await frame();
  const t = performance.now();
  const slides = document.querySelectorAll('#timeline-embed .tl-slide').length;
  const markers = document.querySelectorAll('#timeline-embed .tl-timemarker').length;
  return {
    t,
    elements: markers,
    slides,
    widgetErrors: document.querySelectorAll('#timeline-embed .tl-message-full').length,
    busy: 0,
    setup: null,
  };
})();

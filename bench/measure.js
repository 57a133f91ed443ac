// The measurement point of every page `npm run bench` opens (widgets, static HTML; the peer page, timelinejs-run.js,
// shares measure-point.js): the `load` event has fired, every widget has finished rendering (each element's
// `updateComplete` has resolved, for pages that define elements), and one frame has passed (a requestAnimationFrame
// callback, then a task after it, so the frame's style, layout and paint are done). The time is performance.now(),
// which counts from the start of the navigation. scripts/bench.mjs reads `window.__benchDone`.
import { frame, loaded } from './measure-point.js';

const TAGS = ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare'];

async function rendered() {
  const elements = [...document.querySelectorAll(TAGS.join(','))];
  // bench/large.js adds a hidden counter of its own (awaited like the others, not counted).
  if (document.documentElement.hasAttribute('data-static')) return elements;
  const tags = [...new Set(elements.map((el) => el.localName))];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // updateComplete resolves to false when another update was requested meanwhile: wait until all are settled.
  for (;;) {
    const settled = await Promise.all(elements.map((el) => el.updateComplete));
    if (settled.every(Boolean)) return elements;
  }
}

/**
 * The nodes in the widgets' shadow roots, per widget: all of them (elements, text, comments), and the comments
 * alone (Lit's markers). A static page's linked stylesheet is left out: a widget adopts its styles instead.
 */
function countNodes(elements) {
  let all = 0;
  let comments = 0;
  for (const el of elements) {
    if (!el.shadowRoot) continue;
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeType === Node.COMMENT_NODE) comments++;
      if (!(node.localName === 'link' && node.parentNode === el.shadowRoot)) all++;
    }
  }
  const n = elements.length || 1;
  return { perWidget: all / n, commentsPerWidget: comments / n };
}

window.__benchDone = (async () => {
  // bench/large.js's set-up (a promise of its timings) ends when its dataset is registered.
  let [elements, setup] = await Promise.all([rendered(), window.__benchSetup, loaded]);
  await frame();
  const t = performance.now();
  elements = elements.filter((el) => !el.hasAttribute('data-bench-warm'));
  // Called by scripts/bench.mjs after it has read the JS heap (walking the nodes makes wrappers for them).
  window.__benchCountNodes = () => countNodes(elements);
  const errors = elements.filter((el) => el.shadowRoot?.querySelector('[part~="error"]')).length;
  const busy = elements.filter((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')).length;
  return { t, elements: elements.length, widgetErrors: errors, busy, setup: setup ?? null };
})();

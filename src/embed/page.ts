/**
 * The embed page's own script (`embed-page.js`): tells the host how tall the page is whenever that changes, and
 * applies `?theme=light|dark`. The messages carry the height and nothing else, so they may go to any parent:
 *
 * - `{ sentinel: 'amp', type: 'embed-size', height }`, which AMP's `<amp-iframe resizable>` understands;
 * - `{ type: 'strike-widgets:embed-size', height }`, which `strike-widgets-frame.js` (or a host's own script) reads.
 *
 * `height` is in CSS pixels, rounded up, so an iframe of that height shows the whole page with no scrollbar.
 */
const WIDGETS = 'strike-card, casualty-counter, quote-block, strike-timeline, claim-compare';

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark')
  for (const el of document.querySelectorAll(WIDGETS)) el.setAttribute('theme', theme);

let posted = -1;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  window.parent.postMessage({ type: 'strike-widgets:embed-size', height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);

export {};

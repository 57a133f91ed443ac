// Loaded first by every test page: records what the page must never see.
window.__violations = [];
window.__errors = [];
window.__widgetErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
document.addEventListener('strike-widgets-error', (e) => window.__widgetErrors.push(e.detail));
// Console warnings and errors, for drivers that do not report them (WebKitWebDriver).
window.__console = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__console.push({ level, text: args.map(String).join(' ') });
    original.apply(console, args);
  };
}
// What each widget shows in the page's first frame (its text, and whether it takes up room), and, for browsers that
// paint before a page's module scripts have run whatever they are told (`blocking="render"` is Chromium's), what it
// shows once the document is parsed and those scripts and the renders they started have run (in a task after
// DOMContentLoaded, which WebKit fires before their microtasks).
const widgetsNow = () =>
  [...document.querySelectorAll('strike-card, casualty-counter, quote-block, strike-timeline, claim-compare')].map(
    (el) => ({
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      height: el.getBoundingClientRect().height,
      // The height of the fallback written inside it, where a slot of the widget shows it.
      fallback: el.firstElementChild?.assignedSlot ? el.firstElementChild.getBoundingClientRect().height : 0,
    }),
  );
window.__rendersBlocked = 'blocking' in HTMLScriptElement.prototype;
requestAnimationFrame(() => (window.__atFirstFrame = widgetsNow()));
document.addEventListener('DOMContentLoaded', () => setTimeout(() => (window.__atContentLoaded = widgetsNow())));
// And a second after the page started, for pages whose files come late.
setTimeout(() => (window.__atOneSecond = widgetsNow()), 1000);
// The sum of the page's layout shifts without input, from the start; null where the engine does not report them.
window.__layoutShift = null;
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

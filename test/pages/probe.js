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
// What each widget shows once the document is parsed and its module scripts have run, with the renders they
// started: a page loaded render-blocking shows this at its first paint. (In a task after DOMContentLoaded, since
// WebKit fires it before the scripts' microtasks, where elements render, have run.)
document.addEventListener('DOMContentLoaded', () =>
  setTimeout(() => {
    window.__atContentLoaded = [
      ...document.querySelectorAll('strike-card, casualty-counter, quote-block, strike-timeline, claim-compare'),
    ].map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  }),
);
// The sum of the page's layout shifts without input, from the start; null where the engine does not report them.
window.__layoutShift = null;
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

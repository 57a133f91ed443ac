// The browser's first use of Intl in a page (ICU's set-up): a one-time cost that every page with widgets pays in the
// first widget's render and that T(0), the bundle without widgets, does not. Measured alone for `npm run bench`.
const start = performance.now();
new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(0);
new Intl.NumberFormat('en-GB').format(1234);
new Intl.PluralRules('en-GB').select(1);
new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(['a', 'b']);
window.__benchDone = Promise.resolve({
  t: performance.now() - start,
  elements: 0,
  widgetErrors: 0,
  busy: 0,
  setup: null,
});

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

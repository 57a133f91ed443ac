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

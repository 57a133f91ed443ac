// Adds the bundle well after the page has rendered its elements, as a tag manager or a lazy embed would. The page
// enforces Trusted Types, so the URL goes through a policy, as a real loader's would have to.
const policy = window.trustedTypes?.createPolicy('late-loader', { createScriptURL: (url) => url }) ?? {
  createScriptURL: (url) => url,
};
setTimeout(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = policy.createScriptURL('/dist/strike-widgets.js');
  document.head.append(script);
}, 300);

// Loaded before the bundle on test/pages/no-trusted-types.html: the page as an engine without Trusted Types shows
// it — no `trustedTypes` and no Trusted* classes — so that the bundle's fallback for such engines runs in every engine.
for (const name of [
  'trustedTypes',
  'TrustedTypePolicyFactory',
  'TrustedTypePolicy',
  'TrustedHTML',
  'TrustedScript',
  'TrustedScriptURL',
]) {
  delete window[name];
}

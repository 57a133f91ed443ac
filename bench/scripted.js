// The script-built twin of the widget pages (see staticPage in bench/pages.mjs): the widgets' rendered shadow DOM
// and stylesheets, put in place by a few lines of plain DOM code, in document order, when the module runs (before
// `load`). The pages are served under a CSP that requires Trusted Types, so the HTML passes through a policy.
const policy = trustedTypes.createPolicy('bench-scripted', { createHTML: (html) => html });

export function build(cssByTag, inners) {
  const sheets = {};
  for (const [tag, css] of Object.entries(cssByTag)) {
    sheets[tag] = new CSSStyleSheet();
    sheets[tag].replaceSync(css);
  }
  const tags = Object.keys(cssByTag).join(',');
  let i = 0;
  for (const host of document.querySelectorAll(tags)) {
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets[host.localName]];
    root.innerHTML = policy.createHTML(inners[i++]);
  }
}

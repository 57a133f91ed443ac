// Runs once the widgets' markup (and so their declarative shadow roots) is parsed and before the bundle's module
// script: records every change inside the prerendered shadow roots and to the widgets' light DOM.
window.__mutations = [];
const observer = new MutationObserver((records) => {
  for (const m of records) {
    const root = m.target.getRootNode();
    window.__mutations.push({
      host: (root.host ?? m.target).localName,
      type: m.type,
      target: m.target.nodeName,
      attribute: m.attributeName,
    });
  }
});
window.__prerendered = 0;
for (const el of document.querySelectorAll('strike-card, casualty-counter, quote-block')) {
  if (!el.shadowRoot) continue;
  window.__prerendered += 1;
  observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  observer.observe(el, { childList: true, characterData: true });
}

// Layout-shift probe for `npm run bench`: a classic external script put first in <head> of a copy of the demo
// article (the page's CSP forbids inline scripts), so it observes from the start. Sums every layout shift without
// recent input (the whole page life, which is at least the CLS of any session window) and keeps each shift's
// moved nodes for the report.
window.__cls = { value: 0, entries: [] };
const describe = (node) => {
  if (!node || node.nodeType !== 1) return node ? node.nodeName : 'unknown';
  const el = /** @type {Element} */ (node);
  return (
    el.localName +
    (el.id ? `#${el.id}` : '') +
    (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '')
  );
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__cls.value += entry.value;
    window.__cls.entries.push({
      value: entry.value,
      at: Math.round(entry.startTime),
      sources: (entry.sources ?? []).map((s) => describe(s.node)),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

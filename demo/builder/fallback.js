// The no-JavaScript fallback written into the snippet, taken from what the widget itself shows: its headline or
// figure, its attribution and its sources. One line of text, no block elements: WordPress's classic editor wraps
// lines in <p>, and a <p> inside the element would be pushed out of it and shown twice.

/** The parts whose text makes the fallback, per element, in reading order. */
const PARTS = {
  'strike-card': ['heading', 'date', 'sources'],
  'casualty-counter': ['label', 'attribution', 'sources'],
  'quote-block': ['text', 'caption'],
  'strike-timeline': ['heading'],
  'claim-compare': ['heading', 'date', 'summary'],
};

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** The fallback sentence for a rendered widget, or '' while it has not rendered. */
export function fallbackText(widget) {
  const root = widget.shadowRoot;
  if (!root?.querySelector('.root') || root.querySelector('[part~=error], [part~=loading]')) return '';
  const texts = [];
  for (const part of PARTS[widget.localName] ?? []) {
    // A timeline's steps are all named; elsewhere the first match is the widget's own.
    const nodes =
      widget.localName === 'strike-timeline'
        ? [...root.querySelectorAll(`[part~=${part}]`)]
        : [root.querySelector(`[part~=${part}]`)];
    for (const node of nodes)
      if (node && clean(node.textContent)) texts.push(clean(node.textContent).replace(/[.:;,]$/, ''));
  }
  return texts.length ? `${texts.join('. ')}.` : '';
}

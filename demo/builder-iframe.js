// The embed builder's "iframe" choice, for hosts that take no script tag: the static embed page for what the form
// picks, previewed in an iframe at the chosen width (its measured height goes into the snippet), the snippet, and the
// URL to paste where only a link is allowed. Reads the builder's form; writes only inside #iframe-embed.

/** The height an embed page reports (its `strike-widgets:embed-size` message) once it has loaded and settled. */
export function measureHeight(frame) {
  return new Promise((resolve) => {
    let height = 0;
    let settle;
    const done = () => {
      removeEventListener('message', onMessage);
      resolve(height);
    };
    const onMessage = (event) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'strike-widgets:embed-size') return;
      height = event.data.height;
      // Styles and hydration may change the height again; the last report within a short quiet spell counts.
      clearTimeout(settle);
      settle = setTimeout(done, 150);
    };
    addEventListener('message', onMessage);
  });
}

/** Loads `src` in `frame` at `width` px and resolves with the height the page reports. */
export function loadAndMeasure(frame, src, width) {
  frame.width = String(width);
  const measured = measureHeight(frame);
  frame.src = src;
  return measured;
}

import { iframeSnippet } from './lib/embed/pages.js';

const form = document.getElementById('builder');
const section = document.getElementById('iframe-embed');
if (form && section) {
  const index = await fetch('embed/index.json').then((r) => r.json());
  const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);
  const heading = el('h2', { id: 'iframe-title', textContent: 'Without a script tag: iframe or link' });
  const intro = el('p', {
    className: 'note',
    textContent:
      'For platforms that refuse <script>: a static page for the same widget (full variant), readable without ' +
      'JavaScript. Paste the iframe, or only the URL where a platform unfurls links (oEmbed).',
  });
  const hostLabel = el('label', { textContent: 'Where the embed folder is hosted ' });
  const host = el('input', {
    type: 'url',
    name: 'embedBase',
    autocomplete: 'off',
    value: new URL('embed/', location.href).href,
  });
  hostLabel.append(host);
  const preview = el('iframe', { title: 'Preview of the embed page' });
  preview.setAttribute('frameborder', '0');
  Object.assign(preview.style, { display: 'block', outline: '1px dashed' });
  const status = el('p', { className: 'note' });
  status.setAttribute('role', 'status');
  // The preview keeps the chosen width (the height is measured at it); a narrower screen scrolls it sideways.
  const frameBox = el('div');
  frameBox.style.overflowX = 'auto';
  frameBox.append(preview);
  const snippetLabel = el('label', { textContent: 'Iframe snippet' });
  const snippet = el('textarea', { id: 'iframe-snippet', rows: 4, readOnly: true, spellcheck: false });
  snippetLabel.append(snippet);
  const urlLabel = el('label', { textContent: 'URL to paste where only a link is allowed ' });
  const url = el('input', { type: 'url', id: 'iframe-url', readOnly: true, size: 60 });
  urlLabel.append(url);
  const hostScript = el('p', {
    className: 'note',
    textContent:
      'The height fits the preview width. To let the iframe follow its content at any width, add strike-widgets-frame.js ' +
      'from the embed folder once to the page, or use <amp-iframe resizable> on AMP pages.',
  });
  section.append(heading, intro, hostLabel, frameBox, status, snippetLabel, urlLabel, hostScript);

  /** The page for the form's choice, or why there is none. */
  function chosenPage(values) {
    const element = values.get('element');
    const id = element === 'quote-block' ? values.get('quote') : values.get('event');
    const metric = element === 'casualty-counter' || element === 'claim-compare' ? values.get('metric') : undefined;
    return index.pages.find(
      (p) => p.element === element && p.id === id && p.lang === values.get('lang') && p.metric === metric,
    );
  }

  let generation = 0;
  async function update() {
    const values = new FormData(form);
    const page = chosenPage(values);
    const mine = ++generation;
    if (!page) {
      preview.removeAttribute('src');
      snippet.value = url.value = '';
      status.textContent =
        'No embed page for this choice (a timeline needs linked events; a counter, a figure for that metric).';
      return;
    }
    const theme = values.get('theme');
    const query = theme ? `?theme=${theme}` : '';
    const base = host.value.endsWith('/') ? host.value : `${host.value}/`;
    let src;
    try {
      src = new URL(page.path + query, base).href;
    } catch {
      status.textContent = 'The embed folder’s address is not a URL.';
      return;
    }
    url.value = src;
    status.textContent = 'Measuring…';
    const width = Number(values.get('width'));
    const height = await loadAndMeasure(preview, new URL(`embed/${page.path}${query}`, location.href).href, width);
    if (mine !== generation) return;
    preview.height = String(height);
    status.textContent = `${height} px tall at ${width} px wide.`;
    snippet.value = iframeSnippet(src, page.title, height);
  }
  form.addEventListener('input', update);
  host.addEventListener('input', update);
  update();
}

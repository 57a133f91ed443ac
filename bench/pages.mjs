// The pages `npm run bench` measures, written to bench/out/ (gitignored). Every page script is an external file,
// so the pages run under the strict Content-Security-Policy of scripts/serve.mjs (the TimelineJS page aside).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where pages are written and served from (a path under the repository, also their URL path). */
export let OUT = 'bench/out';
export function useOut(dir) {
  OUT = dir;
}
const BUNDLE = '/dist/strike-widgets.js';
/** The demo article's script tags for the bundle, as built: the bundle, and the bundle with a language. */
export const BLOCKING_BUNDLE_TAG =
  /<script type="module" src="strike-widgets(?:-uk|-ru)?\.js" blocking="render"><\/script>/g;
const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist';

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Widget i of the mix: a strike card (full and compact in turn), a casualty counter (killed and injured in turn) and
 * a quote block, round and round the embedded dataset's events and quotes. With `rounds` (the 10,000-event dataset
 * of bench/generate.js), the same widget names a copy of the same event or quote, taken from across the dataset.
 */
export function widgetMarkup(i, seed, rounds = 0) {
  const events = seed.events;
  const quotes = seed.quotes;
  const suffix = rounds > 1 ? `-g${1 + ((i * 7919) % (rounds - 1))}` : '';
  const j = Math.floor(i / 3);
  switch (i % 3) {
    case 0:
      return `<strike-card event="${events[j % events.length].id}${suffix}"${j % 2 ? ' variant="compact"' : ''}></strike-card>`;
    case 1:
      return `<casualty-counter event="${events[(j + 5) % events.length].id}${suffix}" metric="${j % 2 ? 'injured' : 'killed'}"></casualty-counter>`;
    default:
      return `<quote-block quote="${quotes[j % quotes.length].id}${suffix}"></quote-block>`;
  }
}

function page({ title, head = [], body = '', htmlAttrs = '', bodyAttrs = '' }) {
  return `<!doctype html>
<html lang="en"${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="stylesheet" href="/bench/page.css">
${head.join('\n')}
</head>
<body${bodyAttrs}>
${body}
</body>
</html>
`;
}

const moduleScript = (src) => `<script type="module" src="${src}"></script>`;

/** widgets-N.html: the bundle and N widgets (N = 0: the bundle alone, T(0)). */
export function widgetsPage(n, seed) {
  const body = Array.from({ length: n }, (_, i) => widgetMarkup(i, seed)).join('\n');
  return page({ title: `${n} widgets`, head: [moduleScript(BUNDLE), moduleScript('/bench/measure.js')], body });
}

/**
 * cards-N.html: N strike cards, full and compact in turn (12 of each, round the embedded dataset's events): the
 * heaviest widget, measured on its own against its declarative shadow DOM twin (node count, JS heap, time).
 */
export function cardMarkup(i, seed) {
  const events = seed.events;
  const compact = Math.floor(i / events.length) % 2 === 1;
  return `<strike-card event="${events[i % events.length].id}"${compact ? ' variant="compact"' : ''}></strike-card>`;
}

export function cardsPage(n, seed) {
  const body = Array.from({ length: n }, (_, i) => cardMarkup(i, seed)).join('\n');
  return page({ title: `${n} strike cards`, head: [moduleScript(BUNDLE), moduleScript('/bench/measure.js')], body });
}

/** large-N.html: the same mix against the generated 10,000-event dataset, registered before the widgets render. */
export function largePage(n, seed, rounds, events) {
  const body = Array.from({ length: n }, (_, i) => widgetMarkup(i, seed, rounds)).join('\n');
  return page({
    title: `${n} widgets, ${events}-event dataset`,
    htmlAttrs: ` data-events="${events}"`,
    bodyAttrs: ' dataset-id="bench-large"',
    head: [moduleScript('/bench/large.js'), moduleScript('/bench/measure.js')],
    body: `<script type="application/json" id="bench-seed">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>\n${body}`,
  });
}

/**
 * The same content as static HTML, from the widgets as rendered (`flat`: what the browser flattened, see
 * flattenWidgets in scripts/bench.mjs). `light`: each widget's shadow content moved into the light DOM of its
 * element, with the widgets' stylesheets rewritten for the light DOM in one file. `shadow`: the same DOM as
 * declarative shadow DOM with each widget's own stylesheet linked inside it (what a prerenderer would serve).
 */
export function staticPage(n, flat, mode) {
  if (mode === 'scripted') return scriptedPage(n, flat);
  const elements = flat.elements.slice(0, n).map(({ tag, attrs, inner }) => {
    const attributes = attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    return mode === 'light'
      ? `<${tag}${attributes}>${inner}</${tag}>`
      : `<${tag}${attributes}><template shadowrootmode="open"><link rel="stylesheet" href="/${OUT}/static-${tag}.css">${inner}</template></${tag}>`;
  });
  return page({
    title: `${n} widgets as static HTML (${mode} DOM)`,
    htmlAttrs: ' data-static',
    head: [
      mode === 'light' ? `<link rel="stylesheet" href="/${OUT}/static-light.css">` : '',
      moduleScript('/bench/measure.js'),
    ].filter(Boolean),
    body: elements.join('\n'),
  });
}

/**
 * The same shadow DOM built by a script without Lit (bench/scripted.js): each host's shadow root gets the widget's
 * stylesheet, constructed once per element and adopted as the widgets adopt theirs, and its rendered HTML at once.
 * What any script that renders this content on the page pays, with nothing of Lit or of the widgets' own code.
 * Returns the page and the module it loads (the rendered HTML and the stylesheets), to be written as `scripted-N.js`.
 */
function scriptedPage(n, flat) {
  const elements = flat.elements.slice(0, n);
  const hosts = elements.map(({ tag, attrs }) => {
    const attributes = attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    return `<${tag}${attributes}></${tag}>`;
  });
  const module = `import { build } from '/bench/scripted.js';\nbuild(${JSON.stringify(flat.css.shadow)}, ${JSON.stringify(elements.map((e) => e.inner))});\n`;
  const html = page({
    title: `${n} widgets as shadow DOM built by a script`,
    htmlAttrs: ' data-static',
    head: [moduleScript(`/${OUT}/scripted-${n}.js`), moduleScript('/bench/measure.js')],
    body: hosts.join('\n'),
  });
  return { html, module };
}

/** TimelineJS's JSON for the embedded dataset's events: a title slide and one slide per event. */
export function timelineJson(seed) {
  const date = (edtf) => {
    const [start, end] = edtf.split('/');
    const part = (d) => {
      const [year, month, day] = d.split('-');
      return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
    };
    return !start || start === '..'
      ? { start_date: part(end) }
      : { start_date: part(start), ...(end && end !== '..' ? { end_date: part(end) } : {}) };
  };
  return {
    title: { text: { headline: escapeText(seed.title), text: `<p>Version ${escapeText(seed.version)}</p>` } },
    events: seed.events.map((e) => ({
      ...date(e.date),
      unique_id: e.id,
      text: { headline: escapeText(e.headline), text: `<p>${escapeText(e.summary)}</p>` },
    })),
  };
}

/** The peer's page (served without CSP: TimelineJS writes style attributes) and ours, the same events. */
export function peerPages(seed) {
  const ids = seed.events.map((e) => e.id);
  const timelinejs = page({
    title: 'TimelineJS: the embedded dataset',
    head: [
      `<link rel="stylesheet" href="${TIMELINEJS}/css/timeline.css">`,
      `<script src="${TIMELINEJS}/js/timeline.js"></script>`,
      `<script src="/${OUT}/timelinejs-data.js"></script>`,
    ],
    body: '<div id="timeline-embed"></div>\n<script type="module" src="/bench/timelinejs-run.js"></script>',
  });
  const data = `// Generated by scripts/bench.mjs from the embedded dataset.\nwindow.BENCH_TIMELINE = ${JSON.stringify(timelineJson(seed))};\n`;
  const oursTimeline = page({
    title: 'strike-timeline: the embedded dataset',
    head: [moduleScript(BUNDLE), moduleScript('/bench/measure.js')],
    body: `<strike-timeline events="${ids.join(' ')}"></strike-timeline>`,
  });
  const oursCards = page({
    title: 'strike-card: the embedded dataset',
    head: [moduleScript(BUNDLE), moduleScript('/bench/measure.js')],
    body: ids.map((id) => `<strike-card event="${id}"></strike-card>`).join('\n'),
  });
  return { timelinejs, data, oursTimeline, oursCards };
}

/** The lookup page: no widgets, only bench/lookup.js. */
/** first-intl.html: nothing but the browser's first use of Intl (the one-time cost in the first widget's render). */
export function firstIntlPage() {
  return page({ title: 'First use of Intl', head: [moduleScript('/bench/first-intl.js')] });
}

export function lookupPage(events, iterations) {
  return page({
    title: 'Lookups against dataset size',
    htmlAttrs: ` data-events="${events}" data-iterations="${iterations}"`,
    head: [moduleScript('/bench/lookup.js')],
  });
}

/**
 * Copies of the built demo article (dist/demo) with the layout-shift probe first in <head>, in bench/out/cls/<name>/:
 * `fallback` as built (every widget has the publisher's fallback content), `bare` with the fallbacks removed, and
 * any `extra` variants (name → function of the page's HTML). The bench server delays the bundle of every `-late`
 * copy, so the page is painted before the widgets upgrade, as it is when the script comes from a slower server.
 */
export function clsPages(demo = 'dist/demo', extra = {}) {
  const root = join(OUT, 'cls');
  rmSync(root, { recursive: true, force: true });
  const html = readFileSync(join(demo, 'index.html'), 'utf8');
  const probe = '<meta charset="utf-8">\n  <script src="/bench/cls-probe.js"></script>';
  if (!html.includes('<meta charset="utf-8">'))
    throw new Error(`${demo}/index.html has no <meta charset="utf-8"> to put the probe after`);
  const withProbe = html.replace('<meta charset="utf-8">', probe);
  if (!withProbe.match(BLOCKING_BUNDLE_TAG)) throw new Error(`${demo}/index.html has no ${BLOCKING_BUNDLE_TAG}`);
  // The same page with the bundle's script tag as most publishers would paste it: first paint does not wait for it.
  const nonBlocking = withProbe.replace(BLOCKING_BUNDLE_TAG, (tag) => tag.replace(' blocking="render"', ''));
  const bare = nonBlocking.replace(
    /<(strike-card|casualty-counter|quote-block|strike-timeline|claim-compare)(\s[^>]*)?>[\s\S]*?<\/\1>/g,
    (_, tag, attrs = '') => `<${tag}${attrs}></${tag}>`,
  );
  const variants = {
    fallback: withProbe,
    'fallback-late': withProbe,
    'fallback-nonblocking': nonBlocking,
    'fallback-nonblocking-late': nonBlocking,
    'bare-nonblocking': bare,
  };
  for (const [name, transform] of Object.entries(extra)) {
    const text = transform(nonBlocking);
    if (text) variants[name] = text;
  }
  for (const [name, text] of Object.entries(variants)) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    cpSync(demo, dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  }
  return Object.keys(variants);
}

export function writePage(name, text) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), text);
}

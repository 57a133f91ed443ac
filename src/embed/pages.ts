/**
 * Static embed pages (Node, no DOM): one small HTML page per widget a publisher can pick, for hosts that take an
 * iframe or a URL but no script tag. This module lists the pages, writes each page's source (to be prerendered into
 * declarative shadow DOM), moves the prerendered styles into linked files (so the pages work under
 * `default-src 'self'`) and writes each page's oEmbed JSON. `npx strike-widgets embed-pages` and `npm run build`
 * put these together with the prerenderer; see docs/embedding.md, "Without a script tag".
 */
import '../format/locales/all.js';
import type { Dataset, Id, Lang, Metric } from '../data/model.js';
import { metricsOf, relatedEvents } from '../data/query.js';
import { actorName, eventHeadline, localeFor } from '../format/phrase.js';

export const EMBED_LANGS: readonly Lang[] = ['en', 'uk', 'ru'];

/** The elements a page can show. */
export type EmbedElement = 'strike-card' | 'casualty-counter' | 'quote-block' | 'strike-timeline' | 'claim-compare';

export interface EmbedPage {
  lang: Lang;
  element: EmbedElement;
  /** The event id (the quote id for a quote-block; the first event for a timeline). */
  id: Id;
  metric?: Metric;
  /** The page, relative to the embed folder: `uk/strike-card/2022-10-10-missile-strikes.html`. */
  path: string;
  /** Its oEmbed JSON, beside it. */
  oembedPath: string;
  /** What the widget shows, in the page's language: the page's and the iframe's title. */
  title: string;
}

export interface EmbedOptions {
  /**
   * The absolute URL of the embed folder as published (`https://example.org/embed/`). Canonical links, oEmbed
   * links and the oEmbed `html` use it; without it they are relative to the page, which suits a preview but not
   * a host elsewhere.
   */
  baseUrl?: string | undefined;
  /** A publisher's dataset travels in each page under this id; the embedded one needs nothing. */
  datasetId?: string | undefined;
  /** `provider_name` in oEmbed. */
  providerName?: string | undefined;
}

/** The width a page is designed for, in oEmbed (the iframe itself takes its column's width). */
export const OEMBED_WIDTH = 640;
/**
 * Starting heights at OEMBED_WIDTH for a host that takes the oEmbed `html` as it is: the page then posts its
 * real height, which the host script (or an AMP host) applies.
 */
const STARTING_HEIGHT: Record<EmbedElement, number> = {
  'strike-card': 720,
  'casualty-counter': 280,
  'quote-block': 280,
  'strike-timeline': 640,
  'claim-compare': 520,
};

/** The sandbox an embed iframe needs: scripts for hydration and height, its own origin to load its files, links opening in a new tab. */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every page for a dataset: each event's card, counter and comparison per metric it has, each quote, each linked event's timeline; in each language. */
export function embedPages(ds: Dataset): EmbedPage[] {
  const pages: EmbedPage[] = [];
  for (const lang of EMBED_LANGS) {
    const loc = localeFor(lang);
    const add = (element: EmbedElement, id: Id, title: string, metric?: Metric) => {
      if (!SLUG.test(id)) return;
      const stem = `${lang}/${element}/${id}${metric ? `/${metric}` : ''}`;
      pages.push({
        lang,
        element,
        id,
        ...(metric ? { metric } : {}),
        path: `${stem}.html`,
        oembedPath: `${stem}.oembed.json`,
        title,
      });
    };
    for (const event of ds.events) {
      const headline = eventHeadline(loc, ds, event.id)?.text ?? event.id;
      add('strike-card', event.id, headline);
      for (const metric of metricsOf(ds, event.id)) {
        const title = `${loc.strings.metricName[metric]}: ${headline}`;
        add('casualty-counter', event.id, title, metric);
        add('claim-compare', event.id, title, metric);
      }
      if (relatedEvents(ds, event.id).length) add('strike-timeline', event.id, headline);
    }
    for (const quote of ds.quotes) {
      const name = actorName(loc, ds, quote.speaker);
      const words = quote.text.length > 80 ? `${quote.text.slice(0, 79)}…` : quote.text;
      add('quote-block', quote.id, `${name}: “${words}”`);
    }
  }
  return pages;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The way from a page up to the embed folder: `../../` (or `../../../` for a page per metric). */
export const toRoot = (page: EmbedPage) => '../'.repeat(page.path.split('/').length - 1);

/**
 * The bundle a page in `lang` loads: in Ukrainian or Russian, first the entry that brings its language with it, then
 * the bundle's own tag, so that the browser fetches both at once.
 */
const bundleTags = (root: string, lang: Lang) =>
  (lang === 'en' ? ['strike-widgets.js'] : [`strike-widgets-${lang}.js`, 'strike-widgets.js'])
    .map((file) => `<script type="module" src="${root}${file}"></script>`)
    .join('\n');

/** A page's own URL: absolute under `baseUrl`, else its file name (which a browser resolves to the page itself). */
function pageUrl(path: string, { baseUrl }: EmbedOptions): string {
  return baseUrl
    ? new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
    : path.slice(path.lastIndexOf('/') + 1);
}

/** The widget's tag with its attributes, as the page writes it. */
function widgetTag(page: EmbedPage, { datasetId }: EmbedOptions): string {
  const attrs: [string, string][] = [];
  if (page.element === 'quote-block') attrs.push(['quote', page.id]);
  else if (page.element === 'strike-timeline') attrs.push(['from', page.id]);
  else attrs.push(['event', page.id]);
  if (page.metric) attrs.push(['metric', page.metric]);
  if (datasetId) attrs.push(['dataset-id', datasetId]);
  return `<${page.element}${attrs.map(([n, v]) => ` ${n}="${escapeHtml(v)}"`).join('')}></${page.element}>`;
}

/**
 * The page before prerendering: the widget alone, in the page's language, with the files it loads (the hydration
 * support, the bundle with the page's language, the height messenger, the page's own style) relative to it. A
 * publisher's dataset goes in as an inline JSON block with every `<` escaped, so no text in it can close the block.
 */
export function embedPageSource(page: EmbedPage, options: EmbedOptions = {}, datasetJson?: string): string {
  const root = toRoot(page);
  const data =
    options.datasetId && datasetJson
      ? `\n<script type="application/json" id="${escapeHtml(options.datasetId)}">${datasetJson.replace(/</g, '\\u003c')}</script>`
      : '';
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<base target="_blank">
<title>${escapeHtml(page.title)}</title>
<link rel="canonical" href="${escapeHtml(pageUrl(page.path, options))}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(pageUrl(page.oembedPath, options))}" title="${escapeHtml(page.title)}">
<link rel="stylesheet" href="${root}embed.css">
<script type="module" src="${root}hydrate.js"></script>
${bundleTags(root, page.lang)}
<script type="module" src="${root}embed-page.js"></script>
</head>
<body>${data}
${widgetTag(page, options)}
</body>
</html>
`;
}

/**
 * Moves each inline style of a prerendered page's shadow roots into a file named by its content, linked from the
 * same place, so the page needs no `'unsafe-inline'` or hashes: `default-src 'self'` allows it. Returns the page and
 * the files (name → CSS) it links.
 */
export function linkStyles(
  page: EmbedPage,
  prerendered: string,
  hash: (css: string) => string,
): { html: string; styles: Map<string, string> } {
  const styles = new Map<string, string>();
  // The page's own markup has no <style>, and a dataset's text reaches it escaped: every <style> here is a widget's.
  const html = prerendered.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const name = `styles/${hash(css)}.css`;
    styles.set(name, css);
    return `<link rel="stylesheet" href="${toRoot(page)}${name}">`;
  });
  return { html, styles };
}

/** The `<iframe>` a host pastes: the title for screen readers, lazy, sandboxed to what it needs, the column's width. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.ceil(height)}" ` +
    `loading="lazy" sandbox="${IFRAME_SANDBOX}" frameborder="0" data-strike-widgets></iframe>`
  );
}

/** oEmbed 1.0, type `rich`: the iframe at its starting height, with the page's title. */
export function oembed(page: EmbedPage, options: EmbedOptions = {}): Record<string, string | number> {
  const height = STARTING_HEIGHT[page.element];
  return {
    version: '1.0',
    type: 'rich',
    provider_name: options.providerName ?? 'strike-widgets',
    title: page.title,
    html: iframeSnippet(pageUrl(page.path, options), page.title, height),
    width: OEMBED_WIDTH,
    height,
  };
}

/** A list of the pages for the embed builder and for people: `index.json` in the embed folder. */
export function embedIndex(pages: readonly EmbedPage[]): { pages: Omit<EmbedPage, 'oembedPath'>[] } {
  return { pages: pages.map(({ oembedPath: _, ...rest }) => rest) };
}

/** The page's own style (`embed.css`): no margins of its own, the host's background showing through. */
export const EMBED_CSS = `html, body { margin: 0; padding: 0; background: transparent; }
body { --sw-margin-block: 0; }
`;

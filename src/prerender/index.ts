/**
 * Prerendering (Node only): every strike-widgets element of an HTML page expanded into declarative shadow DOM, so
 * readers without JavaScript, crawlers and the first paint see the widget itself. `import { prerender } from
 * 'strike-widgets/prerender'`, or `npx strike-widgets prerender page.html > out.html`.
 *
 * Needs `@lit-labs/ssr` (optional peer dependency; it brings `parse5`). The browser bundle never imports this module.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import '../index.js';
import '../format/locales/all.js';
import type { Lang } from '../data/model.js';
import { registerDataset, registeredDataset, unregisterDataset } from '../data/registry.js';
import { StrikeWidgetElement } from '../elements/base.js';
import { publisherDataModule } from '../elements/dataset-controller.js';
import * as publisherData from '../elements/publisher-data.js';
import { resetStrings, setStrings } from '../format/strings.js';
import type { StringOverrides } from '../format/strings.js';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface PrerenderOptions {
  /** Receives each warning: an element left for the browser, a block that could not be read. Default: console.warn. */
  warn?: (message: string) => void;
  /**
   * Receives each element that rendered its error state (an unknown id, an invalid attribute), named with its line
   * and the message; it is prerendered with the message, as the browser would show it. Default: `warn`.
   */
  error?: (message: string) => void;
}

/** The text of a prerendered element's error message, if it rendered one. */
// A prerender renders in one go: the module that reads a page's own data is here from the start.
publisherDataModule.use(publisherData);

function errorText(rendered: string): string | undefined {
  const at = rendered.indexOf('part="error"');
  if (at < 0) return undefined;
  const end = rendered.indexOf('</div>', at);
  return rendered
    .slice(rendered.indexOf('>', at) + 1, end < 0 ? undefined : end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What an element inherits from its ancestors, as the browser would resolve it. */
interface Inherited {
  lang?: string | undefined;
  datasetId?: string | undefined;
}

interface Page {
  widgets: { el: Element; inherited: Inherited }[];
  /** The first element with each id, as `getElementById` finds it. */
  ids: Map<string, Element>;
  strings: string[];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) =>
  el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
const isJsonScript = (el: Element) =>
  el.tagName === 'script' && attr(el, 'type')?.split(';')[0]!.trim().toLowerCase() === 'application/json';
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function widgetClass(tag: string): typeof StrikeWidgetElement | undefined {
  const ctor = tag.includes('-') ? customElements.get(tag) : undefined;
  return ctor && ctor.prototype instanceof StrikeWidgetElement
    ? (ctor as unknown as typeof StrikeWidgetElement)
    : undefined;
}

/** Finds the widgets, the ids and the strings blocks; template contents stay inert, as in the browser. */
function walk(node: ParentNode, inherited: Inherited, page: Page): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const el: Element = child;
    const here: Inherited = {
      lang: attr(el, 'lang') || inherited.lang,
      datasetId: attr(el, 'dataset-id') || inherited.datasetId,
    };
    const id = attr(el, 'id');
    if (id && !page.ids.has(id)) page.ids.set(id, el);
    if (isJsonScript(el) && attr(el, 'data-strike-widgets-strings') !== undefined) page.strings.push(text(el));
    if (widgetClass(el.tagName) && el.sourceCodeLocation?.startTag) page.widgets.push({ el, inherited: here });
    walk(el, here, page);
  }
}

/** Whether an element already holds a declarative shadow root (the page was prerendered before). */
const prerendered = (el: Element) =>
  el.childNodes.some((n) => n.nodeName === 'template' && n.attrs.some((a) => a.name === 'shadowrootmode'));

/**
 * Expands every strike-widgets element of an HTML page into declarative shadow DOM, right after its start tag; the
 * page's own markup, the element's attributes and its light DOM (the no-JavaScript fallback) are kept as written.
 * An element resolves its language, inline dataset (`dataset-id`) and strings blocks as it would in the browser;
 * one with `dataset-src` is left for the browser (a remote file is not fetched here), with a warning. Running it
 * again on its output changes nothing.
 */
export function prerender(
  source: string,
  { warn = (m) => console.warn(`strike-widgets: ${m}`), error = warn }: PrerenderOptions = {},
): string {
  const page: Page = { widgets: [], ids: new Map(), strings: [] };
  walk(parse(source, { sourceCodeLocationInfo: true }), {}, page);
  const ours: string[] = [];
  const unreadable = new Set<string>();
  try {
    // The page's inline datasets, registered for the render (a dataset registered already wins, as in the browser).
    for (const [id, el] of page.ids) {
      if (!isJsonScript(el) || registeredDataset(id)) continue;
      try {
        registerDataset(id, JSON.parse(text(el)));
        ours.push(id);
      } catch {
        unreadable.add(id);
      }
    }
    for (const block of page.strings) {
      try {
        const value: unknown = JSON.parse(block);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        for (const [lang, overrides] of Object.entries(value)) setStrings(lang as Lang, overrides as StringOverrides);
      } catch (e) {
        warn(
          `a data-strike-widgets-strings block is not a JSON object of languages (${(e as Error).message}); it was ignored.`,
        );
      }
    }
    const inserts: [number, string][] = [];
    for (const { el, inherited } of page.widgets) {
      if (prerendered(el)) continue;
      const tag = el.tagName;
      const observed = new Set(widgetClass(tag)!.observedAttributes);
      const attrs = new Map(el.attrs.filter((a) => observed.has(a.name)).map((a) => [a.name, a.value]));
      const line = el.sourceCodeLocation!.startLine;
      if (attrs.get('dataset-src')?.trim()) {
        warn(
          `<${tag}> on line ${line} has a dataset-src, which is not fetched while prerendering; it is left for the browser.`,
        );
        continue;
      }
      if (!attrs.get('lang') && inherited.lang) attrs.set('lang', inherited.lang);
      if (!attrs.get('dataset-id')?.trim() && inherited.datasetId) attrs.set('dataset-id', inherited.datasetId);
      const datasetId = attrs.get('dataset-id')?.trim();
      if (datasetId && unreadable.has(datasetId)) {
        warn(
          `<${tag}> on line ${line} uses the inline dataset "${datasetId}", which is not valid JSON; it is left for the browser.`,
        );
        continue;
      }
      const markup = `<${tag}${[...attrs].map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('')}></${tag}>`;
      let out = '';
      try {
        out = collectResultSync(render(html`${unsafeStatic(markup)}`));
      } catch (e) {
        warn(`<${tag}> on line ${line} could not be rendered (${(e as Error).message}); it is left for the browser.`);
        continue;
      }
      const start = out.indexOf('<template');
      const end = out.lastIndexOf(`</${tag}>`);
      if (start < 0 || end < start) {
        warn(`<${tag}> on line ${line} could not be rendered; it is left for the browser.`);
        continue;
      }
      const failed = errorText(out.slice(start, end));
      if (failed) error(`<${tag}> on line ${line}: ${failed}`);
      inserts.push([el.sourceCodeLocation!.startTag!.endOffset, out.slice(start, end)]);
    }
    let result = '';
    let at = 0;
    for (const [offset, shadow] of inserts.sort((a, b) => a[0] - b[0])) {
      result += source.slice(at, offset) + shadow;
      at = offset;
    }
    return result + source.slice(at);
  } finally {
    for (const id of ours) unregisterDataset(id);
    if (page.strings.length) resetStrings();
  }
}

/**
 * The `'sha256-…'` sources of the inline styles in a prerendered page's shadow roots, for a `style-src` directive:
 * under a Content-Security-Policy without them (or `'unsafe-inline'`) the prerendered widgets show unstyled until
 * the script runs (and the policy reports each one).
 */
export async function styleHashes(prerenderedPage: string): Promise<string[]> {
  const styles = new Set<string>();
  const visit = (node: ParentNode, shadow: boolean) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (shadow && child.tagName === 'style') styles.add(text(child));
      visit(child, shadow);
      if (child.nodeName === 'template')
        visit((child as DefaultTreeAdapterMap['template']).content, shadow || !!attr(child, 'shadowrootmode'));
    }
  };
  visit(parse(prerenderedPage), false);
  const hashes: string[] = [];
  for (const css of styles) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    hashes.push(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
  }
  return hashes;
}

/**
 * Page-level situations a widget meets on a publisher's site: a hostile theme, and readers without JavaScript.
 */
import type { Args, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// The same stylesheet the page-level tests use (test/pages/hostile.css): one hostile theme for both.
import hostileCss from '../../test/pages/hostile.css?raw';
import { widget, widgetHtml } from './manifest.js';

/**
 * Puts the hostile theme on the story's document: global `*` resets with `!important`, rules on article,
 * blockquote, figure, headings and links. It lives in the story's DOM, so it leaves with the story.
 */
export const withHostileTheme: Decorator = (story) => {
  const sheet = document.createElement('style');
  sheet.dataset['hostileTheme'] = '';
  sheet.textContent = hostileCss;
  return html`${sheet}${story()}`;
};

/** Parameters for stories that restyle the whole document: on a docs page they render in their own iframe. */
export const ownDocument = { docs: { story: { inline: false, iframeHeight: 720 } } };

/** The tag under which a widget's markup is shown not upgraded: an unregistered name, so its content shows as is. */
export const notUpgraded = (tag: string) => `${tag}-without-javascript`;

/**
 * A widget's markup twice: as a reader without JavaScript (or an RSS reader, or a crawler) gets it, the element
 * never upgraded and its own content shown; and as everyone else gets it.
 */
export function fallbackBeside(tag: string, args: Args): TemplateResult {
  const markup = widgetHtml(tag, args);
  const plain = markup.replace(new RegExp(`^<${tag}\\b|</${tag}>$`, 'g'), (m) => m.replace(tag, notUpgraded(tag)));
  return html`<div class="sw-fallback">
    <section aria-label="Without JavaScript">
      <h2 class="sw-caption">Without JavaScript: the element’s own content</h2>
      ${unsafeHTML(plain)}
    </section>
    <section aria-label="With JavaScript">
      <h2 class="sw-caption">With JavaScript: the widget</h2>
      ${widget(tag, args)}
    </section>
  </div>`;
}

import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// The script-tag entry: every element, as a page that pastes the snippet gets them.
import '../src/index.js';
import { widget, widgetHtml } from './support/manifest.js';
import { notUpgraded, ownDocument, withHostileTheme } from './support/pages.js';

/** The widgets together on one page, in the situations a publisher's site puts them in. */
const meta = {
  title: 'Pages',
  parameters: { ...ownDocument, controls: { disable: true } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const PAGE: [string, Record<string, unknown>][] = [
  [
    'strike-card',
    {
      event: '2022-10-10-missile-strikes',
      'default-slot':
        "<p>Russian strikes on 10 Oct 2022: at least 14 killed, according to Ukraine's National Police (Sky News).</p>",
    },
  ],
  [
    'casualty-counter',
    {
      event: '2023-12-29-aerial-bombardment',
      metric: 'killed',
      'default-slot': '<p>At least 41 civilians killed, according to WION; 23, according to The Moscow Times.</p>',
    },
  ],
  [
    'casualty-counter',
    { events: '2022-10-10-missile-strikes 2023-12-30-belgorod-attack 2024-01-21-donetsk-shelling', metric: 'killed' },
  ],
  ['quote-block', { quote: 'zelenskyy-panic-and-chaos' }],
  ['strike-card', { event: '2023-12-30-belgorod-attack', variant: 'compact' }],
];

/** The page, each widget in the toolbar's theme (light or dark; the brand theme works through the frame's tokens). */
const article = ({ theme }: Args, render: (tag: string, args: Record<string, unknown>) => unknown) => html`<main>
  <article>
    <h2>Strikes, in context</h2>
    <p>An article page as a publisher's theme draws it, with the widgets pasted in.</p>
    ${PAGE.map(([tag, args]) => render(tag, { ...args, theme }))}
  </article>
</main>`;

/**
 * A theme that fights every embed (test/pages/hostile.css): `*` resets with `!important` — red, 30px, uppercase,
 * right-aligned Comic Sans — and rules on article, blockquote, figure, headings and links. The page's own text
 * takes all of it; the widgets take none of it.
 */
export const HostileTheme: Story = {
  name: 'Hostile page theme',
  render: (args) => article(args, widget),
  decorators: [withHostileTheme],
};

/**
 * The same article for a reader without JavaScript (and for RSS readers and crawlers): no element upgrades, so each
 * shows what the publisher wrote inside it, and an element left empty shows nothing. (Shown here under tag names no
 * script defines, since this page has the script.)
 */
export const WithoutJavaScript: Story = {
  name: 'JavaScript off',
  render: (pageArgs) =>
    article(pageArgs, (tag, args) =>
      unsafeHTML(
        widgetHtml(tag, args).replace(new RegExp(`^<${tag}\\b|</${tag}>$`, 'g'), (m) =>
          m.replace(tag, notUpgraded(tag)),
        ),
      ),
    ),
};

/** The article as most readers get it: every widget upgraded, in the toolbar's theme, language and width. */
export const WithJavaScript: Story = {
  name: 'JavaScript on',
  render: (args) => article(args, widget),
};

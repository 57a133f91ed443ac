/**
 * Every story's frame: controls and docs tables generated from custom-elements.json, a generic render for widget
 * stories, the toolbar (theme, language, width), the snippet to paste, and the accessibility addon on everywhere.
 */
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { Decorator, Preview, StoryContext } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LANGUAGES, PAGE_STYLES, THEMES, WIDTHS, pasteSnippet } from '../stories/support/frame.js';
import type { Language, Theme, Width } from '../stories/support/frame.js';
import { ELEMENTS, argTypesFor, describeElement, manifest, widget } from '../stories/support/manifest.js';

// Storybook's web-components renderer reads the same manifest (its docs helpers, `getCustomElements()`).
setCustomElementsManifest(manifest);

const tagOf = (context: Pick<StoryContext, 'component'>) =>
  typeof context.component === 'string' && ELEMENTS.has(context.component) ? context.component : undefined;

/** Logs an element's events (from the manifest) in the Actions panel, once per node however often it renders. */
const logged = new WeakSet<Element>();
const forwardEvents = (context: StoryContext) => {
  const tag = tagOf(context);
  if (!tag) return nothing;
  const { events, logEvent } = getStorybookHelpers(tag);
  return ref((node) => {
    if (!node || logged.has(node)) return;
    logged.add(node);
    for (const name of events) node.addEventListener(name, (e) => logEvent(name, e));
  });
};

/**
 * The toolbar: `theme` light or dark goes on the widgets as their `theme` attribute (unless the story sets one),
 * the brand theme sets `--sw-*` tokens on the frame; `lang` goes on the frame, so widgets inherit it the way they
 * inherit a page's; the width is the frame's, since widgets lay out by their container's width.
 */
const withFrame: Decorator = (story, context) => {
  const theme = (context.globals['theme'] ?? 'light') as Theme;
  const lang = (context.globals['lang'] ?? 'en') as Language;
  const width = (context.globals['width'] ?? 'column') as Width;
  const args = { ...context.args };
  const tag = tagOf(context);
  const takesTheme = !tag || ELEMENTS.get(tag)?.attributes?.some((a) => a.name === 'theme');
  if ((theme === 'light' || theme === 'dark') && takesTheme && args['theme'] === undefined) args['theme'] = theme;
  const style = {
    ...PAGE_STYLES[theme],
    'inline-size': `${WIDTHS[width]}px`,
    'max-inline-size': '100%',
    padding: '1rem',
    'box-sizing': 'border-box',
  };
  return html`<div class="sw-frame" lang=${lang} data-theme=${theme} data-width=${width} style=${styleMap(style)} ${forwardEvents(context)}>
    ${story({ args })}
  </div>`;
};

/** Renders a widget story from its args (named as in the manifest); stories of pages render themselves. */
const render = (args: Record<string, unknown>, context: StoryContext): TemplateResult => {
  const tag = tagOf(context);
  if (!tag)
    throw new Error(`Story ${context.id} has no render and no element of custom-elements.json as its component.`);
  return widget(tag, args);
};

const preview: Preview = {
  render,
  decorators: [withFrame],
  globalTypes: {
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({
          value,
          title: value === 'brand' ? 'Brand (overrides --sw-* tokens)' : value[0]!.toUpperCase() + value.slice(1),
        })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the page around the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, title]) => ({
          value,
          title: `${value} · ${title}`,
          right: value,
        })),
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the column the widgets sit in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: Object.entries(WIDTHS).map(([value, px]) => ({ value, title: `${value} (${px}px)`, right: `${px}px` })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', width: 'column' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    // The accessibility addon checks every story; a violation marks the story as failed, not as a to-do.
    a11y: { test: 'error' },
    docs: {
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' && ELEMENTS.has(component) ? argTypesFor(component) : null,
      extractComponentDescription: (component: unknown, { parameters }: { parameters: Record<string, unknown> }) =>
        typeof component === 'string' && ELEMENTS.has(component)
          ? describeElement(component, parameters['pasteExample'] ?? {})
          : null,
      source: {
        language: 'html',
        // The snippet shows the story's elements, not Storybook's frame; the transform adds the script tag.
        excludeDecorators: true,
        transform: (code: string, context: StoryContext) => pasteSnippet(code, context.globals),
      },
    },
  },
};

export default preview;

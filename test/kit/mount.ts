/** Mounting widgets in tests, and reading what a reader sees in them. */
import { fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import { unregisterDataset } from '../../src/data/registry.js';
import type { StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { emulateMedia } from '../engine.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A widget with these attributes, connected inside a wrapper `<div>` of the given style, and rendered.
 * (fixtureSync: fixture() would wait a frame for a plain <div>, and a page in a background tab draws no frames.)
 */
export async function mount<T extends Widget = Widget>(
  tag: string,
  attrs: Record<string, string> = {},
  style = '',
): Promise<T> {
  const wrapper = fixtureSync(html`<div style=${style}></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** A widget to mount with others: its tag, its attributes, and the style of a wrapper `<div>` (none if empty). */
export type WidgetSpec = readonly [tag: string, attrs: Record<string, string>, style?: string];

/**
 * Several widgets connected together in one container (`hostStyle` its style) and rendered: one wait for all of
 * them rather than one per widget. `host` holds them all; remove it to let them go.
 */
export async function mountAll<T extends Widget = Widget>(
  specs: readonly WidgetSpec[],
  hostStyle = '',
): Promise<{ host: HTMLElement; widgets: T[] }> {
  const host: HTMLElement = fixtureSync(html`<div style=${hostStyle}></div>`);
  const widgets = specs.map(([tag, attrs, style]) => {
    const el = document.createElement(tag) as T;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (style) {
      const wrapper = document.createElement('div');
      wrapper.setAttribute('style', style);
      wrapper.append(el);
      host.append(wrapper);
    } else host.append(el);
    return el;
  });
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { host, widgets };
}

/** The text a reader sees in an element's shadow root, its whitespace collapsed as HTML does: no-break spaces stay. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The first match of `selector` in an element's shadow root. */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every match of `selector` in an element's shadow root. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A node's text, its whitespace collapsed as HTML does, no-break spaces kept ('' for none). */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * For the suite that calls it: the `strike-widgets-error` events of the running test (`watched.errors`), and after
 * each test its fixtures removed, the datasets it registered under `datasets` unregistered, and the page's emulated
 * media and root font size back to their defaults.
 */
export function eachTest(datasets: string[] = []): { readonly errors: StrikeWidgetsErrorDetail[] } {
  let errors: StrikeWidgetsErrorDetail[] = [];
  const listen = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
  beforeEach(() => {
    errors = [];
    document.addEventListener('strike-widgets-error', listen);
  });
  afterEach(async () => {
    document.removeEventListener('strike-widgets-error', listen);
    fixtureCleanup();
    for (const id of datasets) unregisterDataset(id);
    document.documentElement.style.fontSize = '';
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
  });
  return {
    get errors() {
      return errors;
    },
  };
}

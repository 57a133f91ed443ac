/** Mounting widgets in tests, and reading what a reader sees in them. */
import { fixtureSync, html } from '@open-wc/testing';

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

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match of `selector` in an element's shadow root. */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every match of `selector` in an element's shadow root. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A node's text, whitespace collapsed ('' for none). */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

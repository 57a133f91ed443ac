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

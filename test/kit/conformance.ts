/**
 * What every element must do, run by each element's test file with its own attributes: accessible in every
 * language and theme, a visible and accessible error with the publisher's fallback kept beside it, the fallback
 * shown until the element upgrades, and the colour scheme followed.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LANGS } from '../../src/data/model.js';
import type { StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { emulateMedia } from '../engine.js';
import { mount } from './mount.js';
import type { Widget } from './mount.js';

export interface Conformance {
  /** The element's tag. */
  tag: string;
  /** Its class, to define under another tag for the upgrade check. */
  ctor: CustomElementConstructor;
  /** Attributes that render it with content. */
  attrs: Record<string, string>;
  /** A selector for that content in its shadow root. */
  content: string;
  /** Attributes that make it fail, and the error code. */
  failing: { attrs: Record<string, string>; code: StrikeWidgetsErrorDetail['code'] };
  /** Prepares a rendering before it is checked (e.g. opens a disclosure, so what it hides is checked too). */
  prepare?: (el: Widget) => void | Promise<void>;
}

const FALLBACK = 'The publisher’s own words for readers without JavaScript.';

/** An element of `tag` with the fallback paragraph inside it, rendered with these attributes. */
async function withFallback(
  tag: string,
  attrs: Record<string, string>,
): Promise<{ el: Widget; fallback: HTMLElement }> {
  const wrapper = fixtureSync(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const fallback = document.createElement('p');
  fallback.textContent = FALLBACK;
  el.append(fallback);
  wrapper.append(el);
  if ('updateComplete' in el) await el.updateComplete;
  return { el, fallback };
}

/** The conformance suite for one element. */
export function itConforms(c: Conformance): void {
  describe(`<${c.tag}> conforms`, () => {
    before(() => {
      document.documentElement.style.colorScheme = 'light dark';
    });
    after(async () => {
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const lang of LANGS) {
      for (const theme of ['light', 'dark'] as const) {
        it(`renders and is accessible in ${lang}, ${theme}`, async () => {
          const el = await mount(c.tag, { ...c.attrs, lang, theme });
          const root = el.shadowRoot!;
          expect(root.querySelector('[part~=error]'), 'no error').to.equal(null);
          expect(root.querySelector(c.content), c.content).to.exist;
          expect(root.querySelector('[part~=base]')!.getAttribute('lang')).to.equal(lang);
          await c.prepare?.(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it("an error: a visible, accessible message in the reader's language, an event, and the fallback kept beside it", async () => {
      const errors: StrikeWidgetsErrorDetail[] = [];
      const listen = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
      document.addEventListener('strike-widgets-error', listen);
      try {
        const { el, fallback } = await withFallback(c.tag, { ...c.failing.attrs, lang: 'uk' });
        await waitUntil(() => errors.length > 0, 'an error event');
        expect(errors.map((e) => e.code)).to.deep.equal([c.failing.code]);
        const box = el.shadowRoot!.querySelector<HTMLElement>('[part~=error]')!;
        expect(box.checkVisibility() && box.getBoundingClientRect().height > 0, 'the message is visible').to.equal(
          true,
        );
        expect(box.textContent, 'in Ukrainian').to.include('Не вдалося показати цей віджет');
        expect(el.shadowRoot!.querySelector(c.content), 'no content').to.equal(null);
        expect(fallback.checkVisibility(), 'the fallback stays for readers').to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('strike-widgets-error', listen);
      }
    });

    it('shows its fallback until it upgrades, then hides it and keeps it in the light DOM', async () => {
      const tag = `${c.tag}-conformance-${Math.random().toString(36).slice(2, 8)}`;
      const { el, fallback } = await withFallback(tag, c.attrs);
      expect(fallback.checkVisibility(), 'fallback shows before upgrade').to.equal(true);
      customElements.define(tag, class extends (c.ctor as unknown as typeof HTMLElement) {});
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(c.content), c.content).to.exist;
      expect(fallback.checkVisibility(), 'fallback hidden once rendered').to.equal(false);
      expect(el.querySelector('p')).to.equal(fallback);
    });

    it('on a page that supports both schemes, follows prefers-color-scheme; an explicit theme wins over it', async () => {
      const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
      const [dark, light] = ['rgb(23, 24, 27)', 'rgb(255, 255, 255)'];
      await emulateMedia({ colorScheme: 'dark' });
      const preferred = await mount(c.tag, c.attrs);
      expect(background(preferred)).to.equal(dark);
      expect(background(await mount(c.tag, { ...c.attrs, theme: 'light' }))).to.equal(light);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(await mount(c.tag, { ...c.attrs, theme: 'dark' }))).to.equal(dark);
      expect(background(preferred)).to.equal(light);
    });
  });
}

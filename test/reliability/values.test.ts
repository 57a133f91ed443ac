import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { shadowText } from '../helpers.js';
import { definedTags } from './support.js';

const VALUES: [string, () => unknown][] = [
  ['a symbol', () => Symbol('x')],
  ['an object that cannot become a string', () => ({ toString: null, valueOf: null })],
];

describe('values no attribute can hold: a symbol or an object set on a property', () => {
  for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
    it(`<${tag}>: every property shows a clear error, and nothing is left unhandled`, async () => {
      if (!definedTags().includes(tag)) return;
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      const rejections: string[] = [];
      const onRejection = (e: PromiseRejectionEvent) => {
        rejections.push(`${String(e.reason)}`);
        e.preventDefault();
      };
      window.addEventListener('unhandledrejection', onRejection);
      try {
        for (const [key, options] of ctor.elementProperties) {
          if (options.type === Object || options.type === Array || options.attribute === false) continue;
          for (const [what, make] of VALUES) {
            const el = document.createElement(tag) as LitElement;
            fixtureSync(html`<div></div>`).append(el);
            await el.updateComplete;
            (el as unknown as Record<PropertyKey, unknown>)[key] = make();
            const settled = await el.updateComplete.then(
              () => 'ok',
              (e: unknown) => `rejected: ${String(e)}`,
            );
            await new Promise((r) => setTimeout(r, 0));
            expect(settled, `${String(key)} = ${what}`).to.equal('ok');
            const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
            expect(shadowText(el), `${String(key)} = ${what}`).to.include(`is not a valid value for “${name}”`);
            el.parentElement!.remove();
          }
        }
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
    });
  }
});

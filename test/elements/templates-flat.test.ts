import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import '../../src/elements/strike-card/define.js';
import type { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import { flatten, keep } from '../../src/elements/templates-flat.js';
import { mountWidget, seedDataset } from '../helpers.js';

/** Renders into a fresh container; returns it. */
function show(result: TemplateResult, into: HTMLElement = document.createElement('div')): HTMLElement {
  render(result, into);
  return into;
}
const comments = (root: Node) => {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) n++;
  return n;
};
const withoutComments = (el: Element) => el.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

const item = (s: string) => html`<li>${s}</li>`;
const list = (items: string[], note?: string) =>
  html`<ul class="x">${items.map(item)}</ul>${note ? html`<p>${note}</p>` : nothing}`;

describe('flatten: nested templates as one', () => {
  it('renders the same HTML as the nested templates, with one marker per text binding and none per template', () => {
    const nested = show(list(['a', 'b', 'c'], 'n'));
    const flat = show(flatten(list(['a', 'b', 'c'], 'n')));
    expect(withoutComments(flat)).to.equal(withoutComments(nested));
    // Nested: the list's binding, two markers per item, each item's text, the note's binding and text; flat: 4 texts.
    expect(comments(nested)).to.be.greaterThan(comments(flat));
    expect(comments(flat)).to.equal(1 + 4);
  });

  it('keeps text from data as text: markup in a string is never HTML', () => {
    const el = show(flatten(list(['<em>a</em>', '<b>b</b>'])));
    expect(el.querySelector('em, b')).to.equal(null);
    expect(el.textContent).to.equal('<em>a</em><b>b</b>');
  });

  it('leaves attribute bindings alone: nothing still removes an attribute, an interpolated one keeps its value', () => {
    const t = (title: string | typeof nothing, v: string) =>
      html`<p title=${title} class="a ${v}">${html`<span>${v}</span>`}</p>`;
    const el = show(flatten(t(nothing, 'b')));
    expect(el.querySelector('p')!.hasAttribute('title')).to.equal(false);
    expect(el.querySelector('p')!.className).to.equal('a b');
    show(flatten(t('t', 'c')), el);
    expect(el.querySelector('p')!.title).to.equal('t');
    expect(el.querySelector('span')!.textContent).to.equal('c');
  });

  it('the same shape is the same template (updated in place); another shape is another template', () => {
    const a = flatten(list(['a', 'b']));
    const b = flatten(list(['c', 'd']));
    const c = flatten(list(['a', 'b', 'c']));
    expect(a.strings).to.equal(b.strings);
    expect(a.strings).not.to.equal(c.strings);
    const el = show(a);
    const first = el.querySelector('li');
    show(b, el);
    expect(el.querySelector('li')).to.equal(first, 'updated in place');
    expect(el.textContent).to.equal('cd');
  });

  it('leaves directives and what keep() marks as bindings of their own', () => {
    let calls = 0;
    const t = (n: number, button: boolean) =>
      flatten(
        html`<div>${guard([1], () => {
          calls++;
          return html`<i>g</i>`;
        })}<span>${n}</span>${keep(button ? html`<button>b</button>` : nothing)}</div>`,
      );
    const el = show(t(1, false));
    show(t(2, true), el);
    const button = el.querySelector('button')!;
    show(t(3, true), el);
    expect(calls).to.equal(1, 'the guard ran once: the directive is still a binding of its own');
    expect(el.querySelector('button')).to.equal(button);
    expect(el.querySelector('span')!.textContent).to.equal('3');
  });
});

describe('a strike card is one template', () => {
  it("Lit's markers are a small share of a card's nodes (a marker per text, none per nested template or item)", async () => {
    for (const variant of ['full', 'compact']) {
      for (const { id } of seedDataset.events) {
        const card = await mountWidget<StrikeCard>('strike-card', { event: id, variant });
        const root = card.shadowRoot!;
        let all = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) all++;
        expect(comments(root) / all, `${id} ${variant}: ${comments(root)} of ${all} nodes`).to.be.below(0.25);
        card.remove();
      }
    }
  });
});

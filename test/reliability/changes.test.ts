import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { shadowText } from '../helpers.js';
import { miniDataset } from './support.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const counter = (attrs = '') => {
  const el = document.createElement('casualty-counter') as Widget;
  el.setAttribute('event', 'publisher-event');
  el.setAttribute('metric', 'injured');
  for (const [, k, v] of attrs.matchAll(/(\S+?)="([^"]*)"/g)) el.setAttribute(k!, v!);
  return el;
};
/** Waits until the element shows `text` (after a change made elsewhere on the page). */
const shows = (el: Element, text: string) =>
  waitUntil(() => shadowText(el).includes(text), `shows "${text}"; shows "${shadowText(el).slice(0, 120)}"`, {
    timeout: 3000,
  });

async function withInjured(n: number) {
  const d = await miniDataset();
  d.figures[0].value = { n };
  return d;
}

describe('changes: after a change on the page, every widget shows the current data', () => {
  afterEach(() => ['changing', 'a', 'b', 'hostile'].forEach(unregisterDataset));

  it('registerDataset again with the same object, changed: the new numbers, not a stale index', async () => {
    const data = await withInjured(3);
    registerDataset('changing', data);
    const el = counter('dataset-id="changing"');
    fixtureSync(html`<div></div>`).append(el);
    await shows(el, 'at least 3 injured');
    // A new figure object in place of the old one: an index built for the first registration would miss it.
    data.figures[0] = { ...data.figures[0], value: { n: 7 } };
    registerDataset('changing', data);
    await shows(el, 'at least 7 injured');
  });

  it('a registered object changed without registering it again: the widget keeps what was checked', async () => {
    const data = await withInjured(3);
    registerDataset('changing', data);
    const el = counter('dataset-id="changing"');
    fixtureSync(html`<div></div>`).append(el);
    await shows(el, 'at least 3 injured');
    data.figures[0].value = { n: -5 };
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    expect(shadowText(el)).to.include('at least 3 injured');
  });

  it('lang and dataset-id changed on an ancestor inside a shadow root', async () => {
    registerDataset('a', await withInjured(3));
    registerDataset('b', await withInjured(11));
    const host = fixtureSync(html`<div></div>`);
    const inner = document.createElement('section');
    inner.setAttribute('lang', 'en');
    inner.setAttribute('dataset-id', 'a');
    host.attachShadow({ mode: 'open' }).append(inner);
    const el = counter();
    inner.append(el);
    await shows(el, 'at least 3 injured');
    inner.setAttribute('lang', 'uk');
    await shows(el, 'щонайменше 3');
    inner.setAttribute('dataset-id', 'b');
    await shows(el, 'щонайменше 11');
  });

  it('an inline data script added after the element, then replaced, then edited', async () => {
    const box = fixtureSync(html`<div></div>`);
    const el = counter('dataset-id="late-inline"');
    box.append(el);
    await shows(el, 'late-inline');
    const script = (n: number, d: unknown) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.id = 'late-inline';
      s.textContent = JSON.stringify(d);
      return Object.assign(s, { n });
    };
    const first = script(3, await withInjured(3));
    box.append(first);
    await shows(el, 'at least 3 injured');
    const second = script(5, await withInjured(5));
    first.replaceWith(second);
    await shows(el, 'at least 5 injured');
    second.textContent = JSON.stringify(await withInjured(9));
    await shows(el, 'at least 9 injured');
    second.firstChild!.nodeValue = JSON.stringify(await withInjured(10));
    await shows(el, 'at least 10 injured');
  });

  it('an inline data script inside the same shadow root, added after the element', async () => {
    const root = fixtureSync(html`<div></div>`).attachShadow({ mode: 'open' });
    const el = counter('dataset-id="late-shadow"');
    root.append(el);
    await shows(el, 'late-shadow');
    const s = document.createElement('script');
    s.type = 'application/json';
    s.id = 'late-shadow';
    s.textContent = JSON.stringify(await withInjured(4));
    root.append(s);
    await shows(el, 'at least 4 injured');
  });

  it('dataset-id="" opts back into the embedded dataset under an ancestor that names another', async () => {
    registerDataset('a', await miniDataset());
    const box = fixtureSync(html`<div dataset-id="a"></div>`);
    const el = document.createElement('casualty-counter') as Widget;
    el.setAttribute('event', '2023-12-29-aerial-bombardment');
    el.setAttribute('metric', 'killed');
    el.setAttribute('dataset-id', '');
    box.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.not.include('could not be shown');
    el.removeAttribute('dataset-id');
    await shows(el, 'not');
  });

  it('a <script type="application/json; charset=utf-8"> is read like application/json', async () => {
    const box = fixtureSync(html`<div></div>`);
    const s = document.createElement('script');
    s.type = 'application/json; charset=utf-8';
    s.id = 'with-charset';
    s.textContent = JSON.stringify(await withInjured(6));
    box.append(s);
    const el = counter('dataset-id="with-charset"');
    box.append(el);
    await shows(el, 'at least 6 injured');
  });

  it('a Proxy, a throwing getter or a sparse array given to registerDataset: reported, never thrown', async () => {
    const trap = () => {
      throw new Error('trap');
    };
    const mini = await miniDataset();
    // Made synchronously: a Proxy returned from an async function would have its `then` read (and throw) there.
    const hostile: [string, () => unknown][] = [
      [
        'a Proxy that throws',
        () =>
          new Proxy(structuredClone(mini), {
            ownKeys: trap,
            get: trap,
            getOwnPropertyDescriptor: trap,
            getPrototypeOf: trap,
          }),
      ],
      [
        'a throwing getter',
        () => {
          const d = structuredClone(mini);
          Object.defineProperty(d.events[0], 'headline', { enumerable: true, get: trap });
          return d;
        },
      ],
      [
        'a sparse array',
        () => {
          const d = structuredClone(mini);
          d.figures.length = 3;
          return d;
        },
      ],
    ];
    for (const [what, make] of hostile) {
      const data = make();
      let problems: unknown[] = [];
      expect(() => (problems = registerDataset('hostile', data)), what).to.not.throw();
      expect(problems, what).to.not.be.empty;
      const el = counter('dataset-id="hostile"');
      fixtureSync(html`<div></div>`).append(el);
      await el.updateComplete;
      expect(shadowText(el), what).to.include('The dataset is not valid.');
      el.remove();
      unregisterDataset('hostile');
    }
  });
});

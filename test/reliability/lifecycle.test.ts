import { snapshot } from './instrument.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { METRICS } from '../../src/data/model.js';
import type { StrikeWidgetElement } from '../../src/elements/base.js';
import { shadowText } from '../helpers.js';

const settled = async (els: Element[]) => {
  await Promise.all(els.map((el) => (el as StrikeWidgetElement).updateComplete));
  for (let i = 0; i < 3; i += 1) await nextFrame();
};

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('lifecycle', () => {
  it('1,000 attribute changes (event, metric, lang, theme) end in the same rendering as a fresh element', async () => {
    const pick = random(7);
    const choose = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)]!;
    const events = seedDataset.events.map((e) => e.id);
    const counter = await fixture<StrikeWidgetElement>(html`<casualty-counter event=${events[0]!}></casualty-counter>`);
    const card = await fixture<StrikeWidgetElement>(html`<strike-card event=${events[0]!}></strike-card>`);
    const final: Record<string, string> = {};
    for (let i = 0; i < 1000; i += 1) {
      const [name, value] = choose([
        ['event', choose(events)],
        ['metric', choose(METRICS)],
        ['lang', choose(['en', 'uk', 'ru', 'uk-UA'])],
        ['theme', choose(['light', 'dark'])],
      ] as const);
      counter.setAttribute(name, value);
      if (name !== 'metric') card.setAttribute(name, value);
      final[name] = value;
      if (i % 97 === 0) await counter.updateComplete;
    }
    await settled([counter, card]);
    const fresh = await fixture<StrikeWidgetElement>(html`<casualty-counter></casualty-counter>`);
    const freshCard = await fixture<StrikeWidgetElement>(html`<strike-card></strike-card>`);
    for (const [k, v] of Object.entries(final)) {
      fresh.setAttribute(k, v);
      if (k !== 'metric') freshCard.setAttribute(k, v);
    }
    await settled([fresh, freshCard]);
    expect(shadowText(counter)).to.equal(shadowText(fresh));
    expect(shadowText(card)).to.equal(shadowText(freshCard));
    expect(counter.getAttribute('theme')).to.equal(final['theme']);
  });

  it('adding and removing 1,000 elements leaves no observer, listener, timer or frame behind', async () => {
    const before = snapshot();
    const container = document.createElement('div');
    document.body.append(container);
    const events = seedDataset.events.map((e) => e.id);
    const quotes = seedDataset.quotes.map((q) => q.id);
    const made: Element[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const kind = i % 4;
      const el = document.createElement(['strike-card', 'casualty-counter', 'quote-block', 'casualty-counter'][kind]!);
      if (kind === 2) {
        el.setAttribute('quote', quotes[i % quotes.length]!);
        el.setAttribute('max-lines', '2');
      } else el.setAttribute('event', events[i % events.length]!);
      if (kind === 3) el.setAttribute('count-up', '');
      if (i % 10 === 0) el.setAttribute('lang', 'uk');
      container.append(el);
      made.push(el);
    }
    await settled(made);
    const during = snapshot();
    expect(during.observers, 'observers are in use while the elements are on the page').to.be.above(before.observers);
    container.remove();
    await settled([]);
    await new Promise((r) => setTimeout(r, 50));
    expect(snapshot()).to.deep.equal(before);
  });

  it('an element in the page before its definition upgrades with the attributes it had', async () => {
    const el = await fixture(
      html`<strike-card-early event="2024-01-23-kyiv-kharkiv-missile-strikes" variant="compact" lang="uk"></strike-card-early>`,
    );
    expect(el.shadowRoot).to.equal(null);
    customElements.define('strike-card-early', class extends StrikeCard {});
    await (el as StrikeWidgetElement).updateComplete;
    expect(shadowText(el)).to.include('Російські ракетні удари по Києву та Харкову');
  });

  it('an element moved to another document and back renders correctly, styled', async () => {
    const el = await fixture<StrikeWidgetElement>(
      html`<strike-card event="2023-12-30-belgorod-attack" variant="compact"></strike-card>`,
    );
    const expected = shadowText(el);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(el));
    await nextFrame();
    document.body.append(document.adoptNode(el));
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(shadowText(el)).to.equal(expected);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).borderTopWidth, 'its styles still apply').to.equal('1px');
    frame.remove();
    el.remove();
  });

  it('a cloned element renders what the original renders', async () => {
    const el = await fixture<StrikeWidgetElement>(
      html`<quote-block quote="klitschko-day-of-mourning" lang="ru" theme="dark"></quote-block>`,
    );
    const clone = el.cloneNode(true) as StrikeWidgetElement;
    document.body.append(clone);
    await clone.updateComplete;
    expect(shadowText(clone)).to.equal(shadowText(el));
    clone.remove();
  });
});

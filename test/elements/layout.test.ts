import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '../engine.js';
import '../../src/index.js';
import '../../src/format/locales/all.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { metricsOf } from '../../src/data/query.js';

/**
 * Every widget in the containers that size their children to fit (shrink-to-fit): measured in the browser. A widget
 * whose host had no intrinsic width collapsed to 0 px in all of them, its text one word per line over its neighbours.
 */

type Widget = [tag: string, attrs: Record<string, string>];
const WIDGETS: Widget[] = [
  ['strike-card', { event: '2022-10-10-missile-strikes' }],
  ['casualty-counter', { event: '2022-10-10-missile-strikes' }],
  ['quote-block', { quote: 'putin-terrorist-action' }],
  ['strike-timeline', { from: '2023-12-30-belgorod-attack' }],
  ['claim-compare', { event: '2023-12-29-aerial-bombardment' }],
];

/** The outer markup of each container, with `<slot>` where the widget goes. */
const CONTAINERS: Record<string, string> = {
  'flex row': '<div style="display:flex"><slot></slot></div>',
  'flex column, align-items: center':
    '<div style="display:flex;flex-direction:column;align-items:center"><slot></slot></div>',
  'unsized float': '<div style="float:left"><slot></slot></div><div style="clear:both"></div>',
  'inline-block': '<div style="display:inline-block"><slot></slot></div>',
  'table cell': '<table><tbody><tr><td><slot></slot></td></tr></tbody></table>',
  'grid auto column': '<div style="display:grid;grid-template-columns:auto"><slot></slot></div>',
};

interface MiniDataset {
  parties: { name: string }[];
  places: { name: string }[];
  events: { headline: string; summary: string }[];
  figures: { verbatim: string }[];
  quotes: unknown[];
}

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

function widget([tag, attrs]: Widget): HTMLElement & { updateComplete: Promise<boolean> } {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** A fresh block of the page's width holding `markup`, the widgets put where its `<slot>`s are. */
async function place(markup: string, widgets: Widget[]) {
  const frame = fixtureSync<HTMLDivElement>(html`<div></div>`);
  frame.innerHTML = markup; // test markup, no data
  const els = widgets.map(widget);
  const slots = [...frame.querySelectorAll('slot')];
  for (const el of els) slots[0]!.before(el);
  slots.forEach((s) => s.remove());
  await Promise.all(els.map((el) => el.updateComplete));
  return { frame, els };
}

/** The widest thing inside the widget's shadow root beyond the host's right edge, in px (0 if none). */
function overflow(el: Element): number {
  const right = el.getBoundingClientRect().right;
  let worst = 0;
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width) worst = Math.max(worst, box.right - right);
  }
  return worst;
}

const pageScrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('layout in real page containers', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    describe(`at ${width} px`, () => {
      for (const [container, markup] of Object.entries(CONTAINERS)) {
        for (const w of WIDGETS) {
          it(`<${w[0]}> in a ${container}: at least min(100%, 18rem) wide, nothing sticking out`, async () => {
            await setViewport({ width, height: 800 });
            const { frame, els } = await place(markup, [w]);
            const el = els[0]!;
            const available = frame.getBoundingClientRect().width;
            const floor = Math.min(available, 18 * rem());
            const box = el.getBoundingClientRect();
            expect(box.width, 'width').to.be.at.least(floor - 0.5);
            expect(box.width, 'width').to.be.at.most(available + 0.5);
            expect(overflow(el), 'content beyond the right edge').to.be.at.most(1);
            expect(pageScrollsSideways(), 'page scrolls sideways').to.equal(false);
          });
        }
      }

      it('a widget alone in a flex row or a grid auto column grows to fill it', async () => {
        await setViewport({ width, height: 800 });
        for (const container of ['flex row', 'grid auto column']) {
          const { frame, els } = await place(CONTAINERS[container]!, [WIDGETS[0]!]);
          expect(els[0]!.getBoundingClientRect().width, container).to.be.closeTo(
            frame.getBoundingClientRect().width,
            1,
          );
        }
      });
    });
  }

  it('three counters in a flex row share it equally at 1280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const counters: Widget[] = ['killed', 'injured', 'launched'].map((metric) => [
      'casualty-counter',
      { event: '2022-10-10-missile-strikes', metric },
    ]);
    const { frame, els } = await place('<div style="display:flex;gap:16px"><slot></slot></div>', counters);
    const widths = els.map((el) => el.getBoundingClientRect().width);
    const share = (frame.getBoundingClientRect().width - 32) / 3;
    for (const w of widths) expect(w).to.be.closeTo(share, 1);
    expect(els.map(overflow).every((o) => o <= 1)).to.equal(true);
  });

  it('three counters in a flex row at 375 px: wrapping rows stack at full width, and a row that cannot wrap never scrolls the page', async () => {
    await setViewport({ width: 375, height: 800 });
    const counters: Widget[] = ['killed', 'injured', 'launched'].map((metric) => [
      'casualty-counter',
      { event: '2022-10-10-missile-strikes', metric },
    ]);
    const wrapping = await place('<div style="display:flex;flex-wrap:wrap"><slot></slot></div>', counters);
    const full = wrapping.frame.getBoundingClientRect().width;
    for (const el of wrapping.els) expect(el.getBoundingClientRect().width).to.be.closeTo(full, 1);
    const nowrap = await place('<div style="display:flex"><slot></slot></div>', counters);
    const right = nowrap.frame.getBoundingClientRect().right;
    for (const el of nowrap.els) expect(el.getBoundingClientRect().right).to.be.at.most(right + 1);
    expect(pageScrollsSideways()).to.equal(false);
  });

  it('a card on a phone is shorter: facts and linked events behind "More about this event", attribution still shown', async () => {
    const visibleText = (el: Element, selector: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)]
        .filter((n) => n.checkVisibility())
        .map((n) => n.textContent.trim());
    const card = async (width: number) => {
      const { els } = await place(`<div style="width:${width}px"><slot></slot></div>`, [
        ['strike-card', { event: '2022-10-10-missile-strikes' }],
      ]);
      return els[0]!;
    };
    const narrow = await card(360);
    const wide = await card(900);
    const more = narrow.shadowRoot!.querySelector<HTMLDetailsElement>('[part~=more]')!;
    expect(more.open, 'closed by default').to.equal(false);
    expect(visibleText(narrow, '[part~=facts] dt'), 'facts hidden on a phone').to.deep.equal([]);
    expect(visibleText(wide, '[part~=facts] dt').length, 'facts shown on a wide card').to.be.greaterThan(2);
    expect(visibleText(wide, '[part~=related]').length, 'linked events shown on a wide card').to.equal(1);
    // Who claims each figure, and the sources, are never behind the disclosure.
    for (const el of [narrow, wide]) {
      expect(
        visibleText(el, '[part~=figure] .attribution, [part~=figure] cite').length,
        'figure attributions',
      ).to.be.greaterThan(3);
      expect(visibleText(el, 'article > [part~=sources]').join(' ')).to.include('Sky News');
    }
    const tall = narrow.getBoundingClientRect().height;
    more.open = true;
    expect(visibleText(narrow, '[part~=facts] dt').length, 'facts reachable').to.be.greaterThan(2);
    expect(tall).to.be.lessThan(narrow.getBoundingClientRect().height - 200);
  });

  describe('two widgets side by side on a phone: headlines and figures keep their words whole', () => {
    // Every element of every event and every quote; a counter's total across events.
    const all: Widget[] = [['casualty-counter', {}]];
    for (const event of ds.events) {
      all.push(['strike-card', { event: event.id }], ['strike-timeline', { from: event.id }]);
      for (const metric of metricsOf(ds, event.id))
        all.push(['casualty-counter', { event: event.id, metric }], ['claim-compare', { event: event.id, metric }]);
    }
    for (const quote of ds.quotes) all.push(['quote-block', { quote: quote.id }]);

    /**
     * Each word of a headline or a figure that does not sit on one line: cut by the line's end. A headline is text set
     * larger than the widget's body text; a figure is a compared claim's value, or a counter's number and label.
     * Only a hyphen may end a line inside a compound ("Нью-|Йорку"); a range of numbers ("23–41") is one word, and so
     * is what a no-break space joins ("до 20").
     */
    function brokenWords(el: Element): string[] {
      const body = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize);
      const broken: string[] = [];
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement!;
        const figure = parent.closest('.value, .number, .label, .none-text, .amount');
        if ((!figure && parseFloat(getComputedStyle(parent).fontSize) <= body) || !parent.checkVisibility()) continue;
        for (const word of node.data.matchAll(/[^ \t\n\r\f\u00ad-]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`«${word[0]}» (${getComputedStyle(parent).fontSize})`);
        }
      }
      return broken;
    }

    for (const lang of ['en', 'uk', 'ru'])
      for (const width of [176, 240, 320])
        it(`${lang}, each widget ${width} px wide`, async () => {
          await setViewport({ width: 1280, height: 800 });
          const { els } = await place(
            `<div style="display:grid;grid-template-columns:repeat(6,${width}px)"><slot></slot></div>`,
            all.map(([tag, attrs]) => [tag, { ...attrs, lang }]),
          );
          const found = els.flatMap((el) =>
            brokenWords(el).map(
              (w) => `<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}> ${w}`,
            ),
          );
          expect(found).to.deep.equal([]);
        });
  });

  describe('a long unbroken word in every data field, at 320 px', () => {
    const LONG = `Supercalifragilistic${'x'.repeat(120)}word`;
    before(async () => {
      // The test fixture with every name and text replaced.
      const ds = (await fetch('/test/fixtures/mini-dataset.json').then((r) => r.json())) as MiniDataset;
      ds.parties[0]!.name = LONG;
      ds.parties[1]!.name = LONG;
      ds.places[0]!.name = LONG;
      ds.events[0]!.headline = LONG;
      ds.events[0]!.summary = `${LONG} ${LONG}`;
      ds.figures[0]!.verbatim = LONG;
      ds.quotes = [
        {
          id: 'long-quote',
          text: LONG,
          speaker: 'city-council',
          source: 'gazette-2024-02-01',
          date: '2024-02-01',
          language: 'en',
          events: ['publisher-event'],
        },
      ];
      expect(registerDataset('long-words', ds)).to.deep.equal([]);
    });
    after(() => unregisterDataset('long-words'));

    const attrs: Widget[] = [
      ['strike-card', { event: 'publisher-event' }],
      ['strike-card', { event: 'publisher-event', variant: 'compact' }],
      ['casualty-counter', { event: 'publisher-event', metric: 'injured' }],
      ['quote-block', { quote: 'long-quote' }],
      ['strike-timeline', { from: 'publisher-event' }],
      ['claim-compare', { event: 'publisher-event' }],
    ];
    for (const [tag, a] of attrs) {
      it(`<${tag}${a.variant ? ` variant=${a.variant}` : ''}> wraps it inside its box`, async () => {
        await setViewport({ width: 320, height: 800 });
        const { els } = await place('<div><slot></slot></div>', [[tag, { ...a, 'dataset-id': 'long-words' }]]);
        const el = els[0]!;
        expect(el.shadowRoot!.querySelector('[part~=error]'), 'renders').to.equal(null);
        expect(el.shadowRoot!.textContent).to.include(LONG.slice(0, 20));
        expect(overflow(el), 'content beyond the right edge').to.be.at.most(1);
        expect(pageScrollsSideways(), 'page scrolls sideways').to.equal(false);
      });
    }
  });
});

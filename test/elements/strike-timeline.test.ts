import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/strike-timeline/define.js';
import { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { StrikeWidgetElement } from '../../src/elements/base.js';
import type { Dataset } from '../../src/data/model.js';
import { registerDataset } from '../../src/data/registry.js';
import { idsOf } from '../../src/elements/attributes.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseTimeline } from '../../src/format/timeline.js';
import { isNotShown } from '../../src/format/view.js';
import { itReportsErrors, seedDataset, untranslatedWords } from '../helpers.js';
import type { ErrorCase } from '../helpers.js';
import { SOURCE, cycle, dataset } from '../kit/dataset.js';
import {
  BELGOROD,
  DEC29,
  DONETSK,
  INTENSIFY,
  JAN23,
  KERCH,
  LUKASHENKO,
  NEW_YEAR,
  OCT10,
  TURKSTREAM,
} from '../kit/ids.js';
import { $, $$, eachTest, mount, text } from '../kit/mount.js';
import { cited } from '../kit/shown.js';

// What each step, link and figure says is tested on the view model (test/format/timeline.test.ts), and which events
// a chain holds on the data (test/data/query.test.ts); here, that it reaches the reader, each in its part, with the
// structure, the keyboard and the layout around it.

const EVENTS = seedDataset.events.map((e) => e.id);
const steps = (el: Element) => $$(el, '[part~=step]');
/** The event id of each step, from its heading's id. */
const order = (el: Element) => $$(el, '[part~=heading]').map((h) => h.id.replace(/^step-/, ''));
const links = (el: Element) => $$(el, '[part~=link]').map(text);

/** A connected timeline with these attributes, rendered, in a wrapper of the given style. */
async function timeline(attrs: Record<string, string>, style = ''): Promise<StrikeTimeline> {
  return mount<StrikeTimeline>('strike-timeline', attrs, style);
}

const optional = (node: Element | null | undefined) => (node ? text(node) : undefined);

/** Everything a rendering shows, part by part. */
function shown(el: Element) {
  return {
    label: $(el, '[part~=list]')!.getAttribute('aria-label'),
    steps: steps(el).map((s) => {
      const figure = s.querySelector('[part~=figure]');
      const lead = figure?.querySelector('.figure.lead');
      return {
        id: s.querySelector('[part~=heading]')!.id,
        date: [text(s.querySelector('[part~=date]')), s.querySelector('[part~=date]')!.getAttribute('datetime')],
        headline: text(s.querySelector('.headline')),
        figure: !figure
          ? undefined
          : lead
            ? [
                optional(figure.querySelector('[part~=badge]')),
                text(lead.querySelector('.amount')),
                text(lead.querySelector('.attribution')),
                optional(lead.querySelector(':scope > .as-of time')),
                optional(lead.querySelector(':scope > .reported')),
                figure.querySelectorAll('.figure').length,
              ]
            : [text(figure)],
        links: [...s.querySelectorAll('[part~=link]')].map((l) => [
          optional(l.querySelector('[part~=badge]')),
          text(l.querySelector('.relation')),
          l.querySelector('a')!.getAttribute('href'),
          text(l.querySelector('a')),
          optional(l.querySelector('.who')),
        ]),
      };
    }),
    sources: [optional($(el, '[part~=sources] .sources-label')), ...$$(el, '[part~=sources] li').map(text)],
  };
}

/** What the view model says the timeline with these attributes shows. */
function expected(attrs: Record<string, string>, data: Dataset = seedDataset): ReturnType<typeof shown> {
  const loc = localeFor(attrs['lang'] ?? 'en');
  const events = idsOf(attrs['events']);
  const view = phraseTimeline(loc, data, events.length ? { events } : { from: attrs['from'] ?? '' });
  if (isNotShown(view)) throw new Error(view.notShown);
  const compact = attrs['variant'] === 'compact';
  const { strings } = loc;
  return {
    label: strings.timelineLabel,
    steps: view.steps.map((s) => ({
      id: `step-${s.id}`,
      date: [s.date.text, s.date.datetime],
      headline: s.headline.text,
      figure: s.lead
        ? [
            s.lead.note,
            s.lead.scopedText,
            s.lead.attribution,
            s.lead.asOf?.text,
            !compact && s.lead.sources.length ? `— ${cited(s.lead.sources)}` : undefined,
            1 + s.otherParts.length,
          ]
        : s.noFigure
          ? [s.noFigure]
          : undefined,
      links: compact
        ? []
        : s.links.map((l) => [
            l.denied ? strings.timelineDenied : undefined,
            `${l.label}:`,
            `#step-${l.target}`,
            l.headline.text,
            l.who ? `— ${l.who}` : undefined,
          ]),
    })),
    sources: view.sources.length
      ? [`${view.sources.length > 1 ? strings.source.other : strings.source.one}:`, ...cited(view.sources).split('; ')]
      : [undefined],
  };
}

describe('<strike-timeline>', () => {
  const errors = eachTest(['timeline-test', 'far-link']);

  describe('structure', () => {
    it('is an ordered list of labelled steps, each with a real heading holding its date and headline', async () => {
      const el = await timeline({ from: OCT10 });
      const list = $(el, '[part~=list]')!;
      expect(list.tagName).to.equal('OL');
      expect(list.getAttribute('role'), 'list semantics survive list-style: none').to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Timeline of linked events');
      expect(steps(el).every((s) => s.tagName === 'LI' && s.parentElement === list)).to.equal(true);
      const headings = $$(el, '[part~=heading]');
      expect(headings.map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
      expect(text(headings[0])).to.equal('on or before 10\u00a0Oct 2022 Attack on the Kerch Bridge to Crimea');
      expect(headings[0]!.querySelector('time[part~=date]')!.getAttribute('datetime')).to.equal('2022-10-10');
    });
    it('a denied link reads its mark first; the first step of a chain points at nothing', async () => {
      const el = await timeline({ from: DONETSK });
      const [link, ...rest] = $$(el, '[part~=link]');
      expect(rest).to.deep.equal([]);
      expect(link!.firstElementChild!.getAttribute('part'), 'the mark is read first').to.equal('badge');
      expect(steps(el)[0]!.querySelector('[part~=link]')).to.equal(null);
      expect($(await timeline({ from: KERCH }), '[part~=link] [part~=badge]'), 'an asserted link').to.equal(null);
    });

    it('links each relation to the step it points at; following it moves focus there', async () => {
      const el = await timeline({ from: INTENSIFY });
      const anchors = $$(el, '[part~=link] a');
      expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal([
        `#step-${DEC29}`,
        `#step-${BELGOROD}`,
        `#step-${BELGOROD}`,
        `#step-${BELGOROD}`,
      ]);
      const before = location.href;
      anchors[0]!.click();
      expect(el.shadowRoot!.activeElement).to.equal($(el, `#step-${DEC29}`));
      expect(location.href, 'the page does not navigate').to.equal(before);
    });

    it('a link to a step past the first 50 shows the rest and moves focus to that step once it is there', async () => {
      // 60 linked events, and one before them all that links to the last: its link points past the steps shown.
      const ds = dataset('far-link')
        .chain(60)
        .event({
          id: 'early',
          date: '1999-12-31',
          relations: [{ event: 'link-59', kind: 'follow-up', assertedBy: ['council'], source: SOURCE }],
        });
      registerDataset('far-link', ds.build());
      const el = await timeline({ from: 'early', 'dataset-id': 'far-link' });
      expect($$(el, '[part~=step]')).to.have.length(50);
      expect($(el, '#step-link-59'), 'not shown yet').to.equal(null);
      const before = location.href;
      $(el, '[part~=link] a[href="#step-link-59"]')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-link-59', 'focus on the step linked to');
      expect($$(el, '[part~=step]')).to.have.length(61);
      expect(location.href, 'the page does not navigate').to.equal(before);
    });

    it('names the sources of every step once, below the list', async () => {
      const el = await timeline({ from: DEC29 });
      expect($$(el, '[part~=sources] li')).to.have.length(2);
      expect($(el, '[part~=list] + [part~=sources]')).to.exist;
    });
  });

  describe('what the view model says, each in its part', () => {
    const cases: [string, Record<string, string>, Dataset?][] = [
      ['a chain, from either end', { from: KERCH }],
      ['a long chain, with leads that agree, disagree and are scoped to a place', { from: DEC29 }],
      ['a denied link, in Ukrainian', { from: DONETSK, lang: 'uk' }],
      ['a denied link, in Russian', { from: DONETSK, lang: 'ru' }],
      ['a strike without a figure, in Ukrainian', { from: OCT10, lang: 'uk' }],
      ['one step', { from: NEW_YEAR }],
      ['a chosen set, an open start among them', { events: `${INTENSIFY} ${OCT10} ${TURKSTREAM} ${KERCH}` }],
      ['compact', { from: JAN23, variant: 'compact', lang: 'ru' }],
      [
        'a cycle, once, each link on the step that holds it',
        { from: 'c-late', 'dataset-id': 'timeline-test' },
        cycle(),
      ],
    ];
    for (const [name, attrs, data] of cases) {
      it(name, async () => {
        if (data) registerDataset('timeline-test', data);
        const el = await timeline(attrs);
        expect(shown(el)).to.deep.equal(expected(attrs, data));
        expect(errors.errors, 'not an error').to.deep.equal([]);
      });
    }
    it('a link to a source is the http(s) URL given', async () => {
      registerDataset('timeline-test', cycle());
      const el = await timeline({ from: 'a-early', 'dataset-id': 'timeline-test' });
      expect($(el, '[part~=sources] a')!.getAttribute('href')).to.equal('https://example.org/report');
    });
  });

  describe('events="…" and date order', () => {
    it('shows a chosen set in date order, an open start sorting by its known end, with only the links among them', async () => {
      const el = await timeline({ events: `${INTENSIFY}  ${OCT10} ${TURKSTREAM}\n${KERCH}` });
      expect(order(el)).to.deep.equal([KERCH, TURKSTREAM, OCT10, INTENSIFY]);
      expect(links(el).length, 'only the link among them').to.equal(1);
      const apart = await timeline({ events: `${LUKASHENKO} ${KERCH}` });
      expect(order(apart)).to.deep.equal([KERCH, LUKASHENKO]);
      expect(links(apart), 'the event joining them is not chosen').to.deep.equal([]);
    });

    it('wins over from', async () => {
      const el = await timeline({ from: KERCH, events: `${DONETSK} ${JAN23}` });
      expect(order(el)).to.deep.equal([DONETSK, JAN23]);
    });

    it('orders by date whatever the order of the dataset', async () => {
      registerDataset('timeline-test', cycle());
      const el = await timeline({ events: 'c-late undated b-mid a-early', 'dataset-id': 'timeline-test' });
      expect(order(el)).to.deep.equal(['a-early', 'undated', 'b-mid', 'c-late']);
      const dates = steps(el).map((s) => s.querySelector('time')!.getAttribute('datetime')!);
      expect(dates).to.deep.equal([...dates].sort());
    });
  });

  describe('compact variant', () => {
    it('shows date, headline and figure only', async () => {
      const el = await timeline({ from: OCT10, variant: 'compact' });
      expect(el.getAttribute('variant')).to.equal('compact');
      expect(order(el)).to.deep.equal([KERCH, OCT10]);
      expect($(el, '[part~=links], [part~=link]')).to.equal(null);
      expect($(el, '[part~=sources]'), 'the sources are still named').to.exist;
      const full = await timeline({ from: OCT10 });
      expect(full.variant).to.equal('full');
      expect(full.getAttribute('variant'), 'the default is reflected').to.equal('full');
    });
  });

  describe('errors', () => {
    // A missing, empty or unknown from, the rules every element shares and translated messages: conformance.test.ts.
    const cases: ErrorCase[] = [
      [
        'an empty events beside an empty from',
        { events: '  ', from: ' ' },
        'missing-attribute',
        'The “from” attribute is missing.',
      ],
      [
        'an unknown id in events',
        { events: `${KERCH} nope ${OCT10}` },
        'unknown-event',
        'There is no event “nope” in this dataset.',
      ],
    ];
    itReportsErrors(cases, timeline, () => errors.errors, '[part~=list]');
  });

  describe('keyboard', () => {
    it('tabs through the links in the order of the steps, and out of the element: no trap', async () => {
      const wrapper = fixtureSync(html`<div>
        <button id="before">before</button>
        <strike-timeline from=${INTENSIFY}></strike-timeline>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('strike-timeline')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const stepOf = (node: Element) => steps(el).indexOf(node.closest('[part~=step]') as HTMLElement);
      const visited: [number, string][] = [];
      for (let i = 0; i < 10 && document.activeElement !== wrapper.querySelector('#after'); i += 1) {
        await sendKeys({ press: 'Tab' });
        const inner = el.shadowRoot!.activeElement;
        if (document.activeElement === el && inner) visited.push([stepOf(inner), inner.getAttribute('href')!]);
      }
      expect(document.activeElement, 'focus leaves the element').to.equal(wrapper.querySelector('#after'));
      expect(visited).to.deep.equal([
        [1, `#step-${DEC29}`],
        [2, `#step-${BELGOROD}`],
        [3, `#step-${BELGOROD}`],
        [4, `#step-${BELGOROD}`],
      ]);
      // Shift+Tab walks back the same way.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal(`#step-${BELGOROD}`);
      expect(stepOf(el.shadowRoot!.activeElement!)).to.equal(4);
    });

    it('Enter on a link moves focus to the step it names; the next Tab goes on from there', async () => {
      const wrapper = fixtureSync(html`<div><strike-timeline from=${OCT10}></strike-timeline></div>`);
      const el = wrapper.querySelector('strike-timeline')!;
      await el.updateComplete;
      const [toKerch] = $$(el, '[part~=link] a');
      toKerch!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, `#step-${KERCH}`));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toKerch);
    });
  });

  describe('layout', () => {
    /** Whether the second step sits beside the first (horizontal) rather than below it. */
    const horizontal = (el: Element) => {
      const [a, b] = steps(el).map((s) => s.getBoundingClientRect());
      return Math.abs(a!.top - b!.top) < 1 && b!.left > a!.left;
    };

    it('is vertical in a narrow container and horizontal in a wide one, at a px threshold', async () => {
      await setViewport({ width: 1200, height: 800 });
      const narrow = await timeline({ from: OCT10 }, 'width: 320px');
      const below = await timeline({ from: OCT10 }, 'width: 700px');
      const wide = await timeline({ from: OCT10 }, 'width: 760px');
      expect(horizontal(narrow)).to.equal(false);
      expect(horizontal(below)).to.equal(false);
      expect(horizontal(wide)).to.equal(true);
      const [a, b] = steps(narrow).map((s) => s.getBoundingClientRect());
      expect(b!.top).to.be.at.least(a!.bottom - 1);
      for (const step of steps(narrow)) {
        expect(step.getBoundingClientRect().right).to.be.at.most($(narrow, '.root')!.getBoundingClientRect().right);
      }
    });

    it('does not move with the page’s root font size', async () => {
      await setViewport({ width: 1200, height: 800 });
      document.documentElement.style.fontSize = '40px';
      const wide = await timeline({ from: OCT10 }, 'width: 760px');
      const narrow = await timeline({ from: OCT10 }, 'width: 700px');
      expect(horizontal(wide)).to.equal(true);
      expect(horizontal(narrow)).to.equal(false);
      document.documentElement.style.fontSize = '8px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(horizontal(wide)).to.equal(true);
      expect(horizontal(narrow)).to.equal(false);
    });

    it('wraps steps that do not fit onto another row, keeping the reading order', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await timeline({ from: DEC29 }, 'width: 760px');
      const rects = steps(el).map((s) => s.getBoundingClientRect());
      expect(rects[1]!.top).to.equal(rects[0]!.top);
      expect(rects[4]!.top, 'the fifth step wraps').to.be.above(rects[0]!.bottom - 1);
    });

    it('takes its custom properties', async () => {
      const el = await timeline({ from: OCT10 }, 'width: 320px');
      el.style.setProperty('--strike-timeline-marker-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--strike-timeline-line-color', 'rgb(4, 5, 6)');
      el.style.setProperty('--strike-timeline-gap', '30px');
      const step = steps(el)[0]!;
      expect(getComputedStyle(step, '::before').borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(step).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(step).paddingBottom).to.equal('30px');
    });
  });

  describe('languages', () => {
    it('marks a headline left in English with lang="en"', async () => {
      registerDataset('timeline-test', cycle());
      const el = await timeline({ from: 'a-early', lang: 'uk', 'dataset-id': 'timeline-test' });
      expect($$(el, '[part~=heading] [lang="en"]').map(text)).to.deep.equal([
        'Event a-early',
        'Event b-mid',
        'Event c-late',
      ]);
      // The names of the test dataset's parties are stored in English only; no UI word is.
      const names = ['The', 'Example', 'Gazette', 'Regional', 'police', 'City', 'council'];
      expect(untranslatedWords(el).filter((w) => !names.includes(w))).to.deep.equal([]);
    });

    it('leaves no English UI word in uk and ru, for every event, full and compact', async () => {
      const found: string[] = [];
      for (const lang of ['uk', 'ru']) {
        for (const from of EVENTS) {
          for (const variant of ['full', 'compact']) {
            const el = await timeline({ from, lang, variant });
            expect($(el, '[part~=list]'), `${lang} ${from}`).to.exist;
            for (const word of untranslatedWords(el)) found.push(`${lang} ${from} ${variant}: ${word}`);
          }
        }
      }
      expect(found).to.deep.equal([]);
    });

    it('follows the language of an ancestor', async () => {
      const wrapper = fixtureSync(html`<section lang="ru"><strike-timeline from=${KERCH}></strike-timeline></section>`);
      const el = wrapper.querySelector('strike-timeline')!;
      await el.updateComplete;
      expect(links(el)[0]).to.match(/^Удар в ответ на:/);
      wrapper.setAttribute('lang', 'uk');
      await waitUntil(() => links(el)[0]!.startsWith('Удар у відповідь на:'), 're-rendered in Ukrainian');
    });
  });

  describe('element behaviour', () => {
    it('renders this shadow DOM (snapshot)', async () => {
      const el = await timeline({ from: JAN23, variant: 'compact', 'heading-level': '4' });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en">
          <ol class="steps" part="list" role="list" aria-label="Timeline of linked events">
            <li class="step" part="step">
              <h4 id="step-${DONETSK}" part="heading" tabindex="-1">
                <time class="date" part="date" datetime="2024-01-21">21&nbsp;Jan 2024</time>
                <span class="headline">Deadly shelling on the outskirts of occupied Donetsk</span>
              </h4>
              <p class="casualty" part="figure">
                <span class="figure lead" data-figure="2024-01-21-donetsk-killed-moscow-installed-officials">
                  <span class="amount">27 killed</span>,
                  <span class="attribution">according to Moscow-installed officials in eastern Ukraine</span>
                </span>
              </p>
            </li>
            <li class="step" part="step">
              <h4 id="step-${JAN23}" part="heading" tabindex="-1">
                <time class="date" part="date" datetime="2024-01-23">23&nbsp;Jan 2024</time>
                <span class="headline">Russian missile strikes on Kyiv and Kharkiv</span>
              </h4>
              <p class="casualty" part="figure">
                <span class="figure lead" data-figure="2024-01-23-killed-abc">
                  <span class="amount">at least 5 killed</span>,
                  <span class="attribution">according to ABC News (Australia)</span>
                  <span class="as-of muted">(<time datetime="2024-01-23">as of 23&nbsp;Jan 2024</time>)</span>
                </span>
              </p>
            </li>
          </ol>
          <div class="sources small muted" part="sources">
            <span class="sources-label">Source:</span>
            <ul class="source-list">
              <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23&nbsp;Jan 2024</time> (via AP and Reuters)</cite></li>
            </ul>
          </div>
        </div>`);
    });

    it('re-renders when attributes and properties change on a live element', async () => {
      const el = await timeline({ from: KERCH });
      expect(order(el)).to.deep.equal([KERCH, OCT10]);
      el.setAttribute('from', DONETSK);
      await el.updateComplete;
      expect(order(el)).to.deep.equal([DONETSK, JAN23]);
      el.events = `${NEW_YEAR} ${KERCH}`;
      await el.updateComplete;
      expect(order(el)).to.deep.equal([KERCH, NEW_YEAR]);
      el.events = undefined;
      el.setAttribute('variant', 'compact');
      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(order(el)).to.deep.equal([DONETSK, JAN23]);
      expect($(el, '[part~=link]')).to.equal(null);
      expect(text(steps(el)[0]!.querySelector('.amount'))).to.equal('27 погибших');
      el.variant = 'full';
      await el.updateComplete;
      expect(text($(el, '[part~=badge]'))).to.equal('Связь опровергнута');
    });

    it('renders a publisher’s dataset, and re-renders when it is registered late', async () => {
      // The error at once, not after the wait for a dataset registered late (loading-and-errors.test.ts tests that).
      const grace = StrikeWidgetElement.datasetGraceMs;
      StrikeWidgetElement.datasetGraceMs = 0;
      try {
        const el = await timeline({ from: 'b-mid', 'dataset-id': 'timeline-test' });
        await waitUntil(
          () => text($(el, '[part=error]')).includes('There is no dataset “timeline-test” on this page.'),
          'the error, once the page has loaded',
        );
        registerDataset('timeline-test', cycle());
        await waitUntil(() => steps(el).length === 3, 'rendered from the registered dataset');
      } finally {
        StrikeWidgetElement.datasetGraceMs = grace;
      }
    });
  });
});

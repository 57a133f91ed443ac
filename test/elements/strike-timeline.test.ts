import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import '../../src/elements/strike-timeline/define.js';
import { StrikeTimeline } from '../../src/elements/strike-timeline/strike-timeline.js';
import { StrikeWidgetElement } from '../../src/elements/base.js';
import type { Dataset } from '../../src/data/model.js';
import { chainOf, dateKey, timelineOf } from '../../src/data/query.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import {
  collectErrors,
  itReportsErrors,
  mountWidget,
  seedDataset,
  untranslatedWords,
  onPageSupportingBothSchemes,
} from '../helpers.js';
import type { ErrorCase } from '../helpers.js';

const KERCH = 'kerch-bridge-attack';
const OCT10 = '2022-10-10-missile-strikes';
const LUKASHENKO = '2022-10-10-lukashenko-troop-deployment';
const TURKSTREAM = 'turkstream-pipeline-claim';
const DEC29 = '2023-12-29-aerial-bombardment';
const BELGOROD = '2023-12-30-belgorod-attack';
const KHARKIV_KHERSON = '2023-12-30-kharkiv-kherson-strikes';
const UNSC = '2023-12-30-un-security-council-meeting';
const INTENSIFY = '2024-01-01-putin-intensify-statement';
const NEW_YEAR = '2024-01-01-new-year-drone-attack';
const DONETSK = '2024-01-21-donetsk-shelling';
const JAN23 = '2024-01-23-kyiv-kharkiv-missile-strikes';
const EVENTS = seedDataset.events.map((e) => e.id);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const steps = (el: Element) => $$(el, '[part~=step]');
/** The event id of each step, from its heading's id. */
const order = (el: Element) => $$(el, '[part~=heading]').map((h) => h.id.replace(/^step-/, ''));
const links = (el: Element) => $$(el, '[part~=link]').map(text);

/** A connected timeline with these attributes, rendered, in a wrapper of the given style. */
async function timeline(attrs: Record<string, string>, style = ''): Promise<StrikeTimeline> {
  return mountWidget<StrikeTimeline>('strike-timeline', attrs, style);
}

/**
 * A publisher's dataset: three events listed against date order and linked in a cycle (a → c → b → a), one
 * undated claim on or before 2 Feb, and one strike with an injured figure only.
 */
function cycleDataset() {
  const source = 'gazette-2024-03-04';
  const event = (id: string, date: string, relations: unknown[] = [], kind = 'drone-strike') => ({
    id,
    kind,
    headline: `Event ${id}`,
    summary: 'A test event.',
    date,
    places: ['odesa'],
    attackers: [],
    struck: [],
    sources: [source],
    relations,
  });
  return {
    schemaVersion: 1,
    id: 'timeline-test',
    title: 'Timeline test',
    version: '0.1.0',
    updatedAt: '2024-03-04',
    language: 'en',
    parties: [
      { id: 'gazette', name: 'The Example Gazette', kind: 'outlet' },
      { id: 'council', name: 'City council', kind: 'authority', country: 'UA', level: 'local' },
      { id: 'police', name: 'Regional police', kind: 'authority', country: 'UA', level: 'regional' },
    ],
    persons: [],
    sources: [
      { id: source, outlet: 'gazette', published: '2024-03-04', language: 'en', url: 'https://example.org/report' },
    ],
    places: [{ id: 'odesa', name: 'Odesa', kind: 'city', code: 'UA-51' }],
    events: [
      event('c-late', '2024-03-03', [{ event: 'b-mid', kind: 'response-to', assertedBy: ['council'], source }]),
      event('b-mid', '2024-02-02', [
        { event: 'a-early', kind: 'retaliation-for', assertedBy: ['police'], deniedBy: ['council'], source },
      ]),
      event('a-early', '2024-01-01', [{ event: 'c-late', kind: 'follow-up', assertedBy: ['gazette'], source }]),
      event('undated', '../2024-02-02', [], 'attack-claim'),
    ],
    figures: [
      {
        id: 'b-injured',
        event: 'b-mid',
        metric: 'injured',
        value: { n: 3 },
        qualifier: 'at-least',
        verbatim: 'at least three injured',
        claimant: 'police',
        reportedIn: [source],
        asOf: '2024-03-04',
      },
    ],
    quotes: [],
  };
}

describe('<strike-timeline>', () => {
  onPageSupportingBothSchemes();

  let errors: ReturnType<typeof collectErrors>;
  beforeEach(() => (errors = collectErrors()));
  afterEach(async () => {
    errors.stop();
    fixtureCleanup();
    unregisterDataset('timeline-test');
    document.documentElement.style.fontSize = '';
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'uk', 'ru']) {
        it(`is accessible in ${lang}, ${scheme} (theme attribute and prefers-color-scheme)`, async () => {
          await emulateMedia({ colorScheme: scheme });
          await expect(await timeline({ from: BELGOROD, lang })).to.be.accessible();
          await expect(await timeline({ from: JAN23, lang, theme: scheme })).to.be.accessible();
          await expect(
            await timeline({ from: KERCH, lang, theme: scheme, variant: 'compact' }, 'width: 900px'),
          ).to.be.accessible();
          await expect(await timeline({ lang, theme: scheme })).to.be.accessible();
        });
      }
    }

    it('is an ordered list of labelled steps, each with a real heading holding its date and headline', async () => {
      const el = await timeline({ from: OCT10 });
      const list = $(el, '[part~=list]')!;
      expect(list.tagName).to.equal('OL');
      expect(list.getAttribute('role'), 'list semantics survive list-style: none').to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Timeline of linked events');
      expect(steps(el).every((s) => s.tagName === 'LI' && s.parentElement === list)).to.equal(true);
      const headings = $$(el, '[part~=heading]');
      expect(headings.map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
      expect(text(headings[0])).to.equal('on or before 10 Oct 2022 Attack on the Kerch Bridge to Crimea');
      expect(headings[0]!.querySelector('time[part~=date]')!.getAttribute('datetime')).to.equal('2022-10-10');
    });
  });

  describe('chainOf', () => {
    it('finds the same chain from any of its events, both ways, in date order, with the relations among them', () => {
      for (const id of [KERCH, OCT10]) {
        const chain = chainOf(seedDataset, id)!;
        expect(
          chain.events.map((e) => e.id),
          id,
        ).to.deep.equal([KERCH, OCT10]);
        expect(chain.links.map((l) => `${l.from.id} ${l.relation.kind} ${l.to.id}`)).to.deep.equal([
          `${OCT10} retaliation-for ${KERCH}`,
        ]);
      }
      expect(
        chainOf(seedDataset, LUKASHENKO)!.events.map((e) => e.id),
        'no one in the report links it to the strikes',
      ).to.deep.equal([LUKASHENKO]);
      expect(chainOf(seedDataset, INTENSIFY)!.events.map((e) => e.id)).to.deep.equal([
        DEC29,
        BELGOROD,
        KHARKIV_KHERSON,
        UNSC,
        INTENSIFY,
      ]);
      expect(chainOf(seedDataset, DONETSK)!.events.map((e) => e.id)).to.deep.equal([DONETSK, JAN23]);
      expect(
        chainOf(seedDataset, NEW_YEAR)!.events.map((e) => e.id),
        'an event linked to none',
      ).to.deep.equal([NEW_YEAR]);
      expect(chainOf(seedDataset, NEW_YEAR)!.links).to.deep.equal([]);
      expect(chainOf(seedDataset, 'no-such-event')).to.equal(undefined);
    });

    it('ends on a cycle and orders by date, not by the dataset', () => {
      const data = cycleDataset() as unknown as Dataset;
      for (const id of ['a-early', 'b-mid', 'c-late']) {
        const chain = chainOf(data, id)!;
        expect(chain.events.map((e) => e.id)).to.deep.equal(['a-early', 'b-mid', 'c-late']);
        expect(chain.links).to.have.length(3);
      }
      expect(chainOf(data, 'undated')!.events.map((e) => e.id)).to.deep.equal(['undated']);
    });

    it('sorts an open-start date by its known end, and keeps unknown ids apart', () => {
      expect(dateKey('../2022-10-10')).to.equal('2022-10-10');
      expect(dateKey('2023-12-29/2023-12-30')).to.equal('2023-12-29');
      expect(dateKey('2022-10-10/..')).to.equal('2022-10-10');
      const set = timelineOf(seedDataset, [INTENSIFY, OCT10, 'nope', TURKSTREAM, KERCH]);
      expect(set.events.map((e) => e.id)).to.deep.equal([KERCH, TURKSTREAM, OCT10, INTENSIFY]);
      expect(set.unknown).to.deep.equal(['nope']);
      expect(
        set.links.map((l) => l.from.id),
        'only links among the chosen events',
      ).to.deep.equal([OCT10]);
    });
  });

  describe('the chains of the dataset', () => {
    it('Kerch Bridge → 10 Oct 2022, from either of them', async () => {
      for (const from of [KERCH, OCT10]) {
        const el = await timeline({ from });
        expect(order(el), from).to.deep.equal([KERCH, OCT10]);
        expect(links(el)).to.deep.equal([
          'Retaliation for: Attack on the Kerch Bridge to Crimea — claimed by Vladimir Putin',
        ]);
        expect(steps(el)[0]!.querySelector('[part~=link]'), 'the first step points at nothing').to.equal(null);
      }
    });

    it('29 Dec 2023 → Belgorod → Kharkiv and Kherson, the UN Security Council meeting, "we will intensify"', async () => {
      const el = await timeline({ from: DEC29 });
      expect(order(el)).to.deep.equal([DEC29, BELGOROD, KHARKIV_KHERSON, UNSC, INTENSIFY]);
      expect(steps(el).map((s) => text(s.querySelector('[part~=date]')))).to.deep.equal([
        '29 Dec 2023',
        '30 Dec 2023',
        '30 Dec 2023',
        '30 Dec 2023',
        '1 Jan 2024',
      ]);
      expect(links(el)).to.deep.equal([
        "Came after: Russia's aerial bombardment across Ukraine — claimed by WION",
        'Came after: Attack on the Russian border city of Belgorod — claimed by WION',
        'Came after: Attack on the Russian border city of Belgorod — claimed by WION',
        'Response to: Attack on the Russian border city of Belgorod — claimed by Vladimir Putin',
      ]);
      expect(text($$(el, '[part~=heading]')[4])).to.equal(
        '1 Jan 2024 Putin says Russia will intensify strikes on Ukraine',
      );
    });

    it('21 Jan Donetsk ↔ 23 Jan: a link no one asserts and Peskov denies reads as denied, never as asserted', async () => {
      for (const lang of ['en', 'uk', 'ru']) {
        const el = await timeline({ from: DONETSK, lang });
        expect(order(el)).to.deep.equal([DONETSK, JAN23]);
        const [link, ...rest] = $$(el, '[part~=link]');
        expect(rest).to.deep.equal([]);
        const badge = link!.querySelector('[part~=badge]')!;
        expect(link!.firstElementChild, 'the mark is read first').to.equal(badge);
        const expected = {
          en: [
            'Link denied',
            'Link denied Response to: Deadly shelling on the outskirts of occupied Donetsk — denied by Dmitry Peskov',
            'claimed by',
          ],
          uk: [
            'Зв’язок заперечено',
            'Зв’язок заперечено Відповідь на: Смертоносний обстріл на околиці окупованого Донецька — заперечення: Дмитро Пєсков',
            'твердження',
          ],
          ru: [
            'Связь опровергнута',
            'Связь опровергнута Ответ на: Смертоносный обстрел на окраине оккупированного Донецка — опровержение: Дмитрий Песков',
            'утверждение',
          ],
        }[lang]!;
        expect(text(badge)).to.equal(expected[0]);
        expect(text(link)).to.equal(expected[1]);
        expect(text(link), 'no one is said to assert it').to.not.include(expected[2]!);
      }
      const asserted = await timeline({ from: KERCH });
      expect(asserted.shadowRoot!.textContent).to.not.include('Link denied');
    });

    it('shows an event linked to no other as a single step', async () => {
      const el = await timeline({ from: NEW_YEAR });
      expect(order(el)).to.deep.equal([NEW_YEAR]);
      expect($$(el, '[part~=link]')).to.deep.equal([]);
    });
  });

  describe('each step', () => {
    it('shows the headline casualty figure with its claimant, marks disagreement, and says when a strike has none', async () => {
      const el = await timeline({ from: DEC29 });
      const figures = steps(el).map((s) => s.querySelector('[part~=figure]'));
      expect(text(figures[0])).to.equal(
        'Claims disagree 23 to at least 41 killed, according to The Moscow Times and WION — The Moscow Times, 1 Jan 2024; WION, 30 Dec 2023',
      );
      expect(text(figures[0]!.querySelector('[part~=badge]'))).to.equal('Claims disagree');
      expect(text(figures[1])).to.match(
        /^Claims agree at least 24 killed, according to The Moscow Times — The Moscow Times/,
      );
      expect(text(figures[2]), 'a place-scoped figure names its place').to.equal(
        'Kherson: 1 killed, according to WION — WION, 30 Dec 2023',
      );
      expect(figures[2]!.querySelector('[part~=badge]')).to.equal(null);
      expect(figures[3], 'a meeting has no figure to report').to.equal(null);
      expect(figures[4], 'a statement has no figure to report').to.equal(null);
      const kerch = await timeline({ from: KERCH, lang: 'uk' });
      expect(text(steps(kerch)[0]!.querySelector('[part~=figure]')), 'a strike without one says so').to.equal(
        'Даних не повідомлялося',
      );
      expect(text(steps(kerch)[1]!.querySelector('[part~=figure]'))).to.match(
        /^щонайменше 14 загиблих, за даними Національної поліції України/,
      );
    });

    it('falls back to the injured figure when no one reported a killed one', async () => {
      registerDataset('timeline-test', cycleDataset());
      const el = await timeline({ from: 'a-early', 'dataset-id': 'timeline-test' });
      const figures = steps(el).map((s) => text(s.querySelector('[part~=figure]')));
      expect(figures).to.deep.equal([
        'No figure reported',
        'at least 3 injured, according to Regional police — The Example Gazette, 4 Mar 2024',
        'No figure reported',
      ]);
      expect($(el, '[part~=sources] a')!.getAttribute('href')).to.equal('https://example.org/report');
    });

    it('shows a cycle once, in date order, each link on the step that holds it', async () => {
      registerDataset('timeline-test', cycleDataset());
      const el = await timeline({ from: 'c-late', 'dataset-id': 'timeline-test' });
      expect(order(el)).to.deep.equal(['a-early', 'b-mid', 'c-late']);
      expect(steps(el).map((s) => [...s.querySelectorAll('[part~=link]')].map(text))).to.deep.equal([
        ['Came after: Event c-late — claimed by The Example Gazette'],
        ['Retaliation for: Event a-early — claimed by Regional police; denied by City council'],
        ['Response to: Event b-mid — claimed by City council'],
      ]);
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

    it('names the sources of every step once, below the list', async () => {
      const el = await timeline({ from: DEC29 });
      expect(text($(el, '[part~=sources] .sources-label'))).to.equal('Sources:');
      expect($$(el, '[part~=sources] li').map(text)).to.deep.equal([
        'WION, 30 Dec 2023',
        'The Moscow Times, 1 Jan 2024',
      ]);
      expect($(el, '[part~=list] + [part~=sources]')).to.exist;
    });
  });

  describe('events="…" and date order', () => {
    it('shows a chosen set in date order, an open start sorting by its known end, with only the links among them', async () => {
      const el = await timeline({ events: `${INTENSIFY}  ${OCT10} ${TURKSTREAM}\n${KERCH}` });
      expect(order(el)).to.deep.equal([KERCH, TURKSTREAM, OCT10, INTENSIFY]);
      const date = steps(el)[1]!.querySelector('time')!;
      expect(text(date)).to.equal('on or before 10 Oct 2022');
      expect(date.getAttribute('datetime')).to.equal('2022-10-10');
      expect(links(el)).to.deep.equal([
        'Retaliation for: Attack on the Kerch Bridge to Crimea — claimed by Vladimir Putin',
      ]);
      const apart = await timeline({ events: `${LUKASHENKO} ${KERCH}` });
      expect(order(apart)).to.deep.equal([KERCH, LUKASHENKO]);
      expect(links(apart), 'the event joining them is not chosen').to.deep.equal([]);
    });

    it('wins over from', async () => {
      const el = await timeline({ from: KERCH, events: `${DONETSK} ${JAN23}` });
      expect(order(el)).to.deep.equal([DONETSK, JAN23]);
    });

    it('orders by date whatever the order of the dataset', async () => {
      registerDataset('timeline-test', cycleDataset());
      const el = await timeline({ events: 'c-late undated b-mid a-early', 'dataset-id': 'timeline-test' });
      expect(order(el)).to.deep.equal(['a-early', 'undated', 'b-mid', 'c-late']);
      const dates = steps(el).map((s) => s.querySelector('time')!.getAttribute('datetime')!);
      expect(dates).to.deep.equal([...dates].sort());
    });
  });

  describe('compact variant and heading level', () => {
    it('shows date, headline and figure only', async () => {
      const el = await timeline({ from: OCT10, variant: 'compact' });
      expect(el.getAttribute('variant')).to.equal('compact');
      expect(order(el)).to.deep.equal([KERCH, OCT10]);
      expect($(el, '[part~=links], [part~=link]')).to.equal(null);
      expect(text(steps(el)[1]!.querySelector('[part~=figure]'))).to.equal(
        "at least 14 killed, according to Ukraine's National Police (as of 10 Oct 2022)",
      );
      expect($(el, '[part~=sources]'), 'the sources are still named').to.exist;
      const full = await timeline({ from: OCT10 });
      expect(full.variant).to.equal('full');
      expect(full.getAttribute('variant'), 'the default is reflected').to.equal('full');
    });

    it('uses the heading level asked for', async () => {
      const el = await timeline({ from: DONETSK, 'heading-level': '2' });
      expect($$(el, '[part~=heading]').map((h) => h.tagName)).to.deep.equal(['H2', 'H2']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect($$(el, '[part~=heading]').map((h) => h.tagName)).to.deep.equal(['H6', 'H6']);
    });
  });

  describe('errors', () => {
    const cases: ErrorCase[] = [
      ['no from and no events', {}, 'missing-attribute', 'The “from” attribute is missing.'],
      [
        'an empty events and from',
        { events: '  ', from: ' ' },
        'missing-attribute',
        'The “from” attribute is missing.',
      ],
      [
        'an unknown from',
        { from: 'no-such-event' },
        'unknown-event',
        'There is no event “no-such-event” in this dataset.',
      ],
      [
        'an unknown id in events',
        { events: `${KERCH} nope ${OCT10}` },
        'unknown-event',
        'There is no event “nope” in this dataset.',
      ],
      [
        'an invalid variant',
        { from: KERCH, variant: 'wide' },
        'invalid-attribute',
        '“wide” is not a valid value for “variant”. Valid values: full, compact.',
      ],
      [
        'an invalid heading level',
        { from: KERCH, 'heading-level': '7' },
        'invalid-attribute',
        '“7” is not a valid value for “heading-level”. Valid values: 1, 2, 3, 4, 5, 6.',
      ],
      [
        'a heading level that is no number',
        { from: KERCH, 'heading-level': 'two' },
        'invalid-attribute',
        '“two” is not a valid value for “heading-level”. Valid values: 1, 2, 3, 4, 5, 6.',
      ],
      [
        'a heading level written as a decimal',
        { from: KERCH, 'heading-level': '3.0' },
        'invalid-attribute',
        '“3.0” is not a valid value for “heading-level”. Valid values: 1, 2, 3, 4, 5, 6.',
      ],
      [
        'an invalid theme',
        { from: KERCH, theme: 'blue' },
        'invalid-attribute',
        '“blue” is not a valid value for “theme”. Valid values: light, dark.',
      ],
      [
        'a missing dataset',
        { from: KERCH, 'dataset-id': 'no-such-dataset' },
        'dataset-not-found',
        'There is no dataset “no-such-dataset” on this page.',
      ],
    ];
    itReportsErrors(cases, timeline, () => errors.errors, '[part~=list]');

    it('messages are translated', async () => {
      const uk = await timeline({ lang: 'uk' });
      expect(text($(uk, '[part=error]'))).to.equal('Не вдалося показати цей віджет Бракує атрибута «from».');
      const ru = await timeline({ from: 'nope', lang: 'ru' });
      expect(text($(ru, '[part=error]'))).to.equal(
        'Не удалось показать этот виджет В этом наборе данных нет события «nope».',
      );
    });
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
    it('phrases dates, links and figures in Ukrainian and Russian', async () => {
      const uk = await timeline({ from: OCT10, lang: 'uk' });
      expect($(uk, '[part~=list]')!.getAttribute('aria-label')).to.equal('Хронологія пов’язаних подій');
      expect(links(uk)[0]).to.equal(
        'Удар у відповідь на: Атака на Керченський міст до Криму — твердження: Володимир Путін',
      );
      expect(text($$(uk, '[part~=heading]')[0])).to.match(
        /^не пізніше 10 жовтня 2022 р\. Атака на Керченський міст до Криму$/,
      );
      const ru = await timeline({ from: OCT10, lang: 'ru' });
      expect(links(ru)[0]).to.equal('Удар в ответ на: Атака на Керченский мост в Крым — утверждение: Владимир Путин');
      expect(text(steps(ru)[1]!.querySelector('[part~=figure] .amount'))).to.equal('не менее 14 погибших');
    });

    it('marks a headline left in English with lang="en"', async () => {
      registerDataset('timeline-test', cycleDataset());
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
                <time class="date" part="date" datetime="2024-01-21">21 Jan 2024</time>
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
                <time class="date" part="date" datetime="2024-01-23">23 Jan 2024</time>
                <span class="headline">Russian missile strikes on Kyiv and Kharkiv</span>
              </h4>
              <p class="casualty" part="figure">
                <span class="figure lead" data-figure="2024-01-23-killed-abc">
                  <span class="amount">at least 5 killed</span>,
                  <span class="attribution">according to ABC News (Australia)</span>
                  <span class="as-of muted">(<time datetime="2024-01-23">as of 23 Jan 2024</time>)</span>
                </span>
              </p>
            </li>
          </ol>
          <div class="sources small muted" part="sources">
            <span class="sources-label">Source:</span>
            <ul class="source-list">
              <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23 Jan 2024</time> (via AP and Reuters)</cite></li>
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

    it('works again after being removed and re-added', async () => {
      const el = await timeline({ from: KERCH });
      const parent = el.parentElement!;
      el.remove();
      el.setAttribute('from', BELGOROD);
      parent.append(el);
      await el.updateComplete;
      expect(order(el)).to.deep.equal([DEC29, BELGOROD, KHARKIV_KHERSON, UNSC, INTENSIFY]);
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(steps(el)).to.have.length(5);
      expect(errors.errors).to.deep.equal([]);
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
        registerDataset('timeline-test', cycleDataset());
        await waitUntil(() => steps(el).length === 3, 'rendered from the registered dataset');
      } finally {
        StrikeWidgetElement.datasetGraceMs = grace;
      }
    });
  });
});

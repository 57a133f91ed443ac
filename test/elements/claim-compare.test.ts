import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import '../../src/elements/claim-compare/define.js';
import { ClaimCompare } from '../../src/elements/claim-compare/claim-compare.js';
import { METRICS } from '../../src/data/model.js';
import type { Metric } from '../../src/data/model.js';
import { disagreeingMetrics, metricsOf } from '../../src/data/query.js';
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

const OCT10 = '2022-10-10-missile-strikes';
const KERCH = 'kerch-bridge-attack';
const DEC29 = '2023-12-29-aerial-bombardment';
const BELGOROD = '2023-12-30-belgorod-attack';
const DONETSK = '2024-01-21-donetsk-shelling';
const JAN23 = '2024-01-23-kyiv-kharkiv-missile-strikes';
const INTENSIFY = '2024-01-01-putin-intensify-statement';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Matches inside a part of the shadow DOM, or inside the whole shadow DOM when given the element itself. */
const within = (node: Element, selector: string) => [
  ...(node.shadowRoot ?? node).querySelectorAll<HTMLElement>(selector),
];
/** Each current claim (or, with `history`, each earlier figure) of a node as [claimant, value, verbatim, as of, sources]. */
const claims = (node: Element, history = false) =>
  within(node, `[part~=${history ? 'history' : 'group'}] > [part~=claims] > [part~=claim]`).map((c) =>
    ['claimant', 'value', 'verbatim', 'as-of', 'sources'].map((p) => text(c.querySelector(`[part~=${p}]`))),
  );
const metrics = (el: Element) => $$(el, '[part~=metric]').map((m) => m.dataset.metric);

async function compare(attrs: Record<string, string>, style = ''): Promise<ClaimCompare> {
  return mountWidget<ClaimCompare>('claim-compare', attrs, style);
}

/**
 * A publisher's dataset: the city council revised its toll of 5 to 7 (and the police said "at least 7": no
 * disagreement), and two claimants disagree on the injured, one giving a range.
 */
function revisedDataset() {
  const source = (id: string, published: string) => ({ id, outlet: 'gazette', published, language: 'en' });
  const figure = (
    id: string,
    metric: string,
    value: object,
    qualifier: string,
    claimant: string,
    asOf: string,
    extra = {},
  ) => ({
    id,
    event: 'strike',
    metric,
    value,
    qualifier,
    verbatim: `${id} words`,
    claimant,
    reportedIn: [`gazette-${asOf}`],
    asOf,
    ...extra,
  });
  return {
    schemaVersion: 1,
    id: 'compare-test',
    title: 'Compare test',
    version: '0.1.0',
    updatedAt: '2024-02-03',
    language: 'en',
    parties: [
      { id: 'gazette', name: 'The Example Gazette', kind: 'outlet' },
      { id: 'council', name: 'City council', kind: 'authority', country: 'UA', level: 'local' },
      { id: 'police', name: 'Regional police', kind: 'authority', country: 'UA', level: 'regional' },
    ],
    persons: [],
    sources: [source('gazette-2024-02-01', '2024-02-01'), source('gazette-2024-02-02', '2024-02-02')],
    places: [{ id: 'odesa', name: 'Odesa', kind: 'city', code: 'UA-51' }],
    events: [
      {
        id: 'strike',
        kind: 'drone-strike',
        headline: 'A strike on Odesa',
        summary: 'A test event.',
        date: '2024-02-01',
        places: ['odesa'],
        attackers: [],
        struck: [],
        sources: ['gazette-2024-02-01'],
      },
    ],
    figures: [
      figure('council-first', 'killed', { n: 5 }, 'exactly', 'council', '2024-02-01'),
      figure('council-revised', 'killed', { n: 7 }, 'exactly', 'council', '2024-02-02', {
        supersedes: 'council-first',
      }),
      figure('police-killed', 'killed', { n: 7 }, 'at-least', 'police', '2024-02-02'),
      figure('council-injured', 'injured', { low: 10, high: 20 }, 'about', 'council', '2024-02-01'),
      figure('police-injured', 'injured', { n: 30 }, 'up-to', 'police', '2024-02-02'),
    ],
    quotes: [],
  };
}

describe('<claim-compare>', () => {
  onPageSupportingBothSchemes();

  let errors: ReturnType<typeof collectErrors>;
  beforeEach(() => (errors = collectErrors()));
  afterEach(async () => {
    errors.stop();
    fixtureCleanup();
    unregisterDataset('compare-test');
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'uk', 'ru']) {
        it(`is accessible in ${lang}, ${scheme} (theme attribute and prefers-color-scheme)`, async () => {
          await emulateMedia({ colorScheme: scheme });
          await expect(await compare({ event: BELGOROD, lang })).to.be.accessible();
          await expect(
            await compare({ event: DEC29, metric: 'killed', lang, theme: scheme }, 'width: 900px'),
          ).to.be.accessible();
          await expect(await compare({ event: OCT10, lang, theme: scheme }, 'width: 280px')).to.be.accessible();
          await expect(await compare({ event: KERCH, metric: 'killed', lang, theme: scheme })).to.be.accessible();
          await expect(await compare({ lang, theme: scheme })).to.be.accessible();
        });
      }
    }

    it('is headed by the event, each metric and place a heading below it, each group of claims a list', async () => {
      const el = await compare({ event: DEC29, metric: 'killed' });
      expect($$(el, 'h3, h4, h5').map((h) => `${h.tagName} ${text(h)}`)).to.deep.equal([
        "H3 Russia's aerial bombardment across Ukraine",
        'H4 Killed',
        'H5 The event as a whole',
        'H5 Kyiv',
      ]);
      expect(text($(el, '[part~=header]'))).to.equal(
        "Claims compared Russia's aerial bombardment across Ukraine 29 Dec 2023",
      );
      expect($(el, '[part~=date] time')!.getAttribute('datetime')).to.equal('2023-12-29');
      for (const list of $$(el, '[part~=claims]')) {
        expect(list.tagName).to.equal('UL');
        expect(list.getAttribute('role')).to.equal('list');
      }
    });

    it('uses the heading level asked for, never past h6', async () => {
      const el = await compare({ event: DEC29, metric: 'killed', 'heading-level': '5' });
      expect($$(el, 'h5, h6').map((h) => h.tagName)).to.deep.equal(['H5', 'H6', 'H6', 'H6']);
      el.headingLevel = 1;
      await el.updateComplete;
      expect($$(el, 'h1, h2, h3').map((h) => h.tagName)).to.deep.equal(['H1', 'H2', 'H3', 'H3']);
    });
  });

  describe('claims side by side', () => {
    it('Belgorod, killed: at least 21 and at least two dozen agree; the tighter bound leads, each claimant listed', async () => {
      const el = await compare({ event: BELGOROD, metric: 'killed' });
      expect(el.getAttribute('metric'), 'reflected').to.equal('killed');
      expect(metrics(el)).to.deep.equal(['killed']);
      expect(text($(el, '[part~=metric-heading]'))).to.equal('Killed');
      expect(claims(el)).to.deep.equal([
        [
          'The Moscow Times',
          'at least 24 killed',
          'In the report: at least two dozen people dead',
          'as of 1 Jan 2024',
          'Source: The Moscow Times, 1 Jan 2024',
        ],
        [
          'Russian authorities',
          'at least 21 killed',
          'In the report: at least 21 people, including three children, were killed',
          'as of 30 Dec 2023',
          'Source: WION, 30 Dec 2023',
        ],
      ]);
      expect(text($(el, '[part~=badge]'))).to.equal('Claims agree');
      expect(text($(el, '[part~=summary]'))).to.equal(
        'at least 24 killed, according to The Moscow Times; at least 21 killed, according to Russian authorities',
      );
      expect(text($(el, '[part~=range]'))).to.equal('at least 24 killed, according to The Moscow Times');
      expect(text($(el, '[part~=note]'))).to.equal('Reports do not disagree');
      expect($(el, '[part~=place]') === null, 'no figure is scoped to a place').to.equal(true);
    });

    it('Belgorod, injured: 110 and more than 100 agree; the exact 110 is the tightest bound', async () => {
      const el = await compare({ event: BELGOROD, metric: 'injured' });
      expect(claims(el).map(([who, value]) => `${who}: ${value}`)).to.deep.equal([
        'Russian authorities: 110 injured',
        'The Moscow Times: more than 100 injured',
      ]);
      expect(text($(el, '[part~=range]'))).to.equal('110 injured, according to Russian authorities');
      expect($(el, '[part~=range]')!.dataset.figures).to.equal('2023-12-30-belgorod-injured-russian-authorities');
    });

    it('29 Dec 2023, killed: 23 and at least 41 disagree: the span leads with both claimants; Kyiv is grouped apart', async () => {
      const el = await compare({ event: DEC29, metric: 'killed' });
      const [whole, kyiv] = $$(el, '[part~=group]');
      expect(text(whole!.querySelector('[part~=place]'))).to.equal('The event as a whole');
      expect(claims(whole!).map(([who, value]) => `${who}: ${value}`)).to.deep.equal([
        'The Moscow Times: 23 killed',
        'WION: at least 41 killed',
      ]);
      expect(text(whole!.querySelector('[part~=badge]'))).to.equal('Claims disagree');
      expect(text(whole!.querySelector('[part~=range]'))).to.equal(
        '23 to at least 41 killed, according to The Moscow Times and WION',
      );
      expect(text(kyiv!.querySelector('[part~=place]'))).to.equal('Kyiv');
      expect(claims(kyiv!)).to.deep.equal([
        [
          'Vitalii Klitschko, mayor of Kyiv',
          'at least 16 killed',
          'In the report: the toll in the capital Kyiv rose to at least 16',
          'as of 30 Dec 2023',
          'Source: WION, 30 Dec 2023',
        ],
      ]);
      expect(
        kyiv!.querySelector('[part~=badge], [part~=range], [part~=summary]') === null,
        'one claim: nothing to compare',
      ).to.equal(true);
    });

    it('an event whose reports do not disagree says so, and lists its claims anyway', async () => {
      const el = await compare({ event: OCT10 });
      expect(text($(el, '[part~=note]'))).to.equal('Reports do not disagree');
      expect(metrics(el), 'every metric with figures').to.deep.equal(metricsOf(seedDataset, OCT10));
      expect(metrics(el)).to.deep.equal(['killed', 'injured', 'launched', 'intercepted']);
      expect($(el, '[part~=badge], [part~=range]') === null).to.equal(true);
      expect(claims($(el, '[data-metric=intercepted]')!)[0]!.slice(0, 2)).to.deep.equal([
        "Emine Dzhaparova, Ukraine's deputy foreign minister",
        'about 45 missiles intercepted, including 9 drones intercepted',
      ]);
      const one = await compare({ event: DONETSK, metric: 'killed', lang: 'uk' });
      expect(text($(one, '[part~=note]'))).to.equal('Дані не різняться');
      expect(claims(one)).to.have.length(1);
    });

    it('without metric, shows every metric whose claims disagree, and only those', async () => {
      expect(disagreeingMetrics(seedDataset, BELGOROD), 'Belgorod claims agree').to.deep.equal([]);
      const dec29 = await compare({ event: DEC29 });
      expect(metrics(dec29)).to.deep.equal(['killed']);
      const jan23 = await compare({ event: JAN23 });
      expect(metrics(jan23), 'no claims disagree: every metric').to.deep.equal(metricsOf(seedDataset, JAN23));
      expect(text($(jan23, '[part~=note]'))).to.equal('Reports do not disagree');
      const injured = $(jan23, '[data-metric=injured]')!;
      expect(within(injured, '[part~=place]').map(text), 'the places, which say more, lead').to.deep.equal([
        'Kyiv',
        'Kharkiv',
        'The event as a whole',
      ]);
    });

    it('says "No figure reported" for a metric no one reported, and for an event without figures', async () => {
      const killed = await compare({ event: KERCH, metric: 'killed' });
      expect(text($(killed, '[part~=metric]'))).to.equal('Killed No figure reported');
      expect($(killed, '[part~=note]') === null).to.equal(true);
      const none = await compare({ event: INTENSIFY, lang: 'ru' });
      expect(text($(none, '[part~=note]'))).to.equal('Данных не сообщалось');
      expect($(none, '[part~=metric]') === null).to.equal(true);
      expect(errors.errors, 'not an error').to.deep.equal([]);
    });

    it('shows superseded figures as history, the latest as the claim; a revision is not a disagreement', async () => {
      registerDataset('compare-test', revisedDataset());
      const el = await compare({ event: 'strike', metric: 'killed', 'dataset-id': 'compare-test' });
      expect(claims(el).map(([who, value, , asOf]) => `${who}: ${value}, ${asOf}`)).to.deep.equal([
        'City council: 7 killed, as of 2 Feb 2024',
        'Regional police: at least 7 killed, as of 2 Feb 2024',
      ]);
      const history = $(el, '[part~=history]')!;
      expect(text(history.firstElementChild)).to.equal('Earlier figures');
      expect(claims(history, true)).to.deep.equal([
        [
          'City council',
          '5 killed',
          'In the report: council-first words',
          'as of 1 Feb 2024',
          'Source: The Example Gazette, 1 Feb 2024',
        ],
      ]);
      expect(text($(el, '[part~=note]'))).to.equal('Reports do not disagree');
      expect(text($(el, '[part~=badge]'))).to.equal('Claims agree');
      expect(text($(el, '[part~=range]'))).to.equal('7 killed, according to City council');
    });

    it('"about 10–20" and "up to 30" agree: about allows 9 to 22, which up to 30 contains', async () => {
      registerDataset('compare-test', revisedDataset());
      const el = await compare({ event: 'strike', metric: 'injured', 'dataset-id': 'compare-test' });
      expect(text($(el, '[part~=badge]'))).to.equal('Claims agree');
      expect(text($(el, '[part~=range]'))).to.match(/^about 10–20 injured, according to City council/);
    });
  });

  describe('errors', () => {
    const cases: ErrorCase[] = [
      ['no event', { metric: 'killed' }, 'missing-attribute', 'The “event” attribute is missing.'],
      [
        'an unknown event',
        { event: 'no-such-event' },
        'unknown-event',
        'There is no event “no-such-event” in this dataset.',
      ],
      [
        'an invalid metric',
        { event: BELGOROD, metric: 'dead' },
        'invalid-attribute',
        '“dead” is not a valid value for “metric”. Valid values: killed, injured, children-killed, children-injured, launched, intercepted, attacks, buildings-damaged.',
      ],
      [
        'an invalid heading level',
        { event: BELGOROD, 'heading-level': '0' },
        'invalid-attribute',
        '“0” is not a valid value for “heading-level”. Valid values: 1, 2, 3, 4, 5, 6.',
      ],
      [
        'a heading level in hexadecimal',
        { event: BELGOROD, 'heading-level': '0x2' },
        'invalid-attribute',
        '“0x2” is not a valid value for “heading-level”. Valid values: 1, 2, 3, 4, 5, 6.',
      ],
      [
        'an invalid theme',
        { event: BELGOROD, theme: 'blue' },
        'invalid-attribute',
        '“blue” is not a valid value for “theme”. Valid values: light, dark.',
      ],
      [
        'a missing dataset',
        { event: BELGOROD, 'dataset-id': 'nope' },
        'dataset-not-found',
        'There is no dataset “nope” on this page.',
      ],
    ];
    itReportsErrors(cases, compare, () => errors.errors, '[part~=claim]');

    it('messages are translated', async () => {
      const el = await compare({ event: BELGOROD, metric: 'dead', lang: 'ru' });
      expect(text($(el, '[part=error]'))).to.equal(
        'Не удалось показать этот виджет «dead» — недопустимое значение атрибута «metric». Допустимые значения: killed, injured, children-killed, children-injured, launched, intercepted, attacks, buildings-damaged.',
      );
    });
  });

  describe('languages', () => {
    it('phrases values, ranges and summaries in Ukrainian and Russian; the report’s words stay English, marked so', async () => {
      const uk = await compare({ event: BELGOROD, metric: 'killed', lang: 'uk' });
      expect(claims(uk)[1]!.slice(0, 2)).to.deep.equal(['Російська влада', 'щонайменше 21 загиблий']);
      expect(text($(uk, '[part~=range]'))).to.equal('щонайменше 24 загиблі, за даними The Moscow Times');
      expect(text($(uk, '[part~=summary]'))).to.equal(
        'щонайменше 24 загиблі, за даними The Moscow Times; щонайменше 21 загиблий, за даними російської влади',
      );
      const ruSpan = await compare({ event: DEC29, metric: 'killed', lang: 'ru' });
      expect(text($(ruSpan, '[part~=range]'))).to.equal(
        '23 – не менее 41 погибшего, по данным The Moscow Times и WION',
      );
      const words = $$(uk, '[part~=verbatim] q')[1]!;
      expect(words.getAttribute('lang')).to.equal('en');
      expect(text(words)).to.equal('at least 21 people, including three children, were killed');
      expect(text($(uk, '[part~=verbatim]'))).to.match(/^У повідомленні:/);
      const ru = await compare({ event: DEC29, metric: 'killed', lang: 'ru' });
      expect($$(ru, '[part~=place]').map(text)).to.deep.equal(['Событие в целом', 'Киев']);
      expect(claims(ru)[2]!.slice(0, 2)).to.deep.equal(['Виталий Кличко, мэр Киева', 'не менее 16 погибших']);
      expect(text($(ru, '[part~=as-of]'))).to.match(/^по состоянию на 1 января 2024/);
    });

    it('leaves no English UI word in uk and ru, for every event and every metric', async () => {
      const found: string[] = [];
      for (const lang of ['uk', 'ru']) {
        for (const event of seedDataset.events) {
          for (const metric of [undefined, ...METRICS] as (Metric | undefined)[]) {
            const el = await compare({ event: event.id, lang, ...(metric ? { metric } : {}) });
            expect($(el, '[part~=header]'), `${lang} ${event.id} ${metric}`).to.exist;
            for (const word of untranslatedWords(el)) found.push(`${lang} ${event.id} ${metric ?? '-'}: ${word}`);
          }
        }
      }
      expect(found).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('puts claims side by side when there is room, and stacks them in a narrow container', async () => {
      await setViewport({ width: 1200, height: 800 });
      const tops = (el: Element) => $$(el, '[part~=claims] > [part~=claim]').map((c) => c.getBoundingClientRect().top);
      const wide = await compare({ event: BELGOROD, metric: 'killed' }, 'width: 720px');
      const narrow = await compare({ event: BELGOROD, metric: 'killed' }, 'width: 280px');
      const [a, b] = tops(wide);
      expect(a).to.equal(b);
      const [c, d] = tops(narrow);
      expect(d).to.be.above(c!);
      const root = $(narrow, '.root')!.getBoundingClientRect();
      for (const claim of $$(narrow, '[part~=claim]'))
        expect(claim.getBoundingClientRect().right).to.be.at.most(root.right);
    });

    it('takes its custom properties', async () => {
      const el = await compare({ event: BELGOROD, metric: 'killed' }, 'width: 720px');
      el.style.setProperty('--claim-compare-accent', 'rgb(1, 2, 3)');
      el.style.setProperty('--claim-compare-claim-width', '1000px');
      expect(getComputedStyle($(el, '[part~=value]')!).color).to.equal('rgb(1, 2, 3)');
      const [a, b] = $$(el, '[part~=claims] > [part~=claim]').map((c) => c.getBoundingClientRect().top);
      expect(b, 'too wide to sit side by side').to.be.above(a!);
    });
  });

  describe('element behaviour', () => {
    it('renders this shadow DOM (snapshot)', async () => {
      const el = await compare({ event: DONETSK, metric: 'killed' });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en">
          <div class="header" part="header">
            <p class="label">Claims compared</p>
            <h3 part="heading">Deadly shelling on the outskirts of occupied Donetsk</h3>
            <p class="muted" part="date"><time datetime="2024-01-21">21 Jan 2024</time></p>
          </div>
          <p class="note" part="note">Reports do not disagree</p>
          <section class="metric" part="metric" data-metric="killed">
            <h4 part="metric-heading">Killed</h4>
            <div class="group" part="group">
              <ul class="claims" part="claims" role="list">
                <li class="claim figure" part="claim" data-figure="2024-01-21-donetsk-killed-moscow-installed-officials">
                  <p class="claimant" part="claimant">Moscow-installed officials in eastern Ukraine</p>
                  <p class="value" part="value">27 killed</p>
                  <p class="small" part="verbatim">In the report: <q lang="en">Ukrainian shelling killed 27 people</q></p>
                  <p class="small muted" part="as-of"><time datetime="2024-01-23">as of 23 Jan 2024</time></p>
                  <div class="sources small muted" part="sources">
                    <span class="sources-label">Source:</span>
                    <ul class="source-list">
                      <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23 Jan 2024</time> (via AP and Reuters)</cite></li>
                    </ul>
                  </div>
                </li>
              </ul>
            </div>
          </section>
        </div>`);
    });

    it('re-renders when attributes and properties change on a live element', async () => {
      const el = await compare({ event: BELGOROD, metric: 'killed' });
      el.setAttribute('metric', 'injured');
      await el.updateComplete;
      expect(claims(el)[0]!.slice(0, 2)).to.deep.equal(['Russian authorities', '110 injured']);
      el.removeAttribute('metric');
      await el.updateComplete;
      expect(metrics(el)).to.deep.equal(['killed', 'injured', 'children-killed', 'launched']);
      el.event = DEC29;
      el.setAttribute('lang', 'uk');
      await el.updateComplete;
      expect(metrics(el)).to.deep.equal(['killed']);
      expect(text($(el, '[part~=metric-heading]'))).to.equal('Загиблі');
      el.metric = 'dead' as Metric;
      await el.updateComplete;
      expect($(el, '[part=error]')).to.exist;
      el.metric = undefined;
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
    });

    it('works again after being removed and re-added', async () => {
      const el = await compare({ event: BELGOROD, metric: 'killed' });
      const parent = el.parentElement!;
      el.remove();
      el.setAttribute('event', DEC29);
      parent.append(el);
      await el.updateComplete;
      expect($$(el, '[part~=place]').map(text)).to.deep.equal(['The event as a whole', 'Kyiv']);
      expect(errors.errors).to.deep.equal([]);
    });
  });
});

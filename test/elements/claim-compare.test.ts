import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/claim-compare/define.js';
import { ClaimCompare } from '../../src/elements/claim-compare/claim-compare.js';
import { METRICS } from '../../src/data/model.js';
import type { Dataset, Metric } from '../../src/data/model.js';
import { registerDataset } from '../../src/data/registry.js';
import { phraseComparison } from '../../src/format/compare.js';
import type { PhrasedComparison } from '../../src/format/compare.js';
import type { PhrasedFigure } from '../../src/format/phrase.js';
import { localeFor } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { seedDataset, untranslatedWords } from '../helpers.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DEC29, DONETSK, INTENSIFY, JAN23, KERCH, OCT10 } from '../kit/ids.js';
import { $, $$, eachTest, mount, text } from '../kit/mount.js';
import { citation } from '../kit/shown.js';

// What each claim, range and note says is tested on the view model (test/format/compare.test.ts); here, that what
// it says reaches the reader, each in its part, with the structure, the interaction and the layout around it.

/** Each current claim of a node as [claimant, value, verbatim, as of, sources]. */
const claims = (node: Element) =>
  [...(node.shadowRoot ?? node).querySelectorAll('[part~=group] > [part~=claims] > [part~=claim]')].map((c) =>
    ['claimant', 'value', 'verbatim', 'as-of', 'sources'].map((p) => text(c.querySelector(`[part~=${p}]`))),
  );
const metrics = (el: Element) => $$(el, '[part~=metric]').map((m) => m.dataset.metric);

async function compare(attrs: Record<string, string>, style = ''): Promise<ClaimCompare> {
  return mount<ClaimCompare>('claim-compare', attrs, style);
}

/** A claim as the reader sees it: its figure id, the five parts, the verbatim words' language and the date's. */
const claimShown = (c: Element) => [
  c.getAttribute('data-figure'),
  ...['claimant', 'value', 'verbatim', 'as-of', 'sources'].map((p) => text(c.querySelector(`[part~=${p}]`))),
  c.querySelector('[part~=verbatim] q')!.getAttribute('lang'),
  c.querySelector('[part~=as-of] time')!.getAttribute('datetime'),
];
/** The same, from the view model, with the words the template puts around it. */
const claimOf = (lang: string, f: PhrasedFigure) => {
  const { strings } = localeFor(lang);
  const sources = f.sources.map(citation).join(' ');
  return [
    f.figure.id,
    f.claimantLine,
    f.text,
    `${strings.verbatim}: ${f.verbatim.text}`,
    f.asOf!.text,
    `${f.sources.length > 1 ? strings.source.other : strings.source.one}: ${sources}`,
    f.verbatim.lang,
    f.asOf!.iso,
  ];
};

/** Everything a rendering shows, part by part. */
function shown(el: Element) {
  const optional = (node: Element | null) => (node ? text(node) : undefined);
  return {
    headline: text($(el, '[part~=heading]')),
    date: [text($(el, '[part~=date] time')), $(el, '[part~=date] time')!.getAttribute('datetime')],
    note: optional($(el, '[part~=note]')),
    metrics: $$(el, '[part~=metric]').map((m) => ({
      metric: m.dataset.metric,
      name: text(m.querySelector('[part~=metric-heading]')),
      noFigure: optional(m.querySelector(':scope > p')),
      groups: [...m.querySelectorAll('[part~=group]')].map((g) => ({
        heading: optional(g.querySelector('[part~=place]')),
        badge: optional(g.querySelector('[part~=badge]')),
        summary: optional(g.querySelector('[part~=summary]')),
        range: g.querySelector('[part~=range]')
          ? [text(g.querySelector('[part~=range]')), g.querySelector('[part~=range]')!.getAttribute('data-figures')]
          : undefined,
        claims: [...g.querySelectorAll(':scope > [part~=claims] > [part~=claim]')].map(claimShown),
        history: g.querySelector('[part~=history]')
          ? [
              text(g.querySelector('[part~=history] > p')),
              ...[...g.querySelectorAll('[part~=history] [part~=claim]')].map(claimShown),
            ]
          : undefined,
      })),
    })),
  };
}

/** What the view model says a rendering shows. */
function expected(lang: string, c: PhrasedComparison): ReturnType<typeof shown> {
  const { strings } = localeFor(lang);
  return {
    headline: c.headline.text,
    date: [c.date.text, c.date.datetime],
    note: c.note,
    metrics: c.metrics.map((m) => ({
      metric: m.metric,
      name: m.name,
      noFigure: m.noFigure,
      groups: m.groups.map((g) => ({
        heading: g.heading?.text,
        badge: g.lead.note,
        summary: g.summary.length ? g.summary.map((s) => s.text).join('; ') : undefined,
        range: g.range ? [g.range.text, g.range.figures.join(' ')] : undefined,
        claims: g.figures.map((f) => claimOf(lang, f)),
        history: g.history.length ? [strings.earlierFigures, ...g.history.map((f) => claimOf(lang, f))] : undefined,
      })),
    })),
  };
}

/** The city council revised its toll of 5 to 7; the police said "at least 7". */
const revised = (): Dataset =>
  dataset('compare-test')
    .figure({ event: 'strike', id: 'council-first', n: 5, qualifier: 'exactly' })
    .figure({ event: 'strike', n: 7, qualifier: 'exactly', asOf: '2024-02-02', supersedes: 'council-first' })
    .figure({ event: 'strike', n: 7, claimant: 'police', asOf: '2024-02-02' })
    .build();

describe('<claim-compare>', () => {
  const errors = eachTest(['compare-test']);

  describe('structure', () => {
    it('is headed by the event, each metric and place a heading below it, each group of claims a list', async () => {
      const el = await compare({ event: DEC29, metric: 'killed' });
      expect($$(el, 'h3, h4, h5').map((h) => `${h.tagName} ${text(h)}`)).to.deep.equal([
        "H3 Russia's aerial bombardment across Ukraine",
        'H4 Killed',
        'H5 The event as a whole',
        'H5 Kyiv',
      ]);
      expect(text($(el, '[part~=header]'))).to.equal(
        "Claims compared Russia's aerial bombardment across Ukraine 29\u00a0Dec 2023",
      );
      expect($(el, '[part~=date] time')!.getAttribute('datetime')).to.equal('2023-12-29');
      for (const list of $$(el, '[part~=claims]')) {
        expect(list.tagName).to.equal('UL');
        expect(list.getAttribute('role')).to.equal('list');
      }
    });
  });

  describe('what the view model says, each in its part', () => {
    const cases: [string, Record<string, string>, Dataset?][] = [
      ['claims that agree, one metric', { event: BELGOROD, metric: 'killed' }],
      ['claims that disagree, grouped by place, in Russian', { event: DEC29, metric: 'killed', lang: 'ru' }],
      ['every metric, in Ukrainian', { event: OCT10, lang: 'uk' }],
      ['the metrics that disagree, by place', { event: JAN23 }],
      ['one claim', { event: DONETSK, metric: 'killed' }],
      ['a metric without figures', { event: KERCH, metric: 'killed' }],
      ['an event without figures, in Russian', { event: INTENSIFY, lang: 'ru' }],
      ['earlier figures', { event: 'strike', metric: 'killed', 'dataset-id': 'compare-test' }, revised()],
    ];
    for (const [name, attrs, data] of cases) {
      it(name, async () => {
        if (data) registerDataset('compare-test', data);
        const el = await compare(attrs);
        const lang = attrs['lang'] ?? 'en';
        const view = phraseComparison(localeFor(lang), data ?? seedDataset, attrs['event']!, attrs['metric'] as Metric);
        if (isNotShown(view)) throw new Error(view.notShown);
        expect(shown(el)).to.deep.equal(expected(lang, view));
        expect(errors.errors, 'not an error').to.deep.equal([]);
      });
    }
  });

  // A missing, empty or unknown event, a bad metric, the rules every element shares: conformance.test.ts.

  describe('languages', () => {
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
            <p class="muted" part="date"><time datetime="2024-01-21">21&nbsp;Jan 2024</time></p>
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
                  <p class="small muted" part="as-of"><time datetime="2024-01-23">as of 23&nbsp;Jan 2024</time></p>
                  <div class="sources small muted" part="sources">
                    <span class="sources-label">Source:</span>
                    <ul class="source-list">
                      <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23&nbsp;Jan 2024</time> (via AP and Reuters)</cite></li>
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
  });
});

import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import '../../src/elements/casualty-counter/define.js';
import { CasualtyCounter } from '../../src/elements/casualty-counter/casualty-counter.js';
import { METRICS } from '../../src/data/model.js';
import type { Dataset, Metric } from '../../src/data/model.js';
import { registerDataset } from '../../src/data/registry.js';
import { phraseCounter } from '../../src/format/counter.js';
import type { CounterClaims, CounterRef } from '../../src/format/counter.js';
import { localeFor, plural } from '../../src/format/phrase.js';
import type { PhrasedFigure } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { itReportsErrors, seedDataset, untranslatedWords } from '../helpers.js';
import type { ErrorCase } from '../helpers.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DEC29, DONETSK, JAN23, KERCH, KHARKIV_KHERSON, OCT10, TURKSTREAM } from '../kit/ids.js';
import { $, $$, eachTest, text } from '../kit/mount.js';
import { cited, figureShown, marked, markOf, optional, phrasedFigure, sourcesOf, sourcesShown } from '../kit/shown.js';

// What each number, claimant, total and breakdown says is tested on the view model (test/format/counter.test.ts);
// here, that what it says reaches the reader, each piece in its part, with the structure, the count-up, the
// keyboard and the layout around it.

type Attrs = Record<string, string | boolean | undefined>;

/** A counter with these attributes, rendered inside a wrapper (optionally styled). */
async function counter(attrs: Attrs, style = ''): Promise<CasualtyCounter> {
  const el = document.createElement('casualty-counter');
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  await fixture(html`<div style=${style}>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** What assistive technology reads: the shadow text without aria-hidden subtrees. */
function accessibleText(el: Element): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"]')) out += node.textContent;
  }
  return out.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Digits outside a `.figure`, a `<time>` or a `<cite>`: numbers shown without their qualifier and claimant. */
function strayDigits(el: Element): string[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const stray: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\d/.test(node.textContent ?? '') && !node.parentElement?.closest('.figure, time, cite')) {
      stray.push(node.textContent!.trim());
    }
  }
  return stray;
}

/** A list of figures under its label ("Who says what:", "Earlier figures"). */
const listShown = (label: Element | null | undefined, list: Element | null | undefined) =>
  list ? [optional(label), ...[...list.querySelectorAll(':scope > li > .figure')].map(figureShown)] : undefined;
const listOf = (label: string, figures: readonly PhrasedFigure[]) =>
  figures.length ? [label, ...figures.map((f) => phrasedFigure(f, true))] : undefined;
/** The large number: its digits and what a count-up counts to. */
const numberShown = (n: Element | null) => n && [text(n), n.getAttribute('data-count-to')];

/** Everything a counter shows, part by part. */
function shown(el: Element) {
  const none = $(el, '.none');
  const total = $(el, '.figure.total');
  const breakdown = $(el, 'details[part=breakdown]');
  return {
    badge: optional($(el, '.root > p > [part=badge]')),
    note: optional($(el, '.scope-note')),
    scopes: $$(el, '.claims').map((c) => {
      const figure = c.querySelector(':scope > [part=figure]')!;
      return {
        badge: optional(c.querySelector(':scope > p > [part=badge]')),
        figures: figure.getAttribute('data-figure'),
        number: numberShown(figure.querySelector('[part=number]')),
        label: text(figure.querySelector('[part=label]')),
        attribution: text(figure.querySelector('[part=attribution]')),
        asOf: figure.querySelector('[part=attribution] time')?.getAttribute('datetime'),
        sources: sourcesShown(figure.querySelector('[part=sources]')),
        each: listShown(
          c.querySelector(':scope > [part=other-reports] > .others-label'),
          c.querySelector(':scope > [part=other-reports] > ul'),
        ),
        history: listShown(
          c.querySelector(':scope > [part=history] > summary'),
          c.querySelector(':scope > [part=history] > ul'),
        ),
      };
    }),
    none: none && [
      optional(none.querySelector('.metric-name')),
      text(none.querySelector('.none-text')),
      optional(none.querySelector('.headline')),
      marked(none.querySelector('.headline')),
      optional(none.querySelector('time')),
      none.querySelector('time')?.getAttribute('datetime'),
    ],
    total: total && [
      numberShown(total.querySelector('[part=number]')),
      ...['label', 'attribution', 'total-adds', 'total-uncounted'].map((p) =>
        optional(total.querySelector(`[part=${p}]`)),
      ),
    ],
    breakdown: breakdown && [
      text(breakdown.querySelector('summary')),
      ...[...breakdown.querySelectorAll(':scope > ul > li')].map((li) => [
        text(li.querySelector(':scope > p')),
        marked(li.querySelector(':scope > p > .headline')),
        li.querySelector(':scope > p > time')!.getAttribute('datetime'),
        [...li.querySelectorAll(':scope > .figure')].map(figureShown),
        optional(li.querySelector(':scope > [part=badge]')),
        listShown(
          li.querySelector(':scope > [part=other-reports] > .others-label'),
          li.querySelector(':scope > [part=other-reports] > ul'),
        ),
        optional(li.querySelector(':scope > span.muted')),
        [...li.querySelectorAll(':scope > ul > li > .figure')].map(figureShown),
      ]),
    ],
  };
}

/** What the view model says a counter for `ref` shows, with the words the template puts around it. */
function expected(lang: string, ref: CounterRef, data: Dataset = seedDataset): ReturnType<typeof shown> {
  const loc = localeFor(lang);
  const s = loc.strings;
  const view = phraseCounter(loc, data, ref);
  if (isNotShown(view)) throw new Error(view.notShown);
  const scope = ({ lead, number, each, history }: CounterClaims) => ({
    badge: lead.note,
    figures: lead.figures.join(' '),
    number: [number.text, number.countTo === undefined ? null : String(number.countTo)],
    label: lead.scopedText,
    attribution: lead.asOf ? `${lead.attribution} (${lead.asOf.text})` : lead.attribution,
    asOf: lead.asOf?.iso,
    sources: sourcesOf(loc, lead.sources),
    each: listOf(`${s.eachClaim}:`, each),
    history: listOf(s.earlierFigures, history),
  });
  const nothing = { badge: undefined, note: undefined, scopes: [], none: null, total: null, breakdown: null };
  switch (view.kind) {
    case 'claims':
      return { ...nothing, note: view.note, scopes: view.scopes.map(scope) };
    case 'none':
      return {
        ...nothing,
        none: [
          view.metricName,
          view.text,
          view.headline.text,
          markOf(loc, view.headline),
          view.date.text,
          view.date.datetime,
        ],
      };
    case 'total': {
      const { total } = view;
      return {
        ...nothing,
        badge: view.disagree,
        none: total ? null : [undefined, view.noFigure!, undefined, undefined, undefined, undefined],
        total: total
          ? [
              [total.number, total.countTo === undefined ? null : String(total.countTo)],
              total.text,
              total.events,
              total.adds,
              total.uncounted,
            ]
          : null,
        breakdown: [
          s.breakdown,
          ...view.parts.map((p) => [
            `${p.headline.text}, ${p.date.text}:`,
            markOf(loc, p.headline),
            p.date.datetime,
            p.byPlace ? [] : p.added.map((f) => phrasedFigure(f, true)),
            !p.byPlace && p.disagree ? view.disagree : undefined,
            p.byPlace ? undefined : listOf(`${s.eachClaim}:`, p.each),
            p.byPlace?.note,
            (p.byPlace?.figures ?? []).map((f) => phrasedFigure(f, true)),
          ]),
        ],
      };
    }
  }
}

/** What assistive technology reads of one figure: its label, attribution and sources (the number is hidden). */
const readAloud = (lang: string, ref: CounterRef) => {
  const view = phraseCounter(localeFor(lang), seedDataset, ref);
  if (isNotShown(view) || view.kind !== 'claims') throw new Error('claims');
  const { lead } = view.scopes[0]!;
  const label = plural(localeFor(lang), localeFor(lang).strings.source, { n: lead.sources.length });
  const attribution = lead.asOf ? `${lead.attribution} (${lead.asOf.text})` : lead.attribution;
  return `${lead.scopedText}, ${attribution} ${label}: ${lead.sources.map((s) => cited([s])).join(' ')}`;
};

const THREE = `${OCT10} ${BELGOROD} ${DONETSK}`;

/** Two claimants that state the same bound ("agree"), and a figure revised by its claimant ("revised"). */
const historyDataset = () =>
  dataset('counter-history')
    .figure({ event: 'agree', n: 5, id: 'agree-council' })
    .figure({ event: 'agree', n: 5, claimant: 'police', qualifier: 'exactly', id: 'agree-police' })
    .figure({ event: 'revised', n: 3, id: 'revised-early', asOf: '2024-01-30' })
    .figure({ event: 'revised', n: 7, id: 'revised-late', supersedes: 'revised-early' })
    .build();

/** Exact figures (a, b), a range (c) and an "about" (d). */
const rangesDataset = () =>
  dataset('counter-ranges')
    .figure({ event: 'a', n: 4, qualifier: 'exactly' })
    .figure({ event: 'b', n: 6, qualifier: 'exactly' })
    .figure({ event: 'c', range: [10, 20, 12], qualifier: 'exactly' })
    .figure({ event: 'd', n: 45, qualifier: 'about' })
    .build();

describe('<casualty-counter>', () => {
  const errors = eachTest(['counter-history', 'counter-ranges', 'counter-range']);

  // Accessibility in every language and theme, and the colour scheme: conformance.test.ts.
  describe('structure', () => {
    it('one figure: the number large, hidden from screen readers, inside one .figure with its label, claimant, as-of and sources', async () => {
      const el = await counter({ event: OCT10 });
      const figure = $(el, '.figure')!;
      const number = $(el, '[part=number]')!;
      expect(figure.contains(number)).to.equal(true);
      expect(number.getAttribute('aria-hidden')).to.equal('true');
      expect(figure.querySelector('[part=sources] cite')).to.exist;
      expect($(el, '[part=attribution] time')).to.exist;
      expect(accessibleText(el)).to.equal(readAloud('en', { event: OCT10, metric: 'killed' }));
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('metric defaults to "killed" and is reflected', async () => {
      const el = await counter({ event: OCT10 });
      expect(el.metric).to.equal('killed');
      expect(el.getAttribute('metric')).to.equal('killed');
    });

    it('"No figure reported" shows no figure and is not an error', async () => {
      const el = await counter({ event: KERCH });
      expect($(el, '.figure')).to.equal(null);
      expect($(el, '[part=error]')).to.equal(null);
      expect($(el, '.none > [part=label]')).to.exist;
      await nextFrame();
      expect(errors.errors).to.deep.equal([]);
    });

    it('claims of several claimants: the badge before the figure, every claimant in a list, no stray number', async () => {
      for (const event of [BELGOROD, DEC29]) {
        const el = await counter({ event });
        expect($(el, '.claims > p > [part=badge] + *'), event).to.equal(null);
        expect($(el, '.claims > p:first-child > [part=badge]'), event).to.exist;
        expect($(el, '[part=other-reports] > ul > li > .figure'), event).to.exist;
        expect(strayDigits(el), event).to.deep.equal([]);
      }
    });

    it('earlier figures stay reachable in a closed disclosure', async () => {
      registerDataset('counter-history', historyDataset());
      const revised = await counter({ event: 'revised', 'dataset-id': 'counter-history' });
      const history = $<HTMLDetailsElement>(revised, 'details[part=history]')!;
      expect(history.open).to.equal(false);
      expect(history.querySelector('li')!.checkVisibility()).to.equal(false);
    });

    it('a total says which claims it adds in visible text, not behind a disclosure', async () => {
      const el = await counter({ events: THREE });
      expect($(el, '[part=total-adds]')!.checkVisibility()).to.equal(true);
      expect($(el, '.figure.total [part=total-adds]')).to.exist;
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('the breakdown by event is a closed disclosure that opens with the keyboard', async () => {
      const el = await counter({ events: THREE });
      const details = $<HTMLDetailsElement>(el, 'details[part=breakdown]')!;
      const summary = details.querySelector('summary')!;
      expect(details.open).to.equal(false);
      const items = [...details.querySelectorAll(':scope > ul > li')];
      expect(items.map((li) => li.checkVisibility())).to.deep.equal([false, false, false]);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(items.map((li) => li.checkVisibility())).to.deep.equal([true, true, true]);
      expect(items[2]!.querySelector('cite')).to.not.equal(null);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(false);
    });
  });

  describe('what the view model says, each in its part', () => {
    it('every event and every metric of the dataset', async () => {
      for (const event of seedDataset.events) {
        for (const metric of METRICS) {
          const el = await counter({ event: event.id, metric });
          expect(shown(el), `${event.id} ${metric}`).to.deep.equal(expected('en', { event: event.id, metric }));
        }
      }
      expect(errors.errors).to.deep.equal([]);
    });

    const places: [string, string, Metric][] = [
      [JAN23, 'kharkiv', 'killed'],
      [JAN23, 'kharkiv', 'children-injured'],
      [JAN23, 'kharkiv', 'buildings-damaged'],
      [JAN23, 'kyiv', 'killed'],
      [DEC29, 'kyiv', 'killed'],
      [KHARKIV_KHERSON, 'kharkiv', 'attacks'],
    ];
    for (const [event, place, metric] of places) {
      it(`place="${place}" of ${event}, ${metric}`, async () => {
        const el = await counter({ event, place, metric });
        expect(shown(el)).to.deep.equal(expected('en', { event, place, metric }));
        expect(errors.errors).to.deep.equal([]);
      });
    }

    const totals: [string, string[], Metric, string][] = [
      ['three events', THREE.split(' '), 'killed', 'en'],
      ['an event with no figure among them', [...THREE.split(' '), KERCH], 'killed', 'en'],
      ['an event with figures only by place', [OCT10, KHARKIV_KHERSON], 'killed', 'en'],
      ['no event with a figure', [KERCH, TURKSTREAM], 'killed', 'en'],
      ['claims that disagree among them, in Russian', [OCT10, BELGOROD, DONETSK, DEC29, JAN23], 'killed', 'ru'],
      ['three events, in Ukrainian', THREE.split(' '), 'killed', 'uk'],
      ['injured, in Russian', [OCT10, BELGOROD], 'injured', 'ru'],
      ['every event', seedDataset.events.map((e) => e.id), 'killed', 'en'],
    ];
    for (const [name, events, metric, lang] of totals) {
      it(`a total: ${name}`, async () => {
        const el = await counter({ events: events.join(' '), metric, lang });
        expect(shown(el)).to.deep.equal(expected(lang, { events, metric }));
      });
    }

    it('claims that state the same bound, and a revised figure', async () => {
      registerDataset('counter-history', historyDataset());
      for (const event of ['agree', 'revised']) {
        const el = await counter({ event, 'dataset-id': 'counter-history' });
        expect(shown(el), event).to.deep.equal(expected('en', { event, metric: 'killed' }, historyDataset()));
      }
    });

    it('totals of exact figures, of a range, and of "about"', async () => {
      const data = rangesDataset();
      registerDataset('counter-ranges', data);
      for (const events of [
        ['a', 'b'],
        ['a', 'b', 'c', 'd'],
      ]) {
        const el = await counter({ events: events.join(' '), 'dataset-id': 'counter-ranges' });
        expect(shown(el), events.join(' ')).to.deep.equal(expected('en', { events, metric: 'killed' }, data));
      }
    });

    it('events wins over event', async () => {
      const el = await counter({ event: KERCH, events: THREE });
      expect(shown(el)).to.deep.equal(expected('en', { events: THREE.split(' '), metric: 'killed' }));
    });
  });

  describe('bad input', () => {
    // A missing, empty or unknown event, a bad metric, and the rules every element shares: conformance.test.ts.
    const cases: ErrorCase[] = [
      [
        'an unknown event in events',
        { events: `${OCT10} no-such-event` },
        'unknown-event',
        'There is no event “no-such-event” in this dataset.',
      ],
      [
        'a place that is not the event’s',
        { event: OCT10, place: 'belgorod' },
        'invalid-attribute',
        '“belgorod” is not a valid value for “place”.',
      ],
      [
        'place with events',
        { events: OCT10, place: 'kyiv' },
        'invalid-attribute',
        '“kyiv” is not a valid value for “place”.',
      ],
    ];
    itReportsErrors(cases, counter, () => errors.errors, '.figure');
  });

  describe('languages', () => {
    // The plural forms of every label after every number and qualifier: test/format/numerals.test.ts.
    for (const lang of ['uk', 'ru']) {
      it(`shows what the view model says, and no English UI word, in ${lang}, for every event × metric and a total`, async () => {
        const found: string[] = [];
        for (const event of seedDataset.events) {
          for (const metric of METRICS) {
            const el = await counter({ event: event.id, metric, lang });
            expect(shown(el), `${lang} ${event.id} ${metric}`).to.deep.equal(
              expected(lang, { event: event.id, metric }),
            );
            for (const word of untranslatedWords(el)) found.push(`${event.id}/${metric}: ${word}`);
            for (const digits of strayDigits(el)) found.push(`${event.id}/${metric}: stray number ${digits}`);
          }
        }
        const total = await counter({ events: seedDataset.events.map((e) => e.id).join(' '), lang });
        found.push(...untranslatedWords(total), ...strayDigits(total));
        expect(found).to.deep.equal([]);
      });
    }
  });

  describe('count-up', () => {
    const duration = CasualtyCounter.countUpMs;
    let observed: number;
    let disconnected: number;
    const { observe, disconnect } = IntersectionObserver.prototype;
    beforeEach(() => {
      observed = 0;
      disconnected = 0;
      CasualtyCounter.countUpMs = 500;
      IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
        observed += 1;
        observe.call(this, target);
      };
      IntersectionObserver.prototype.disconnect = function (this: IntersectionObserver) {
        disconnected += 1;
        disconnect.call(this);
      };
    });
    afterEach(() => {
      CasualtyCounter.countUpMs = duration;
      IntersectionObserver.prototype.observe = observe;
      IntersectionObserver.prototype.disconnect = disconnect;
    });

    /** A counter below the fold. */
    async function belowTheFold(attrs: Attrs) {
      const el = document.createElement('casualty-counter');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value === true ? '' : String(value));
      const page = await fixture(html`<div><div style="height: 300vh"></div>${el}</div>`);
      await el.updateComplete;
      await nextFrame();
      return { el: el, page };
    }

    it('counts up once when scrolled into view, ending on the claimed figure; screen readers only get the final one', async () => {
      const { el } = await belowTheFold({ event: DONETSK, 'count-up': true });
      expect(el.countUp).to.equal(true);
      expect(text($(el, '[part=number]')), 'the final number until it animates').to.equal('27');
      const before = accessibleText(el);
      expect(before).to.match(/^27 killed, according to Moscow-installed officials in eastern Ukraine/);
      expect(observed).to.equal(1);

      el.scrollIntoView();
      await waitUntil(() => $(el, '.counting'), 'starts counting', { timeout: 3000, interval: 5 });
      const seen: string[] = [];
      while ($(el, '.counting')) {
        const number = $(el, '[part=number]')!;
        expect(number.getAttribute('aria-hidden')).to.equal('true');
        seen.push(number.textContent);
        expect(accessibleText(el), 'the accessible text never changes').to.equal(before);
        await nextFrame();
      }
      const values = seen.map(Number);
      // Under load the first frame we sample may already be past 0; it must still start well below the claim.
      expect(values[0]).to.be.below(27);
      expect(
        values.some((v) => v > 0 && v < 27),
        `intermediate numbers in ${seen.join(', ')}`,
      ).to.equal(true);
      expect(values).to.deep.equal(
        [...values].sort((a, b) => a - b),
        'never counts down',
      );
      expect(text($(el, '[part=number]'))).to.equal('27');
      expect(accessibleText(el)).to.equal(before);
      expect(disconnected, 'the observer is gone once it fired').to.equal(1);

      window.scrollTo(0, 0);
      await nextFrame();
      el.scrollIntoView();
      for (let i = 0; i < 10; i += 1) {
        await nextFrame();
        expect($(el, '.counting'), 'never counts twice').to.equal(null);
      }
      expect(observed).to.equal(1);
    });

    it('with prefers-reduced-motion there is no animation at all: the final number shows at once', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await counter({ event: OCT10, 'count-up': true });
      const mutations: string[] = [];
      const watcher = new MutationObserver(() => mutations.push(text($(el, '[part=number]'))));
      watcher.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      for (let i = 0; i < 10; i += 1) await nextFrame();
      watcher.disconnect();
      expect(text($(el, '[part=number]'))).to.equal('14');
      expect($(el, '.counting')).to.equal(null);
      expect(mutations).to.deep.equal([]);
      expect(observed, 'no observer is even created').to.equal(0);
    });

    it('is off by default, and never for a range', async () => {
      const el = await counter({ event: OCT10 });
      for (let i = 0; i < 3; i += 1) await nextFrame();
      expect($(el, '.counting')).to.equal(null);
      registerDataset(
        'counter-range',
        dataset()
          .figure({ event: 'r', range: [10, 20] })
          .build(),
      );
      const range = await counter({ event: 'r', 'count-up': true, 'dataset-id': 'counter-range' });
      for (let i = 0; i < 3; i += 1) await nextFrame();
      expect(text($(range, '[part=number]'))).to.equal('10–20');
      expect($(range, '.counting')).to.equal(null);
      expect(observed).to.equal(0);
    });

    it('a total counts up too', async () => {
      const el = await counter({ events: `${OCT10} ${DONETSK}`, 'count-up': true });
      await waitUntil(() => $(el, '.counting'), 'starts counting', { timeout: 3000, interval: 5 });
      await waitUntil(() => !$(el, '.counting'), 'stops counting', { timeout: 3000 });
      expect(text($(el, '[part=number]'))).to.equal('41');
    });

    it('removing and re-adding leaves no observer or frame behind', async () => {
      const { el, page } = await belowTheFold({ event: OCT10, 'count-up': true });
      expect(observed).to.equal(1);
      el.remove();
      expect(disconnected).to.equal(1);
      page.append(el);
      await el.updateComplete;
      expect(observed).to.equal(2);
      expect(text($(el, '[part=number]'))).to.equal('14');

      // Removed while counting: the frames stop, and it comes back showing the final number.
      el.scrollIntoView();
      await waitUntil(() => $(el, '.counting'), 'starts counting', { timeout: 3000, interval: 5 });
      expect(disconnected).to.equal(2);
      let frames = 0;
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => {
        frames += 1;
        return raf(cb);
      };
      try {
        el.remove();
        const frozen = text($(el, '[part=number]'));
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(frames, 'no frame requested after removal').to.equal(0);
        expect(text($(el, '[part=number]'))).to.equal(frozen);
      } finally {
        window.requestAnimationFrame = raf;
      }
      page.append(el);
      await el.updateComplete;
      expect($(el, '.counting')).to.equal(null);
      expect(text($(el, '[part=number]'))).to.equal('14');
      expect(observed, 'it already counted: no new observer').to.equal(2);
    });
  });

  describe('element behaviour', () => {
    it('renders this shadow DOM (snapshot)', async () => {
      const el = await counter({ event: DONETSK });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en">
          <div class="claims">
            <div class="figure main" part="figure" data-figure="2024-01-21-donetsk-killed-moscow-installed-officials">
              <span class="number" part="number" aria-hidden="true" data-count-to="27">27</span>
              <div class="text">
                <span class="label" part="label">27 killed</span><span class="sr-only">, </span>
                <span class="attribution" part="attribution">according to Moscow-installed officials in eastern Ukraine</span>
                <div class="sources small muted" part="sources">
                  <span class="sources-label">Source:</span>
                  <ul class="source-list">
                    <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23&nbsp;Jan 2024</time> (via AP and Reuters)</cite></li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </div>`);
    });

    it('re-renders when attributes change on a live element', async () => {
      const el = await counter({ event: OCT10 });
      const label = (lang: string, ref: CounterRef) => {
        const view = expected(lang, ref);
        return view.total ? view.total[1] : view.scopes[0]!.label;
      };
      el.setAttribute('metric', 'injured');
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal(label('en', { event: OCT10, metric: 'injured' }));
      el.event = BELGOROD;
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal(label('en', { event: BELGOROD, metric: 'injured' }));
      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal(label('ru', { event: BELGOROD, metric: 'injured' }));
      el.setAttribute('events', `${OCT10} ${BELGOROD}`);
      await el.updateComplete;
      expect(text($(el, '.total [part=label]'))).to.equal(
        label('ru', { events: [OCT10, BELGOROD], metric: 'injured' }),
      );
      el.removeAttribute('events');
      el.removeAttribute('metric');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(expected('ru', { event: BELGOROD, metric: 'killed' }));
    });

    it('stacks when narrow and puts the number beside the text when wide (container queries)', async () => {
      await setViewport({ width: 1200, height: 800 });
      const columns = (el: Element) => getComputedStyle($(el, '.main')!).gridTemplateColumns.split(' ').length;
      const narrow = await counter({ event: OCT10 }, 'width: 220px');
      const wide = await counter({ event: OCT10 }, 'width: 640px');
      expect(columns(narrow)).to.equal(1);
      expect(columns(wide)).to.equal(2);
      const number = $(narrow, '[part=number]')!;
      expect(number.getBoundingClientRect().right).to.be.at.most($(narrow, '.root')!.getBoundingClientRect().right);
    });

    it('takes its component custom properties', async () => {
      const el = await counter({ event: OCT10 });
      el.style.setProperty('--casualty-counter-number-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--casualty-counter-number-size', '50px');
      const number = $(el, '[part=number]')!;
      expect(getComputedStyle(number).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(number).fontSize).to.equal('50px');
    });

    it('prints legibly: black number, breakdown visible even when closed', async () => {
      const el = await counter({ events: `${OCT10} ${DONETSK}` });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part=number]')!).color).to.equal('rgb(0, 0, 0)');
      expect($(el, 'details[part=breakdown] li')!.checkVisibility()).to.equal(true);
    });
  });
});

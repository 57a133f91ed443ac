import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import '../../src/elements/casualty-counter/define.js';
import { CasualtyCounter } from '../../src/elements/casualty-counter/casualty-counter.js';
import { METRICS } from '../../src/data/model.js';
import type { Metric } from '../../src/data/model.js';
import { registerDataset } from '../../src/data/registry.js';
import { phraseCounter } from '../../src/format/counter.js';
import { localeFor } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { itReportsErrors, seedDataset, shadowText, untranslatedWords } from '../helpers.js';
import type { ErrorCase } from '../helpers.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DEC29, DONETSK, JAN23, KERCH, KHARKIV_KHERSON, OCT10 } from '../kit/ids.js';
import { $, $$, eachTest, text } from '../kit/mount.js';

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
  return out.replace(/\s+/g, ' ').trim();
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

describe('<casualty-counter>', () => {
  const errors = eachTest(['counter-history', 'counter-ranges', 'counter-range']);

  // Accessibility in every language and theme, and the colour scheme: conformance.test.ts.
  describe('one figure', () => {
    it('shows the number large, inside one .figure with its qualifier, label, claimant, as-of date and source', async () => {
      const el = await counter({ event: OCT10 });
      const figure = $(el, '.figure')!;
      expect(text($(el, '[part=number]'))).to.equal('14');
      expect(figure.contains($(el, '[part=number]'))).to.equal(true);
      expect(text($(el, '[part=label]'))).to.equal('at least 14 killed');
      expect(text($(el, '[part=attribution]'))).to.equal("according to Ukraine's National Police (as of 10 Oct 2022)");
      expect($(el, '[part=attribution] time')!.getAttribute('datetime')).to.equal('2022-10-10');
      expect(figure.querySelector('[part=sources] cite')!.textContent).to.equal('Sky News, 10 Oct 2022');
      expect(accessibleText(el)).to.equal(
        "at least 14 killed, according to Ukraine's National Police (as of 10 Oct 2022) Source: Sky News, 10 Oct 2022",
      );
      expect($(el, '[part=badge]')).to.equal(null);
      expect($(el, '[part=other-reports]')).to.equal(null);
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('metric defaults to "killed" and is reflected', async () => {
      const el = await counter({ event: OCT10 });
      expect(el.metric).to.equal('killed');
      expect(el.getAttribute('metric')).to.equal('killed');
    });

    it('shows no "as of" date for a figure that was not developing', async () => {
      const el = await counter({ event: DONETSK });
      expect(text($(el, '[part=attribution]'))).to.equal('according to Moscow-installed officials in eastern Ukraine');
      expect($(el, '.as-of')).to.equal(null);
      expect(text($(el, '[part=sources]'))).to.equal('Source: ABC News (Australia), 23 Jan 2024 (via AP and Reuters)');
    });

    const byMetric: Record<Metric, [Attrs, string, string]> = {
      killed: [{ event: OCT10 }, 'at least 14 killed', "according to Ukraine's National Police"],
      injured: [{ event: OCT10 }, '97 injured', "according to Ukraine's National Police"],
      'children-killed': [{ event: BELGOROD }, '3 children killed', 'according to Russian authorities'],
      'children-injured': [
        { event: JAN23, place: 'kharkiv' },
        'Kharkiv: 4 children injured',
        'according to Oleh Syniehubov, Kharkiv regional governor',
      ],
      launched: [
        { event: OCT10 },
        '83 missiles launched',
        "according to Emine Dzhaparova, Ukraine's deputy foreign minister",
      ],
      intercepted: [
        { event: OCT10 },
        'about 45 missiles intercepted, including 9 drones intercepted',
        "according to Emine Dzhaparova, Ukraine's deputy foreign minister",
      ],
      attacks: [
        { event: KHARKIV_KHERSON, place: 'kharkiv' },
        'Kharkiv: 6 rocket attacks',
        'according to the head of the Kharkiv regional administration',
      ],
      'buildings-damaged': [
        { event: JAN23, place: 'kharkiv' },
        'Kharkiv: about 30 buildings damaged',
        'according to Oleh Syniehubov, Kharkiv regional governor',
      ],
    };
    it('covers every metric the dataset has', () => {
      const inData = new Set(seedDataset.figures.map((f) => f.metric));
      expect(METRICS.filter((m) => inData.has(m))).to.deep.equal(Object.keys(byMetric));
    });
    for (const metric of METRICS) {
      it(`metric="${metric}"`, async () => {
        const [attrs, label, attribution] = byMetric[metric];
        const el = await counter({ ...attrs, metric });
        expect(text($(el, '[part=label]'))).to.equal(label);
        expect(text($(el, '[part=attribution]'))).to.match(new RegExp(`^${attribution}`));
        expect(errors.errors).to.deep.equal([]);
      });
    }

    it('shows the parts of a figure inside it ("including 9 drones intercepted")', async () => {
      const el = await counter({ event: OCT10, metric: 'intercepted' });
      const figure = $(el, '.figure')!;
      expect(text(figure.querySelector('[part=label]'))).to.equal(
        'about 45 missiles intercepted, including 9 drones intercepted',
      );
      expect(accessibleText(el)).to.match(
        /^about 45 missiles intercepted, including 9 drones intercepted, according to Emine/,
      );
    });

    it('place="…" scopes the figure to one place of the event', async () => {
      const el = await counter({ event: JAN23, place: 'kharkiv' });
      expect(text($(el, '[part=label]'))).to.equal('Kharkiv: 5 killed');
      expect(text($(el, '[part=attribution]'))).to.match(/^according to Oleh Syniehubov, Kharkiv regional governor/);
      const kyiv = await counter({ event: DEC29, place: 'kyiv' });
      expect(text($(kyiv, '[part=label]'))).to.equal('Kyiv: at least 16 killed');
      expect(text($(kyiv, '[part=attribution]'))).to.match(/^according to Vitalii Klitschko, mayor of Kyiv/);
    });

    it('a place of the event with no figure says so for that place', async () => {
      const el = await counter({ event: JAN23, place: 'kyiv' });
      expect(text($(el, '.none-text'))).to.equal('Kyiv: No figure reported');
      expect(errors.errors).to.deep.equal([]);
    });

    it('without event-wide figures, shows the place-scoped ones with their places instead of "no figure"', async () => {
      const el = await counter({ event: KHARKIV_KHERSON });
      expect(text($(el, '.scope-note'))).to.equal('No figure for the event as a whole; figures by place:');
      expect($$(el, '[part=label]').map(text)).to.deep.equal(['Kherson: 1 killed']);
      expect(shadowText(el)).to.not.include('No figure reported');
      const injured = await counter({ event: KHARKIV_KHERSON, metric: 'children-injured' });
      expect($$(injured, '[part=label]').map(text)).to.deep.equal(['Kharkiv: at least 2 children injured']);
    });

    it('an event-wide figure wins over place-scoped ones', async () => {
      const el = await counter({ event: JAN23 });
      expect($$(el, '[part=label]').map(text)).to.deep.equal(['at least 5 killed']);
      expect(text($(el, '[part=attribution]'))).to.match(/^according to ABC News \(Australia\)/);
    });

    it('"No figure reported", with the event headline and date, is not an error', async () => {
      const el = await counter({ event: KERCH });
      expect(text($(el, '.none-text'))).to.equal('No figure reported');
      expect(text($(el, '.metric-name'))).to.equal('Killed');
      expect(shadowText(el)).to.include('Attack on the Kerch Bridge to Crimea');
      expect(text($(el, 'time'))).to.equal('on or before 10 Oct 2022');
      expect($(el, '.figure')).to.equal(null);
      expect($(el, '[part=error]')).to.equal(null);
      await nextFrame();
      expect(errors.errors).to.deep.equal([]);
    });
  });

  describe('claims of several claimants', () => {
    it('Belgorod: at least 21 (Russian authorities) and at least 24 (The Moscow Times) agree; the tighter bound leads', async () => {
      const el = await counter({ event: BELGOROD });
      expect(text($(el, '[part=badge]'))).to.equal('Claims agree');
      expect(text($(el, '.main [part=number]'))).to.equal('24');
      expect(text($(el, '.main [part=label]'))).to.equal('at least 24 killed');
      expect(text($(el, '.main [part=attribution]'))).to.match(/^according to The Moscow Times/);
      const others = $(el, '[part=other-reports]')!;
      expect([...others.querySelectorAll('li')].map(text)).to.deep.equal([
        'at least 24 killed, according to The Moscow Times — The Moscow Times, 1 Jan 2024',
        'at least 21 killed, according to Russian authorities (as of 30 Dec 2023) — WION, 30 Dec 2023',
      ]);
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('29 Dec 2023: 23 and at least 41 cannot both hold: the span leads, with every claimant', async () => {
      const el = await counter({ event: DEC29 });
      expect(text($(el, '[part=badge]'))).to.equal('Claims disagree');
      expect(text($(el, '.main [part=number]'))).to.equal('23–41+');
      expect(text($(el, '.main [part=label]'))).to.equal('23 to at least 41 killed');
      expect(text($(el, '.main [part=attribution]'))).to.equal('according to The Moscow Times and WION');
      const all = $$(el, '[part=other-reports] .figure').map(text).join(' | ');
      expect(all).to.include('at least 41 killed, according to WION');
      expect(all).to.include('23 killed, according to The Moscow Times');
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('23 Jan 2024 injured: the figures by place lead, and the key points\' "at least 20" follows as the whole', async () => {
      const el = await counter({ event: JAN23, metric: 'injured' });
      expect($$(el, '[part=label]').map(text)).to.deep.equal([
        'Kyiv: at least 20 injured',
        'Kharkiv: 48 injured',
        'The event as a whole: at least 20 injured',
      ]);
    });

    it('claims that state the same bound agree, naming both; revised figures stay reachable in a closed disclosure', async () => {
      registerDataset(
        'counter-history',
        dataset('counter-history')
          .figure({ event: 'agree', n: 5, id: 'agree-council' })
          .figure({ event: 'agree', n: 5, claimant: 'police', qualifier: 'exactly', id: 'agree-police' })
          .figure({ event: 'revised', n: 3, id: 'revised-early', asOf: '2024-01-30' })
          .figure({ event: 'revised', n: 7, id: 'revised-late', supersedes: 'revised-early' })
          .build(),
      );
      const agree = await counter({ event: 'agree', 'dataset-id': 'counter-history' });
      expect(text($(agree, '[part=badge]'))).to.equal('Claims agree');
      expect(text($(agree, '[part=other-reports]'))).to.include('5 killed, according to Regional police');
      const revised = await counter({ event: 'revised', 'dataset-id': 'counter-history' });
      expect(text($(revised, '.main [part=label]'))).to.equal('at least 7 killed');
      const history = $<HTMLDetailsElement>(revised, 'details[part=history]')!;
      expect(history.open).to.equal(false);
      expect(text(history.querySelector('summary'))).to.equal('Earlier figures');
      expect(text(history.querySelector('.figure'))).to.match(/^at least 3 killed, according to City council/);
      expect($(revised, '[part=badge]') === null, 'a revision is not a disagreement').to.equal(true);
    });
  });

  describe('totals (events="…")', () => {
    const THREE = `${OCT10} ${BELGOROD} ${DONETSK}`;

    it('adds each event\'s lowest claimed number as "at least N", and says in the visible text which claims it adds', async () => {
      const el = await counter({ events: THREE });
      const figure = $(el, '.figure.total')!;
      expect(text(figure.querySelector('[part=number]'))).to.equal('62');
      expect(text(figure.querySelector('[part=label]'))).to.equal('at least 62 killed');
      expect(text(figure.querySelector('[part=attribution]'))).to.equal('Total for 3 events');
      const adds = figure.querySelector('[part=total-adds]')!;
      expect(text(adds)).to.equal(
        "Adds the lowest figure claimed for each event: at least 14 killed (Russian missile and drone strikes on Kyiv and cities across Ukraine), according to Ukraine's National Police; at least 21 killed (Attack on the Russian border city of Belgorod), according to Russian authorities; 27 killed (Deadly shelling on the outskirts of occupied Donetsk), according to Moscow-installed officials in eastern Ukraine.",
      );
      expect(adds.checkVisibility(), 'not behind a disclosure').to.equal(true);
      expect($(el, '[part=total-uncounted]') === null, 'every event was counted').to.equal(true);
      expect($(el, '[part=badge]') === null, 'Belgorod claims agree').to.equal(true);
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('the breakdown by event is a closed disclosure that opens with the keyboard', async () => {
      const el = await counter({ events: THREE });
      const details = $<HTMLDetailsElement>(el, 'details[part=breakdown]')!;
      const summary = details.querySelector('summary')!;
      expect(text(summary)).to.equal('Breakdown by event');
      expect(details.open).to.equal(false);
      const items = [...details.querySelectorAll('li')].filter((li) => li.parentElement!.parentElement === details);
      expect(items.map((li) => li.checkVisibility())).to.deep.equal([false, false, false]);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(items.map((li) => li.checkVisibility())).to.deep.equal([true, true, true]);
      expect(text(items[0])).to.equal(
        "Russian missile and drone strikes on Kyiv and cities across Ukraine, 10 Oct 2022: at least 14 killed, according to Ukraine's National Police (as of 10 Oct 2022) — Sky News, 10 Oct 2022",
      );
      expect(text(items[1])).to.match(
        /^Attack on the Russian border city of Belgorod, 30 Dec 2023: at least 21 killed, according to Russian authorities/,
      );
      expect(text(items[1])).to.include('Who says what: at least 24 killed, according to The Moscow Times');
      expect(text(items[2])).to.match(
        /: 27 killed, according to Moscow-installed officials in eastern Ukraine — ABC News \(Australia\)/,
      );
      expect(items[2]!.querySelector('cite')).to.not.equal(null);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(false);
    });

    it('an event with no figure adds nothing, and the visible text names it as not counted', async () => {
      const el = await counter({ events: `${THREE} ${KERCH}` });
      expect(text($(el, '.total [part=label]'))).to.equal('at least 62 killed');
      expect(text($(el, '.total [part=attribution]'))).to.equal('Total for 3 events');
      expect(text($(el, '[part=total-uncounted]'))).to.equal(
        'Not counted (no figure to add): Attack on the Kerch Bridge to Crimea.',
      );
      const last = $$(el, 'details[part=breakdown] > ul > li').at(-1)!;
      expect(text(last)).to.equal('Attack on the Kerch Bridge to Crimea, on or before 10 Oct 2022: No figure reported');
    });

    it('an event with figures only by place adds the lowest of each place, naming the place', async () => {
      const el = await counter({ events: `${OCT10} ${KHARKIV_KHERSON}` });
      expect(text($(el, '.total [part=label]'))).to.equal('at least 15 killed');
      expect(text($(el, '.total [part=attribution]'))).to.equal('Total for 2 events');
      expect(text($(el, '[part=total-adds]'))).to.include(
        'Kherson: 1 killed (Russian strikes on Kharkiv and Kherson before New Year’s Eve), according to WION',
      );
      const last = $$(el, 'details[part=breakdown] > ul > li').at(-1)!;
      expect(text(last)).to.match(
        /: No figure for the event as a whole; figures by place: Kherson: 1 killed, according to WION — WION, 30 Dec 2023$/,
      );
      expect(strayDigits(el)).to.deep.equal([]);
    });

    it('when no event has a figure, the total says "No figure reported"', async () => {
      const el = await counter({ events: `${KERCH} turkstream-pipeline-claim` });
      expect(text($(el, '.none-text'))).to.equal('No figure reported');
      expect($(el, '.figure')).to.equal(null);
      expect($$(el, 'details[part=breakdown] > ul > li')).to.have.length(2);
    });

    it('an exact total of exact figures has no qualifier; a range adds its low end; "about" adds nothing', async () => {
      registerDataset(
        'counter-ranges',
        dataset('counter-ranges')
          .figure({ event: 'a', n: 4, qualifier: 'exactly' })
          .figure({ event: 'b', n: 6, qualifier: 'exactly' })
          .figure({ event: 'c', range: [10, 20, 12], qualifier: 'exactly' })
          .figure({ event: 'd', n: 45, qualifier: 'about' })
          .build(),
      );
      const exact = await counter({ events: 'a b', 'dataset-id': 'counter-ranges' });
      expect(text($(exact, '.total [part=label]'))).to.equal('10 killed');
      expect(text($(exact, '.total [part=attribution]'))).to.equal('Total for 2 events');
      const range = await counter({ events: 'a b c d', 'dataset-id': 'counter-ranges' });
      expect(text($(range, '[part=number]'))).to.equal('20');
      expect(text($(range, '.total [part=label]'))).to.equal('at least 20 killed');
      expect(text($(range, '[part=total-uncounted]'))).to.match(/^Not counted \(no figure to add\): /);
    });

    it('shows the total its view model phrases, in its parts, in Ukrainian and Russian', async () => {
      for (const [lang, events] of [
        ['uk', [OCT10, BELGOROD, DONETSK]],
        ['ru', [OCT10, BELGOROD, DONETSK, DEC29, JAN23]],
      ] as const) {
        const el = await counter({ events: events.join(' '), lang });
        const view = phraseCounter(localeFor(lang), seedDataset, { events, metric: 'killed' });
        if (isNotShown(view) || view.kind !== 'total') throw new Error('a total');
        expect(
          ['number', 'label', 'attribution', 'total-adds'].map((p) => text($(el, `.total [part=${p}]`))),
        ).to.deep.equal([view.total!.number, view.total!.text, view.total!.events, view.total!.adds]);
      }
    });

    it('events wins over event', async () => {
      const el = await counter({ event: KERCH, events: THREE });
      expect(text($(el, '.total [part=label]'))).to.equal('at least 62 killed');
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
    it('phrases qualifier, label, attribution and as-of date in Ukrainian and Russian', async () => {
      const uk = await counter({ event: OCT10, lang: 'uk' });
      expect(text($(uk, '[part=label]'))).to.equal('щонайменше 14 загиблих');
      expect(text($(uk, '[part=attribution]'))).to.match(
        /^за даними Національної поліції України \(станом на 10 жовтня 2022/,
      );
      expect(text($(uk, '[part=sources]'))).to.match(/^Видання: Sky News/);
      const ru = await counter({ event: OCT10, lang: 'ru' });
      expect(text($(ru, '[part=label]'))).to.equal('не менее 14 погибших');
      expect(text($(ru, '[part=attribution]'))).to.match(
        /^по данным Национальной полиции Украины \(по состоянию на 10 октября 2022/,
      );
      expect(text($(ru, '[part=sources]'))).to.match(/^Издание: Sky News/);
      const belgorod = await counter({ event: BELGOROD, lang: 'uk' });
      expect(text($(belgorod, '[part=badge]'))).to.equal('Дані узгоджуються');
      expect(text($(belgorod, '.others-label'))).to.equal('Хто що повідомляє:');
      expect(text($(belgorod, '.main [part=attribution]'))).to.equal('за даними The Moscow Times');
      const dec29 = await counter({ event: DEC29, lang: 'ru' });
      expect(text($(dec29, '[part=badge]'))).to.equal('Данные расходятся');
      expect(text($(dec29, '.main [part=label]'))).to.equal('23 – не менее 41 погибшего');
      expect(text($(dec29, '.main [part=attribution]'))).to.equal('по данным The Moscow Times и WION');
    });

    // The plural forms of every label after every number and qualifier: test/format/numerals.test.ts.
    for (const lang of ['uk', 'ru']) {
      it(`leaves no English UI word in ${lang}, for every event × metric and a total`, async () => {
        const found: string[] = [];
        for (const event of seedDataset.events) {
          for (const metric of METRICS) {
            const el = await counter({ event: event.id, metric, lang });
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
                    <li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23 Jan 2024</time> (via AP and Reuters)</cite></li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </div>`);
    });

    it('re-renders when attributes change on a live element', async () => {
      const el = await counter({ event: OCT10 });
      el.setAttribute('metric', 'injured');
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal('97 injured');
      el.event = BELGOROD;
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal('110 injured');
      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal('110 раненых');
      el.setAttribute('events', `${OCT10} ${BELGOROD}`);
      await el.updateComplete;
      expect(text($(el, '.total [part=label]')), '97 and the lowest claimed for Belgorod, more than 100').to.equal(
        'не менее 197 раненых',
      );
      el.removeAttribute('events');
      el.removeAttribute('metric');
      await el.updateComplete;
      expect(text($(el, '[part=label]'))).to.equal('не менее 24 погибших');
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

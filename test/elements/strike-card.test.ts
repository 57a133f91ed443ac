import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../engine.js';
import '../../src/elements/strike-card/define.js';
import { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import type { Dataset } from '../../src/data/model.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { phraseCard } from '../../src/format/card.js';
import type { CardScope, CardVariant } from '../../src/format/card.js';
import type { LeadLine } from '../../src/format/lead.js';
import { localeFor } from '../../src/format/phrase.js';
import type { PhrasedFigure } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { collectErrors, mountWidget, seedDataset, untranslatedWords, onPageSupportingBothSchemes } from '../helpers.js';
import { BELGOROD, DEC29, INTENSIFY, JAN23, KERCH, KHARKIV_KHERSON, NEW_YEAR, OCT10 } from '../kit/ids.js';
import { $, $$, text } from '../kit/mount.js';
import { dataset } from '../kit/dataset.js';
import { revisedSeed, withoutKilledSeed } from '../kit/seed-variants.js';
import {
  figureShown,
  marked,
  markOf,
  optional,
  phrasedFigure,
  phrasedLead,
  sourcesOf,
  sourcesShown,
} from '../kit/shown.js';

// What the card says (each figure, claimant, fact, relation and source) is tested on the view model
// (test/format/card.test.ts); here, that what it says reaches the reader, each piece in its part, with the structure,
// the attributes, the languages and the layout around it.

const EVENTS = seedDataset.events.map((e) => e.id);

/** The figures of one metric (full variant). */
const metric = (el: Element, name: string) => $(el, `[part~=figure][data-metric="${name}"]`);
const visible = (node: Element | null) => !!node && node.checkVisibility() && node.getBoundingClientRect().height > 0;

/** A connected card with these attributes, rendered. */
async function card(attrs: Record<string, string>): Promise<StrikeCard> {
  return mountWidget<StrikeCard>('strike-card', attrs);
}

/** A lead line as shown: its badge, what the claims come to, and parts from other claimants. */
const leadShown = (line: Element) => ({
  badge: optional(line.querySelector(':scope > [part~=badge]')),
  lead: figureShown(line.querySelector(':scope > .figure.lead')),
  otherParts: [...line.querySelectorAll(':scope > .figure:not(.lead)')].map(figureShown),
});
const leadOf = ({ lead, otherParts }: LeadLine, sources: boolean): ReturnType<typeof leadShown> => ({
  badge: lead.note,
  lead: phrasedLead(lead, sources),
  otherParts: otherParts.map((f) => phrasedFigure(f, true, sources)),
});

/** A list of figures under its label ("Who says what:", "Earlier figures"). */
const listShown = (label: Element | null | undefined, list: Element | null | undefined) =>
  list ? [optional(label), ...[...list.querySelectorAll('li > .figure')].map(figureShown)] : undefined;
const listOf = (label: string, figures: readonly PhrasedFigure[]) =>
  figures.length ? [label, ...figures.map((f) => phrasedFigure(f, false))] : undefined;

/** Everything a card shows, part by part. */
function shown(el: Element) {
  const heading = $(el, '[part~=heading]')!;
  const casualty = $(el, '.casualty');
  return {
    kind: optional($(el, '[part~=kind]')),
    headline: [text(heading), marked(heading)],
    date: [text($(el, '[part~=date] time')), $(el, '[part~=date] time')!.getAttribute('datetime')],
    summary: $(el, '[part~=summary]') ? [text($(el, '[part~=summary]')), marked($(el, '[part~=summary]'))] : undefined,
    casualty: casualty && (casualty.querySelector('.figure') ? leadShown(casualty) : text(casualty)),
    figuresHeading: optional($(el, '#figures-heading')),
    metrics: $$(el, '.figures > [part~=figure]').map((m) => ({
      metric: m.dataset['metric'],
      name: text(m.querySelector('dt')),
      noFigure: optional(m.querySelector('dd.no-figure')),
      scopes: [...m.querySelectorAll('dd:not(.no-figure)')].map((dd) => ({
        ...leadShown(dd.querySelector(':scope > .lead')!),
        each: listShown(dd.querySelector('.others > p'), dd.querySelector('.others > ul')),
        history: listShown(dd.querySelector('.history > summary'), dd.querySelector('.history > ul')),
      })),
    })),
    more: optional($(el, '[part~=more] > summary')),
    facts: $$(el, '.facts > .fact').map((f) => [
      text(f.querySelector('dt')),
      f.querySelector('ul')!.className,
      ...[...f.querySelectorAll('li')].map((li) => {
        const who = li.querySelector('.who');
        const all = text(li);
        return [who ? all.slice(0, -text(who).length).trim() : all, marked(li), optional(who)];
      }),
    ]),
    related: $$(el, '[part~=related] li').map((li) => [
      text(li.querySelector('.relation')),
      text(li),
      marked(li),
      text(li.querySelector('time')),
      li.querySelector('time')!.getAttribute('datetime'),
      optional(li.querySelector('.who')),
    ]),
    relatedHeading: optional($(el, '#related-heading')),
    sources: sourcesShown($(el, 'article > [part~=sources]')),
  };
}

/** What the view model says a card with these attributes shows. */
function expected(lang: string, data: Dataset, id: string, variant: CardVariant): ReturnType<typeof shown> {
  const loc = localeFor(lang);
  const s = loc.strings;
  const view = phraseCard(loc, data, id, variant);
  if (isNotShown(view)) throw new Error(view.notShown);
  const full = variant === 'full';
  const { casualty } = view;
  const scope = (c: CardScope) => ({
    ...leadOf(c, true),
    each: listOf(`${s.eachClaim}:`, c.each),
    history: listOf(s.earlierFigures, c.history),
  });
  return {
    kind: full ? view.kind : undefined,
    headline: [view.headline.text, markOf(loc, view.headline)],
    date: [view.date.text, view.date.datetime],
    summary: full ? [view.summary!.text, markOf(loc, view.summary!)] : undefined,
    casualty: casualty ? ('lead' in casualty ? leadOf(casualty, false) : casualty.noFigure) : null,
    figuresHeading: view.metrics.length ? s.figures : undefined,
    metrics: view.metrics.map((m) => ({
      metric: m.metric,
      name: m.name,
      noFigure: m.noFigure,
      scopes: m.scopes.map(scope),
    })),
    more: view.facts.length || view.related.length ? s.moreAboutEvent : undefined,
    facts: view.facts.map((f) => [
      f.label,
      f.chips ? 'chips' : 'stack',
      ...f.items.map((i) => [i.subject.text, markOf(loc, i.subject), i.who ? `— ${i.who}` : undefined]),
    ]),
    related: view.related.map((r) => [
      `${r.label}:`,
      `${r.label}: ${r.headline.text}, ${r.date.text}${r.who ? ` — ${r.who}` : ''}`,
      markOf(loc, r.headline),
      r.date.text,
      r.date.datetime,
      r.who ? `— ${r.who}` : undefined,
    ]),
    relatedHeading: view.related.length ? s.related : undefined,
    sources: sourcesOf(loc, view.sources),
  };
}

describe('<strike-card>', () => {
  onPageSupportingBothSchemes();

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const id of EVENTS) {
        it(`${id} is accessible in the ${theme} theme, full and compact`, async () => {
          await emulateMedia({ colorScheme: theme });
          for (const variant of ['full', 'compact']) {
            const el = await card({ event: id, theme, variant });
            expect($(el, 'article'), variant).to.exist;
            await expect(el, variant).to.be.accessible();
          }
        });
      }
    }
  });

  describe('theme', () => {
    it('prints in black on white, with earlier figures shown', async () => {
      registerDataset('strike-card-test', revisedSeed());
      const el = await card({ event: OCT10, theme: 'dark', 'dataset-id': 'strike-card-test' });
      const earlier = $(el, 'details li')!;
      expect(visible(earlier), 'closed details hide the earlier figures on screen').to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.root')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '.amount')!).color).to.equal('rgb(0, 0, 0)');
      expect(visible(earlier), 'printed').to.equal(true);
      unregisterDataset('strike-card-test');
    });
  });

  describe('structure', () => {
    it('a headed article: kind, headline, date, summary, then the figures as a definition list and the facts as lists', async () => {
      const el = await card({ event: OCT10, lang: 'en-GB' });
      expect(el.getAttribute('variant'), 'variant is reflected').to.equal('full');
      const article = $(el, 'article')!;
      const heading = $(el, '[part~=heading]')!;
      expect(heading.tagName).to.equal('H3');
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect($(el, '[part~=header] > [part~=kind] + [part~=heading] + [part~=date] > time')).to.exist;
      expect($(el, '[part~=header] + [part~=summary] + [part~=figures]')).to.exist;
      expect($(el, '.figures')!.tagName).to.equal('DL');
      expect($$(el, '.figures > [part~=figure]').map((m) => [...m.children].map((c) => c.tagName))).to.deep.equal([
        ['DT', 'DD'],
        ['DT', 'DD'],
        ['DT', 'DD'],
        ['DT', 'DD'],
      ]);
      expect($(el, '[part~=figures]')!.getAttribute('aria-labelledby')).to.equal('figures-heading heading');
      expect($(el, '#figures-heading')!.tagName).to.equal('H4');
      expect($(el, '[part~=facts]')!.tagName).to.equal('DL');
      expect($$(el, '.facts > .fact > dd > ul').length, 'facts are lists').to.equal(5);
      expect($(el, '[part~=more] > summary + [part~=facts] + [part~=related]')).to.exist;
      expect($(el, '[part~=related] > h4#related-heading + ul')).to.exist;
      expect($(el, 'article > [part~=sources]:last-child')).to.exist;
    });

    it('marks a badge to be read before the figure it qualifies, and shows it', async () => {
      const el = await card({ event: BELGOROD });
      const badge = metric(el, 'killed')!.querySelector('.lead > [part~=badge]')!;
      expect(visible(badge)).to.equal(true);
      expect(badge.nextElementSibling!.matches('.figure.lead')).to.equal(true);
    });

    it('keeps earlier figures in a closed <details>', async () => {
      registerDataset('strike-card-test', revisedSeed());
      try {
        const el = await card({ event: OCT10, 'dataset-id': 'strike-card-test' });
        const details = metric(el, 'killed')!.querySelector<HTMLDetailsElement>('details.history')!;
        expect(details.open).to.equal(false);
        expect(visible(details.querySelector('li'))).to.equal(false);
      } finally {
        unregisterDataset('strike-card-test');
      }
    });

    it('marks text left in English with lang="en" in a Ukrainian card', async () => {
      const uk = await card({ event: OCT10, lang: 'uk' });
      expect($(uk, '[part~=summary] [lang]'), 'translated').to.equal(null);
      registerDataset('strike-card-test', revisedSeed());
      try {
        const el = await card({ event: OCT10, lang: 'uk', 'dataset-id': 'strike-card-test' });
        expect($(el, '[part~=summary] > span[lang="en"]')).to.exist;
        expect($(el, '[part~=heading] > span[lang="en"]')).to.exist;
        expect(untranslatedWords(el), 'only marked English').to.deep.equal([]);
      } finally {
        unregisterDataset('strike-card-test');
      }
    });

    it('links a source only where an http(s) URL is known, and dates what it dates with <time>', async () => {
      const el = await card({ event: DEC29 });
      expect($(el, 'a'), 'no URL is known').to.equal(null);
      registerDataset('strike-card-test', revisedSeed());
      try {
        const linked = await card({ event: OCT10, 'dataset-id': 'strike-card-test' });
        const link = $(linked, '[part~=sources] a')!;
        expect(link.getAttribute('part')).to.equal('source-link');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      } finally {
        unregisterDataset('strike-card-test');
      }
      for (const time of $$(el, 'time')) expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
    it('renders this shadow DOM, full (snapshot)', async () => {
      const el = await card({ event: NEW_YEAR });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en">
          <article class="card full" aria-labelledby="heading">
            <header part="header">
              <p class="kind" part="kind">Drone strike</p>
              <h3 id="heading" part="heading">Russian drone attack on Ukraine on New Year’s Day</h3>
              <p class="date muted" part="date"><time datetime="2024-01-01">1&nbsp;Jan 2024</time></p>
            </header>
            <p class="summary" part="summary">Kyiv said Russia's armed forces had used a record number of drones to strike Ukraine on New Year's Day.</p>
            <section class="figures-section" part="figures" aria-labelledby="figures-heading heading">
              <h4 id="figures-heading">Casualties and munitions</h4>
              <dl class="figures">
                <div class="metric" part="figure" data-metric="killed"><dt>Killed</dt><dd class="no-figure muted">No figure reported</dd></div>
                <div class="metric" part="figure" data-metric="injured"><dt>Injured</dt><dd class="no-figure muted">No figure reported</dd></div>
              </dl>
            </section>
            <details class="more" part="more">
              <summary>More about this event</summary>
              <dl class="facts" part="facts">
                <div class="fact"><dt>Places</dt><dd><ul class="chips"><li>Ukraine</li></ul></dd></div>
                <div class="fact"><dt>Attributed to</dt><dd><ul class="stack">
                  <li>Russia <span class="who muted">— claimed by Ukrainian authorities</span></li>
                </ul></dd></div>
                <div class="fact"><dt>Struck</dt><dd><ul class="chips"><li>Ukraine</li></ul></dd></div>
                <div class="fact"><dt>Weapons, as reported</dt><dd><ul class="stack">
                  <li>drones <span class="who muted">— said by Ukrainian authorities</span></li>
                </ul></dd></div>
              </dl>
            </details>
            <div class="sources small muted" part="sources">
              <span class="sources-label">Source:</span>
              <ul class="source-list">
                <li><cite class="source">The Moscow Times, <time datetime="2024-01-01">1&nbsp;Jan 2024</time></cite></li>
              </ul>
            </div>
          </article>
        </div>
      `);
    });
  });

  describe('what the view model says, each in its part', () => {
    for (const lang of ['en', 'uk', 'ru']) {
      for (const variant of ['full', 'compact'] as const) {
        it(`every event of the dataset, ${variant}, in ${lang}`, async () => {
          for (const id of EVENTS) {
            const el = await card({ event: id, lang, variant });
            expect(shown(el), `${id}`).to.deep.equal(expected(lang, seedDataset, id, variant));
          }
        });
      }
    }
    /** Two claimants for one place, one of them revised: the lists under the lead read without the place. */
    const byPlace = () =>
      dataset()
        .figure({ event: 'e', place: 'odesa', id: 'first', n: 3, asOf: '2024-01-31' })
        .figure({ event: 'e', place: 'odesa', id: 'revised', n: 5, supersedes: 'first' })
        .figure({ event: 'e', place: 'odesa', n: 9, claimant: 'police' })
        .build();
    const variants: [string, () => Dataset, string, string][] = [
      ['a revised toll, a source with a link, an event without translations', revisedSeed, 'uk', OCT10],
      ['a revised toll, a source with a link', revisedSeed, 'en', OCT10],
      ['no killed figure', withoutKilledSeed, 'en', OCT10],
      ["a place's claims from two claimants, one revised", byPlace, 'en', 'e'],
    ];
    for (const [name, data, lang, event] of variants) {
      it(`${name}, in ${lang}, full and compact`, async () => {
        registerDataset('strike-card-test', data());
        try {
          for (const variant of ['full', 'compact'] as const) {
            const el = await card({ event, lang, variant, 'dataset-id': 'strike-card-test' });
            expect(shown(el), variant).to.deep.equal(expected(lang, data(), event, variant));
          }
        } finally {
          unregisterDataset('strike-card-test');
        }
      });
    }
  });

  describe('compact variant', () => {
    it('shows headline, date, one casualty line and the sources (snapshot)', async () => {
      const el = await card({ event: OCT10, variant: 'compact', lang: 'en-GB', 'heading-level': '2' });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en-GB">
          <article class="card compact" aria-labelledby="heading">
            <header part="header">
              <h2 id="heading" part="heading">Russian missile and drone strikes on Kyiv and cities across Ukraine</h2>
              <p class="date muted" part="date"><time datetime="2022-10-10">10&nbsp;Oct 2022</time></p>
            </header>
            <p class="casualty" part="figures figure">
              <span class="figure lead" data-figure="2022-10-10-killed-national-police">
                <span class="amount">at least 14 killed</span>,
                <span class="attribution">according to Ukraine's National Police</span>
                <span class="as-of muted">(<time datetime="2022-10-10">as of 10&nbsp;Oct 2022</time>)</span>
              </span>
            </p>
            <div class="sources small muted" part="sources">
              <span class="sources-label">Source:</span>
              <ul class="source-list">
                <li><cite class="source">Sky News, <time datetime="2022-10-10">10&nbsp;Oct 2022</time></cite></li>
              </ul>
            </div>
          </article>
        </div>
      `);
    });

    it('has no summary, facts, linked events or kind, and keeps its sources', async () => {
      for (const id of [BELGOROD, KHARKIV_KHERSON, KERCH, INTENSIFY]) {
        const el = await card({ event: id, variant: 'compact' });
        expect($(el, '[part~=summary], [part~=facts], [part~=related], [part~=kind]'), id).to.equal(null);
        expect($(el, '[part~=sources]'), id).to.exist;
      }
      expect($(await card({ event: INTENSIFY, variant: 'compact' }), '.casualty'), 'a statement').to.equal(null);
    });
  });

  describe('languages', () => {
    it('leaves no English UI word in any event, in uk and ru, full and compact', async () => {
      for (const lang of ['uk', 'ru']) {
        for (const id of EVENTS) {
          for (const variant of ['full', 'compact']) {
            const el = await card({ event: id, lang, variant });
            expect($(el, 'article'), `${lang} ${id}`).to.exist;
            expect(untranslatedWords(el), `${lang} ${id} ${variant}`).to.deep.equal([]);
          }
        }
      }
    });

    it('follows the language of an ancestor', async () => {
      const wrapper = fixtureSync(html`<section lang="ru"><strike-card event=${KERCH}></strike-card></section>`);
      const el = wrapper.querySelector('strike-card')!;
      await el.updateComplete;
      expect(text($(el, '[part~=kind]'))).to.equal('Обвинение в атаке');
      wrapper.setAttribute('lang', 'uk');
      await waitUntil(() => text($(el, '[part~=kind]')) === 'Звинувачення в атаці', 're-rendered in Ukrainian');
    });
  });

  describe('numbers on screen', () => {
    it('every digit sits in a figure (with its qualifier and claimant), a <time> or a source citation', async () => {
      for (const lang of ['en', 'uk']) {
        for (const id of EVENTS) {
          const el = await card({ event: id, lang });
          const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!/\d/.test(node.textContent!)) continue;
            const parent = node.parentElement!;
            // Weapon names are words of the report ("S-300"), not numbers.
            if (parent.closest('time, cite') || parent.closest('.fact')) continue;
            const figure = parent.closest('.figure');
            expect(figure, `${id}: "${node.textContent}"`).to.exist;
            expect(figure!.querySelector('.amount'), id).to.exist;
            expect(text(figure!.querySelector('.attribution')), id).to.not.equal('');
          }
        }
      }
    });
  });

  describe('attributes', () => {
    // heading-level, its sub-headings and its bad values: conformance.test.ts.
    it('re-renders when attributes change on a live element', async () => {
      const el = await card({ event: OCT10 });
      el.setAttribute('event', KERCH);
      await el.updateComplete;
      expect(text($(el, '[part~=heading]'))).to.equal('Attack on the Kerch Bridge to Crimea');
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      expect($(el, '[part~=summary]')).to.equal(null);
      expect(el.variant).to.equal('compact');
      el.variant = 'full';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('full');
      expect($(el, '[part~=summary]')).to.exist;
      el.setAttribute('lang', 'uk');
      await el.updateComplete;
      expect(text($(el, '[part~=heading]'))).to.equal('Атака на Керченський міст до Криму');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(23, 24, 27)');
    });

    it('lays itself out by its own width: one column at 300px, columns at 900px', async () => {
      const el = await card({ event: JAN23 });
      const tracks = (selector: string) => getComputedStyle($(el, selector)!).gridTemplateColumns.split(' ').length;
      el.style.width = '300px';
      await el.updateComplete;
      expect(tracks('.facts')).to.equal(1);
      expect(tracks('.figures')).to.equal(1);
      const narrowHeight = el.getBoundingClientRect().height;
      el.style.width = '900px';
      expect(tracks('.facts')).to.equal(3);
      expect(tracks('.figures')).to.be.greaterThan(2);
      expect(el.getBoundingClientRect().height).to.be.lessThan(narrowHeight);
      el.style.width = '600px';
      expect(tracks('.facts')).to.equal(2);
      expect(el.scrollWidth, 'nothing overflows').to.be.at.most(600);
    });

    it('honours --strike-card-max-width and --strike-card-accent', async () => {
      const el = await card({
        event: OCT10,
        style: '--strike-card-max-width: 400px; --strike-card-accent: rgb(0, 128, 0)',
      });
      expect($(el, '.root')!.getBoundingClientRect().width).to.equal(400);
      expect(getComputedStyle($(el, '[part~=kind]')!).color).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('bad input', () => {
    let collected: ReturnType<typeof collectErrors>;
    beforeEach(() => (collected = collectErrors()));
    afterEach(() => collected.stop());

    // A missing, empty or unknown event, the rules every element shares and translated messages: conformance.test.ts.

    it('recovers when the attribute is fixed', async () => {
      const el = await card({ event: OCT10, variant: 'wide' });
      await waitUntil(() => collected.errors.length === 1);
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      expect($(el, '[part~=error]')).to.equal(null);
      expect($(el, 'article.compact')).to.exist;
    });
  });
});

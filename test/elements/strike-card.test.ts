import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../engine.js';
import '../../src/elements/strike-card/define.js';
import { StrikeCard } from '../../src/elements/strike-card/strike-card.js';
import type { Dataset } from '../../src/data/model.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import {
  collectErrors,
  mountWidget,
  seedDataset,
  shadowText,
  untranslatedWords,
  onPageSupportingBothSchemes,
} from '../helpers.js';
import { BELGOROD, DEC29, DONETSK, INTENSIFY, JAN23, KERCH, OCT10 } from '../kit/ids.js';
import { $, $$, text } from '../kit/mount.js';

const EVENTS = seedDataset.events.map((e) => e.id);

/** The figures of one metric (full variant). */
const metric = (el: Element, name: string) => $(el, `[part~=figure][data-metric="${name}"]`);
const visible = (node: Element | null) => !!node && node.checkVisibility() && node.getBoundingClientRect().height > 0;

/** A connected card with these attributes, rendered. */
async function card(attrs: Record<string, string>): Promise<StrikeCard> {
  return mountWidget<StrikeCard>('strike-card', attrs);
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
      registerDataset('strike-card-test', revisedDataset());
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

  describe('full variant', () => {
    it('shows kind, headline, date, summary, places, attackers, struck, targets and weapons', async () => {
      const el = await card({ event: OCT10, lang: 'en-GB' });
      expect(el.getAttribute('variant'), 'variant is reflected').to.equal('full');
      const article = $(el, 'article')!;
      const heading = $(el, '[part~=heading]')!;
      expect(heading.tagName).to.equal('H3');
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text($(el, '[part~=kind]'))).to.equal('Missile and drone strike');
      expect(text(heading)).to.equal('Russian missile and drone strikes on Kyiv and cities across Ukraine');
      expect($(el, '[part~=date] time')!.getAttribute('datetime')).to.equal('2022-10-10');
      expect(text($(el, '[part~=date]'))).to.equal('10 Oct 2022');
      expect(text($(el, '[part~=summary]'))).to.match(
        /^Cities including Kyiv, Lviv, Ternopil, Dnipro, Zhytomyr and Zaporizhzhia were targeted, Sky News reported\./,
      );
      const facts = Object.fromEntries($$(el, '.facts > div').map((d) => [text(d.querySelector('dt')), $$li(d)]));
      expect(facts).to.deep.equal({
        Places: ['Kyiv', 'Lviv', 'Ternopil', 'Dnipro', 'Zhytomyr', 'Zaporizhzhia'],
        'Attributed to': ['Russia — claimed by Vladimir Putin'],
        Struck: ['Ukraine'],
        Targets: [
          'energy, military and communications infrastructure — claimed by Vladimir Putin',
          'the energy system, and people — claimed by Volodymyr Zelenskyy',
          'critical infrastructure — claimed by Arseniy Yatsenyuk',
        ],
        'Weapons, as reported': [
          'long-range missile attacks — said by Vladimir Putin',
          'kamikaze drones — said by Emine Dzhaparova',
        ],
      });
      expect($$(el, '.facts ul').length, 'facts are lists').to.equal(5);
    });

    it('shows attackers that are claimed and denied, and weapons with who named them', async () => {
      const kerch = await card({ event: KERCH });
      expect(text($(kerch, '.facts'))).to.include('Ukraine — claimed by Vladimir Putin; denied by Ukraine');
      const belgorod = await card({ event: BELGOROD });
      const weapons = $$(belgorod, '.facts > div').find((d) => text(d.querySelector('dt')) === 'Weapons, as reported')!;
      expect($$li(weapons)).to.deep.equal([
        'Ukrainian Olkha — said by Russian authorities',
        'Czech-made Vampire rockets — said by Russian authorities',
        'drones — said by a Ukrainian security source',
      ]);
      const donetsk = await card({ event: DONETSK });
      expect(text($(donetsk, '.facts'))).to.include(
        'Ukraine — claimed by Moscow-installed officials in eastern Ukraine and Dmitry Peskov; denied by the Ukrainian military',
      );
    });

    it('shows each metric with its qualifier and claimant, developing figures with their "as of" date', async () => {
      const el = await card({ event: OCT10, lang: 'en-GB' });
      expect($$(el, '[part~=figure] dt').map(text)).to.deep.equal(['Killed', 'Injured', 'Launched', 'Intercepted']);
      const killed = metric(el, 'killed')!;
      expect(text(killed.querySelector('.figure'))).to.equal(
        "at least 14 killed, according to Ukraine's National Police (as of 10 Oct 2022) — Sky News, 10 Oct 2022",
      );
      expect(killed.querySelector('.as-of time')!.getAttribute('datetime')).to.equal('2022-10-10');
      expect(metric(el, 'launched')!.querySelector('.as-of'), 'not developing: no "as of"').to.equal(null);
      expect($(el, '[part~=badge]'), 'these claims do not disagree').to.equal(null);
      expect($(el, '.figures')!.tagName).to.equal('DL');
    });

    it('reads parts together with the figure they belong to', async () => {
      const el = await card({ event: OCT10 });
      expect(text(metric(el, 'intercepted')!.querySelector('.amount'))).to.equal(
        'about 45 missiles intercepted, including 9 drones intercepted',
      );
      expect(text(metric(el, 'intercepted')!.querySelector('.attribution'))).to.equal(
        "according to Emine Dzhaparova, Ukraine's deputy foreign minister",
      );
    });

    it('shows claims that can all be true as agreeing, led by the tightest bound (Belgorod: at least 21 and at least 24 killed)', async () => {
      const el = await card({ event: BELGOROD });
      const killed = metric(el, 'killed')!;
      const badge = killed.querySelector('[part~=badge]')!;
      expect(text(badge)).to.equal('Claims agree');
      expect(visible(badge)).to.equal(true);
      expect(text(killed.querySelector('.lead .amount'))).to.equal('at least 24 killed');
      expect(text(killed.querySelector('.lead .attribution'))).to.equal('according to The Moscow Times');
      expect([...killed.querySelectorAll('.others li')].map(text)).to.deep.equal([
        'at least 24 killed, according to The Moscow Times — The Moscow Times, 1 Jan 2024',
        'at least 21 killed, according to Russian authorities (as of 30 Dec 2023) — WION, 30 Dec 2023',
      ]);
      const injured = metric(el, 'injured')!;
      expect(text(injured.querySelector('[part~=badge]')), '110 and more than 100 agree').to.equal('Claims agree');
      expect(text(injured.querySelector('.lead .amount'))).to.equal('110 injured');
      expect(text(metric(el, 'children-killed'))).to.include('3 children killed, according to Russian authorities');
    });

    it('marks disagreeing claims for 29 Dec 2023 (23 vs at least 41) and labels the Kyiv figure with its place', async () => {
      const el = await card({ event: DEC29 });
      const killed = metric(el, 'killed')!;
      const [whole, kyiv] = killed.querySelectorAll('dd');
      expect(text(whole!.querySelector('[part~=badge]'))).to.equal('Claims disagree');
      expect(text(whole!.querySelector('.lead .figure'))).to.match(
        /^23 to at least 41 killed, according to The Moscow Times and WION/,
      );
      expect([...whole!.querySelectorAll('.others li')].map(text)).to.deep.equal([
        '23 killed, according to The Moscow Times — The Moscow Times, 1 Jan 2024',
        'at least 41 killed, according to WION (as of 30 Dec 2023) — WION, 30 Dec 2023',
      ]);
      expect(text(kyiv!.querySelector('.figure'))).to.match(
        /^Kyiv: at least 16 killed, according to Vitalii Klitschko, mayor of Kyiv/,
      );
      expect(kyiv!.querySelector('[part~=badge]')).to.equal(null);
      expect(text(metric(el, 'injured')), 'a strike with no injured figure says so').to.equal(
        'Injured No figure reported',
      );
    });

    it('labels place-scoped figures with their place, and lets them lead where they say more (23 Jan 2024)', async () => {
      const el = await card({ event: JAN23 });
      expect([...metric(el, 'injured')!.querySelectorAll('.lead .amount')].map(text)).to.deep.equal([
        'Kyiv: at least 20 injured',
        'Kharkiv: 48 injured',
        'The event as a whole: at least 20 injured',
      ]);
      expect(
        [...metric(el, 'killed')!.querySelectorAll('.lead .amount')].map(text),
        'five in Kharkiv adds nothing',
      ).to.deep.equal(['at least 5 killed', 'Kharkiv: 5 killed']);
      expect(text(metric(el, 'buildings-damaged'))).to.include(
        'Kharkiv: about 30 buildings damaged, according to Oleh Syniehubov, Kharkiv regional governor',
      );
    });

    it('says "No figure reported" for a strike without casualty figures, and nothing for a statement', async () => {
      const kerch = await card({ event: KERCH, lang: 'uk' });
      expect($$(kerch, '.no-figure').map(text)).to.deep.equal(['Даних не повідомлялося', 'Даних не повідомлялося']);
      expect(text(metric(kerch, 'killed')!.querySelector('dt'))).to.equal('Загиблі');
      expect(errorBox(kerch)).to.equal(null);
      const statement = await card({ event: INTENSIFY });
      expect($(statement, '[part~=figures]')).to.equal(null);
      expect(shadowText(statement)).to.not.include('No figure reported');
    });

    it('keeps earlier figures reachable in a <details>, showing the latest', async () => {
      registerDataset('strike-card-test', revisedDataset());
      try {
        const el = await card({ event: OCT10, 'dataset-id': 'strike-card-test', lang: 'en-GB' });
        const killed = metric(el, 'killed')!;
        expect(text(killed.querySelector('.lead .amount'))).to.equal('at least 19 killed');
        expect(killed.querySelector('[part~=badge]'), 'a revision is not a disagreement').to.equal(null);
        const details = killed.querySelector('details')!;
        expect(text(details.querySelector('summary'))).to.equal('Earlier figures');
        expect(text(details.querySelector('li .figure'))).to.match(
          /^at least 14 killed, according to Ukraine's National Police/,
        );
      } finally {
        unregisterDataset('strike-card-test');
      }
    });

    it('shows relations both ways, with who claimed and who denied them', async () => {
      const oct10 = await card({ event: OCT10, lang: 'en-GB' });
      const kerch = await card({ event: KERCH, lang: 'en-GB' });
      const jan23 = await card({ event: JAN23, lang: 'en-GB' });
      const donetsk = await card({ event: DONETSK, lang: 'en-GB' });
      const relations = (el: Element) => $$(el, '[part~=related] li').map(text);
      expect(relations(oct10)).to.deep.equal([
        'Retaliation for: Attack on the Kerch Bridge to Crimea, on or before 10 Oct 2022 — claimed by Vladimir Putin',
      ]);
      expect(relations(kerch)).to.deep.equal([
        'Followed by retaliation: Russian missile and drone strikes on Kyiv and cities across Ukraine, 10 Oct 2022 — claimed by Vladimir Putin',
      ]);
      expect(relations(jan23)).to.deep.equal([
        'Response to: Deadly shelling on the outskirts of occupied Donetsk, 21 Jan 2024 — denied by Dmitry Peskov',
      ]);
      expect(relations(donetsk)).to.deep.equal([
        'Followed by a response: Russian missile strikes on Kyiv and Kharkiv, 23 Jan 2024 — denied by Dmitry Peskov',
      ]);
      expect($(kerch, '[part~=related] time')!.getAttribute('datetime')).to.equal('2022-10-10');
      const sub = $(kerch, '[part~=related] h4');
      expect(text(sub)).to.equal('Linked events');
    });

    it('names its sources, linking only http(s) URLs', async () => {
      const el = await card({ event: DEC29, lang: 'en-GB' });
      expect(text($(el, '[part~=sources] .sources-label'))).to.equal('Sources:');
      expect($$(el, '[part~=sources] li').map(text)).to.deep.equal([
        'WION, 30 Dec 2023',
        'The Moscow Times, 1 Jan 2024',
      ]);
      expect($(el, '[part~=sources] a'), 'no URL is known').to.equal(null);
      registerDataset('strike-card-test', revisedDataset());
      try {
        const linked = await card({ event: OCT10, 'dataset-id': 'strike-card-test' });
        const link = $(linked, '[part~=sources] a')!;
        expect(link.getAttribute('href')).to.equal('https://news.sky.com/story/example');
        expect(text(link)).to.equal('Sky News');
      } finally {
        unregisterDataset('strike-card-test');
      }
    });

    it('shows a summary without translation in English, marked lang="en"', async () => {
      const uk = await card({ event: OCT10, lang: 'uk' });
      expect($(uk, '[part~=summary]')!.querySelector('[lang]'), 'translated').to.equal(null);
      expect(text($(uk, '[part~=summary]'))).to.match(/^Під ударом були міста/);
      registerDataset('strike-card-test', revisedDataset());
      try {
        const el = await card({ event: OCT10, lang: 'uk', 'dataset-id': 'strike-card-test' });
        const summary = $(el, '[part~=summary] [lang="en"]');
        expect(text(summary)).to.match(/^Cities including/);
        expect($(el, '[part~=heading] [lang="en"]')).to.exist;
        expect(untranslatedWords(el), 'only marked English').to.deep.equal([]);
      } finally {
        unregisterDataset('strike-card-test');
      }
    });

    it('translates weapons, crediting whoever named them in the genitive ("по словам …")', async () => {
      const el = await card({ event: JAN23, lang: 'ru' });
      const weapons = $$(el, '.facts > div').find(
        (d) => text(d.querySelector('dt')) === 'Вооружение (как в сообщении)',
      )!;
      expect(weapons.querySelectorAll('[lang="en"]'), 'nothing left in English').to.have.length(0);
      expect($$li(weapons)).to.deep.equal([
        'баллистические, крылатые, зенитные и управляемые ракеты — по словам неназванных официальных лиц',
        'С-300 — по словам Олега Синегубова',
        'Х-32 — по словам Олега Синегубова',
        'гиперзвуковые ракеты «Искандер» — по словам Олега Синегубова',
      ]);
    });
  });

  describe('compact variant', () => {
    it('shows headline, date, one casualty line and the sources (snapshot)', async () => {
      const el = await card({ event: OCT10, variant: 'compact', lang: 'en-GB', 'heading-level': '2' });
      expect(el).shadowDom.to.equal(`
        <div class="root" part="base" lang="en-GB">
          <article class="card compact" aria-labelledby="heading">
            <header part="header">
              <h2 id="heading" part="heading">Russian missile and drone strikes on Kyiv and cities across Ukraine</h2>
              <p class="date muted" part="date"><time datetime="2022-10-10">10 Oct 2022</time></p>
            </header>
            <p class="casualty" part="figures figure">
              <span class="figure lead" data-figure="2022-10-10-killed-national-police">
                <span class="amount">at least 14 killed</span>,
                <span class="attribution">according to Ukraine's National Police</span>
                <span class="as-of muted">(<time datetime="2022-10-10">as of 10 Oct 2022</time>)</span>
              </span>
            </p>
            <div class="sources small muted" part="sources">
              <span class="sources-label">Source:</span>
              <ul class="source-list">
                <li><cite class="source">Sky News, <time datetime="2022-10-10">10 Oct 2022</time></cite></li>
              </ul>
            </div>
          </article>
        </div>
      `);
    });

    it('shows killed if any, else injured, else "No figure reported"; marks disagreement', async () => {
      const belgorod = await card({ event: BELGOROD, variant: 'compact' });
      expect(text($(belgorod, '.casualty'))).to.match(
        /^Claims agree at least 24 killed, according to The Moscow Times/,
      );
      const dec29 = await card({ event: DEC29, variant: 'compact' });
      expect(text($(dec29, '.casualty'))).to.match(
        /^Claims disagree 23 to at least 41 killed, according to The Moscow Times and WION/,
      );
      const kharkiv = await card({ event: '2023-12-30-kharkiv-kherson-strikes', variant: 'compact' });
      expect(text($(kharkiv, '.casualty'))).to.equal('Kherson: 1 killed, according to WION');
      const kerch = await card({ event: KERCH, variant: 'compact', lang: 'ru' });
      expect(text($(kerch, '.casualty'))).to.equal('Данных не сообщалось');
      const statement = await card({ event: INTENSIFY, variant: 'compact' });
      expect($(statement, '.casualty')).to.equal(null);
      for (const el of [belgorod, kharkiv, kerch, statement]) {
        expect($(el, '[part~=summary], [part~=facts], [part~=related], [part~=kind]')).to.equal(null);
        expect($(el, '[part~=sources]')).to.exist;
      }
    });

    it('falls back to injured when no one reported a killed figure', async () => {
      const data = structuredClone<Dataset>(seedDataset);
      data.figures = data.figures.filter((f) => f.id !== '2022-10-10-killed-national-police');
      registerDataset('strike-card-test', data);
      try {
        const el = await card({ event: OCT10, variant: 'compact', 'dataset-id': 'strike-card-test' });
        expect(text($(el, '.casualty'))).to.match(/^97 injured, according to Ukraine's National Police/);
      } finally {
        unregisterDataset('strike-card-test');
      }
    });
  });

  describe('languages', () => {
    const cases = {
      en: [
        'at least 14 killed',
        "according to Ukraine's National Police",
        'Who says what: at least 24 killed, according to The Moscow Times',
      ],
      uk: [
        'щонайменше 14 загиблих',
        'за даними Національної поліції України',
        'Хто що повідомляє: щонайменше 24 загиблі, за даними The Moscow Times',
      ],
      ru: [
        'не менее 14 погибших',
        'по данным Национальной полиции Украины',
        'Кто что сообщает: не менее 24 погибших, по данным The Moscow Times',
      ],
    };
    for (const [lang, [amount, attribution, others]] of Object.entries(cases)) {
      it(`phrases qualifiers, plurals and attributions in ${lang}`, async () => {
        const el = await card({ event: OCT10, lang });
        expect(text(metric(el, 'killed')!.querySelector('.amount'))).to.equal(amount);
        expect(text(metric(el, 'killed')!.querySelector('.attribution'))).to.equal(attribution);
        const belgorod = await card({ event: BELGOROD, lang });
        expect(text(metric(belgorod, 'killed')!.querySelector('.others'))).to.include(others!);
      });
    }

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

/** The list items of a fact or section, as text. */
function $$li(container: Element): string[] {
  return [...container.querySelectorAll('li')].map((li) => text(li));
}

/** The error box, if any (a card that renders normally has none). */
function errorBox(el: Element): Element | null {
  return el.shadowRoot!.querySelector('[part~=error]');
}

/**
 * The seed dataset with a revised toll (19 supersedes 14 for 10 Oct 2022), a known http(s) URL for Sky News, and
 * the 10 Oct 2022 event without its translations.
 */
function revisedDataset(): Dataset {
  const data = structuredClone<Dataset>(seedDataset);
  const original = data.figures.find((f) => f.id === '2022-10-10-killed-national-police')!;
  data.figures.push({
    ...original,
    id: '2022-10-10-killed-national-police-revised',
    value: { n: 19 },
    verbatim: 'at least 19 people were killed',
    asOf: '2022-10-11',
    supersedes: original.id,
  });
  data.sources.find((s) => s.id === 'sky-news-2022-10-10')!.url = 'https://news.sky.com/story/example';
  delete data.events.find((e) => e.id === OCT10)!.i18n;
  return data;
}

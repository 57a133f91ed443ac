import '../../src/format/locales/all.js';
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/strike-card/define.js';
import '../../src/elements/casualty-counter/define.js';
import '../../src/elements/quote-block/define.js';
import '../../src/elements/strike-timeline/define.js';
import '../../src/elements/claim-compare/define.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { actorById, figureById, metricsOf, quotesFor } from '../../src/data/query.js';
import { LANGS, QUALIFIERS } from '../../src/data/model.js';
import type { Lang, StrikeEvent } from '../../src/data/model.js';
import { localeFor, localized } from '../../src/format/phrase.js';
import type { StrikeWidgetElement } from '../../src/elements/base.js';

/**
 * Every event × element × language × theme: every number on screen sits inside a `.figure` that also carries its
 * qualifier and its claimant, or is a date (<time>), a citation (<cite>), a quotation (verbatim), or part of a weapon's
 * name as the report gave it ("S-300").
 */
type Rendering = { tag: string; attrs: Record<string, string> };

function renderingsOf(event: StrikeEvent): Rendering[] {
  const list: Rendering[] = [
    { tag: 'strike-card', attrs: { event: event.id } },
    { tag: 'strike-card', attrs: { event: event.id, variant: 'compact' } },
  ];
  for (const metric of new Set(['killed', ...metricsOf(ds, event.id)])) {
    list.push({ tag: 'casualty-counter', attrs: { event: event.id, metric } });
  }
  for (const quote of quotesFor(ds, event.id)) list.push({ tag: 'quote-block', attrs: { quote: quote.id } });
  // strike-timeline, claim-compare
  list.push(
    { tag: 'strike-timeline', attrs: { from: event.id } },
    { tag: 'strike-timeline', attrs: { from: event.id, variant: 'compact' } },
  );
  list.push({ tag: 'claim-compare', attrs: { event: event.id } });
  for (const metric of metricsOf(ds, event.id)) list.push({ tag: 'claim-compare', attrs: { event: event.id, metric } });
  return list;
}

const normal = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();
const qualifierWords = (lang: Lang) =>
  Object.fromEntries(QUALIFIERS.map((q) => [q, localeFor(lang).strings.qualifier[q].replace('{n}', '').trim()]));

async function render(r: Rendering, lang: Lang, theme: string): Promise<StrikeWidgetElement> {
  const tag = unsafeStatic(r.tag);
  const el = await fixture<StrikeWidgetElement>(staticHtml`<${tag} lang=${lang} theme=${theme}></${tag}>`);
  for (const [name, value] of Object.entries(r.attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

/** Problems with the numbers on screen; empty when every number is where it belongs. */
function misplacedNumbers(el: Element, event: StrikeEvent, lang: Lang): string[] {
  const problems: string[] = [];
  const words = qualifierWords(lang);
  const loc = localeFor(lang);
  const weaponNames = (event.weapons ?? [])
    .flatMap((w) => [w.reported, ...Object.values(w.i18n ?? {}).map((t) => t?.reported ?? '')])
    .filter(Boolean);
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!/\d/.test(text)) continue;
    const parent = node.parentElement!;
    if (parent.closest('time, cite, blockquote, style')) continue;
    if (weaponNames.some((w) => /\d/.test(w) && text.includes(w))) continue;
    const figure = parent.closest('.figure');
    if (!figure) {
      problems.push(`a number outside any .figure: "${normal(text)}"`);
      continue;
    }
    const id = figure.getAttribute('data-figure');
    const shown = normal(figure.textContent ?? '');
    // A range across claims (claim-compare): each figure it names with its qualifier and claimant.
    const ids = (figure.getAttribute('data-figures') ?? id ?? '').split(' ').filter(Boolean);
    if (!ids.length) {
      // A total: it carries its combined qualifier; its claimants are in the breakdown beside it.
      if (!figure.classList.contains('total')) problems.push(`a .figure with no data-figure: "${shown}"`);
      continue;
    }
    for (const f of ids.map((i) => figureById(ds, i)!)) {
      if (f.qualifier !== 'exactly' && !shown.includes(words[f.qualifier]!)) {
        problems.push(`"${shown}" lacks its qualifier "${words[f.qualifier]}"`);
      }
      const actor = actorById(ds, f.claimant)!;
      const claimant = localized(loc, actor, 'name', ds.language).text;
      // "according to …" names the claimant in the genitive in uk/ru.
      const inCase = loc.lang !== 'en' ? actor.i18n?.[loc.lang]?.nameGenitive : undefined;
      const named = [claimant, inCase].some((n) => n && shown.toLocaleLowerCase().includes(n.toLocaleLowerCase()));
      if (!named) problems.push(`"${shown}" lacks its claimant "${claimant}"`);
    }
  }
  return problems;
}

describe('matrix: every number on screen carries its qualifier and claimant', () => {
  for (const event of ds.events) {
    for (const lang of LANGS) {
      it(`${event.id} in ${lang}, light and dark, in every element`, async () => {
        let numbers = 0;
        for (const r of renderingsOf(event)) {
          for (const theme of ['light', 'dark']) {
            const el = await render(r, lang, theme);
            const where = `<${r.tag} ${Object.entries(r.attrs)
              .map(([k, v]) => `${k}="${v}"`)
              .join(' ')}> ${lang} ${theme}`;
            expect(el.shadowRoot!.querySelector('[part~=error]'), `${where} renders`).to.equal(null);
            expect(misplacedNumbers(el, event, lang), where).to.deep.equal([]);
            numbers += el.shadowRoot!.querySelectorAll('.figure').length;
            el.remove();
          }
        }
        const hasFigures = ds.figures.some((f) => f.event === event.id);
        if (hasFigures) expect(numbers, 'figures were shown').to.be.above(0);
      });
    }
  }

  it('catches a number shown without its claimant (the check can fail)', async () => {
    const el = await fixture(html`<div></div>`);
    const host = el.attachShadow({ mode: 'open' });
    host.innerHTML =
      '<p><span class="figure" data-figure="2022-10-10-killed-national-police">at least 14 killed</span> 97 injured</p>';
    const event = ds.events.find((e) => e.id === '2022-10-10-missile-strikes')!;
    expect(misplacedNumbers(el, event, 'en')).to.have.length(2);
  });

  it('catches a range across claims that leaves out a claimant (the check can fail)', async () => {
    const el = await fixture(html`<div></div>`);
    const host = el.attachShadow({ mode: 'open' });
    const ids = '2023-12-30-belgorod-killed-russian-authorities 2023-12-30-belgorod-killed-moscow-times';
    host.innerHTML = `<p class="figure" data-figures="${ids}">from at least 21 (Russian authorities) to at least 24</p>`;
    const event = ds.events.find((e) => e.id === '2023-12-30-belgorod-attack')!;
    expect(misplacedNumbers(el, event, 'en')).to.deep.equal([
      '"from at least 21 (Russian authorities) to at least 24" lacks its claimant "The Moscow Times"',
    ]);
  });
});

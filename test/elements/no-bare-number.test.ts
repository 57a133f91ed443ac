import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { mountAll } from '../kit/mount.js';
import '../../src/elements/casualty-counter/define.js';
import '../../src/elements/claim-compare/define.js';
import '../../src/elements/quote-block/define.js';
import '../../src/elements/strike-card/define.js';
import '../../src/elements/strike-timeline/define.js';
import { LANGS, METRICS } from '../../src/data/model.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { stringsFor } from '../../src/format/strings.js';

/**
 * The README's promise, "a reader never sees a bare number", checked on what the widgets render: in every widget
 * and language, each sentence that holds a digit also names who claims it. A `.figure` (number, qualifier,
 * claimant) is one unit; dates (`<time>`), citations (`<cite>`) and quoted words (`<q>`, `<blockquote>`, whose
 * speaker the caption names) are not claims of a number.
 */
const claimants = (() => {
  const names = new Set<string>();
  for (const actor of [...ds.parties, ...ds.persons]) {
    names.add(actor.name);
    for (const t of Object.values(actor.i18n ?? {})) {
      if (t?.name) names.add(t.name);
      if (t?.nameGenitive) names.add(t.nameGenitive);
    }
  }
  return [...names].map((n) => n.toLocaleLowerCase());
})();
/** "according to X", "за даними X", "по данным X": the attribution, not merely a name (headlines name countries). */
const attributions = LANGS.flatMap((lang) => {
  const s = stringsFor(lang);
  return [s.according, s.weaponsNote, s.claimedBy].map((t) => t.split(/\{\w+\}/)[0]!.toLocaleLowerCase());
});
const namesClaimant = (sentence: string) => {
  const lower = sentence.replace(/[ \t\n\r\f]+/g, ' ').toLocaleLowerCase();
  return attributions.some((a) => claimants.some((n) => lower.includes(`${a}${n}`)));
};

/** Sentences of a widget's rendering that hold a digit and name no claimant. */
function bareNumbers(el: Element): string[] {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  copy.querySelectorAll('style, time, cite, q, blockquote, [part~=quote]').forEach((n) => n.remove());
  const bare: string[] = [];
  // Innermost figures first, so a figure inside another is judged on its own.
  for (const figure of [...copy.querySelectorAll('.figure')].reverse()) {
    const text = (figure.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    // A claim laid out as a card names its claimant in a line of its own.
    const claimant = figure.querySelector('[part~=claimant]')?.textContent?.trim().toLocaleLowerCase() ?? '';
    const named = claimants.includes(claimant) || claimants.some((n) => claimant.startsWith(`${n},`));
    if (/\d/.test(text) && !named && !namesClaimant(text)) bare.push(text);
    figure.remove();
  }
  // Laid out in the page, so that innerText keeps the line breaks between blocks.
  copy.style.position = 'absolute';
  copy.style.left = '-9999px';
  document.body.append(copy);
  const rest = copy.innerText;
  copy.remove();
  for (const sentence of rest.split(/(?<=[.;!?])\s+|\n+/)) {
    if (/\d/.test(sentence) && !namesClaimant(sentence)) bare.push(sentence.trim());
  }
  return bare;
}

/** Every widget of the dataset, in every metric and variant. */
function everyWidget(): [string, Record<string, string>][] {
  const all: [string, Record<string, string>][] = [];
  for (const event of ds.events) {
    all.push(['strike-card', { event: event.id }]);
    all.push(['strike-card', { event: event.id, variant: 'compact' }]);
    all.push(['claim-compare', { event: event.id }]);
    all.push(['strike-timeline', { from: event.id }]);
    for (const metric of METRICS) all.push(['casualty-counter', { event: event.id, metric }]);
  }
  for (const metric of METRICS)
    all.push(['casualty-counter', { events: ds.events.map((e) => e.id).join(' '), metric }]);
  for (const quote of ds.quotes) all.push(['quote-block', { quote: quote.id }]);
  return all;
}

describe('no bare number: every widget × language, each digit with a claimant in the same sentence', () => {
  for (const lang of LANGS) {
    it(`strike-card (full and compact), claim-compare, strike-timeline, every casualty-counter, in ${lang}`, async () => {
      // All at once in one container: one wait for the lot instead of one per widget.
      const specs = everyWidget();
      const { widgets } = await mountAll(specs.map(([tag, attrs]) => [tag, { ...attrs, lang }] as const));
      const found = widgets.flatMap((el, i) =>
        bareNumbers(el).map((bare) => `${specs[i]![0]} ${JSON.stringify(specs[i]![1])}: ${bare}`),
      );
      expect(widgets.every((el) => el.shadowRoot!.querySelector('[part~=error]') === null)).to.equal(true);
      expect(found).to.deep.equal([]);
    });
  }

  it('finds a bare number: a sentence with a digit and no claimant', () => {
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).innerHTML =
      '<p>At least 24 killed.</p><p><span class="figure">24 killed, according to WION</span></p>';
    expect(bareNumbers(el)).to.deep.equal(['At least 24 killed.']);
  });
});

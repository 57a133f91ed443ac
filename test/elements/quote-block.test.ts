import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import '../../src/elements/quote-block/define.js';
import { QuoteBlock } from '../../src/elements/quote-block/quote-block.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { collectErrors, itReportsErrors, seedDataset, untranslatedWords } from '../helpers.js';
import type { ErrorCase } from '../helpers.js';
import type { Dataset } from '../../src/data/model.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseQuoteBlock } from '../../src/format/quote.js';
import type { QuoteRef } from '../../src/format/quote.js';
import { isNotShown } from '../../src/format/view.js';
import { OCT10 } from '../kit/ids.js';
import { mount, text } from '../kit/mount.js';
import { dataset } from '../kit/dataset.js';
import { citation, marked, markOf } from '../kit/shown.js';

// What the caption says (speaker, role, outlet, date, wires) is tested on the view model (test/format/quote.test.ts);
// here, that it reaches the reader, each piece in its part, with the quotation marks, the clamp and the links.

const LONG = 'putin-response-will-be-harsh'; // three paragraphs
const SHORT = 'klitschko-day-of-mourning';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const paragraphs = (el: Element) => [...el.shadowRoot!.querySelectorAll('blockquote [part=text] > p')];
const shownText = (el: Element) =>
  paragraphs(el)
    .map((p) => p.textContent)
    .join('\n\n');
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=toggle]');
// Adjacent strings in `content` read as one; Chromium serialises them joined, Firefox and WebKit apart ("“" "… ").
const pseudo = (el: Element, which: '::before' | '::after') => getComputedStyle(el, which).content.replace(/" "/g, '');
const quoteText = (id: string) => seedDataset.quotes.find((q) => q.id === id)!.text;
/** Lets the element measure its text after rendering (and re-render if that changed anything). */
async function settled(el: QuoteBlock) {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

/** Everything a quote block shows, part by part. */
function shown(el: Element) {
  const quote = part(el, 'quote')!;
  const fragment = quote.querySelector('.sr-only');
  const caption = part(el, 'caption')!;
  const piece = (name: string) => (part(el, name) ? [text(part(el, name)), marked(part(el, name))] : undefined);
  return {
    paragraphs: paragraphs(el).map((p) => p.textContent),
    quote: [quote.getAttribute('lang'), quote.getAttribute('cite'), quote.classList.contains('partial')],
    fragment: fragment && [fragment.textContent, fragment.getAttribute('lang')],
    caption: text(caption),
    speaker: piece('speaker'),
    role: piece('role'),
    source: part(el, 'source') && text(part(el, 'source')),
    times: [...caption.querySelectorAll('time')].map((t) => [text(t), t.getAttribute('datetime')]),
    links: [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]),
  };
}

/** What the view model says the quote block shows, with the words the template puts around it. */
function expected(lang: string, ref: QuoteRef, data: Dataset = seedDataset): ReturnType<typeof shown> {
  const loc = localeFor(lang);
  const q = phraseQuoteBlock(loc, data, ref);
  if (isNotShown(q)) throw new Error(q.notShown);
  const source = q.source && citation(q.source);
  const slots = {
    name: [q.name.text],
    role: [q.role?.text],
    date: [q.date.text, [q.date.text, q.date.datetime]],
    source: [source, q.source && [q.source.date, q.source.dateIso]],
  } as const;
  const pieces = q.caption.map((p) => (typeof p === 'string' ? [p] : slots[p.slot]));
  return {
    paragraphs: q.paragraphs,
    quote: [q.quote.language, q.source?.url ?? null, !!q.quote.partial],
    fragment: q.quote.partial ? [loc.strings.fragment, loc.tag] : null,
    caption: pieces
      .map(([words]) => words)
      .join('')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim(),
    speaker: [q.name.text, markOf(loc, q.name)],
    role: q.role && [q.role.text, markOf(loc, q.role)],
    source: source ?? null,
    times: pieces.flatMap(([, time]) => (time ? [time] : [])) as string[][],
    links: q.source?.url ? [[q.source.url, q.source.outlet]] : [],
  };
}

/** A one-quote dataset of a publisher; the source's URL and the day the words were said are the test's to choose. */
function publisherDataset(url?: string, date?: string) {
  const data = dataset('quote-test').quote({ id: 'jane', ...(date ? { date } : {}) });
  return (url ? data.sourceUrl(url) : data).build();
}

describe('<quote-block>', () => {
  let collected: ReturnType<typeof collectErrors>;
  beforeEach(() => (collected = collectErrors()));
  afterEach(async () => {
    fixtureCleanup();
    collected.stop();
    unregisterDataset('quote-test');
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  // Accessibility in every language and theme, the colour scheme and the fallback: conformance.test.ts.
  describe('every quote of the dataset', () => {
    for (const quote of seedDataset.quotes) {
      it(`${quote.id}: the stored text, unchanged, accessible, and nothing left in English in uk and ru`, async () => {
        const el = await fixture<QuoteBlock>(html`<quote-block quote=${quote.id}></quote-block>`);
        expect(shownText(el)).to.equal(quote.text);
        expect(paragraphs(el)).to.have.length(quote.text.split('\n\n').length);
        expect(part(el, 'quote')!.getAttribute('lang')).to.equal(quote.language);
        expect(part(el, 'speaker')!.textContent).to.not.equal('');
        expect(!!part(el, 'role')).to.equal(!!quote.role);
        expect(part(el, 'caption')!.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
        await expect(el).to.be.accessible();
        expect(shown(el)).to.deep.equal(expected('en', { quote: quote.id }));
        for (const lang of ['uk', 'ru']) {
          el.setAttribute('lang', lang);
          await el.updateComplete;
          expect(shownText(el), lang).to.equal(quote.text);
          expect(untranslatedWords(el), lang).to.deep.equal([]);
          expect(shown(el), lang).to.deep.equal(expected(lang, { quote: quote.id }));
        }
      });
    }
  });

  describe('the caption, each piece in its part', () => {
    const cases: [string, Record<string, string>, QuoteRef][] = [
      ['a person with a role, in English', { quote: LONG }, { quote: LONG }],
      ['in British English', { quote: LONG, lang: 'en-GB' }, { quote: LONG }],
      ['in Ukrainian', { quote: LONG, lang: 'uk' }, { quote: LONG }],
      ['in Russian', { quote: LONG, lang: 'ru' }, { quote: LONG }],
      [
        "a body's statement, without a role",
        { quote: 'russian-defence-ministry-divert-attention' },
        {
          quote: 'russian-defence-ministry-divert-attention',
        },
      ],
      [
        'the wire services the outlet carried',
        { quote: 'peskov-you-cannot-say-that', lang: 'uk' },
        {
          quote: 'peskov-you-cannot-say-that',
        },
      ],
      [
        'found by event and speaker',
        { event: OCT10, speaker: 'volodymyr-zelenskyy', lang: 'ru' },
        {
          event: OCT10,
          speaker: 'volodymyr-zelenskyy',
        },
      ],
    ];
    for (const [name, attrs, ref] of cases) {
      it(name, async () => {
        const el = await mount<QuoteBlock>('quote-block', attrs);
        expect(shown(el)).to.deep.equal(expected(attrs['lang'] ?? 'en', ref));
      });
    }
    it("a publisher's quote in a Ukrainian page: names and role left in English, marked so", async () => {
      const data = publisherDataset();
      registerDataset('quote-test', data);
      const el = await mount<QuoteBlock>('quote-block', { 'dataset-id': 'quote-test', quote: 'jane', lang: 'uk' });
      expect(shown(el)).to.deep.equal(expected('uk', { quote: 'jane' }, data));
      expect([shown(el).speaker, shown(el).role]).to.deep.equal([
        ['Jane Doe', 'en'],
        ['Mayor', 'en'],
      ]);
    });
    it('without a URL, no link and no cite', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block quote=${LONG}></quote-block>`);
      expect(part(el, 'source')!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-10-10');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null, 'no URL is known, so no link');
      expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
    });
    it('the day it was said, when that is not the source’s date, in its own <time>', async () => {
      const data = publisherDataset(undefined, '2024-01-30');
      registerDataset('quote-test', data);
      const el = await fixture<QuoteBlock>(html`<quote-block dataset-id="quote-test" quote="jane"></quote-block>`);
      expect(shown(el)).to.deep.equal(expected('en', { quote: 'jane' }, data));
      expect(shown(el).times, 'said, then published').to.have.length(2);
      expect(part(el, 'speaker')!.nextElementSibling!.nextElementSibling!.tagName).to.equal('TIME');
    });
  });

  describe('quotation marks', () => {
    it('are drawn around the text in the reader’s style, outside the text nodes', async () => {
      const marks = { en: ['“', '”'], uk: ['«', '»'], ru: ['«', '»'] };
      for (const [lang, [open, close]] of Object.entries(marks)) {
        const el = await fixture<QuoteBlock>(html`<quote-block lang=${lang} quote=${LONG}></quote-block>`);
        const ps = paragraphs(el);
        expect(pseudo(ps[0]!, '::before'), lang).to.equal(`"${open}" / ""`);
        expect(pseudo(ps.at(-1)!, '::after'), lang).to.equal(`"${close}" / ""`);
        expect(pseudo(ps[1]!, '::before'), lang).to.equal('none');
        expect(shownText(el)).to.equal(quoteText(LONG));
      }
    });
  });

  describe('fragments', () => {
    it('show visible ellipses outside the text and say they are a fragment', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block quote="putin-terrorist-action"></quote-block>`);
      const [p] = paragraphs(el);
      expect(p!.textContent).to.equal('terrorist action');
      expect(pseudo(p!, '::before')).to.equal('"“… " / ""');
      expect(pseudo(p!, '::after')).to.equal('" …”" / ""');
      const label = part(el, 'quote')!.querySelector('.sr-only')!;
      expect(label.textContent).to.equal('Fragment of a longer quote');
      expect(label.getAttribute('lang')).to.equal('en');
    });
    it('in the reader’s language', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block lang="ru" quote="putin-terrorist-action"></quote-block>`);
      expect(part(el, 'quote')!.querySelector('.sr-only[lang=ru]')!.textContent).to.equal(
        'Фрагмент более длинной цитаты',
      );
      expect(pseudo(paragraphs(el)[0]!, '::before')).to.equal('"«… " / ""');
    });
    it('whole quotes carry neither', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block quote=${SHORT}></quote-block>`);
      expect(part(el, 'quote')!.querySelector('.sr-only')).to.equal(null);
      expect(pseudo(paragraphs(el)[0]!, '::before')).to.equal('"“" / ""');
    });
  });

  describe('choosing the quote', () => {
    it('event + speaker shows that speaker’s first quote on the event', async () => {
      const el = await fixture<QuoteBlock>(
        html`<quote-block event="2022-10-10-missile-strikes" speaker="vladimir-putin"></quote-block>`,
      );
      expect(shownText(el)).to.equal('terrorist action');
      const other = await fixture<QuoteBlock>(
        html`<quote-block event="2022-10-10-missile-strikes" speaker="volodymyr-zelenskyy"></quote-block>`,
      );
      expect(shownText(other)).to.equal(quoteText('zelenskyy-panic-and-chaos'));
    });
    it('quote wins over event + speaker', async () => {
      const el = await fixture<QuoteBlock>(
        html`<quote-block quote=${SHORT} event="2022-10-10-missile-strikes" speaker="vladimir-putin"></quote-block>`,
      );
      expect(shownText(el)).to.equal(quoteText(SHORT));
    });
  });

  describe('bad input', () => {
    // A missing, empty or unknown quote, and the rules every element shares: conformance.test.ts.
    const cases: ErrorCase[] = [
      ['only event', { event: OCT10 }, 'missing-attribute', 'The “speaker” attribute is missing.'],
      ['only speaker', { speaker: 'vladimir-putin' }, 'missing-attribute', 'The “event” attribute is missing.'],
      [
        'an unknown event',
        { event: 'nope', speaker: 'vladimir-putin' },
        'unknown-event',
        'There is no event “nope” in this dataset.',
      ],
      [
        'no quote by the speaker on the event',
        { event: OCT10, speaker: 'dmitry-peskov' },
        'unknown-speaker',
        'There is no quote by “dmitry-peskov” about this event.',
      ],
      ...['0', '-2', '2.5', 'two'].map((value): ErrorCase => [
        `max-lines="${value}"`,
        { quote: SHORT, 'max-lines': value },
        'invalid-attribute',
        `“${value}” is not a valid value for “max-lines”.`,
      ]),
    ];
    itReportsErrors(
      cases,
      (attrs) => mount('quote-block', attrs),
      () => collected.errors,
      '[part~=figure]',
    );
  });

  describe('max-lines', () => {
    it('clamps visually to that many lines and toggles with a real button, by keyboard', async () => {
      const el = await fixture<QuoteBlock>(
        html`<quote-block style="width: 320px" quote=${LONG} max-lines="2"></quote-block>`,
      );
      await waitUntil(() => toggle(el), 'a toggle button');
      const text = part(el, 'text')!;
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      expect(text.clientHeight).to.be.closeTo(2 * lineHeight, 2);
      expect(text.scrollHeight).to.be.greaterThan(text.clientHeight);
      expect(shownText(el), 'the whole text stays in the DOM for screen readers').to.equal(quoteText(LONG));
      expect(text.closest('[aria-hidden]')).to.equal(null);
      const button = toggle(el)!;
      expect(button.textContent.trim()).to.equal('Show the whole quote');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(text.id);
      await expect(el).to.be.accessible();

      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent.trim()).to.equal('Show less');
      expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text.clientHeight).to.be.closeTo(2 * lineHeight, 2);
    });
    it('no button when the text fits', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block quote=${SHORT} max-lines="5"></quote-block>`);
      await settled(el);
      expect(toggle(el)).to.equal(null);
      expect(shownText(el)).to.equal(quoteText(SHORT));
    });
    it('never truncated without max-lines', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block style="width: 200px" quote=${LONG}></quote-block>`);
      await settled(el);
      const text = part(el, 'text')!;
      expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
      expect(toggle(el)).to.equal(null);
    });
    it('a button appears when the container narrows so the text no longer fits', async function () {
      // Resize observations need rendering frames, which Chromium does not run for a page in a background tab.
      if (document.visibilityState === 'hidden') this.skip();
      const el = await fixture<QuoteBlock>(
        html`<quote-block style="width: 2000px" quote=${SHORT} max-lines="1"></quote-block>`,
      );
      await settled(el);
      expect(toggle(el)).to.equal(null);
      el.style.width = '200px';
      await waitUntil(() => toggle(el), 'a toggle button after narrowing');
    });
    it('prints the whole quote, without the button', async () => {
      const el = await fixture<QuoteBlock>(
        html`<quote-block style="width: 320px" quote=${LONG} max-lines="2"></quote-block>`,
      );
      await waitUntil(() => toggle(el), 'a toggle button');
      await emulateMedia({ media: 'print' });
      try {
        const text = part(el, 'text')!;
        // The media change reaches layout on the next frame.
        await waitUntil(() => text.scrollHeight <= text.clientHeight + 1, 'the whole quote in print', {
          timeout: 2000,
        });
        // Hidden by the print styles, or already removed when the element re-measured the whole text.
        const button = toggle(el);
        expect(button === null || getComputedStyle(button).display === 'none', 'no button in print').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('sources', () => {
    it('an https source becomes the cite and a link', async () => {
      registerDataset('quote-test', publisherDataset('https://example.org/report'));
      const el = await fixture<QuoteBlock>(html`<quote-block dataset-id="quote-test" quote="jane"></quote-block>`);
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal('https://example.org/report');
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/report');
      expect(link.getAttribute('part')).to.equal('source-link');
      expect(shown(el)).to.deep.equal(
        expected('en', { quote: 'jane' }, publisherDataset('https://example.org/report')),
      );
      await expect(el).to.be.accessible();
    });
    it('a javascript: URL is rejected by validation, so nothing links to it', async () => {
      const problems = registerDataset('quote-test', publisherDataset('javascript:alert(1)'));
      expect(problems.map((p) => p.path)).to.deep.equal(['/sources/0/url']);
      const el = await fixture<QuoteBlock>(html`<quote-block dataset-id="quote-test" quote="jane"></quote-block>`);
      await waitUntil(() => collected.errors.length === 1);
      expect(collected.errors[0]!.code).to.equal('invalid-dataset');
      expect(part(el, 'error')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[cite], a')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('sets larger quote type in wide containers', async () => {
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'text')!).fontSize);
      const narrow = await fixture<QuoteBlock>(html`<quote-block style="width: 300px" quote=${SHORT}></quote-block>`);
      const wide = await fixture<QuoteBlock>(html`<quote-block style="width: 900px" quote=${SHORT}></quote-block>`);
      expect(size(wide)).to.be.greaterThan(size(narrow));
    });
    it('takes its custom properties', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block
        style="--quote-block-font-size: 30px; --quote-block-mark-color: rgb(1, 2, 3); --quote-block-rule-color: rgb(4, 5, 6)"
        quote=${SHORT}
      ></quote-block>`);
      expect(getComputedStyle(part(el, 'text')!).fontSize).to.equal('30px');
      expect(getComputedStyle(paragraphs(el)[0]!, '::before').color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'quote')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });
  });

  it('renders this shadow DOM', async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block quote=${SHORT}></quote-block>`);
    expect(el).shadowDom.to.equal(`<div class="root" part="base" lang="en">
      <figure part="figure">
        <blockquote part="quote" lang="en">
          <div id="text" part="text" class="text"><p>January 1 will be declared a Day of Mourning in Kyiv.</p></div>
        </blockquote>
        <figcaption part="caption" class="small muted">— <span part="speaker">Vitalii Klitschko</span>,
          <span part="role">mayor of Kyiv</span>. Source:
          <span part="source"><cite class="source">WION, <time datetime="2023-12-30">30&nbsp;Dec 2023</time></cite></span></figcaption>
      </figure>
    </div>`);
  });

  describe('live changes', () => {
    it('re-renders when its attributes change', async () => {
      const el = await fixture<QuoteBlock>(html`<quote-block quote=${SHORT}></quote-block>`);
      el.setAttribute('quote', LONG);
      await el.updateComplete;
      expect(shownText(el)).to.equal(quoteText(LONG));
      el.setAttribute('lang', 'uk');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(expected('uk', { quote: LONG }));
      el.removeAttribute('quote');
      el.setAttribute('event', '2024-01-01-putin-intensify-statement');
      el.setAttribute('speaker', 'vladimir-putin');
      await el.updateComplete;
      expect(shownText(el)).to.equal(quoteText('putin-intensify-the-strikes'));
      el.setAttribute('speaker', 'nobody');
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(null);
      el.speaker = 'vladimir-putin';
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(23, 24, 27)');
    });
    it('an expanded quote collapses again when another quote is shown', async () => {
      const el = await fixture<QuoteBlock>(
        html`<quote-block style="width: 320px" quote=${LONG} max-lines="2"></quote-block>`,
      );
      await waitUntil(() => toggle(el), 'a toggle button');
      toggle(el)!.click();
      await el.updateComplete;
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      el.setAttribute('quote', 'zelenskyy-panic-and-chaos');
      await el.updateComplete;
      expect(part(el, 'text')!.classList.contains('clamped')).to.equal(true);
      await waitUntil(() => toggle(el)?.getAttribute('aria-expanded') === 'false');
    });
  });
});
